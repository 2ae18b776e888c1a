/**
 * The data provider: ra-data-graphql-simple over the static schema, wrapped so that
 *  - react-admin resource names (`agencies`) map to GraphQL types (`Agency`), see schema.ts;
 *  - create/update send only what the mutation accepts (variables.ts) and update quotes the
 *    version the user read (`previousData.version`, optimistic locking);
 *  - failures become HttpErrors carrying the server's message and code (errors.ts);
 *  - a `getOne` of a record that does not exist fails with 404 instead of crashing the parser;
 *  - the count query `_xsMeta` gets only the arguments it declares (the server's grammar gives it
 *    `filter` alone; ra-data-graphql-simple would also pass the list's page and perPage);
 *  - `meta.sparseFields` picks the fields a page needs (a list asks only for its columns), and is
 *    copied first: ra-data-graphql-simple deletes it from the object react-query keeps;
 *  - `query(name, variables)` and `mutate(name, variables)` call any other root field
 *    (publishStandard, addLegalActRelation, login …), see operations.ts;
 *  - `meta.withoutTotal` pages a list without counting it (pages.ts), and a resource without a
 *    single-record query (`surveyResponse`) reads one record through its list's `ids` filter.
 * Nothing here is written per resource.
 */
import buildGraphQLProvider, { buildGqlQuery, buildQueryFactory, buildVariables, getResponseParser } from 'ra-data-graphql-simple';
import type { ApolloClient } from '@apollo/client';
import { visit, type DocumentNode, type IntrospectionType } from 'graphql';
import { GET_LIST, GET_ONE, HttpError, type DataProvider, type GetListParams, type RaRecord } from 'react-admin';
import { createApolloClient } from './apolloClient';
import { toHttpError } from './errors';
import { buildOperation, type OperationKind, type SparseField } from './operations';
import { isNotResource, mutation, operationNames, query, resourceType, schema, types } from './schema';
import { pageArguments, pageResult, wantsNoTotal } from './pages';
import { toMutationData } from './variables';

const parseResponse: typeof getResponseParser = (introspectionResults) => (raFetchMethod, resource, queryType) => {
  const parse = getResponseParser(introspectionResults)(raFetchMethod, resource, queryType);
  return (response) => {
    if (raFetchMethod === GET_ONE && response.data?.data == null) {
      throw new HttpError('ra.notification.item_doesnt_exist', 404, { code: 'NOT_FOUND', graphQLErrors: [] });
    }
    return parse(response);
  };
};

const buildDocument: typeof buildGqlQuery = (introspectionResults) => (resource, raFetchMethod, queryType, variables) =>
  visit(buildGqlQuery(introspectionResults)(resource, raFetchMethod, queryType, variables) as DocumentNode, {
    Field(node) {
      const meta = node.name.value.startsWith('_') ? query(node.name.value) : undefined;
      if (!meta || !node.arguments) return undefined;
      return { ...node, arguments: node.arguments.filter((arg) => meta.args.some((declared) => declared.name === arg.name.value)) };
    },
  });

function mutationData(kind: 'create' | 'update', type: string, data: Record<string, unknown>) {
  const field = mutation(`${kind}${type}`);
  if (!field) throw new HttpError(`The schema has no ${kind}${type} mutation`, 400, { code: 'BAD_REQUEST', graphQLErrors: [] });
  return { field, data: toMutationData(data, field.args, types) };
}

export interface OperationOptions {
  /** Fields of the result to select (default: all, linked resources by id). */
  sparseFields?: SparseField[];
  signal?: AbortSignal;
}

/** The CRUD methods plus calls of any other root query or mutation; the result is `{ data }`. */
export interface QyzmetDataProvider extends DataProvider {
  query<T = RaRecord>(name: string, variables?: Record<string, unknown>, options?: OperationOptions): Promise<{ data: T }>;
  mutate<T = RaRecord>(name: string, variables?: Record<string, unknown>, options?: OperationOptions): Promise<{ data: T }>;
}

/** ra-data-graphql's shape of a failure (an HttpError with status 200 around the Apollo error), then ours. */
const asHttpError = (error: unknown) =>
  toHttpError(error instanceof HttpError ? error : new HttpError((error as Error)?.message ?? String(error), 200, error));

