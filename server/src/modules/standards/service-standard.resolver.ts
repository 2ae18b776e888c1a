import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { FilterQuery } from '@mikro-orm/core';
import { ServiceStandardType } from './service-standard.type.js';
import { ServiceStandardFields, ServiceStandardFilter, UpdateServiceStandardArgs } from './service-standard.inputs.js';
import { ServiceStandard, type IServiceStandard } from './service-standard.entity.js';
import { createStandard, createStandardDraft, deleteStandard, publishStandard, repealStandard, updateStandard } from './standard.service.js';
import { AgencyType } from '../agencies/agency.type.js';
import { LegalActType } from '../legal-acts/legal-act.type.js';
import {
  StandardAgencyRoleType, StandardAmendmentType, StandardChannelType, StandardLegalBasisType,
} from './standard-links.types.js';
import { DeadlineRuleType, DocumentRequirementType, RefusalGroundType, SubServiceType } from './standard-parts.types.js';
import { ComplaintLevelType, ContactPointType, WorkScheduleType } from './standard-contacts.types.js';
import { FormTemplateType, QualificationGroupType, QualityIndicatorDefinitionType } from './standard-annexes.types.js';
import { Channel } from '../../common/enums.js';
import { ListArgs, ListMetadata, toPaging } from '../../common/list.js';
import { likePattern } from '../../common/validation.js';
import { isId } from '../../common/loader-factories.js';
import { findPlain } from '../../common/plain-rows.js';
import { versionInForce } from './standard-in-force.js';
import type { Context } from '../../context.js';
import { CAN_CONFIGURE } from '../access/roles.js';
import { PUBLIC_STANDARD_STATUSES, assertMayReadStandards, seesPublishedStandardsOnly } from '../access/scope.js';

const SORTABLE = {
  code: 'code', versionNumber: 'versionNumber', status: 'status', validFrom: 'validFrom', validTo: 'validTo',
  updatedAt: 'updatedAt', createdAt: 'createdAt', 'name.kk': 'name.kk', 'name.en': 'name.en',
};

/** "In force on D": published or since repealed, validFrom <= D < validTo. */
export function inForceOn(date: string): FilterQuery<IServiceStandard> {
  return { status: { $in: ['published', 'repealed'] }, validFrom: { $lte: date }, $or: [{ validTo: null }, { validTo: { $gt: date } }] };
}

async function where(ctx: Context, filter: ServiceStandardFilter | undefined): Promise<FilterQuery<IServiceStandard>> {
  const conditions: FilterQuery<IServiceStandard>[] = [];
  // Anonymous callers and partner keys see published and repealed versions only: drafts are internal.
  if (seesPublishedStandardsOnly(ctx.identity)) conditions.push({ status: { $in: [...PUBLIC_STANDARD_STATUSES] } });
  if (filter?.q) {
    const like = likePattern(filter.q);
    conditions.push({ $or: [{ code: { $ilike: like } }, { name: { kk: { $ilike: like } } }, { name: { ru: { $ilike: like } } }, { name: { en: { $ilike: like } } }] } as FilterQuery<IServiceStandard>);
  }
  if (filter?.ids) conditions.push({ id: { $in: filter.ids.filter(isId) } });
  if (filter?.code) conditions.push({ code: filter.code });
  if (filter?.status) conditions.push({ status: filter.status as IServiceStandard['status'] });
  if (filter?.inForceOn) conditions.push(inForceOn(filter.inForceOn));
  if (filter?.channel) conditions.push({ channels: { $contains: [filter.channel] } } as FilterQuery<IServiceStandard>);
  if (filter?.hasFee !== undefined && filter.hasFee !== null) conditions.push(filter.hasFee ? { feeKind: { $ne: 'free' } } : { feeKind: 'free' });
  if (filter?.agencyId) {
    // The agency and every agency below it (a ministry sees its committees' standards).
    const rows = isId(filter.agencyId) ? await ctx.em.getConnection().execute<{ id: string }[]>(
      `with recursive sub as (select id from agency where id = ? union all select a.id from agency a join sub on a.parent_id = sub.id) select id from sub`, [filter.agencyId]) : [];
    conditions.push({ provider: { $in: rows.map((r) => r.id) } });
  }
  return conditions.length ? { $and: conditions } : {};
}

