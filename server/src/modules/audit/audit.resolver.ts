/**
 * Reading the audit log (entries are written by audit.service.ts in every mutation's transaction).
 *
 *   auditEntries / _auditEntriesMeta / auditEntry     superadmin and analyst
 *
 * Not ministry admins or operators: the log holds every agency's changes and the users' and API
 * keys' records, while those roles are scoped to an agency, and an entry cannot be scoped by one.
 */
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { AuditEntryType } from './audit.type.js';
import { AuditEntryFilter } from './audit.inputs.js';
import { AuditEntry, type IAuditEntry } from './audit-entry.entity.js';
import { UserType } from '../access/access.types.js';
import { User, type IUser } from '../access/user.entity.js';
import type { Role } from '../access/roles.js';
import { ListArgs, ListMetadata, SortOrder, toPaging } from '../../common/list.js';
import { isId } from '../../common/loader-factories.js';
import type { Context } from '../../context.js';

export const CAN_READ_AUDIT: Role[] = ['superadmin', 'analyst'];

const SORTABLE = { at: 'at', actor: 'actor', action: 'operation', entityType: 'entityType', entityId: 'entityId' };

async function where(filter: AuditEntryFilter | undefined, ctx: Context): Promise<FilterQuery<IAuditEntry>> {
  const conditions: FilterQuery<IAuditEntry>[] = [];
  if (filter?.ids) conditions.push({ id: { $in: filter.ids.filter(isId) } });
  if (filter?.entityType) conditions.push({ entityType: filter.entityType });
  if (filter?.entityId) conditions.push({ entityId: filter.entityId });
  if (filter?.actor) conditions.push({ actor: filter.actor });
  if (filter?.actorId) {
    // Entries name the user by e-mail (they outlive the user): the user's current e-mail.
    const user = isId(filter.actorId) ? await ctx.em.findOne(User, { id: filter.actorId }, { fields: ['email'] }) : null;
    conditions.push({ actor: { $in: user ? [user.email] : [] } });
  }
  if (filter?.action) conditions.push({ operation: filter.action });
  if (filter?.from) conditions.push({ at: { $gte: filter.from } });
  if (filter?.to) conditions.push({ at: { $lt: filter.to } });
  return conditions.length ? { $and: conditions } : {};
}

@Resolver(() => AuditEntryType)
export class AuditEntryResolver {
  @Authorized(...CAN_READ_AUDIT)
  @Query(() => AuditEntryType, { nullable: true, description: 'One audit entry by id' })
  auditEntry(@Arg('id', () => ID, { description: 'Id of the entry' }) id: string, @Ctx() ctx: Context): Promise<IAuditEntry | null> | null {
    return isId(id) ? ctx.em.findOne(AuditEntry, { id }) : null;
  }

  @Authorized(...CAN_READ_AUDIT)
  @Query(() => [AuditEntryType], { description: 'The audit log, filtered, sorted and paged (page is zero-based; default newest first)' })
  async auditEntries(
    @Args(() => ListArgs) args: ListArgs,
    @Arg('filter', () => AuditEntryFilter, { nullable: true, description: 'Conditions the entries must meet' }) filter: AuditEntryFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<IAuditEntry[]> {
    const newestFirst = !args.sortField && !args.sortOrder;
    const { limit, offset, orderBy } = toPaging(newestFirst ? { ...args, sortOrder: SortOrder.DESC } : args, SORTABLE, 'at');
    return ctx.em.find(AuditEntry, await where(filter, ctx), { limit, offset, orderBy: orderBy as never });
  }

  @Authorized(...CAN_READ_AUDIT)
  @Query(() => ListMetadata, { description: 'Number of audit entries matching the filter' })
  async _auditEntriesMeta(
    @Arg('filter', () => AuditEntryFilter, { nullable: true, description: 'Conditions the entries must meet' }) filter: AuditEntryFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<ListMetadata> {
    return { count: await ctx.em.count(AuditEntry, await where(filter, ctx)) };
  }

  @FieldResolver(() => String, { description: 'What was done: create, update, delete, publish, repeal, revoke …' })
  action(@Root() entry: IAuditEntry): string {
    return entry.operation;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The console user the actor names, while a user with that e-mail exists; null for API keys, system jobs and deleted users' })
  actorUser(@Root() entry: IAuditEntry, @Ctx() ctx: Context): Promise<IUser | null> {
    return ctx.loaders.userByEmail.load(entry.actor);
  }
}

export const auditResolvers = [AuditEntryResolver] as const;
