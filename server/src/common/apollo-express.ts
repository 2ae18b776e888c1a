/**
 * Apollo Server behind Express: the request handed to `executeHTTPGraphQLRequest` and its answer
 * written back, as @as-integrations/express5 does, without its per-request costs that a small query
 * notices (a tenth of a `{ __typename }` request): the legacy `url.parse` of every URL to find the
 * query string, and, for POST, Express's ETag (a hash of every answer body; a POST answer is never
 * served from a cache). GET answers keep Express's ETag, so a repeated query can get a 304.
 */
import type { Request, RequestHandler, Response } from 'express';
import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction } from '@apollo/server';

export function apolloMiddleware<C extends BaseContext>(server: ApolloServer<C>, context: ContextFunction<[{ req: Request; res: Response }], C>): RequestHandler {
  server.assertStarted('apolloMiddleware()');
  return async (req, res, next) => {
    try {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const query = req.url.indexOf('?');
      const answer = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: query < 0 ? '' : req.url.slice(query), body: req.body },
        context: () => context({ req, res }),
      });
      for (const [key, value] of answer.headers) res.setHeader(key, value);
      res.statusCode = answer.status || 200;
      if (answer.body.kind === 'complete') {
        if (req.method === 'GET') { res.send(answer.body.string); return; }
        const body = Buffer.from(answer.body.string); // encoded once: its length, then its bytes
        res.setHeader('Content-Length', body.length);
        res.end(body);
        return;
      }
      for await (const chunk of answer.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      next(error);
    }
  };
}
