/**
 * From a record as react-admin hands it over (the form values, i.e. the record read from the server
 * plus the user's changes) to the arguments of a create or update mutation, driven by the
 * mutation's argument types in the schema:
 *  - only arguments the mutation declares are kept: read-only fields (createdAt, updatedAt,
 *    children, parent …) and `__typename` disappear; `id` and `version` are added by the caller;
 *  - input objects (LocalizedTextInput …) keep only their declared fields, recursively;
 *    an input object with nothing filled in becomes null (a cleared optional text);
 *  - empty items are dropped from lists (a blank row added in an ArrayInput);
 *  - react-admin style references are accepted: `{ agency: { id } }` for an `agencyId` argument,
 *    `{ tags: [{ id }] }` for `tagIds`;
 *  - parts whose read and input shapes differ are adapted first, and ordered lists are numbered
 *    by position (inputShapes.ts).
 */
import type { IntrospectionInputValue, IntrospectionType, IntrospectionTypeRef } from 'graphql';
import { itemAdapters, listAdapters } from './inputShapes';

type Data = Record<string, unknown>;

const isBlank = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

const namedInput = (ref: IntrospectionTypeRef): string => (ref.kind === 'NON_NULL' ? namedInput(ref.ofType) : ref.kind === 'INPUT_OBJECT' ? ref.name : '');

export function toInputValue(value: unknown, ref: IntrospectionTypeRef, types: ReadonlyMap<string, IntrospectionType>): unknown {
  if (value === null || value === undefined) return value;
  switch (ref.kind) {
    case 'NON_NULL':
      return toInputValue(value, ref.ofType, types);
    case 'LIST': {
      const items = Array.isArray(value) ? value : [value];
      const converted = items.map((item) => toInputValue(item, ref.ofType, types)).filter((item) => !isBlank(item));
      const adapt = listAdapters[namedInput(ref.ofType)];
      return adapt ? adapt(converted as Data[]) : converted;
    }
    case 'INPUT_OBJECT': {
      const type = types.get(ref.name);
      if (!isObject(value) || type?.kind !== 'INPUT_OBJECT') return value;
      const item = itemAdapters[ref.name]?.(value) ?? value;
      const result: Data = {};
      for (const field of type.inputFields) {
        if (field.name in item) result[field.name] = toInputValue(item[field.name], field.type, types);
      }
      return Object.values(result).every(isBlank) ? null : result;
    }
    default:
      return value;
  }
}

/** The value of a `xId` / `xIds` argument from a record that holds `x: { id }` / `x: [{ id }]`. */
function referenceValue(data: Data, argument: string): unknown {
  const many = argument.match(/^(.+)Ids$/);
  if (many && Array.isArray(data[many[1]])) {
    return (data[many[1]] as unknown[]).map((item) => (isObject(item) ? item.id : item));
  }
  const one = argument.match(/^(.+)Id$/);
  if (one && one[1] in data) {
    const target = data[one[1]];
    return isObject(target) ? target.id : target;
  }
  return undefined;
}

export function toMutationData(
  data: Data,
  args: readonly IntrospectionInputValue[],
  types: ReadonlyMap<string, IntrospectionType>,
): Data {
  const result: Data = {};
  for (const arg of args) {
    if (arg.name === 'id' || arg.name === 'version') continue;
    const value = arg.name in data ? data[arg.name] : referenceValue(data, arg.name);
    if (value !== undefined) result[arg.name] = toInputValue(value, arg.type, types);
  }
  return result;
}
