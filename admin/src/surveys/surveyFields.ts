import type { SparseField } from '../dataProvider/operations';

/** The survey questions of the indicator tables, in their order (indicators 2.1, 3.1, 4.1, 5.1). */
export const SURVEY_QUESTIONS = ['process', 'information', 'complaintProcedure', 'courtesy'] as const;
export type SurveyQuestion = (typeof SURVEY_QUESTIONS)[number];

export const SURVEY_LIST_FIELDS: SparseField[] = [
  'id', 'answeredAt', 'applicationId', 'standardCode', 'standardVersion', 'channel', 'agencyId', ...SURVEY_QUESTIONS, 'recordedBy',
];

/** Survey answers grow with the applications: the list pages without counting (dataProvider/pages.ts). */
export const SURVEY_LIST_META = { sparseFields: SURVEY_LIST_FIELDS, withoutTotal: true };

/** The answer scale: 1 (very dissatisfied) to 5 (very satisfied). */
export const SCORES = [1, 2, 3, 4, 5] as const;

/** recordSurveyResponse's arguments from the form: skipped questions left out, scores as numbers. */
export function toSurveyArguments(values: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { applicationId: values.applicationId };
  for (const question of SURVEY_QUESTIONS) {
    const value = values[question];
    if (value !== undefined && value !== null && value !== '') result[question] = Number(value);
  }
  if (typeof values.comment === 'string' && values.comment.trim()) result.comment = values.comment.trim();
  if (values.answeredAt) result.answeredAt = new Date(values.answeredAt as string).toISOString();
  return result;
}
