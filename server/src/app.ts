/**
 * The HTTP application: POST /graphql, health and readiness probes, the admin console at /, and JSON
 * 404s for everything else.
 */
import express, { type Request, type Response, type NextFunction } from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from './common/logger.js';
import { createContext, type Context } from './context.js';
import { formatError } from './common/format-error.js';
import { stringifyResult } from './common/stringify-result.js';
import { apolloMiddleware } from './common/apollo-express.js';
import { REPO_ROOT } from './config.js';
import { openDataRouter } from './modules/open-data/open-data.router.js';
import { qualityReportRouter } from './modules/indicators/indicator.router.js';
import { readAccessConfig, type AccessConfig } from './modules/access/access.config.js';
import { createAccessRuntime, httpControl, ipRateLimit, keyRateLimit, resolveIdentity, sendError } from './modules/access/http.js';
import { MAX_TOKENS, armor, limitsPlugin } from './modules/access/limits.js';
import { rateLimitedStatusPlugin } from './modules/access/plugins.js';
import { standardAnswerCachePlugin } from './modules/standards/standard-answer.cache.js';
import { readPlansPlugin } from './common/read-plans/read-plans.plugin.js';
import { plannedLists } from './read-plans.js';
import { readinessHandler, requestDeadline, sendUnavailable, unavailableStatusPlugin } from './common/availability.js';
import { unavailableReason } from './common/database-errors.js';
import { readDatabaseLimits } from './database/pool-options.js';
import { RowChanges } from './database/row-changes.js';
import { createReadCaches } from './read-caches.js';
import { rowChangesFencePlugin } from './common/row-changes.plugin.js';

export interface AppOptions {
  orm: MikroORM;
  schema: GraphQLSchema;
  log: Logger;
  production: boolean;
  /** Folder with the built console (admin/dist); served at / when it exists. */
  consoleDir?: string;
  /** Sign-in, session and rate-limit settings (default: from the environment). */
  access?: AccessConfig;
  /** Cache rarely-written rows between requests, listening for their changes (config ROW_CACHES; default true). */
  rowCaches?: boolean;
  /** Answer list queries of stored columns with one statement that writes their JSON (config READ_PLANS; default true). */
  readPlans?: boolean;
}

export interface QyzmetApp {
  app: express.Express;
  apollo: ApolloServer<Context>;
  /** Stops accepting GraphQL operations (for graceful shutdown). */
  stop(): Promise<void>;
  /** From now on /readyz answers 503, so a load balancer stops sending new requests. */
  beginShutdown(): void;
  /** Changes to cached rows, as PostgreSQL announces them. */
  rowChanges: RowChanges;
}

declare module 'express-serve-static-core' {
  interface Request { id: string }
}

