/**
 * The list fields a read plan can answer in SQL (read-plans.plugin.ts). Each is declared by its
 * domain module next to its resolver and reuses the resolver's own conditions, order and paging, so
 * a plan selects exactly the rows the resolver would. Returning null (or throwing) hands the request
 * back to the resolvers: every error a caller can get is the resolver's own.
 */
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { listStatement, type ListQuery, type ListStatement } from '../list-statements.js';
import { ListArgs } from '../list.js';
import { argumentValidation } from '../argument-validation.js';
import type { PagedChildren } from '../plain-rows.js';
import type { Context } from '../../context.js';

/** A root list (`Query.applications`): the page's statement, selecting these entity properties. */
export interface PlannedRootList {
  field: string;
  // Any entity: lists of different entities sit in one registry.
  entity: EntityName<any>;
  statement(ctx: Context, args: Record<string, unknown>, properties: readonly string[]): Promise<ListStatement | null>;
}

/** A list inside a parent row (`Agency.standards`): the page of each parent's children (the same for every parent). */
export interface PlannedNestedList {
  parentType: string;
  field: string;
  // Any entity: lists of different entities sit in one registry.
  entity: EntityName<any>;
  page(ctx: Context, args: Record<string, unknown>): Promise<PagedChildren | null> | PagedChildren | null;
}

export interface PlannedLists { roots: readonly PlannedRootList[]; nested: readonly PlannedNestedList[] }

/**
 * Arguments as type-graphql hands them to a resolver: an instance of the arguments class (class-validator
 * reads its decorators from the prototype), with the values graphql-js coerced.
 */
export function asInstance<T extends object>(type: new () => T, values: Record<string, unknown> | null | undefined): T | undefined {
  return values === null || values === undefined ? undefined : Object.assign(new type(), values);
}

/** A page as the resolver reads it: its conditions, order and paging. */
export type ListPage = { where: FilterQuery<any> } & Omit<ListQuery, 'properties'>;

/**
 * A root list taking the list arguments (ListArgs) and a `filter` input: validated as type-graphql
 * validates a resolver's arguments, then the page the resolver itself would read (`page`).
 */
export function pagedRootList<F extends object>(field: string, entity: EntityName<any>, filterType: new () => F,
  page: (ctx: Context, args: ListArgs, filter: F | undefined) => Promise<ListPage> | ListPage): PlannedRootList {
  return {
    field,
    entity,
    async statement(ctx, { filter, ...paging }, properties) {
      const args = asInstance(ListArgs, paging)!;
      const filters = asInstance(filterType, filter as Record<string, unknown> | null);
      await argumentValidation(args, ListArgs);
      if (filters) await argumentValidation(filters, filterType);
      const { where, ...query } = await page(ctx, args, filters);
      return listStatement(ctx.em, entity, where, { ...query, properties });
    },
  };
}
