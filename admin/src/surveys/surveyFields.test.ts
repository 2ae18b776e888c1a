import { describe, expect, it } from 'vitest';
import { mutation } from '../dataProvider/schema';
import { SURVEY_QUESTIONS, toSurveyArguments } from './surveyFields';

describe('survey answers', () => {
  it('ask the questions recordSurveyResponse takes', () => {
    const args = mutation('recordSurveyResponse')?.args.map((a) => a.name) ?? [];
    expect(args).toEqual(expect.arrayContaining([...SURVEY_QUESTIONS, 'applicationId', 'comment', 'answeredAt']));
  });

  it('leave skipped questions out and send scores as numbers', () => {
    expect(toSurveyArguments({ applicationId: 'a1', process: '5', information: '', complaintProcedure: null, courtesy: 4, comment: '  Рақмет! ' })).toEqual({
      applicationId: 'a1', process: 5, courtesy: 4, comment: 'Рақмет!',
    });
    expect(toSurveyArguments({ applicationId: 'a1', comment: ' ', answeredAt: '2026-03-02T10:00:00+05:00' })).toEqual({
      applicationId: 'a1', answeredAt: '2026-03-02T05:00:00.000Z',
    });
  });
});
