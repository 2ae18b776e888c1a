/**
 * What lists of applications read: the caller's read scope, the filters, and the page in an order
 * an index serves. Shared by Query.applications, ServiceStandard.applications and their read plans
 * (application.read-plans.ts).
 */
import { raw, type FilterQuery } from '@mikro-orm/core';
import type { IApplication } from './application.entity.js';
import type { ApplicationFilter } from './application.inputs.js';
import { RUNNING_STATUSES } from './application-states.js';
import { applicationReadScope, scopeCondition, type ReadScope } from './application-scope.js';
import { agencySubtree } from '../agencies/agency-tree.js';
import { startOfAstanaDay, startOfNextAstanaDay } from '../calendar/due-date.js';
import { toPaging, type ListArgs } from '../../common/list.js';
import { nestedPaging, type NestedPageArgs } from '../../common/nested-page.js';
import { CAN_READ_INTERNAL } from '../access/roles.js';
import { assertGranted } from '../access/auth-checker.js';
import { likePattern } from '../../common/validation.js';
import { isId } from '../../common/loader-factories.js';
import type { Context } from '../../context.js';

const SORTABLE = {
  submittedAt: 'submittedAt', acceptedAt: 'acceptedAt', dueAt: 'dueAt', closedAt: 'closedAt', status: 'status',
  standardCode: 'standardCode', channel: 'channel', applicantName: 'applicantName', createdAt: 'createdAt', updatedAt: 'updatedAt',
};

/**
 * submittedAt in the order of application_submitted_index, for lists without an agency condition only:
 * agency pages sort by the plain column, which only the agency's own index serves (see application.entity.ts).
 */
const GLOBAL_SUBMITTED_ORDER = raw((alias) => `${alias}.submitted_at at time zone 'UTC'`);

export async function listConditions(ctx: Context, filter: ApplicationFilter | undefined): Promise<{ where: FilterQuery<IApplication>; byAgency: boolean }> {
  const conditions: FilterQuery<IApplication>[] = [];
  const scope = scopeCondition(await applicationReadScope(ctx));
  if (scope) conditions.push(scope);
  const byAgency = (scope !== null && 'agency' in scope) || Boolean(filter?.agencyId);
  if (filter?.ids) conditions.push({ id: { $in: filter.ids.filter(isId) } });
  if (filter?.agencyId) {
    // The agency and every agency below it (a ministry sees its committees' applications).
    const ids = [...await agencySubtree(ctx.em, filter.agencyId, ctx.caches?.agencyTree)];
    conditions.push(ids.length === 1 ? { agency: ids[0] } : { agency: { $in: ids } });
  }
  if (filter?.standardCode) conditions.push({ standardCode: filter.standardCode });
  if (filter?.status) conditions.push({ status: filter.status });
  if (filter?.statuses) conditions.push({ status: { $in: filter.statuses } });
  if (filter?.channel) conditions.push({ channel: filter.channel });
  if (filter?.overdue !== undefined && filter.overdue !== null) {
    const overdue: FilterQuery<IApplication> = { status: { $in: [...RUNNING_STATUSES] }, dueAt: { $lt: new Date() } };
    conditions.push(filter.overdue ? overdue : { $not: overdue } as FilterQuery<IApplication>);
  }
  if (filter?.submittedFrom) conditions.push({ submittedAt: { $gte: startOfAstanaDay(filter.submittedFrom) } });
  if (filter?.submittedTo) conditions.push({ submittedAt: { $lt: startOfNextAstanaDay(filter.submittedTo) } });
  if (filter?.q) {
    const q = filter.q.trim();
    const options: FilterQuery<IApplication>[] = [{ applicantName: { $ilike: likePattern(q) } }];
    if (/^\d{1,12}$/.test(q)) options.push({ applicantIdentifier: { $like: q + '%' } });
    if (isId(q)) options.push({ id: q });
    conditions.push({ $or: options });
  }
  return { where: conditions.length ? { $and: conditions } : {}, byAgency };
}

/** The conditions, order and page of `Query.applications`; throws BAD_USER_INPUT for a sort field it does not allow. */
export async function applicationPage(ctx: Context, args: ListArgs, filter: ApplicationFilter | undefined) {
  const { limit, offset, orderBy } = toPaging(args, SORTABLE, 'submittedAt');
  // The id tie-break runs in the sort's direction, so (agency, submittedAt, id) serves the whole ORDER BY.
  const direction = Object.values(orderBy)[0];
  const list = await listConditions(ctx, filter);
  // MikroORM takes a raw sort key only in an object of its own (an array keeps the keys' order).
  const order = 'submittedAt' in orderBy && !list.byAgency ? [{ [GLOBAL_SUBMITTED_ORDER]: direction }, { id: direction }] : { ...orderBy, id: direction };
  return { where: list.where, orderBy: order as unknown, limit, offset };
}

/** Who may read applications at all: the roles and scope of Query.applications. */
const READERS = [...CAN_READ_INTERNAL, 'applications:read-own'];

/** Who may read, the page and the read scope: checked first by ServiceStandard.applications and by its read plan. */
export async function standardApplicationsPaging(ctx: Context, args: NestedPageArgs): Promise<{ limit: number; offset: number; scope: ReadScope }> {
  // What @Authorized(...READERS) would check, without its async middleware chain on every version of a page.
  assertGranted(ctx.identity, READERS, 'ServiceStandard.applications');
  return { ...nestedPaging(args), scope: await applicationReadScope(ctx) };
}
