/**
 * The list fields a read plan can answer in SQL (read-plans.plugin.ts). Each is declared by its
 * domain module next to its resolver and reuses the resolver's own conditions, order and paging, so
 * a plan selects exactly the rows the resolver would. Returning null (or throwing) hands the request
 * back to the resolvers: every error a caller can get is the resolver's own.
 */
import type { EntityName } from '@mikro-orm/core';
import type { ListStatement } from '../list-statements.js';
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
