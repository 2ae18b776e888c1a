/**
 * GET /open-data/…: the registry as open data, for anyone, without an account.
 *
 *   /                    index of the routes, licences and attribution
 *   /cpsv/{code}         one standard as CPSV-AP 3.2.0 JSON-LD (?on=YYYY-MM-DD: the version in force that day)
 *   /cpsv.jsonld         every published standard as one JSON-LD catalogue (?on= as above)
 *   /context.jsonld      the official CPSV-AP 3.2.0 JSON-LD context (© European Union, CC-BY 4.0)
 *   /standards.csv       one row per standard × channel (?on= as above)
 *   /performance.csv     one row per standard × agency × channel × year × indicator
 *   /changes.json        the change feed (?since=ISO date-time, &code=, &limit=)
 *
 * Exports carry an ETag (a fingerprint of standards, agencies and acts) and are cached in memory
 * per fingerprint, so repeated downloads cost one small query. performance.csv changes with every
 * application, so it is built from the counters on each request (a few grouped statements) and its
 * ETag is a hash of the body. Errors are JSON with a message.
 */
import { Router, type Request, type Response, type NextFunction } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../config.js';
import { cpsvDocument, cpsvNodes } from './cpsv-ap.js';
import { exportFingerprint, exportStandards, loadRegistry, selectVersions, todayInAstana } from './open-data.service.js';
import { PERFORMANCE_COLUMNS, STANDARDS_COLUMNS, performanceCsvRows, standardsRows, toCsv } from './open-data.csv.js';
import { performanceRows } from '../indicators/indicator-performance.js';
import { listStandardChanges } from './change-feed.js';
import { changePayload } from './standard-change.service.js';

export const CPSV_AP_DIR = join(REPO_ROOT, 'data', 'cpsv-ap');
const CODE = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

class HttpProblem extends Error {
  constructor(readonly status: number, readonly code: string, message: string) { super(message); }
}

function isRealDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return DATE.test(value) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** `?on=` or today in Astana. */
function dateParameter(req: Request): string {
  const on = req.query.on;
  if (on === undefined) return todayInAstana();
  if (typeof on !== 'string' || !isRealDate(on)) throw new HttpProblem(400, 'BAD_REQUEST', 'on: must be a date as YYYY-MM-DD');
  return on;
}

/** Where the IRIs of the export point: OPEN_DATA_BASE_URL, or the origin the request came to. */
function baseUrl(req: Request): string {
  const configured = process.env.OPEN_DATA_BASE_URL;
  return (configured || `${req.protocol}://${req.get('host') ?? 'localhost'}`).replace(/\/+$/, '');
}