/** A version the caller may see, or null (drafts are invisible to anonymous callers and partners). */
function visible(ctx: Context, standard: IServiceStandard | null): IServiceStandard | null {
  if (!standard) return null;
  return seesPublishedStandardsOnly(ctx.identity) && !PUBLIC_STANDARD_STATUSES.includes(standard.status) ? null : standard;
}

@Resolver(() => ServiceStandardType)
export class ServiceStandardResolver {
  @Query(() => ServiceStandardType, { nullable: true, description: 'One standard version by id' })
  async serviceStandard(@Arg('id', () => ID, { description: 'Id of the version' }) id: string, @Ctx() ctx: Context): Promise<IServiceStandard | null> {
    assertMayReadStandards(ctx.identity);
    return visible(ctx, await ctx.loaders.standard.load(id));
  }

  @Query(() => [ServiceStandardType], { description: 'Standard versions, filtered, sorted and paged (page is zero-based)' })
  async serviceStandards(@Args(() => ListArgs) args: ListArgs, @Arg('filter', () => ServiceStandardFilter, { nullable: true, description: 'Conditions the versions must meet' }) filter: ServiceStandardFilter | undefined, @Ctx() ctx: Context): Promise<IServiceStandard[]> {
    assertMayReadStandards(ctx.identity);
    const { limit, offset, orderBy } = toPaging(args, SORTABLE, 'code');
    // Plain rows (read-only: no hydration); primed so the part loaders check their cache without another read.
    const rows = await findPlain(ctx.em, ServiceStandard, await where(ctx, filter), { limit, offset, orderBy });
    rows.forEach((row) => ctx.loaders.standard.prime(row.id, row));
    return rows;
  }

  @Query(() => ListMetadata, { description: 'Number of standard versions matching the filter' })
  async _serviceStandardsMeta(@Arg('filter', () => ServiceStandardFilter, { nullable: true, description: 'Conditions the versions must meet' }) filter: ServiceStandardFilter | undefined, @Ctx() ctx: Context): Promise<ListMetadata> {
    assertMayReadStandards(ctx.identity);
    return { count: await ctx.em.count(ServiceStandard, await where(ctx, filter)) };
  }

  @Query(() => ServiceStandardType, { nullable: true, description: 'The version of a standard in force on a date (null when none was)' })
  async serviceStandardInForce(@Arg('code', () => String, { description: 'Code of the standard' }) code: string, @Arg('on', () => GraphQLLocalDate, { description: 'The date' }) on: string, @Ctx() ctx: Context): Promise<IServiceStandard | null> {
    assertMayReadStandards(ctx.identity);
    // The hottest public read: a plain row from the in-force cache or one fixed statement (the same condition as inForceOn).
    const row = await versionInForce(ctx, code, on);
    // Primed: the part loaders check their cache against this very row, without reading it again.
    if (row) ctx.loaders.standard.prime(row.id, row);
    return row;
  }

