/** What lists of agencies and of their standards read: filters and page. Shared by the resolvers and their read plans (agency.read-plans.ts). */
import type { FilterQuery } from '@mikro-orm/core';
import type { IAgency } from './agency.entity.js';
import type { AgencyFilter } from './agency.inputs.js';
import { toPaging, type ListArgs } from '../../common/list.js';
import { likePattern } from '../../common/validation.js';
import { nestedPaging, type NestedPageArgs } from '../../common/nested-page.js';
import { assertMayReadStandards, seesPublishedStandardsOnly } from '../access/scope.js';
import type { Context } from '../../context.js';

const SORTABLE = { code: 'code', kind: 'kind', createdAt: 'createdAt', updatedAt: 'updatedAt', 'name.kk': 'name.kk', 'name.en': 'name.en' };

export function agencyConditions(filter: AgencyFilter | undefined): FilterQuery<IAgency> {
  const conditions: FilterQuery<IAgency>[] = [];
  if (filter?.q) {
    const like = likePattern(filter.q);
    conditions.push({ $or: [{ code: { $ilike: like } }, { name: { kk: { $ilike: like } } }, { name: { ru: { $ilike: like } } }, { name: { en: { $ilike: like } } }] } as FilterQuery<IAgency>);
  }
  if (filter?.ids) conditions.push({ id: { $in: filter.ids } });
  if (filter?.kind) conditions.push({ kind: filter.kind });
  if (filter?.parentId) conditions.push({ parent: filter.parentId });
  if (filter?.rootsOnly) conditions.push({ parent: null });
  return conditions.length ? { $and: conditions } : {};
}

/** The conditions, order and page of `Query.agencies` (also its read plan's: agency.read-plans.ts); throws BAD_USER_INPUT for a sort field it does not allow. */
export function agencyPage(args: ListArgs, filter: AgencyFilter | undefined) {
  return { where: agencyConditions(filter), ...toPaging(args, SORTABLE, 'code') };
}

/** Who may read, and the page of `Agency.standards` (anonymous callers and partners: published and repealed only). */
export function agencyStandardsPaging(ctx: Context, args: NestedPageArgs): { limit: number; offset: number; publicOnly: boolean } {
  assertMayReadStandards(ctx.identity);
  return { ...nestedPaging(args), publicOnly: seesPublishedStandardsOnly(ctx.identity) };
}