export function openDataRouter(orm: MikroORM): Router {
  const router = Router();
  const context = readFileSync(join(CPSV_AP_DIR, 'cpsv-ap-3.2.0-context.jsonld'), 'utf8');
  const cache = new Map<string, string>();
  const remember = (key: string, value: string) => {
    if (cache.size >= 32) cache.delete(cache.keys().next().value!);
    cache.set(key, value);
    return value;
  };

  /** Sends an export built by `build`, from the cache when nothing changed; 304 to a matching If-None-Match. */
  const exportRoute = (type: string, build: (req: Request, today: string) => Promise<string>, filename?: string) =>
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const em = orm.em.fork();
        const day = dateParameter(req);
        const fingerprint = await exportFingerprint(em);
        const key = `${req.path}|${day}|${baseUrl(req)}|${fingerprint}`;
        const etag = `"${createHash('sha256').update(key).digest('base64url').slice(0, 32)}"`;
        res.setHeader('ETag', etag);
        res.setHeader('Cache-Control', 'public, max-age=300');
        res.setHeader('Access-Control-Allow-Origin', '*');
        res.setHeader('Content-Type', type);
        if (filename) res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
        if (req.headers['if-none-match'] === etag) { res.status(304).end(); return; }
        res.send(cache.get(key) ?? remember(key, await build(req, day)));
      } catch (error) {
        next(error);
      }
    };

  router.get('/', (req, res) => {
    const base = baseUrl(req) + '/open-data';
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.json({
      title: 'Qyzmet open data: the state service standards of the Republic of Kazakhstan',
      routes: {
        cpsvCatalogue: `${base}/cpsv.jsonld`, cpsvStandard: `${base}/cpsv/{code}`, context: `${base}/context.jsonld`,
        standardsCsv: `${base}/standards.csv`, performanceCsv: `${base}/performance.csv`, changes: `${base}/changes.json?since={ISO date-time}`,
      },
      attribution: 'The CPSV-AP 3.2.0 context, vocabulary and SHACL shapes are © European Union, published under CC-BY 4.0 (https://creativecommons.org/licenses/by/4.0/), source https://github.com/SEMICeu/CPSV-AP.',
    });
  });

  router.get('/context.jsonld', (_req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.setHeader('Link', '<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
    res.type('application/ld+json').send(context);
  });

  router.get('/cpsv.jsonld', exportRoute('application/ld+json; charset=utf-8', async (req, day) => {
    const em = orm.em.fork();
    const [registry, standards] = await Promise.all([loadRegistry(em), selectVersions(em, day).then((v) => exportStandards(em, v))]);
    const base = baseUrl(req);
    return JSON.stringify(cpsvDocument(base, standards.map((s) => cpsvNodes(s, registry, base, todayInAstana()))));
  }));

  router.get('/cpsv/:code', async (req, res, next) => {
    const code = String(req.params.code).replace(/\.jsonld$/, '');
    if (!CODE.test(code)) { next(new HttpProblem(404, 'NOT_FOUND', `No standard has code "${code}"`)); return; }
    try {
      const found = await selectVersions(orm.em.fork(), dateParameter(req), code);
      if (!found.length) throw new HttpProblem(404, 'NOT_FOUND', `No published standard has code "${code}"`);
    } catch (error) {
      next(error);
      return;
    }
    await exportRoute('application/ld+json; charset=utf-8', async (r, day) => {
      const em = orm.em.fork();
      const [registry, standards] = await Promise.all([loadRegistry(em), selectVersions(em, day, code).then((v) => exportStandards(em, v))]);
      const base = baseUrl(r);
      return JSON.stringify(cpsvDocument(base, [cpsvNodes(standards[0], registry, base, todayInAstana())]));
    })(req, res, next);
  });

  router.get('/standards.csv', exportRoute('text/csv; charset=utf-8; header=present', async (_req, day) => {
    const em = orm.em.fork();
    const [registry, standards] = await Promise.all([loadRegistry(em), selectVersions(em, day).then((v) => exportStandards(em, v))]);
    return toCsv(STANDARDS_COLUMNS, standardsRows(standards, registry));
  }, 'standards.csv'));

  router.get('/performance.csv', async (req, res, next) => {
    try {
      const csv = toCsv(PERFORMANCE_COLUMNS, performanceCsvRows(await performanceRows(orm.em.fork(), todayInAstana())));
      const etag = `"${createHash('sha256').update(csv).digest('base64url').slice(0, 32)}"`;
      res.setHeader('ETag', etag);
      res.setHeader('Cache-Control', 'public, max-age=300');
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Content-Type', 'text/csv; charset=utf-8; header=present');
      res.setHeader('Content-Disposition', 'attachment; filename="performance.csv"');
      if (req.headers['if-none-match'] === etag) { res.status(304).end(); return; }
      res.send(csv);
    } catch (error) {
      next(error);
    }
  });

  router.get('/changes.json', async (req, res, next) => {
    try {
      const { since, code, limit } = req.query;
      if (typeof since !== 'string' || !since) throw new HttpProblem(400, 'BAD_REQUEST', 'since: required, an ISO 8601 date-time (e.g. 2024-01-31T00:00:00Z)');
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(since) || Number.isNaN(Date.parse(since))) {
        throw new HttpProblem(400, 'BAD_REQUEST', `since: "${since}" is not an ISO 8601 date-time with a time zone (e.g. 2024-01-31T00:00:00Z)`);
      }
      if (code !== undefined && (typeof code !== 'string' || !CODE.test(code))) throw new HttpProblem(400, 'BAD_REQUEST', 'code: must be a standard code');
      if (limit !== undefined && (typeof limit !== 'string' || !/^\d{1,4}$/.test(limit))) throw new HttpProblem(400, 'BAD_REQUEST', 'limit: must be a whole number');
      const changes = await listStandardChanges(orm.em.fork(), new Date(since), { code: code as string | undefined, limit: limit === undefined ? undefined : Number(limit) });
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.json({ changes: changes.map((c) => ({ at: c.at.toISOString(), ...(changePayload(c).change as object) })) });
    } catch (error) {
      next(error);
    }
  });

  // Errors of these routes: JSON with the status they carry (400 for bad parameters, 404 for unknown codes).
  router.use((error: Error & { status?: number; extensions?: { code?: string; http?: { status?: number } } }, req: Request, res: Response, next: NextFunction) => {
    const status = error instanceof HttpProblem ? error.status : error.extensions?.http?.status;
    if (!status) { next(error); return; }
    const code = error instanceof HttpProblem ? error.code : status === 400 ? 'BAD_REQUEST' : 'ERROR';
    res.status(status).json({ error: code, message: error.message, requestId: req.id });
  });

  return router;
}
