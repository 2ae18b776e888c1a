/** English messages of the survey screens (`resources.survey-responses`); surveys.kk.ts and surveys.ru.ts have this shape. */
export const enSurveys = {
  name: 'Survey answer |||| Survey answers',
  page: { create: 'Record survey answers' },
  fields: {
    answeredAt: 'Answered',
    answeredFrom: 'Answered from',
    answeredTo: 'Answered until',
    applicationId: 'Application',
    standardCode: 'Standard',
    standardVersion: 'Version',
    channel: 'Channel',
    agencyId: 'Provider',
    process: 'Process of the service',
    information: 'Information about the procedure',
    complaintProcedure: 'Complaint procedure',
    courtesy: 'Courtesy of the staff',
    comment: 'Comment',
    recordedBy: 'Recorded by',
  },
  score: '%{score} of 5',
  scores: { 1: 'Very dissatisfied', 2: 'Dissatisfied', 3: 'Neither', 4: 'Satisfied', 5: 'Very satisfied' },
  create: {
    application_help: 'A decided application (issued, refused, deemed issued or not accepted); one survey per application',
    skip_help: 'Leave unanswered if the applicant skipped the question',
    answered_help: 'Leave empty: now',
  },
  notifications: { recorded: 'Survey answers recorded' },
};
