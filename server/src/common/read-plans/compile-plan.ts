/**
 * Decides, once per document, whether a read plan can answer it, and what the plan selects: a query
 * with one root field that is a planned list, whose selection (and that of every planned list nested
 * in it) reads only stored columns that graphql-js would copy as they are. Anything else (a field
 * with a resolver, an argument on a scalar, a fragment, a directive, a Float, a JSON value, two
 * fields answering under one name) leaves the document to graphql-js: null.
 */
import {
  getNamedType, isEnumType, isListType, isNonNullType, isObjectType, Kind,
  type FieldNode, type GraphQLField, type GraphQLObjectType, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import type { EntityMetadata, MetadataStorage } from '@mikro-orm/core';
import type { PlannedLists, PlannedNestedList, PlannedRootList } from './planned-lists.js';

/**
 * How a column's value is written as JSON:
 *  - `escaped`: a string that may hold anything (to_json escapes it);
 *  - `quoted`: a string that cannot hold a character JSON escapes (a uuid, an enum value that is a
 *    name), put between quotes as it is: to_json per value was a third of the statement's time;
 *  - `literal`: an integer or a boolean, whose text is its JSON;
 *  - `instant`: an ISO instant as graphql-scalars' DateTime writes a JavaScript Date.
 */
export type ColumnFormat = 'escaped' | 'quoted' | 'literal' | 'instant';

export type FieldPlan =
  | { key: string; kind: 'constant'; value: string }
  | { key: string; kind: 'column'; column: string; format: ColumnFormat }
  | { key: string; kind: 'list'; node: FieldNode; field: GraphQLField<unknown, unknown>; list: PlannedNestedList; rows: ObjectPlan };

export interface ObjectPlan {
  fields: FieldPlan[];
  /** Entity properties the rows must carry (the primary key always: nested lists hang off it). */
  properties: string[];
  /** Their columns. */
  columns: string[];
  /** The primary key's column (the parent of nested lists). */
  idColumn: string;
}

export interface RootPlan {
  key: string;
  node: FieldNode;
  field: GraphQLField<unknown, unknown>;
  list: PlannedRootList;
  rows: ObjectPlan;
}

interface Compiler { schema: GraphQLSchema; metadata: MetadataStorage; lists: PlannedLists }

export function compilePlan(compiler: Compiler, operation: OperationDefinitionNode): RootPlan | null {
  if (operation.operation !== 'query' || operation.directives?.length || operation.selectionSet.selections.length !== 1) return null;
  const node = operation.selectionSet.selections[0];
  if (node.kind !== Kind.FIELD || node.directives?.length) return null;
  const list = compiler.lists.roots.find((r) => r.field === node.name.value);
  const field = compiler.schema.getQueryType()?.getFields()[node.name.value];
  if (!list || !field) return null;
  const rows = listRows(compiler, field, node, compiler.metadata.get(list.entity as never));
  return rows && { key: node.alias?.value ?? node.name.value, node, field, list, rows };
}

/** A non-null list of non-null objects (a resolver that can answer null or null items is not planned). */
function listRows(compiler: Compiler, field: GraphQLField<unknown, unknown>, node: FieldNode, meta: EntityMetadata): ObjectPlan | null {
  const list = isNonNullType(field.type) ? field.type.ofType : null;
  const item = list && isListType(list) && isNonNullType(list.ofType) ? list.ofType.ofType : null;
  if (!item || !isObjectType(item) || !node.selectionSet) return null;
  return objectPlan(compiler, item, node.selectionSet, meta);
}

function objectPlan(compiler: Compiler, type: GraphQLObjectType, selectionSet: SelectionSetNode, meta: EntityMetadata): ObjectPlan | null {
  const fields: FieldPlan[] = [];
  const properties = new Set<string>(meta.primaryKeys as string[]);
  const keys = new Set<string>();
  for (const node of selectionSet.selections) {
    if (node.kind !== Kind.FIELD || node.directives?.length) return null;
    const key = node.alias?.value ?? node.name.value;
    if (keys.has(key)) return null;
    keys.add(key);
    const name = node.name.value;
    if (name === '__typename') {
      fields.push({ key, kind: 'constant', value: type.name });
      continue;
    }
    const field = type.getFields()[name];
    if (!field) return null;
    const nested = compiler.lists.nested.find((l) => l.parentType === type.name && l.field === name);
    if (nested) {
      const rows = listRows(compiler, field, node, compiler.metadata.get(nested.entity as never));
      if (!rows) return null;
      fields.push({ key, kind: 'list', node, field, list: nested, rows });
      continue;
    }
    const column = node.arguments?.length || node.selectionSet ? null : storedColumn(field, meta);
    if (!column) return null;
    properties.add(name);
    fields.push({ key, kind: 'column', ...column });
  }
  const sorted = [...properties].sort();
  const column = (property: string) => meta.properties[property as never].fieldNames[0];
  return { fields, properties: sorted, columns: sorted.map(column), idColumn: column(meta.primaryKeys[0] as string) };
}

const INTEGER_COLUMN = /^(int|integer|int4|smallint|int2)\b/;

/**
 * The column a field copies, when graphql-js would write the stored value unchanged: the field has
 * no resolver (plain-fields.ts leaves plain properties to graphql-js's default resolver), reads a
 * stored scalar property of the same name, and its type writes that value as it is (strings, ids,
 * integers, booleans, enums whose values are their names) or as an ISO instant (DateTime). A
 * non-null field over a nullable column is left to graphql-js (it would raise an error).
 */
function storedColumn(field: GraphQLField<unknown, unknown>, meta: EntityMetadata): { column: string; format: ColumnFormat } | null {
  if (field.resolve !== undefined || isListType(isNonNullType(field.type) ? field.type.ofType : field.type)) return null;
  const prop = meta.properties[field.name as never];
  if (!prop || prop.kind !== 'scalar' || prop.persist === false || prop.formula || prop.lazy || prop.fieldNames?.length !== 1) return null;
  if (isNonNullType(field.type) && prop.nullable) return null;
  const type = getNamedType(field.type);
  const runtime = prop.runtimeType;
  const columnType = String(prop.columnTypes?.[0] ?? '').toLowerCase();
  const column = prop.fieldNames[0];
  if ((type.name === 'ID' || type.name === 'String') && runtime === 'string') return { column, format: columnType === 'uuid' ? 'quoted' : 'escaped' };
  if (type.name === 'Int' && runtime === 'number' && INTEGER_COLUMN.test(columnType)) return { column, format: 'literal' };
  if (type.name === 'Boolean' && runtime === 'boolean') return { column, format: 'literal' };
  // Enum values are names ([_A-Za-z][_0-9A-Za-z]*): nothing to escape. The column's check constraint keeps other values out.
  if (isEnumType(type) && runtime === 'string' && type.getValues().every((v) => v.value === v.name)) return { column, format: 'quoted' };
  if (type.name === 'DateTime' && runtime === 'Date' && columnType.startsWith('timestamptz')) return { column, format: 'instant' };
  return null;
}
