/**
 * The GraphQL schema as the console knows it: the static introspection result generated from
 * schema/schema.graphql by `npm run codegen` (the server turns introspection off in production).
 *
 * Everything per resource is derived from the schema's ra-data-graphql-simple grammar, so a new
 * resource needs no code here: a type X is a resource when the schema has a list query `xs` and its
 * `_xsMeta` count; the react-admin resource name is that list query in kebab case (`agencies`,
 * `legal-acts`, `service-standards`), as it appears in the console's URLs.
 */
import type { IntrospectionField, IntrospectionSchema, IntrospectionType, IntrospectionTypeRef } from 'graphql';
import { CREATE, DELETE, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE } from 'react-admin';
import introspection from '../generated/introspection.json';

export const schema = (introspection as unknown as { __schema: IntrospectionSchema }).__schema;

export const types: ReadonlyMap<string, IntrospectionType> = new Map(schema.types.map((t) => [t.name, t]));

function rootFields(typeName: string | undefined): readonly IntrospectionField[] {
  const type = typeName ? types.get(typeName) : undefined;
  return type && type.kind === 'OBJECT' ? type.fields : [];
}

const queries = rootFields(schema.queryType.name);
const mutations = rootFields(schema.mutationType?.name);

/** The name of the type under NON_NULL and LIST wrappers. */
export function namedType(ref: IntrospectionTypeRef): string {
  return ref.kind === 'NON_NULL' || ref.kind === 'LIST' ? namedType(ref.ofType) : ref.name;
}

function isList(ref: IntrospectionTypeRef): boolean {
  return ref.kind === 'LIST' || (ref.kind === 'NON_NULL' && isList(ref.ofType));
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** GraphQL type name → its list query (`Agency` → `agencies`). */
const listQueryByType = new Map(
  queries
    .filter((q) => !q.name.startsWith('_') && isList(q.type) && queries.some((m) => m.name === `_${q.name}Meta`))
    .map((q) => [namedType(q.type), q.name] as const),
);

/** react-admin resource name → GraphQL type name (`agencies` → `Agency`). */
export const typeByResource: ReadonlyMap<string, string> = new Map(
  [...listQueryByType].map(([type, list]) => [kebab(list), type]),
);

export function resourceType(resource: string): string {
  const type = typeByResource.get(resource);
  if (!type) {
    throw new Error(`Unknown resource "${resource}": the schema has ${[...typeByResource.keys()].join(', ') || 'none'}`);
  }
  return type;
}

export function query(name: string): IntrospectionField | undefined {
  return queries.find((q) => q.name === name);
}

export function mutation(name: string): IntrospectionField | undefined {
  return mutations.find((m) => m.name === name);
}

/** Operation names for ra-data-graphql: `agencies`, `agency`, `createAgency`, `updateAgency`, `deleteAgency`. */
export const operationNames: Record<string, (type: IntrospectionType) => string> = {
  [GET_LIST]: (type) => listQueryByType.get(type.name) ?? '',
  [GET_MANY]: (type) => listQueryByType.get(type.name) ?? '',
  [GET_MANY_REFERENCE]: (type) => listQueryByType.get(type.name) ?? '',
  [GET_ONE]: (type) => lowerFirst(type.name),
  [CREATE]: (type) => `create${type.name}`,
  [UPDATE]: (type) => `update${type.name}`,
  [DELETE]: (type) => `delete${type.name}`,
};

/** Only types with a list query are resources (LocalizedText, ListMetadata … are not). */
export const isNotResource = (type: IntrospectionType) => !listQueryByType.has(type.name);
