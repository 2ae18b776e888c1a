/** Paging of a list nested in a parent (an agency's standards, a standard's applications). */
import { ArgsType, Field, Int } from 'type-graphql';
import { Max, Min } from 'class-validator';

@ArgsType()
export class NestedPageArgs {
  @Field(() => Int, { defaultValue: 0, description: 'Zero-based page number within each parent' })
  @Min(0)
  page!: number;

  // Named perPage like the root lists, so the query-cost estimate (access/limits.ts) counts it.
  @Field(() => Int, { defaultValue: 10, description: 'Records per parent (1-100, default 10)' })
  @Min(1) @Max(100)
  perPage!: number;
}

export const nestedPaging = (args: NestedPageArgs) => ({ limit: args.perPage, offset: args.page * args.perPage });
