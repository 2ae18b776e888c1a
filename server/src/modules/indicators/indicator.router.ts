/**
 * GET /open-data/quality-report.csv: the quality indicators as open data, for anyone. One row per
 * standard × agency × channel × period × indicator (UTF-8 with BOM, CRLF, RFC 4180), from the counters.
 *
 *   ?year=2024 | ?from=2024-01&to=2024-06     the period (required)
 *   &standardCodes=a,b &agencyIds=… &channels=office,egov   narrowing (comma-separated)
 *   &granularity=month                         one period per month (default: the whole period)
 */
import { Router, type Request, type Response, type NextFunction } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { toCsv } from '../open-data/open-data.csv.js';
import { AppError } from '../../common/errors.js';
import { QUALITY_CSV_COLUMNS, qualityReportCsvRows, type ReportFilter } from './indicator.service.js';

function text(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new AppError('BAD_USER_INPUT', `${name}: give it once`, { field: name });
  return value;
}

const list = (value: string | undefined) => (value === undefined ? null : value.split(',').map((s) => s.trim()).filter(Boolean));

export function qualityReportRouter(orm: MikroORM): Router {
  const router = Router();
  router.get('/quality-report.csv', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const year = text(req, 'year');
      if (year !== undefined && !/^\d{4}$/.test(year)) throw new AppError('BAD_USER_INPUT', 'year: must be a year as YYYY', { field: 'year' });
      const granularity = text(req, 'granularity') ?? 'period';
      if (granularity !== 'month' && granularity !== 'period') throw new AppError('BAD_USER_INPUT', 'granularity: month or period', { field: 'granularity' });
      const filter: ReportFilter = {
        year: year === undefined ? null : Number(year), from: text(req, 'from'), to: text(req, 'to'),
        standardCodes: list(text(req, 'standardCodes')), agencyIds: list(text(req, 'agencyIds')), channels: list(text(req, 'channels')),
      };
      const rows = await qualityReportCsvRows(orm.em.fork(), filter, granularity === 'month');
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Cache-Control', 'public, max-age=300');
      res.setHeader('Content-Type', 'text/csv; charset=utf-8; header=present');
      res.setHeader('Content-Disposition', 'attachment; filename="quality-report.csv"');
      res.send(toCsv(QUALITY_CSV_COLUMNS, rows));
    } catch (error) {
      if (error instanceof AppError) {
        res.status(400).json({ error: 'BAD_REQUEST', message: error.message, requestId: req.id });
        return;
      }
      next(error);
    }
  });
  return router;
}
