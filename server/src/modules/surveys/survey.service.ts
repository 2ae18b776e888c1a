/** Recording survey answers: one response per decided application, one transaction, one audit row. */
import { SurveyResponse, type ISurveyResponse, SURVEY_QUESTIONS } from './survey-response.entity.js';
import type { RecordSurveyArgs } from './survey.inputs.js';
import { Application } from '../applications/application.entity.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { AppError, invalidInput } from '../../common/errors.js';
import { inTransaction } from '../../common/transaction.js';
import type { Context } from '../../context.js';
import { applicationReadScope, assertMayProcess, mayRead } from '../applications/application-scope.js';

const FUTURE_TOLERANCE_MS = 5 * 60_000;

export async function recordSurveyResponse(ctx: Context, args: RecordSurveyArgs): Promise<ISurveyResponse> {
  return inTransaction(ctx, async (em) => {
    if (SURVEY_QUESTIONS.every((q) => args[q] === null || args[q] === undefined)) {
      throw invalidInput('process', 'answer at least one question (process, information, complaintProcedure, courtesy)');
    }
    const application = await em.findOne(Application, { id: args.applicationId });
    if (!application) throw invalidInput('applicationId', `application "${args.applicationId}" does not exist`);
    if (ctx.identity.kind === 'apiKey') {
      if (!mayRead(await applicationReadScope(ctx), application)) throw new AppError('FORBIDDEN', 'applicationId: a partner records answers for its own applications only');
    } else await assertMayProcess(ctx, application.agency.id);
    if (!application.closedAt) {
      throw invalidInput('applicationId', `the application is ${application.status}: the survey is taken once it is decided (issued, refused, deemed issued or not accepted)`);
    }
    const existing = await em.findOne(SurveyResponse, { application: application.id });
    if (existing) {
      throw new AppError('CONFLICT', `applicationId: the application already has a survey response (answered at ${existing.answeredAt.toISOString()}); one response per application`, { field: 'applicationId', id: existing.id });
    }
    const now = new Date();
    const answeredAt = args.answeredAt ?? now;
    if (answeredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) throw invalidInput('answeredAt', 'cannot be in the future');
    if (answeredAt.getTime() < application.closedAt.getTime()) throw invalidInput('answeredAt', `cannot be before the application was decided (${application.closedAt.toISOString()})`);
    const response = em.create(SurveyResponse, {
      application, agency: application.agency, standardCode: application.standardCode, standardVersion: application.standardVersion,
      channel: application.channel, answeredAt,
      process: args.process ?? null, information: args.information ?? null, complaintProcedure: args.complaintProcedure ?? null, courtesy: args.courtesy ?? null,
      comment: args.comment ?? null, recordedBy: ctx.identity.actor,
    } as never);
    await em.flush();
    recordAudit(em, ctx, 'recordSurveyResponse', 'SurveyResponse', response.id, null, snapshot(response));
    return response;
  });
}
