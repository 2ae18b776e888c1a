/**
 * Calls of any root query or mutation of the schema by name, beside react-admin's CRUD methods:
 * `publishStandard`, `addLegalActRelation`, `login`, `me` …
 *
 * The document is built from the static schema with the grammar of the CRUD ones
 * (ra-data-graphql-simple's): only the arguments the field declares are sent; an object result
 * selects all its fields, linked resources (agencies, acts …) by id only, unless `sparseFields`
 * names the fields, e.g. `['id', 'status', { user: ['id', 'email'] }]`.
 */
import { parse, type DocumentNode, type IntrospectionField, type IntrospectionObjectType, type IntrospectionTypeRef } from 'graphql';
import { mutation, query, typeByResource, types } from './schema';

/** ra-data-graphql-simple's sparse field grammar: `['id', 'code', { provider: ['id', 'name'] }]`. */
export type SparseField = string | { [field: string]: SparseField[] };

export type OperationKind = 'query' | 'mutation';

export interface Operation {
  document: DocumentNode;
  /** The variables the field declares, taken from those given. */
  variables: Record<string, unknown>;
  /** From the raw GraphQL answer to the value of the field (null stays null). */
  parse: (response: { data?: { data?: unknown } | null }) => unknown;
}

const resourceTypes = new Set(typeByResource.values());

function namedTypeOf(ref: IntrospectionTypeRef): string {
  return ref.kind === 'NON_NULL' || ref.kind === 'LIST' ? namedTypeOf(ref.ofType) : ref.name;
}

function printType(ref: IntrospectionTypeRef): string {
  if (ref.kind === 'NON_NULL') return `${printType(ref.ofType)}!`;
  if (ref.kind === 'LIST') return `[${printType(ref.ofType)}]`;
  return ref.name;
}

function objectType(name: string): IntrospectionObjectType | undefined {
  const type = types.get(name);
  return type?.kind === 'OBJECT' ? type : undefined;
}

/** The selection set of an object type: see the header. `path` stops cycles between non-resource types. */
export function selection(typeName: string, sparseFields?: SparseField[], path: readonly string[] = []): string {
  const type = objectType(typeName);
  if (!type) return '';
  const wanted = new Map<string, SparseField[] | undefined>();
  if (sparseFields) {
    for (const field of sparseFields) {
      if (typeof field === 'string') wanted.set(field, undefined);
      else for (const [name, nested] of Object.entries(field)) wanted.set(name, nested);
    }
  }
  const parts: string[] = [];
  for (const field of type.fields) {
    if (sparseFields && !wanted.has(field.name)) continue;
    const target = namedTypeOf(field.type);
    if (!objectType(target)) {
      parts.push(field.name);
    } else if (resourceTypes.has(target)) {
      parts.push(`${field.name} { ${selection(target, wanted.get(field.name) ?? ['id'])} }`);
    } else if (!path.includes(target)) {
      parts.push(`${field.name} { ${selection(target, wanted.get(field.name), [...path, typeName])} }`);
    }
  }
  return parts.join(' ');
}

export function rootField(kind: OperationKind, name: string): IntrospectionField {
  const field = kind === 'query' ? query(name) : mutation(name);
  if (!field) throw new Error(`The schema has no ${kind} "${name}"`);
  return field;
}

/** Whether the schema has this root field (e.g. `me`, while the server may not have it yet). */
export function hasOperation(kind: OperationKind, name: string): boolean {
  return Boolean(kind === 'query' ? query(name) : mutation(name));
}

export function buildOperation(
  kind: OperationKind,
  name: string,
  variables: Record<string, unknown> = {},
  sparseFields?: SparseField[],
): Operation {
  const field = rootField(kind, name);
  const args = field.args.filter((arg) => variables[arg.name] !== undefined);
  const definitions = args.map((arg) => `$${arg.name}: ${printType(arg.type)}`).join(', ');
  const call = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const fields = selection(namedTypeOf(field.type), sparseFields);
  const document = parse(
    `${kind} ${name}${definitions ? `(${definitions})` : ''} { data: ${name}${call ? `(${call})` : ''}${fields ? ` { ${fields} }` : ''} }`,
  );
  return {
    document,
    variables: Object.fromEntries(args.map((arg) => [arg.name, variables[arg.name]])),
    parse: (response) => response.data?.data ?? null,
  };
}