  @FieldResolver(() => ID, { description: 'Id of the providing agency' }) providerId(@Root() s: IServiceStandard): string { return s.provider.id; }
  @FieldResolver(() => AgencyType, { description: 'The providing agency' })
  provider(@Root() s: IServiceStandard, @Ctx() ctx: Context) { return ctx.loaders.agency.load(s.provider.id); }
  @FieldResolver(() => ID, { nullable: true, description: 'Id of the developing agency' }) developerId(@Root() s: IServiceStandard): string | null { return s.developer?.id ?? null; }
  @FieldResolver(() => AgencyType, { nullable: true, description: 'The agency that developed the standard' })
  developer(@Root() s: IServiceStandard, @Ctx() ctx: Context) { return s.developer ? ctx.loaders.agency.load(s.developer.id) : null; }
  @FieldResolver(() => ID, { nullable: true, description: 'Id of the approving act' }) approvedById(@Root() s: IServiceStandard): string | null { return s.approvedBy?.id ?? null; }
  @FieldResolver(() => LegalActType, { nullable: true, description: 'The act that approved this version' })
  approvedBy(@Root() s: IServiceStandard, @Ctx() ctx: Context) { return s.approvedBy ? ctx.loaders.legalAct.load(s.approvedBy.id) : null; }
  @FieldResolver(() => LegalActType, { nullable: true, description: 'The act that repealed this version' })
  repealedBy(@Root() s: IServiceStandard, @Ctx() ctx: Context) { return s.repealedBy ? ctx.loaders.legalAct.load(s.repealedBy.id) : null; }
  @FieldResolver(() => ID, { nullable: true, description: 'Id of the act that sets the fee' }) feeLegalBasisId(@Root() s: IServiceStandard): string | null { return s.feeLegalBasis?.id ?? null; }
  @FieldResolver(() => LegalActType, { nullable: true, description: 'The act that sets the fee (e.g. the Tax Code)' })
  feeLegalBasis(@Root() s: IServiceStandard, @Ctx() ctx: Context) { return s.feeLegalBasis ? ctx.loaders.legalAct.load(s.feeLegalBasis.id) : null; }
  @FieldResolver(() => ServiceStandardType, { nullable: true, description: 'The version this draft was copied from' })
  async basedOn(@Root() s: IServiceStandard, @Ctx() ctx: Context) { return s.basedOn ? visible(ctx, await ctx.loaders.standard.load(s.basedOn.id)) : null; }

  @FieldResolver(() => [StandardChannelType], { description: 'Channels with their details' })
  channelDetails(@Root() s: IServiceStandard, @Ctx() ctx: Context) { return ctx.loaders.standardChannels.load(s.id); }
  @FieldResolver(() => [StandardAgencyRoleType], { description: 'Other agencies involved' })
  otherAgencies(@Root() s: IServiceStandard, @Ctx() ctx: Context) { return ctx.loaders.standardAgencyRoles.load(s.id); }
  @FieldResolver(() => [StandardLegalBasisType], { description: 'Legal basis' })
  legalBasis(@Root() s: IServiceStandard, @Ctx() ctx: Context) { return ctx.loaders.standardLegalBases.load(s.id); }
  @FieldResolver(() => [StandardAmendmentType], { description: 'Acts that amended this version' })
  amendments(@Root() s: IServiceStandard, @Ctx() ctx: Context) { return ctx.loaders.standardAmendments.load(s.id); }
  @FieldResolver(() => [SubServiceType], { description: 'Sub-services (issuance, re-issuance, duplicate …)' })
  subServices(@Root() s: IServiceStandard, @Ctx() ctx: Context) { return ctx.loaders.subServices.load(s.id); }

  @FieldResolver(() => [DeadlineRuleType], { description: 'Deadlines, optionally only those that apply to a sub-service and/or channel' })
  async deadlines(@Root() s: IServiceStandard, @Ctx() ctx: Context,
    @Arg('subService', () => String, { nullable: true, description: 'Sub-service code' }) subService?: string,
    @Arg('channel', () => Channel, { nullable: true, description: 'Only deadlines that apply to this channel' }) channel?: string) {
    const all = await ctx.loaders.deadlineRules.load(s.id);
    return all.filter((d) => (!subService || !d.subServices.length || d.subServices.includes(subService)) && (!channel || !d.channels.length || d.channels.includes(channel as never)));
  }

  @FieldResolver(() => [DocumentRequirementType], { description: 'Required documents, optionally of one sub-service and/or channel' })
  async documents(@Root() s: IServiceStandard, @Ctx() ctx: Context,
    @Arg('subService', () => String, { nullable: true, description: 'Sub-service code' }) subService?: string,
    @Arg('channel', () => Channel, { nullable: true, description: 'Only documents of this channel' }) channel?: string) {
    const all = await ctx.loaders.documentRequirements.load(s.id);
    return all.filter((d) => (!subService || d.subService === subService) && (!channel || d.channel === channel));
  }

