import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { FilterQuery } from '@mikro-orm/core';
import { ComplaintType } from './complaint.type.js';
import { ComplaintFilter, RegisterComplaintArgs, ResolveComplaintArgs } from './complaint.inputs.js';
import { Complaint, type IComplaint } from './complaint.entity.js';
import { registerComplaint, resolveComplaint } from './complaint.service.js';
import { ApplicationType } from '../applications/application.type.js';
import type { IApplication } from '../applications/application.entity.js';
import { AgencyType } from '../agencies/agency.type.js';
import { ComplaintLevelType } from '../standards/standard-contacts.types.js';
import { startOfAstanaDay, startOfNextAstanaDay } from '../calendar/due-date.js';
import { CAN_PROCESS_APPLICATIONS, CAN_READ_INTERNAL } from '../access/roles.js';
import { isId } from '../../common/loader-factories.js';
import { applicationReadScope } from '../applications/application-scope.js';
import { ListArgs, ListMetadata, toPaging } from '../../common/list.js';
import type { Context } from '../../context.js';

const SORTABLE = { registeredAt: 'registeredAt', reviewDueAt: 'reviewDueAt', resolvedAt: 'resolvedAt', level: 'level', standardCode: 'standardCode', createdAt: 'createdAt' };

async function where(ctx: Context, filter: ComplaintFilter | undefined): Promise<FilterQuery<IComplaint>> {
  const conditions: FilterQuery<IComplaint>[] = [];
  const scope = await applicationReadScope(ctx);
  if (scope.kind === 'agencies') conditions.push({ agency: { $in: [...scope.ids] } });
  if (scope.kind === 'partner') conditions.push({ id: { $in: [] } });
  if (filter?.ids) conditions.push({ id: { $in: filter.ids.filter(isId) } });
  if (filter?.applicationId) conditions.push(isId(filter.applicationId) ? { application: filter.applicationId } : { id: { $in: [] } });
  if (filter?.agencyId) conditions.push(isId(filter.agencyId) ? { agency: filter.agencyId } : { id: { $in: [] } });
  if (filter?.standardCode) conditions.push({ standardCode: filter.standardCode });
  if (filter?.level) conditions.push({ level: filter.level });
  if (filter?.resolved !== undefined && filter.resolved !== null) conditions.push({ resolvedAt: filter.resolved ? { $ne: null } : null });
  if (filter?.overdue !== undefined && filter.overdue !== null) {
    const overdue: FilterQuery<IComplaint> = { resolvedAt: null, reviewDueAt: { $lt: new Date() } };
    conditions.push(filter.overdue ? overdue : { $not: overdue } as FilterQuery<IComplaint>);
  }
  if (filter?.registeredFrom) conditions.push({ registeredAt: { $gte: startOfAstanaDay(filter.registeredFrom) } });
  if (filter?.registeredTo) conditions.push({ registeredAt: { $lt: startOfNextAstanaDay(filter.registeredTo) } });
  return conditions.length ? { $and: conditions } : {};
}

@Resolver(() => ComplaintType)
export class ComplaintResolver {
  @Authorized(...CAN_READ_INTERNAL)
  @Query(() => ComplaintType, { nullable: true, description: 'One complaint by id' })
  async complaint(@Arg('id', () => ID, { description: 'Complaint id' }) id: string, @Ctx() ctx: Context): Promise<IComplaint | null> {
    const complaint = await ctx.loaders.complaint.load(id);
    const scope = await applicationReadScope(ctx);
    return complaint && (scope.kind === 'all' || (scope.kind === 'agencies' && scope.ids.has(complaint.agency.id))) ? complaint : null;
  }

  @Authorized(...CAN_READ_INTERNAL)
  @Query(() => [ComplaintType], { description: 'Complaints, filtered, sorted and paged (page is zero-based)' })
  async complaints(@Args(() => ListArgs) args: ListArgs, @Arg('filter', () => ComplaintFilter, { nullable: true, description: 'Filters (all must match)' }) filter: ComplaintFilter | undefined, @Ctx() ctx: Context): Promise<IComplaint[]> {
    const { limit, offset, orderBy } = toPaging(args, SORTABLE, 'registeredAt');
    const rows = await ctx.em.find(Complaint, await where(ctx, filter), { limit, offset, orderBy: orderBy as never });
    rows.forEach((row) => ctx.loaders.complaint.prime(row.id, row));
    return rows;
  }

  @Authorized(...CAN_READ_INTERNAL)
  @Query(() => ListMetadata, { description: 'Number of complaints matching the filter' })
  async _complaintsMeta(@Arg('filter', () => ComplaintFilter, { nullable: true, description: 'Filters (all must match)' }) filter: ComplaintFilter | undefined, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await ctx.em.count(Complaint, await where(ctx, filter)) };
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Id of the application complained about' }) applicationId(@Root() c: IComplaint): string | null { return c.application?.id ?? null; }
  @FieldResolver(() => ApplicationType, { nullable: true, description: 'The application complained about' })
  application(@Root() c: IComplaint, @Ctx() ctx: Context) { return c.application ? ctx.loaders.application.load(c.application.id) : null; }
  @FieldResolver(() => ID, { description: 'Id of the agency complained about' }) agencyId(@Root() c: IComplaint): string { return c.agency.id; }
  @FieldResolver(() => AgencyType, { description: 'The provider complained about' })
  agency(@Root() c: IComplaint, @Ctx() ctx: Context) { return ctx.loaders.agency.load(c.agency.id); }
  @FieldResolver(() => ID, { nullable: true, description: 'Id of the standard version whose route applies' }) standardId(@Root() c: IComplaint): string | null { return c.standard?.id ?? null; }
  @FieldResolver(() => ComplaintLevelType, { nullable: true, description: 'The entry of the complaint route that applies' })
  async complaintLevel(@Root() c: IComplaint, @Ctx() ctx: Context) {
    if (!c.standard || !c.complaintLevel) return null;
    const id = c.complaintLevel.id;
    return (await ctx.loaders.complaintLevels.load(c.standard.id)).find((l) => l.id === id) ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Open and past the review deadline' })
  overdue(@Root() c: IComplaint, @Arg('asOf', () => GraphQLDateTime, { nullable: true, description: 'Instead of now' }) asOf?: Date | null): boolean {
    return !c.resolvedAt && !!c.reviewDueAt && (asOf ?? new Date()).getTime() > c.reviewDueAt.getTime();
  }

  @Authorized(...CAN_PROCESS_APPLICATIONS)
  @Mutation(() => ComplaintType, { description: 'Register a complaint about an application or a provider; its review deadline follows from the complaint route' })
  registerComplaint(@Args(() => RegisterComplaintArgs) args: RegisterComplaintArgs, @Ctx() ctx: Context) { return registerComplaint(ctx, args); }

  @Authorized(...CAN_PROCESS_APPLICATIONS)
  @Mutation(() => ComplaintType, { description: 'Record the outcome of a complaint: justified or not, when; on time follows from the review deadline' })
  resolveComplaint(@Args(() => ResolveComplaintArgs) args: ResolveComplaintArgs, @Ctx() ctx: Context) { return resolveComplaint(ctx, args); }
}

/** The complaints of an application, as a field of Application. */
@Resolver(() => ApplicationType)
export class ApplicationComplaintsResolver {
  @FieldResolver(() => [ComplaintType], { description: 'Complaints about this application' })
  complaints(@Root() a: IApplication, @Ctx() ctx: Context): Promise<IComplaint[]> { return ctx.loaders.complaintsByApplication.load(a.id); }
}
