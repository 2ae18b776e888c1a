/** The console's Apollo client: same-origin /graphql with the session cookie, no client cache. */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable, type FetchResult } from '@apollo/client';

/**
 * The server answers some GraphQL errors with an HTTP error status (400 for a variable of the wrong
 * shape or a query the server does not know). Apollo turns those into a bare network error
 * ("Response not successful: Received status code 400"); this hands the server's errors on as an
 * ordinary GraphQL result instead, so their messages and codes reach the data provider.
 */
const errorsAsResults = new ApolloLink((operation, forward) =>
  new Observable<FetchResult>((observer) => {
    const subscription = forward(operation).subscribe({
      next: (result) => observer.next(result),
      error: (error: { result?: { errors?: unknown } }) => {
        const errors = error?.result?.errors;
        if (Array.isArray(errors) && errors.length) {
          observer.next({ errors } as FetchResult);
          observer.complete();
        } else {
          observer.error(error);
        }
      },
      complete: () => observer.complete(),
    });
    return () => subscription.unsubscribe();
  }));

export function createApolloClient(uri = '/graphql'): ApolloClient<unknown> {
  return new ApolloClient({
    link: ApolloLink.from([errorsAsResults, new HttpLink({ uri, credentials: 'include' })]),
    // react-admin keeps its own query cache; the data provider asks Apollo not to cache (no-cache).
    cache: new InMemoryCache(),
  });
}
