/**
 * Reads and validates the corpus folder without touching the database.
 *
 * Two passes: every file is parsed against its schema (errors name file, JSON path and rule), then
 * the whole corpus is checked for integrity across files (every agency, act, sub-service, channel and
 * form a record refers to exists). Either the whole corpus is valid or nothing is loaded.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import {
  agenciesFile, legalActsFile, standard,
  type CorpusAgency, type CorpusLegalAct, type CorpusStandard, type StandardContent,
} from './corpus.schema.js';

/** Units that make sense for each kind of deadline; a kind not listed accepts any unit. */
const UNITS_BY_DEADLINE_KIND: Partial<Record<string, string[]>> = {
  maxQueueWait: ['minutes', 'hours'],
  maxServiceTime: ['minutes', 'hours'],
  processing: ['hours', 'workingDays', 'calendarDays', 'months'],
  completenessCheck: ['hours', 'workingDays', 'calendarDays'],
  complaintReview: ['workingDays', 'calendarDays', 'months'],
};

export interface Corpus {
  agencies: CorpusAgency[];
  legalActs: CorpusLegalAct[];
  standards: CorpusStandard[];
}

export interface CorpusProblem {
  file: string;
  path: string;
  message: string;
}

export class CorpusInvalidError extends Error {
  constructor(readonly problems: CorpusProblem[]) {
    super(`Corpus is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n`
      + problems.slice(0, 50).map((p) => `  ${p.file} ${p.path}: ${p.message}`).join('\n'));
    this.name = 'CorpusInvalidError';
  }
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
}

function formatPath(path: PropertyKey[]): string {
  return path.length ? '$.' + path.map(String).join('.') : '$';
}

function parseFile<S extends z.ZodType>(root: string, file: string, schema: S, problems: CorpusProblem[]): z.infer<S> | undefined {
  const name = relative(root, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ file: name, path: '$', message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ file: name, path: formatPath(issue.path), message: issue.message });
    }
    return undefined;
  }
  return result.data;
}

/** Reads every corpus file below `root` (the folder holding agencies/, legal-acts/, standards/). */
export function readCorpus(root: string): Corpus {
  const problems: CorpusProblem[] = [];
  const corpus: Corpus = { agencies: [], legalActs: [], standards: [] };
  const agencyFile = new Map<string, string>();
  const actFile = new Map<string, string>();

  for (const file of jsonFiles(join(root, 'agencies'))) {
    const parsed = parseFile(root, file, agenciesFile, problems);
    parsed?.agencies.forEach((a, i) => {
      const seen = agencyFile.get(a.code);
      if (seen) problems.push({ file: relative(root, file), path: `$.agencies.${i}.code`, message: `agency "${a.code}" is already defined in ${seen}` });
      else { agencyFile.set(a.code, relative(root, file)); corpus.agencies.push(a); }
    });
  }
  for (const file of jsonFiles(join(root, 'legal-acts'))) {
    const parsed = parseFile(root, file, legalActsFile, problems);
    parsed?.legalActs.forEach((a, i) => {
      const seen = actFile.get(a.code);
      if (seen) problems.push({ file: relative(root, file), path: `$.legalActs.${i}.code`, message: `legal act "${a.code}" is already defined in ${seen}` });
      else { actFile.set(a.code, relative(root, file)); corpus.legalActs.push(a); }
    });
  }
  for (const file of jsonFiles(join(root, 'standards'))) {
    const parsed = parseFile(root, file, standard, problems);
    if (!parsed) continue;
    const expected = file.split('/').pop()!.replace(/\.json$/, '');
    if (parsed.code !== expected) {
      problems.push({ file: relative(root, file), path: '$.code', message: `code "${parsed.code}" must match the file name "${expected}"` });
    }
    corpus.standards.push(parsed);
  }

  checkIntegrity(root, corpus, problems);
  if (problems.length) throw new CorpusInvalidError(problems);
  return corpus;
}

function checkIntegrity(root: string, corpus: Corpus, problems: CorpusProblem[]): void {
  const agencies = new Set(corpus.agencies.map((a) => a.code));
  const acts = new Set(corpus.legalActs.map((a) => a.code));

  corpus.agencies.forEach((a, i) => {
    if (a.parent && !agencies.has(a.parent)) {
      problems.push({ file: 'agencies/*', path: `${a.code}.parent`, message: `unknown agency "${a.parent}" (agencies[${i}])` });
    }
  });
  for (const act of corpus.legalActs) {
    for (const [field, refs] of [['amends', act.amends ?? []], ['repeals', act.repeals ?? []]] as const) {
      refs.forEach((r, i) => {
        if (!acts.has(r.act)) problems.push({ file: 'legal-acts/*', path: `${act.code}.${field}.${i}.act`, message: `unknown legal act "${r.act}"` });
      });
    }
  }

  for (const s of corpus.standards) {
    const file = relative(root, join(root, 'standards', `${s.code}.json`));
    for (const p of checkStandardIntegrity(s, agencies, acts)) problems.push({ file, ...p });
  }
}

