/** Apollo plugins of access control. */
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../context.js';

/**
 * A refusal for too many attempts (e.g. sign-in throttling inside the login resolver) answers
 * HTTP 429 with Retry-After, like the rate limits in front of /graphql.
 */
export function rateLimitedStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const limited = response.body.singleResult.errors?.find((e) => e.extensions?.code === 'RATE_LIMITED');
          if (!limited) return;
          response.http.status = 429;
          const retryAfter = Number(limited.extensions?.retryAfter);
          if (Number.isFinite(retryAfter) && retryAfter > 0) response.http.headers.set('retry-after', String(Math.ceil(retryAfter)));
        },
      };
    },
  };
}
