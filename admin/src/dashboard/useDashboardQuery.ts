/**
 * Runs one of the dashboard's typed documents (queries.ts) with the console's Apollo client setup
 * (apolloClient.ts: same-origin /graphql, session cookie). Failures become the data provider's
 * HttpErrors, and a session that ended sends the user back to the login page as any other page does.
 * While new variables load, the previous answer stays on screen (no flicker when a filter changes).
 */
import { useEffect, useMemo } from 'react';
import { useQuery, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { HttpError, useLogoutIfAccessDenied } from 'react-admin';
import { createApolloClient } from '../dataProvider/apolloClient';
import { toHttpError } from '../dataProvider/errors';

/** One client for the dashboard's own queries (react-admin's data provider keeps its own). */
const client = createApolloClient();

export function useDashboardQuery<T, V extends OperationVariables>(document: TypedDocumentNode<T, V>, variables: V, options: { skip?: boolean } = {}) {
  const result = useQuery(document, { client, variables, skip: options.skip, fetchPolicy: 'network-only', notifyOnNetworkStatusChange: true });
  const error = useMemo(() => (result.error ? (toHttpError(new HttpError(result.error.message, 200, result.error)) as Error) : undefined), [result.error]);
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  useEffect(() => {
    if (error) void logoutIfAccessDenied(error);
  }, [error, logoutIfAccessDenied]);
  return { data: result.data ?? result.previousData, loading: result.loading, error, refetch: result.refetch };
}