export function runOperation(client: ApolloClient<unknown>) {
  return async <T>(kind: OperationKind, name: string, variables: Record<string, unknown> = {}, options: OperationOptions = {}): Promise<{ data: T }> => {
    const operation = buildOperation(kind, name, variables, options.sparseFields);
    const context = { fetchOptions: { signal: options.signal } };
    try {
      const response = kind === 'query'
        ? await client.query({ query: operation.document, variables: operation.variables, fetchPolicy: 'no-cache', context })
        : await client.mutate({ mutation: operation.document, variables: operation.variables, fetchPolicy: 'no-cache', context });
      if (response.errors?.length) throw new HttpError(response.errors[0].message, 200, { graphQLErrors: response.errors });
      return { data: operation.parse(response as never) as T };
    } catch (error) {
      throw asHttpError(error);
    }
  };
}

/** A copy of the params with their own `meta` object (see the header). */
const withOwnMeta = <P extends { meta?: unknown }>(params: P): P =>
  params.meta && typeof params.meta === 'object' ? { ...params, meta: { ...params.meta } } : params;

export function buildDataProvider(uri = '/graphql', client: ApolloClient<unknown> = createApolloClient(uri)): QyzmetDataProvider {
  const run = runOperation(client);
  const graphql = buildGraphQLProvider({
    client,
    introspection: { schema, operationNames, exclude: isNotResource },
    buildQuery: buildQueryFactory(buildVariables, buildDocument, parseResponse),
    query: () => ({ fetchPolicy: 'no-cache' }),
    mutation: () => ({ fetchPolicy: 'no-cache' }),
  });
  const fail = (error: unknown): never => { throw toHttpError(error); };
  const operationName = (fetchType: string, resource: string) =>
    operationNames[fetchType](types.get(resourceType(resource)) as IntrospectionType);
  const sparseFields = (params: { meta?: unknown }) => (params.meta as { sparseFields?: SparseField[] } | undefined)?.sparseFields;

  /** A page and whether another follows, without counting (pages.ts). */
  const listWithoutTotal = async (resource: string, params: GetListParams) => {
    const { data: rows } = await run<RaRecord[]>('query', operationName(GET_LIST, resource), pageArguments(params), { sparseFields: sparseFields(params), signal: params.signal });
    return pageResult(rows, params);
  };

  const provider: QyzmetDataProvider = {
    getList: (resource, params) => (wantsNoTotal(params)
      ? listWithoutTotal(resource, params)
      : graphql.getList(resourceType(resource), withOwnMeta(params)).catch(fail)) as never,
    getOne: async (resource, params) => {
      if (query(operationName(GET_ONE, resource))) return graphql.getOne(resourceType(resource), withOwnMeta(params)).catch(fail);
      const { data } = await run<RaRecord[]>('query', operationName(GET_LIST, resource), { filter: { ids: [params.id] }, perPage: 1 }, { sparseFields: sparseFields(params), signal: params.signal });
      if (!data[0]) throw new HttpError('ra.notification.item_doesnt_exist', 404, { code: 'NOT_FOUND', graphQLErrors: [] });
      return { data: data[0] } as never;
    },
    getMany: (resource, params) => graphql.getMany(resourceType(resource), withOwnMeta(params)).catch(fail),
    getManyReference: (resource, params) => graphql.getManyReference(resourceType(resource), withOwnMeta(params)).catch(fail),
    create: (resource, params) => {
      const type = resourceType(resource);
      const { data } = mutationData('create', type, params.data);
      return graphql.create(type, { ...withOwnMeta(params), data }).catch(fail);
    },
    update: (resource, params) => {
      const type = resourceType(resource);
      const { field, data } = mutationData('update', type, params.data);
      if (field.args.some((arg) => arg.name === 'version')) {
        data.version = params.previousData?.version ?? params.data.version;
      }
      return graphql.update(type, { ...withOwnMeta(params), data }).catch(fail);
    },
    // Bulk updates read each record first: every update must quote the version it changes.
    updateMany: async (resource, params) => {
      const results = await Promise.all(params.ids.map(async (id) => {
        const { data: previousData } = await provider.getOne(resource, { id });
        return provider.update(resource, { id, data: { ...previousData, ...params.data }, previousData });
      }));
      return { data: results.map(({ data }) => data.id) };
    },
    delete: (resource, params) => graphql.delete(resourceType(resource), params).catch(fail),
    deleteMany: (resource, params) => graphql.deleteMany(resourceType(resource), params).catch(fail),
    query: (name, variables, options) => run('query', name, variables, options),
    mutate: (name, variables, options) => run('mutation', name, variables, options),
  };
  return provider;
}
