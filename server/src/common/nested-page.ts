/**
 * Paging of a list nested in a parent (an agency's standards, a standard's applications). Checked by
 * hand rather than by class-validator: the arguments are read once per parent row, and a validator
 * run per row cost more than the row itself.
 */
import { ArgsType, Field, Int } from 'type-graphql';
import { invalidInput } from './errors.js';

export const MAX_NESTED_PAGE = 100;

@ArgsType()
export class NestedPageArgs {
  @Field(() => Int, { defaultValue: 0, description: 'Zero-based page number within each parent' })
  page!: number;

  // Named perPage like the root lists, so the query-cost estimate (access/limits.ts) counts it.
  @Field(() => Int, { defaultValue: 10, description: `Records per parent (1-${MAX_NESTED_PAGE}, default 10)` })
  perPage!: number;
}

/** Limit and offset of a nested page; refuses sizes out of range, naming the argument. */
export function nestedPaging(args: NestedPageArgs): { limit: number; offset: number } {
  if (!(args.perPage >= 1 && args.perPage <= MAX_NESTED_PAGE)) throw invalidInput('perPage', `must be between 1 and ${MAX_NESTED_PAGE}, got ${args.perPage}`);
  if (!(args.page >= 0)) throw invalidInput('page', `must be 0 or more, got ${args.page}`);
  return { limit: args.perPage, offset: args.page * args.perPage };
}
