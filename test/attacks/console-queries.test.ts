/**
 * The limits must not refuse the console's own queries. The console builds them with
 * ra-data-graphql-simple, which selects every field of a resource and expands nested types, so they
 * are the largest legitimate queries there are. Every resource of the schema, every fetch type,
 * page sizes up to the largest the console offers (and the server's 500) must pass every limit.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildClientSchema, getIntrospectionQuery, print, visit, type GraphQLSchema, type OperationDefinitionNode, type IntrospectionField, type IntrospectionObjectType, type IntrospectionSchema, type DocumentNode } from 'graphql';
import { buildGqlQuery, buildQueryFactory, buildVariables, getResponseParser } from 'ra-data-graphql-simple';
import { CREATE, DELETE, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE } from 'ra-core';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { MAX_ALIASES, MAX_COST, MAX_DEPTH, MAX_TOKENS, estimateCost } from '../../server/src/modules/access/limits.js';

let t: TestServer;
let schema: IntrospectionSchema;
let clientSchema: GraphQLSchema;
let resources: { type: IntrospectionObjectType; [fetch: string]: unknown }[];
let build: (fetchType: string, resource: string, params: Record<string, unknown>) => { query: unknown; variables: unknown };

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const namedType = (ref: any): string => (ref.ofType ? namedType(ref.ofType) : ref.name);

beforeAll(async () => {
  t = await startTestServer({ withCorpus: true });
  const res = await t.gql(getIntrospectionQuery());
  expect(res.errors).toBeUndefined();
  schema = res.data!.__schema as IntrospectionSchema;
  clientSchema = buildClientSchema({ __schema: schema });
  const queries = (schema.types.find((x) => x.name === schema.queryType.name) as IntrospectionObjectType).fields;
  const mutations = (schema.types.find((x) => x.name === schema.mutationType!.name) as IntrospectionObjectType).fields;
  const find = (fields: readonly IntrospectionField[], name: string) => fields.find((f) => f.name === name);
  // A resource is a type with a list query `xs` and its count `_xsMeta` (the console's rule).
  resources = queries.filter((q) => !q.name.startsWith('_') && find(queries, `_${q.name}Meta`)).map((list) => {
    const type = schema.types.find((x) => x.name === namedType(list.type)) as IntrospectionObjectType;
    return {
      type,
      [GET_LIST]: list, [GET_MANY]: list, [GET_MANY_REFERENCE]: list,
      [GET_ONE]: find(queries, lowerFirst(type.name)),
      [CREATE]: find(mutations, `create${type.name}`), [UPDATE]: find(mutations, `update${type.name}`), [DELETE]: find(mutations, `delete${type.name}`),
    };
  });
  // As admin/src/dataProvider does: the count query `_xsMeta` gets only the arguments it declares.
  const buildDocument: typeof buildGqlQuery = (introspection) => (resource, fetchType, queryType, variables) =>
    visit(buildGqlQuery(introspection)(resource, fetchType, queryType, variables) as DocumentNode, {
      Field(node) {
        const meta = node.name.value.startsWith('_') ? find(queries, node.name.value) : undefined;
        if (!meta || !node.arguments) return undefined;
        return { ...node, arguments: node.arguments.filter((arg) => meta.args.some((declared) => declared.name === arg.name.value)) };
      },
    });
  build = buildQueryFactory(buildVariables, buildDocument, getResponseParser)({ types: schema.types, queries: [...queries, ...mutations], resources, schema } as never) as never;
});

/** Depth, aliases and tokens of a document, measured like the server does. */
function measure(document: DocumentNode) {
  const depth = (node: any): number => node.selectionSet ? 1 + Math.max(0, ...node.selectionSet.selections.map(depth)) : 0;
  let aliases = 0;
  const count = (node: any) => { if (node.alias) aliases++; node.selectionSet?.selections.forEach(count); };
  document.definitions.forEach(count);
  const text = print(document);
  const tokens = text.match(/[_A-Za-z][_0-9A-Za-z]*|\$|!|[(){}[\]:=@|]|\.\.\.|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?/g)?.length ?? 0;
  return { depth: Math.max(...document.definitions.map((d: any) => depth(d))), aliases, tokens, text };
}

describe('the console\'s queries pass every limit', () => {
  it('has resources to check', () => {
    expect(resources.map((r) => r.type.name)).toEqual(expect.arrayContaining(['Agency', 'LegalAct', 'ServiceStandard', 'User', 'ApiKey']));
  });

  it('lists, pages of every size, single records and references', async () => {
    const report: string[] = [];
    for (const resource of resources) {
      const name = resource.type.name;
      const cases: [string, Record<string, unknown>][] = [
        ...[10, 25, 50, 100, 500].map((perPage) => [GET_LIST, { pagination: { page: 1, perPage }, sort: { field: 'id', order: 'ASC' }, filter: {} }] as [string, Record<string, unknown>]),
        [GET_ONE, { id: '00000000-0000-0000-0000-000000000000' }],
        [GET_MANY, { ids: ['00000000-0000-0000-0000-000000000000'] }],
      ];
      for (const [fetchType, params] of cases) {
        if (!resource[fetchType]) continue;
        const { query, variables } = build(fetchType, name, params);
        const { depth, aliases, tokens } = measure(query as DocumentNode);
        const operation = (query as DocumentNode).definitions[0] as OperationDefinitionNode;
        const cost = estimateCost(clientSchema, query as DocumentNode, operation, variables as Record<string, unknown>);
        const res = await t.post(print(query as DocumentNode), variables as Record<string, unknown>);
        const limitErrors = (res.body.errors ?? []).filter((e) => e.extensions?.limit || /GRAPHQL_(VALIDATION|PARSE)_FAILED/.test(e.extensions?.code));
        expect(limitErrors, `${fetchType} ${name} ${JSON.stringify(params)}`).toEqual([]);
        expect(res.body.errors, `${fetchType} ${name}: ${JSON.stringify(res.body.errors)}`).toBeUndefined();
        expect(depth).toBeLessThanOrEqual(MAX_DEPTH);
        expect(aliases).toBeLessThanOrEqual(MAX_ALIASES);
        expect(tokens).toBeLessThanOrEqual(MAX_TOKENS);
        expect(cost).toBeLessThanOrEqual(MAX_COST);
        if (fetchType === GET_LIST) report.push(`${name} perPage ${(params.pagination as { perPage: number }).perPage}: depth ${depth}, aliases ${aliases}, tokens ~${tokens}, cost ${cost}`);
      }
    }
    console.info(`Console queries (limits: depth ${MAX_DEPTH}, aliases ${MAX_ALIASES}, tokens ${MAX_TOKENS}, cost ${MAX_COST}):\n  ${report.join('\n  ')}`);
  });

  it('mutations: the limits never refuse them (an analyst sends them, so nothing runs)', async () => {
    const analyst = await t.loginAs('analyst');
    for (const resource of resources) {
      for (const fetchType of [CREATE, UPDATE, DELETE]) {
        if (!resource[fetchType]) continue;
        const data = Object.fromEntries(((resource[fetchType] as IntrospectionField).args ?? []).map((a) => [a.name, null]));
        const { query, variables } = build(fetchType, resource.type.name, { id: '00000000-0000-0000-0000-000000000000', data, previousData: {} });
        const res = await t.post(print(query as DocumentNode), variables as Record<string, unknown>, analyst);
        const limitErrors = (res.body.errors ?? []).filter((e) => e.extensions?.limit);
        expect(limitErrors, `${fetchType} ${resource.type.name}`).toEqual([]);
      }
    }
  });
});