/** Logs each request once with its id, status and duration. */
function requestLogger(log: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers['x-request-id'];
    req.id = typeof header === 'string' && /^[\w-]{1,100}$/.test(header) ? header : randomUUID();
    res.setHeader('x-request-id', req.id);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log.info({ requestId: req.id, method: req.method, url: req.originalUrl, status: res.statusCode, actor: req.identity?.actor, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    next();
  };
}

export async function createApp(options: AppOptions): Promise<QyzmetApp> {
  const { orm, schema, log, production } = options;
  const app = express();
  app.disable('x-powered-by');
  const access = createAccessRuntime(options.access ?? readAccessConfig());
  const feed = new RowChanges(options.rowCaches !== false ? orm.config.get('clientUrl') ?? null : null, log);
  await feed.start();
  const caches = createReadCaches(feed);
  // Behind a reverse proxy (TRUST_PROXY), req.ip is the client from X-Forwarded-For: rate limits key on it.
  app.set('trust proxy', access.config.trustProxy);
  app.use(requestLogger(log));
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  });

  let shuttingDown = false;
  app.get('/healthz', (_req, res) => { res.json({ status: 'ok' }); });
  app.get('/readyz', readinessHandler(orm, () => shuttingDown));
  const { requestDeadlineMs } = readDatabaseLimits();
  if (requestDeadlineMs) app.use(requestDeadline(requestDeadlineMs));

  const requestIdPlugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        // Every error carries the request id, so a user's report can be matched to the log line.
        async willSendResponse(rc) {
          const body = rc.response.body;
          if (body.kind !== 'single' || !body.singleResult.errors) return;
          const requestId = rc.contextValue?.requestId;
          body.singleResult.errors = body.singleResult.errors.map((e) => ({ ...e, extensions: { ...e.extensions, requestId } }));
        },
        async didEncounterErrors(rc) {
          for (const error of rc.errors) {
            const code = (error.extensions?.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR';
            if (code === 'INTERNAL_SERVER_ERROR' || !error.extensions?.code) {
              rc.contextValue?.log?.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error');
            }
          }
        },
      };
    },
  };

  const protection = armor(production);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Request-shape limits (modules/access/limits.ts).
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    // Cache-control hints are unused (HTTP caching of published standards is done separately) and cost
    // a hook per resolved field.
    plugins: [requestIdPlugin, ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(),
      ...protection.plugins, limitsPlugin(), rateLimitedStatusPlugin(), unavailableStatusPlugin<Context>(),
      // Answers of serviceStandardInForce over frozen versions (modules/standards/standard-answer.cache.ts).
      standardAnswerCachePlugin(schema), rowChangesFencePlugin<Context>(feed),
      // Lists of stored columns answered by one statement writing their JSON (common/read-plans).
      ...(options.readPlans !== false ? [readPlansPlugin(schema, orm.getMetadata(), plannedLists)] : [])],
    formatError: (formatted, error) => formatError(formatted, error),
    stringifyResult,
  });
  await apollo.start();

  app.use('/graphql',
    ipRateLimit(access),
    express.json({ limit: '1mb' }),
    (req: Request, res: Response, next: NextFunction) => {
      // One operation per request: a batch would multiply every per-request limit.
      if (Array.isArray(req.body)) return sendError(req, res, 400, 'BAD_REQUEST', 'Batched requests are not accepted: send one operation per request');
      next();
    },
    resolveIdentity(orm, access, log, caches.identities),
    keyRateLimit(access),
    apolloMiddleware(apollo, async ({ req, res }) => createContext(orm.em, req.id, req.identity!, log.child({ requestId: req.id }), httpControl(req, res, access), caches)));

  // Public data, no credentials: the per-address limit applies (one bucket shared with /graphql).
  app.use('/open-data', ipRateLimit(access, 'rest'));
  app.use('/open-data', qualityReportRouter(orm));
  app.use('/open-data', openDataRouter(orm));

  const consoleDir = options.consoleDir ?? join(REPO_ROOT, 'admin', 'dist');
  if (existsSync(join(consoleDir, 'index.html'))) {
    app.use(express.static(consoleDir, {
      index: 'index.html',
      maxAge: '1h',
      // index.html names the hashed bundles of the current release: never serve a stale one.
      setHeaders: (res, path) => { if (path.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache'); },
    }));
    // Client-side routes of the console fall back to index.html.
    app.get(/^\/(?!graphql|healthz|readyz|open-data)[^.]*$/, (req, res, next) => {
      // Only browsers navigating (Accept: text/html) get the console; API clients get JSON 404s.
      if (!(req.headers.accept ?? '').includes('text/html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(consoleDir, 'index.html'));
    });
  }

  app.use((req, res) => {
    res.status(404).json({ error: 'NOT_FOUND', message: `No route for ${req.method} ${req.path}`, requestId: req.id });
  });
  // Express error handler: malformed bodies and oversized requests get a JSON answer, never a stack.
  app.use((error: Error & { status?: number; type?: string }, req: Request, res: Response, _next: NextFunction) => {
    // The database down, busy or read-only (e.g. while resolving the caller's identity): 503, retry later.
    const unavailable = unavailableReason(error);
    if (unavailable) return sendUnavailable(req, res, unavailable);
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) log.error({ err: error, requestId: req.id }, 'unhandled error');
    const message = status === 413 ? 'Request body too large (limit 1 MB)'
      : status === 400 ? 'Malformed request: ' + (error.type === 'entity.parse.failed' ? 'the body is not valid JSON' : error.message)
      : status === 500 ? 'Internal server error' : error.message;
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST', requestId: req.id } }] });
  });

  return { app, apollo, rowChanges: feed, stop: async () => { await apollo.stop(); await feed.stop(); }, beginShutdown: () => { shuttingDown = true; } };
}