/**
 * Rules across the parts of one standard: every agency, act, sub-service, channel and form a part
 * refers to exists. Used by the corpus reader and by the registry's mutations alike.
 */
export function checkStandardIntegrity(
  s: Pick<StandardContent, 'approvedBy' | 'validFrom'> & Omit<CorpusStandard, 'approvedBy' | 'validFrom'>,
  agencies: Set<string>,
  acts: Set<string>,
): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const bad = (path: string, message: string) => problems.push({ path, message });
  const needAgency = (path: string, c: string | null | undefined) => { if (c && !agencies.has(c)) bad(path, `unknown agency "${c}"`); };
  const needAct = (path: string, c: string | null | undefined) => { if (c && !acts.has(c)) bad(path, `unknown legal act "${c}"`); };
  const subServices = new Set(s.subServices.map((x) => x.code));
  const channels = new Set(s.channels.map((x) => x.channel));
  const forms = new Set(s.forms.map((x) => x.code));
  if (s.approvedBy) needAct('$.approvedBy.act', s.approvedBy.act);
  if (s.repealedBy) needAct('$.repealedBy.act', s.repealedBy.act);
  needAgency('$.developer', s.developer);
  needAgency('$.provider', s.provider);
  needAct('$.fee.legalBasis', s.fee.legalBasis);
  if (s.validTo && s.validFrom && s.validTo < s.validFrom) bad('$.validTo', `validTo ${s.validTo} is before validFrom ${s.validFrom}`);
  s.otherAgencies.forEach((x, i) => needAgency(`$.otherAgencies.${i}.agency`, x.agency));
  s.channels.forEach((x, i) => needAgency(`$.channels.${i}.agency`, x.agency));
  s.legalBasis.forEach((x, i) => needAct(`$.legalBasis.${i}.act`, x.act));
  s.amendments.forEach((x, i) => needAct(`$.amendments.${i}.act`, x.act));
  s.contactPoints.forEach((x, i) => needAgency(`$.contactPoints.${i}.agency`, x.agency));
  s.schedules.forEach((x, i) => needAgency(`$.schedules.${i}.agency`, x.agency));
  s.complaintRoute.forEach((x, i) => {
    needAgency(`$.complaintRoute.${i}.agency`, x.agency);
    needAct(`$.complaintRoute.${i}.reviewDeadline.legalBasis`, x.reviewDeadline?.legalBasis);
  });
  for (const [name, list] of [['deadlines', s.deadlines], ['documents', s.documents]] as const) {
    list.forEach((x, i) => {
      const subs = 'subService' in x ? [x.subService] : x.subServices;
      const chans = 'channel' in x ? [x.channel] : x.channels;
      subs.forEach((c) => { if (!subServices.has(c)) bad(`$.${name}.${i}`, `sub-service "${c}" is not one of this standard's sub-services`); });
      chans.forEach((c) => { if (!channels.has(c)) bad(`$.${name}.${i}`, `channel "${c}" is not offered by this standard`); });
      needAct(`$.${name}.${i}.amendedBy`, x.amendedBy);
    });
  }
  s.documents.forEach((d, i) => { if (d.form && !forms.has(d.form)) bad(`$.documents.${i}.form`, `unknown form "${d.form}"`); });
  const ordinals = new Set<string>();
  s.documents.forEach((d, i) => {
    const key = `${d.subService}/${d.channel}/${d.ordinal}`;
    if (ordinals.has(key)) bad(`$.documents.${i}.ordinal`, `duplicate ordinal ${d.ordinal} for ${d.subService} × ${d.channel}`);
    ordinals.add(key);
  });
  const formCodes = new Set<string>();
  s.forms.forEach((f, i) => { if (formCodes.has(f.code)) bad(`$.forms.${i}.code`, `duplicate form code "${f.code}"`); formCodes.add(f.code); });
  const subServiceCodes = new Set<string>();
  s.subServices.forEach((x, i) => { if (subServiceCodes.has(x.code)) bad(`$.subServices.${i}.code`, `duplicate sub-service code "${x.code}"`); subServiceCodes.add(x.code); });
  s.deadlines.forEach((d, i) => {
    const allowed = UNITS_BY_DEADLINE_KIND[d.kind];
    if (d.unit && allowed && !allowed.includes(d.unit)) bad(`$.deadlines.${i}.unit`, `unit "${d.unit}" is not allowed for a ${d.kind} deadline (allowed: ${allowed.join(', ')})`);
    if ((d.value === null) !== (d.unit === null) && d.kind !== 'pscHandover') bad(`$.deadlines.${i}.value`, 'value and unit must be given together (or both null when the text gives none)');
  });
  const indicatorCodes = new Set<string>();
  s.qualityIndicators.forEach((q, i) => { if (indicatorCodes.has(q.code)) bad(`$.qualityIndicators.${i}.code`, `duplicate indicator "${q.code}"`); indicatorCodes.add(q.code); });
  return problems;
}