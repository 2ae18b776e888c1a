/**
 * Loads the corpus into the registry, idempotently: records are matched by code, written only when
 * they differ, and a second run changes nothing. The whole load is one transaction: an invalid
 * corpus (or any failure) loads nothing.
 */
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import { isDeepStrictEqual } from 'node:util';
import type { Logger } from '../common/logger.js';
import { readCorpus, type Corpus } from './corpus.read.js';
import { CORPUS_DIR } from './corpus.paths.js';
import type { CorpusAgency, CorpusLegalAct } from './corpus.schema.js';
import { Agency } from '../modules/agencies/agency.entity.js';
import { LegalAct, LegalActRelation } from '../modules/legal-acts/legal-act.entity.js';
import { ServiceStandard } from '../modules/standards/service-standard.entity.js';
import { inCanonicalDocumentOrder, loadReferences, readStandardContent, referencedCodes, writeStandardContent } from '../modules/standards/standard-content.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';

export interface LoadCounts { agencies: number; legalActs: number; standards: number; unchanged: number }

const CORPUS_ACTOR = 'corpus-loader';

function audit(em: EntityManager, operation: string, entityType: string, entityId: string, after: unknown) {
  em.create(AuditEntry, { actor: CORPUS_ACTOR, operation, entityType, entityId, before: null, after: after as never, requestId: null });
}

function agencyData(a: CorpusAgency) {
  const t = (x: { kk: string | null; ru?: string | null; en: string } | undefined) => (x ? { kk: x.kk, ru: x.ru ?? null, en: x.en } : null);
  return { code: a.code, kind: a.kind, name: t(a.name)!, shortName: t(a.shortName), bin: a.bin ?? null, address: t(a.address), phones: a.phones ?? [], email: a.email ?? null, website: a.website ?? null, note: a.note ?? null };
}

function actData(a: CorpusLegalAct) {
  return {
    code: a.code, kind: a.kind, number: a.number, date: a.date, title: { kk: a.title.kk, ru: a.title.ru ?? null, en: a.title.en },
    publication: a.publication ?? null, entryIntoForceRule: a.entryIntoForceRule ?? null, entryIntoForce: a.entryIntoForce ?? null,
    entryIntoForceEstimated: a.entryIntoForceEstimated ?? false, status: a.status, note: a.note ?? null,
  };
}

/** Creates or updates `entity` rows matched by code; returns how many were written. */
async function upsertByCode<T extends { code: string }>(em: EntityManager, entity: any, rows: T[], existing: Map<string, any>): Promise<number> {
  let written = 0;
  for (const data of rows) {
    const current = existing.get(data.code);
    if (!current) {
      existing.set(data.code, em.create(entity, data as never));
      written++;
    } else {
      const changed = Object.entries(data).some(([k, v]) => !isDeepStrictEqual(current[k] ?? null, v ?? null));
      if (changed) { em.assign(current, data as never); written++; }
    }
  }
  return written;
}

export async function loadCorpus(orm: MikroORM, corpus: Corpus = readCorpus(CORPUS_DIR), today = new Date().toISOString().slice(0, 10)): Promise<LoadCounts> {
  return orm.em.fork().transactional(async (em) => {
    const counts: LoadCounts = { agencies: 0, legalActs: 0, standards: 0, unchanged: 0 };

    const agencies = new Map((await em.find(Agency, {})).map((a) => [a.code, a as any]));
    counts.agencies = await upsertByCode(em, Agency, corpus.agencies.map(agencyData), agencies);
    for (const a of corpus.agencies) {
      const row = agencies.get(a.code);
      const parent = a.parent ? agencies.get(a.parent) : null;
      if ((row.parent?.id ?? null) !== (parent?.id ?? null)) { row.parent = parent; counts.agencies++; }
    }

    const acts = new Map((await em.find(LegalAct, {})).map((a) => [a.code, a as any]));
    counts.legalActs = await upsertByCode(em, LegalAct, corpus.legalActs.map(actData), acts);
    await em.flush();
    // Relations between acts are derived wholesale from the corpus acts that state them.
    const wanted = corpus.legalActs.flatMap((a) => [
      ...(a.amends ?? []).map((r) => ({ kind: 'amends' as const, source: a.code, target: r.act, clauses: r.clauses ?? [], effectiveDate: null, note: r.note ?? null })),
      ...(a.repeals ?? []).map((r) => ({ kind: 'repeals' as const, source: a.code, target: r.act, clauses: r.clauses ?? [], effectiveDate: r.effectiveDate ?? null, note: r.note ?? null })),
    ]);
    const corpusActIds = corpus.legalActs.map((a) => acts.get(a.code).id);
    const currentRelations = await em.find(LegalActRelation, { source: { $in: corpusActIds } }, { populate: ['source', 'target'] });
    const key = (r: { kind: string; source: string; target: string; clauses: string[]; effectiveDate: string | null; note: string | null }) => JSON.stringify(r);
    const currentKeys = new Map(currentRelations.map((r) => [key({ kind: r.kind, source: r.source.getEntity().code, target: r.target.getEntity().code, clauses: r.clauses, effectiveDate: r.effectiveDate ?? null, note: r.note ?? null }), r]));
    for (const w of wanted) {
      if (currentKeys.delete(key(w))) continue;
      em.create(LegalActRelation, { kind: w.kind, source: acts.get(w.source), target: acts.get(w.target), clauses: w.clauses, effectiveDate: w.effectiveDate, note: w.note } as never);
      counts.legalActs++;
    }
    for (const stale of currentKeys.values()) em.remove(stale);
    await em.flush();

    for (const content of corpus.standards) {
      const refs = referencedCodes(content);
      const references = await loadReferences(em, refs.agencies, refs.acts);
      const status = content.validTo && content.validTo <= today && content.repealedBy ? 'repealed' : 'published';
      let standard = await em.findOne(ServiceStandard, { code: content.code, versionNumber: 1 });
      if (standard && standard.status === status && isDeepStrictEqual(normalise(await readStandardContent(em, standard)), normalise(inCanonicalDocumentOrder(content)))) {
        counts.unchanged++;
        continue;
      }
      standard ??= em.create(ServiceStandard, { code: content.code, versionNumber: 1, status, publishedAt: new Date() } as never);
      standard.status = status;
      await writeStandardContent(em, standard, content, references);
      await em.flush();
      audit(em, 'corpus:load', 'ServiceStandard', standard.id, { code: content.code, versionNumber: 1, status });
      counts.standards++;
    }
    await em.flush();
    return counts;
  });
}

/** Drops defaults and empty values so content read back from the database compares equal to the file. */
function normalise(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v) => (v === null || v === undefined || v === false || (Array.isArray(v) && v.length === 0) ? undefined : v)));
}

/** On start-up: load the shipped corpus only into an empty registry. */
export async function loadShippedCorpusIfEmpty(orm: MikroORM, log: Logger): Promise<LoadCounts | null> {
  const em = orm.em.fork();
  const [standards, agencies] = await Promise.all([em.count(ServiceStandard, {}), em.count(Agency, {})]);
  if (standards > 0 || agencies > 0) return null;
  log.info('empty registry: loading the shipped corpus');
  return loadCorpus(orm);
}
