/** The list grammar of react-admin's ra-data-graphql-simple: zero-based pages, sort field and order. */
import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { raw } from '@mikro-orm/core';
import { invalidInput } from './errors.js';

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());

export enum SortOrder { ASC = 'ASC', DESC = 'DESC' }
registerEnumType(SortOrder, { name: 'SortOrder', description: 'Sort direction', valuesConfig: { ASC: { description: 'Ascending (A → Z, oldest first)' }, DESC: { description: 'Descending (Z → A, newest first)' } } });

@ObjectType('ListMetadata', { description: 'Size of a filtered list, for paging' })
export class ListMetadata {
  @Field(() => Int, { description: 'Number of records matching the filter' })
  count!: number;
}

@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true, description: 'Zero-based page number' })
  @Min(0)
  page?: number;

  @Field(() => Int, { nullable: true, description: 'Records per page (1-500, default 25)' })
  @Min(1) @Max(500)
  perPage?: number;

  @Field(() => String, { nullable: true, description: 'Field to sort by' })
  sortField?: string;

  @Field(() => SortOrder, { nullable: true, description: 'Sort direction (default ASC)' })
  sortOrder?: SortOrder;
}

export interface Paging { limit: number; offset: number; orderBy: Record<string, unknown> }

/**
 * Turns list arguments into limit/offset/orderBy, accepting only the sort fields a resource
 * declares sortable (mapped to entity paths), so a client cannot sort by arbitrary SQL.
 */
export function toPaging(args: ListArgs, sortable: Record<string, string>, defaultSort: string): Paging {
  const perPage = args.perPage ?? 25;
  const page = args.page ?? 0;
  const field = args.sortField ?? defaultSort;
  const path = field === 'id' ? 'id' : sortable[field];
  if (!path) throw invalidInput('sortField', `cannot sort by "${field}"; allowed: ${Object.keys(sortable).join(', ')}`);
  const direction = args.sortOrder === SortOrder.DESC ? 'desc' : 'asc';
  if (path === 'id') return { limit: perPage, offset: page * perPage, orderBy: { id: direction } };
  // "name.kk" sorts by a key of a JSON column: ordered by the text of that key.
  const [column, key] = path.split('.');
  if (!key) return { limit: perPage, offset: page * perPage, orderBy: { [column]: direction, id: 'asc' } };
  // MikroORM wants raw fragments in their own array entries, so their order is kept.
  const jsonKey = raw((alias: string) => `${alias}.${snakeCase(column)}->>'${key}'`) as unknown as string;
  return { limit: perPage, offset: page * perPage, orderBy: [{ [jsonKey]: direction }, { id: 'asc' }] as never };
}