  @FieldResolver(() => [RefusalGroundType], { description: 'Grounds for refusal (exhaustive)' })
  refusalGrounds(@Root() s: IServiceStandard, @Ctx() ctx: Context) { return ctx.loaders.refusalGrounds.load(s.id); }
  @FieldResolver(() => [ComplaintLevelType], { description: 'The complaint route, level by level' })
  complaintRoute(@Root() s: IServiceStandard, @Ctx() ctx: Context) { return ctx.loaders.complaintLevels.load(s.id); }
  @FieldResolver(() => [ContactPointType], { description: 'Contact points' })
  contactPoints(@Root() s: IServiceStandard, @Ctx() ctx: Context) { return ctx.loaders.contactPoints.load(s.id); }
  @FieldResolver(() => [WorkScheduleType], { description: 'Work schedules' })
  schedules(@Root() s: IServiceStandard, @Ctx() ctx: Context) { return ctx.loaders.workSchedules.load(s.id); }
  @FieldResolver(() => [QualificationGroupType], { description: 'Qualification requirements per activity sub-type' })
  qualificationRequirements(@Root() s: IServiceStandard, @Ctx() ctx: Context) { return ctx.loaders.qualificationGroups.load(s.id); }
  @FieldResolver(() => [FormTemplateType], { description: 'Appendix forms' })
  forms(@Root() s: IServiceStandard, @Ctx() ctx: Context) { return ctx.loaders.formTemplates.load(s.id); }
  @FieldResolver(() => [QualityIndicatorDefinitionType], { description: 'Quality and efficiency indicator table' })
  qualityIndicators(@Root() s: IServiceStandard, @Ctx() ctx: Context) { return ctx.loaders.qualityIndicatorDefinitions.load(s.id); }

  @Authorized(...CAN_CONFIGURE)
  @Mutation(() => ServiceStandardType, { description: 'Create a new standard as a draft (version 1)' })
  createServiceStandard(@Args(() => ServiceStandardFields) input: ServiceStandardFields, @Ctx() ctx: Context) { return createStandard(ctx, input); }

  @Authorized(...CAN_CONFIGURE)
  @Mutation(() => ServiceStandardType, { description: 'Edit a draft; given lists of parts replace the draft\'s lists. Quote the version you read.' })
  updateServiceStandard(@Args(() => UpdateServiceStandardArgs) input: UpdateServiceStandardArgs, @Ctx() ctx: Context) { return updateStandard(ctx, input); }

  @Authorized(...CAN_CONFIGURE)
  @Mutation(() => ServiceStandardType, { description: 'Delete a draft (published versions are never deleted)' })
  deleteServiceStandard(@Arg('id', () => ID, { description: 'Id of the draft' }) id: string, @Ctx() ctx: Context) { return deleteStandard(ctx, id); }

  @Authorized(...CAN_CONFIGURE)
  @Mutation(() => ServiceStandardType, { description: 'Copy the newest version of a standard into a new draft' })
  createStandardDraft(@Arg('code', () => String, { description: 'Code of the standard' }) code: string, @Ctx() ctx: Context) { return createStandardDraft(ctx, code); }

  @Authorized(...CAN_CONFIGURE)
  @Mutation(() => ServiceStandardType, { description: 'Publish a draft from a date; the previous version stops being in force that day' })
  publishStandard(@Arg('id', () => ID, { description: 'Id of the draft' }) id: string, @Arg('validFrom', () => GraphQLLocalDate, { description: 'First day in force' }) validFrom: string,
    @Arg('version', () => Int, { nullable: true, description: 'The version you read' }) version: number | undefined, @Ctx() ctx: Context) {
    return publishStandard(ctx, id, validFrom, version);
  }

  @Authorized(...CAN_CONFIGURE)
  @Mutation(() => ServiceStandardType, { description: 'Repeal a standard by an act from a date (the first day it is no longer in force)' })
  repealStandard(@Arg('code', () => String, { description: 'Code of the standard' }) code: string, @Arg('actId', () => ID, { description: 'The repealing act' }) actId: string, @Arg('date', () => GraphQLLocalDate, { description: 'First day no longer in force' }) date: string, @Ctx() ctx: Context) {
    return repealStandard(ctx, code, actId, date);
  }
}
