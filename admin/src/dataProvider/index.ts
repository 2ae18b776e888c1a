/**
 * The data provider: ra-data-graphql-simple over the static schema, wrapped so that
 *  - react-admin resource names (`agencies`) map to GraphQL types (`Agency`), see schema.ts;
 *  - create/update send only what the mutation accepts (variables.ts) and update quotes the
 *    version the user read (`previousData.version`, optimistic locking);
 *  - failures become HttpErrors carrying the server's message and code (errors.ts);
 *  - a `getOne` of a record that does not exist fails with 404 instead of crashing the parser;
 *  - the count query `_xsMeta` gets only the arguments it declares (the server's grammar gives it
 *    `filter` alone; ra-data-graphql-simple would also pass the list's page and perPage).
 * Nothing here is written per resource.
 */
import buildGraphQLProvider, { buildGqlQuery, buildQueryFactory, buildVariables, getResponseParser } from 'ra-data-graphql-simple';
import { visit, type DocumentNode } from 'graphql';
import { GET_ONE, HttpError, type DataProvider } from 'react-admin';
import { createApolloClient } from './apolloClient';
import { toHttpError } from './errors';
import { isNotResource, mutation, operationNames, query, resourceType, schema, types } from './schema';
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

export function buildDataProvider(uri = '/graphql'): DataProvider {
  const graphql = buildGraphQLProvider({
    client: createApolloClient(uri),
    introspection: { schema, operationNames, exclude: isNotResource },
    buildQuery: buildQueryFactory(buildVariables, buildDocument, parseResponse),
    query: () => ({ fetchPolicy: 'no-cache' }),
    mutation: () => ({ fetchPolicy: 'no-cache' }),
  });
  const fail = (error: unknown): never => { throw toHttpError(error); };

  const provider: DataProvider = {
    getList: (resource, params) => graphql.getList(resourceType(resource), params).catch(fail),
    getOne: (resource, params) => graphql.getOne(resourceType(resource), params).catch(fail),
    getMany: (resource, params) => graphql.getMany(resourceType(resource), params).catch(fail),
    getManyReference: (resource, params) => graphql.getManyReference(resourceType(resource), params).catch(fail),
    create: (resource, params) => {
      const type = resourceType(resource);
      const { data } = mutationData('create', type, params.data);
      return graphql.create(type, { ...params, data }).catch(fail);
    },
    update: (resource, params) => {
      const type = resourceType(resource);
      const { field, data } = mutationData('update', type, params.data);
      if (field.args.some((arg) => arg.name === 'version')) {
        data.version = params.previousData?.version ?? params.data.version;
      }
      return graphql.update(type, { ...params, data }).catch(fail);
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
  };
  return provider;
}
