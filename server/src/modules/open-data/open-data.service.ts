/**
 * What the open-data routes publish: for each standard code, the version in force on a date (today
 * by default), or else its newest published or repealed version. Drafts are never published.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { ServiceStandard, type IServiceStandard } from '../standards/service-standard.entity.js';
import { readStandardContent } from '../standards/standard-content.js';
import { Agency } from '../agencies/agency.entity.js';
import { LegalAct } from '../legal-acts/legal-act.entity.js';
import type { ExportedStandard, ExportRegistry } from './cpsv-ap.js';

/** Today in Astana (UTC+5), as YYYY-MM-DD: the day the registry's validity dates refer to. */
export function todayInAstana(now = new Date()): string {
  return new Date(now.getTime() + 5 * 3600_000).toISOString().slice(0, 10);
}

const inForceOn = (s: IServiceStandard, date: string) => !!s.validFrom && s.validFrom <= date && (!s.validTo || s.validTo > date);

/** Per code, the version to publish: in force on `date`, else the newest non-draft one. */
export async function selectVersions(em: EntityManager, date: string, code?: string): Promise<IServiceStandard[]> {
  const rows = await em.find(ServiceStandard, { status: { $in: ['published', 'repealed'] }, ...(code ? { code } : {}) }, { orderBy: { code: 'asc', versionNumber: 'desc' } });
  const byCode = new Map<string, IServiceStandard[]>();
  for (const row of rows) byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);
  return [...byCode.values()].map((versions) => versions.find((v) => inForceOn(v, date)) ?? versions[0]);
}

export async function loadRegistry(em: EntityManager): Promise<ExportRegistry> {
  const [agencies, acts] = await Promise.all([em.find(Agency, {}), em.find(LegalAct, {})]);
  return { agencies: new Map(agencies.map((a) => [a.code, a])), acts: new Map(acts.map((a) => [a.code, a])) };
}

export async function exportStandards(em: EntityManager, versions: IServiceStandard[]): Promise<ExportedStandard[]> {
  // A few versions at a time: each read is ~16 small queries, which the pool runs side by side.
  const out: ExportedStandard[] = [];
  for (let i = 0; i < versions.length; i += 4) {
    out.push(...await Promise.all(versions.slice(i, i + 4).map(async (s) => ({
      id: s.id, code: s.code, versionNumber: s.versionNumber, status: s.status, validFrom: s.validFrom ?? null, validTo: s.validTo ?? null,
      content: await readStandardContent(em.fork(), s),
    }))));
  }
  return out;
}

/**
 * Changes whenever anything the exports show may have changed: standards (publication, repeal),
 * agencies and acts. Used as the ETag and as the key of the export cache.
 */
export async function exportFingerprint(em: EntityManager): Promise<string> {
  const [row] = await em.getConnection().execute<{ s: string | null; a: string | null; l: string | null }[]>(
    `select (select max(updated_at)::text || '/' || count(*) from service_standard where status <> 'draft') as s,
            (select max(updated_at)::text || '/' || count(*) from agency) as a,
            (select max(updated_at)::text || '/' || count(*) from legal_act) as l`);
  return `${row.s}|${row.a}|${row.l}`;
}
