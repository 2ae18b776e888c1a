import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { SurveyResponseType } from './survey.type.js';
import { RecordSurveyArgs, SurveyResponseFilter } from './survey.inputs.js';
import { SurveyResponse, type ISurveyResponse } from './survey-response.entity.js';
import { recordSurveyResponse } from './survey.service.js';
import { ApplicationType } from '../applications/application.type.js';
import type { IApplication } from '../applications/application.entity.js';
import { AgencyType } from '../agencies/agency.type.js';
import { startOfAstanaDay, startOfNextAstanaDay } from '../calendar/due-date.js';
import { CAN_PROCESS_APPLICATIONS, CAN_READ_INTERNAL } from '../access/roles.js';
import { applicationReadScope } from '../applications/application-scope.js';
import { isId } from '../../common/loader-factories.js';
import { ListArgs, ListMetadata, toPaging } from '../../common/list.js';
import type { Context } from '../../context.js';

const SORTABLE = { answeredAt: 'answeredAt', standardCode: 'standardCode', channel: 'channel', createdAt: 'createdAt' };

async function where(ctx: Context, filter: SurveyResponseFilter | undefined): Promise<FilterQuery<ISurveyResponse>> {
  const conditions: FilterQuery<ISurveyResponse>[] = [];
  const scope = await applicationReadScope(ctx);
  if (scope.kind === 'agencies') conditions.push({ agency: { $in: [...scope.ids] } });
  if (scope.kind === 'partner') conditions.push({ id: { $in: [] } });
  if (filter?.ids) conditions.push({ id: { $in: filter.ids.filter(isId) } });
  if (filter?.agencyId) conditions.push(isId(filter.agencyId) ? { agency: filter.agencyId } : { id: { $in: [] } });
  if (filter?.standardCode) conditions.push({ standardCode: filter.standardCode });
  if (filter?.channel) conditions.push({ channel: filter.channel });
  if (filter?.answeredFrom) conditions.push({ answeredAt: { $gte: startOfAstanaDay(filter.answeredFrom) } });
  if (filter?.answeredTo) conditions.push({ answeredAt: { $lt: startOfNextAstanaDay(filter.answeredTo) } });
  return conditions.length ? { $and: conditions } : {};
}

@Resolver(() => SurveyResponseType)
export class SurveyResponseResolver {
  @Authorized(...CAN_READ_INTERNAL)
  @Query(() => [SurveyResponseType], { description: 'Survey answers, filtered, sorted and paged (page is zero-based)' })
  async surveyResponses(@Args(() => ListArgs) args: ListArgs, @Arg('filter', () => SurveyResponseFilter, { nullable: true, description: 'Filters (all must match)' }) filter: SurveyResponseFilter | undefined, @Ctx() ctx: Context): Promise<ISurveyResponse[]> {
    const { limit, offset, orderBy } = toPaging(args, SORTABLE, 'answeredAt');
    return ctx.em.find(SurveyResponse, await where(ctx, filter), { limit, offset, orderBy: orderBy as never });
  }

  @Authorized(...CAN_READ_INTERNAL)
  @Query(() => ListMetadata, { description: 'Number of survey answers matching the filter' })
  async _surveyResponsesMeta(@Arg('filter', () => SurveyResponseFilter, { nullable: true, description: 'Filters (all must match)' }) filter: SurveyResponseFilter | undefined, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await ctx.em.count(SurveyResponse, await where(ctx, filter)) };
  }

  @FieldResolver(() => ID, { description: 'Id of the application' }) applicationId(@Root() s: ISurveyResponse): string { return s.application.id; }
  @FieldResolver(() => ApplicationType, { nullable: true, description: 'The application (null outside your scope)' })
  application(@Root() s: ISurveyResponse, @Ctx() ctx: Context) { return ctx.loaders.application.load(s.application.id); }
  @FieldResolver(() => ID, { description: 'Id of the providing agency' }) agencyId(@Root() s: ISurveyResponse): string { return s.agency.id; }
  @FieldResolver(() => AgencyType, { description: 'The providing agency' })
  agency(@Root() s: ISurveyResponse, @Ctx() ctx: Context) { return ctx.loaders.agency.load(s.agency.id); }

  @Authorized(...CAN_PROCESS_APPLICATIONS, 'applications:submit')
  @Mutation(() => SurveyResponseType, { description: 'Record the applicant\'s survey answers about a decided application (one response per application)' })
  recordSurveyResponse(@Args(() => RecordSurveyArgs) args: RecordSurveyArgs, @Ctx() ctx: Context) { return recordSurveyResponse(ctx, args); }
}

/** The survey answers of an application, as a field of Application. */
@Resolver(() => ApplicationType)
export class ApplicationSurveyResolver {
  @FieldResolver(() => SurveyResponseType, { nullable: true, description: 'The applicant\'s survey answers' })
  survey(@Root() a: IApplication, @Ctx() ctx: Context): Promise<ISurveyResponse | null> { return ctx.loaders.surveyByApplication.load(a.id); }
}
