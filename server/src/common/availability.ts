/**
 * The HTTP side of availability: database faults answer HTTP 503 with Retry-After, every request has
 * a deadline, and /readyz says whether the database answers (within a bound, so a hung database
 * reads as "not ready" instead of hanging the probe).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Request, RequestHandler, Response } from 'express';
import { RETRY_AFTER_SECONDS, serviceUnavailable, type UnavailableReason } from './database-errors.js';

/** A GraphQL answer whose only outcome is SERVICE_UNAVAILABLE gets HTTP 503 and Retry-After. */
export function unavailableStatusPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { errors, data } = response.body.singleResult;
          const unavailable = errors?.find((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
          // Partial data (another field succeeded) stays a 200: the client has something to show.
          if (!unavailable || (data && Object.values(data).some((v) => v !== null))) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(unavailable.extensions?.retryAfter ?? 1));
        },
      };
    },
  };
}

/** Sends a SERVICE_UNAVAILABLE answer in the shape of the route (GraphQL errors, or the REST error object). */
export function sendUnavailable(req: Request, res: Response, reason: UnavailableReason, message?: string): void {
  const error = serviceUnavailable(reason, message);
  res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS[reason]));
  if (req.originalUrl.startsWith('/graphql')) {
    res.status(503).json({ errors: [{ message: error.message, extensions: { ...error.extensions, requestId: req.id } }] });
  } else {
    res.status(503).json({ error: 'SERVICE_UNAVAILABLE', reason, message: error.message, requestId: req.id });
  }
}

/**
 * Answers 503 TIMEOUT when a request is still unanswered after `ms`, then ignores whatever the slow
 * handler sends later. The statement timeout and the pool's wait bound stop the work behind it; this
 * bounds what the client waits for in every case (several statements in a row, a slow client body).
 */
export function requestDeadline(ms: number): RequestHandler {
  return (req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      sendUnavailable(req, res, 'TIMEOUT', `The request did not finish within ${Math.round(ms / 1000)} s and was stopped; retry shortly`);
      // The late handler's answer has nowhere to go: drop it instead of throwing "headers already sent".
      const ignore = function (this: Response) { return this; };
      res.setHeader = ignore as unknown as Response['setHeader'];
      res.writeHead = ignore as unknown as Response['writeHead'];
      res.write = (() => true) as unknown as Response['write'];
      res.end = ignore as unknown as Response['end'];
    }, ms);
    timer.unref();
    res.once('finish', () => clearTimeout(timer));
    res.once('close', () => clearTimeout(timer));
    next();
  };
}

/** GET /readyz: 200 while the database answers `select 1` within `timeoutMs`, else 503. */
export function readinessHandler(orm: MikroORM, isClosing: () => boolean, timeoutMs = 2000): RequestHandler {
  return async (_req, res) => {
    if (isClosing()) {
      res.status(503).json({ status: 'unavailable', reason: 'shutting down' });
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        orm.em.getConnection().execute('select 1'),
        new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('readiness timeout')), timeoutMs); }),
      ]);
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database does not answer' });
    } finally {
      clearTimeout(timer);
    }
  };
}
