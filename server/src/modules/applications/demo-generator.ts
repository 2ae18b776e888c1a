/**
 * Demo data: realistic, seeded-random application histories for the standards in the registry
 * (`npm run demo:generate -- --applications N`). Every history is played through the same state
 * machine, deadline rules and calendar as the API (application-states.ts, application-rules.ts,
 * currentCalendar), so generated rows are indistinguishable from ones the API would have written:
 * pinned rules and due dates, receipts numbered per agency and year, one event per step, "deemed
 * issued" where the standard says so, suspensions that move the due date, refusals citing the
 * version's own grounds, hand-overs, complaints with their review deadlines and survey answers.
 *
 * Speed: rows go in with one multi-row INSERT … SELECT FROM unnest($1::uuid[], $2::text[], …) per
 * table and batch (a few statements per thousand applications), in one transaction per batch with
 * synchronous_commit off. The same seed gives the same data (ids included).
 *
 * Submissions fall inside each version's validity (the shipped standards were repealed in 2014/2015)
 * and never after `now`; histories stop at `now` (a standard in force today leaves open applications).
 */
import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { currentCalendar } from '../calendar/calendar.provider.js';
import { astanaDate, startOfAstanaDay, type DueUnit } from '../calendar/due-date.js';
import { addDays, type ProductionCalendar } from '../calendar/production-calendar.js';
import { canTransition, targetStatus, RUNNING_STATUSES, type ApplicationStatus, type TransitionName, type Outcome } from './application-states.js';
import { documentList, dueDate, pinRules, pscHandoverDue, remainingAt, requiredDocuments, type DueRule, type PinnedRules } from './application-rules.js';
import { withCheckDigit } from './iin-bin.js';
import { routeReviewRule, type ReviewRule } from '../complaints/complaint-rules.js';

export interface DemoOptions {
  applications: number;
  seed?: number;
  batchSize?: number;
  /** Histories stop here (default: now). */
  now?: Date;
  onProgress?: (done: number, total: number) => void;
}

export interface DemoResult { applications: number; events: number; receipts: number; complaints: number; surveys: number; ms: number }

// ------------------------------------------------------------------------------ seeded random

/** sfc32 seeded through splitmix32: fast, good enough for demo data, reproducible. */
function createRandom(seed: number) {
  let s = seed >>> 0;
  const split = () => { s = (s + 0x9e3779b9) >>> 0; let z = s; z = Math.imul(z ^ (z >>> 16), 0x85ebca6b); z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35); return (z ^ (z >>> 16)) >>> 0; };
  let a = split(), b = split(), c = split(), d = split();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0; a = b ^ (b >>> 9); b = (c + (c << 3)) >>> 0; c = (c << 21) | (c >>> 11); c = (c + t) >>> 0;
    return t / 4294967296;
  };
  const random = {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    between: (min: number, max: number) => min + next() * (max - min),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    weighted: <T>(items: readonly (readonly [T, number])[]): T => {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [item, w] of items) { r -= w; if (r < 0) return item; }
      return items[items.length - 1][0];
    },
    /** A time-ordered UUID (version 7) at `ms`, with seeded random bits. */
    uuid: (ms: number) => {
      const hex = (n: number, width: number) => Math.floor(n).toString(16).padStart(width, '0');
      const time = hex(ms, 12);
      const r = () => hex(next() * 0x10000, 4);
      return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${r().slice(1)}-${((8 + Math.floor(next() * 4)).toString(16))}${r().slice(1)}-${r()}${r()}${r()}`;
    },
  };
  return random;
}
type Random = ReturnType<typeof createRandom>;

// -------------------------------------------------------------------------------- reference data

interface DocumentRow { subService: string; channel: string; ordinal: number; recipients: readonly string[]; fromStateSystems: boolean; condition: unknown }
interface RouteRow { id: string; level: string; reviewValue: number | null; reviewUnit: string | null; legalBasisCode: string | null }
interface StandardData {
  id: string; code: string; versionNumber: number; providerId: string; providerCode: string; recipients: string[];
  validFrom: number; validTo: number; refusalGroundIds: string[]; route: RouteRow[];
  profiles: Profile[];
}
interface Profile { subService: string; subKind: string; channel: string; documents: DocumentRow[]; rules: PinnedRules }

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const IN_PERSON = new Set(['office', 'psc']);
const KINDS_WITH_ID = new Set(['individual', 'individualEntrepreneur', 'legalEntity']);

async function loadStandards(client: pg.Client, now: Date): Promise<StandardData[]> {
  const standards = (await client.query(`select s.id, s.code, s.version_number, s.provider_id, a.code as provider_code, s.recipients, s.channels,
      s.valid_from::text as valid_from, s.valid_to::text as valid_to
    from service_standard s join agency a on a.id = s.provider_id
    where s.status in ('published', 'repealed') and s.valid_from is not null order by s.code, s.version_number`)).rows;
  const ids = standards.map((s) => s.id);
  // One client runs one query at a time.
  const subs = await client.query(`select standard_id, code, kind from sub_service where standard_id = any($1) order by ordinal`, [ids]);
  const rules = await client.query(`select standard_id, kind, value, unit, exclude_start_day, sub_services, channels, ordinal from deadline_rule where standard_id = any($1) order by ordinal`, [ids]);
  const docs = await client.query(`select standard_id, sub_service, channel, ordinal, recipients, from_state_systems, condition from document_requirement where standard_id = any($1) order by ordinal`, [ids]);
  const grounds = await client.query(`select standard_id, id from refusal_ground where standard_id = any($1) order by ordinal`, [ids]);
  const route = await client.query(`select c.standard_id, c.id, c.level, c.review_value, c.review_unit, l.code as legal_basis_code
    from complaint_level c left join legal_act l on l.id = c.review_legal_basis_id where c.standard_id = any($1) order by c.ordinal`, [ids]);
  const by = <T extends { standard_id: string }>(rows: T[], id: string) => rows.filter((r) => r.standard_id === id);
  const result: StandardData[] = [];
  for (const s of standards) {
    const validFrom = startOfAstanaDay(s.valid_from).getTime();
    const validTo = Math.min(s.valid_to ? startOfAstanaDay(s.valid_to).getTime() : Infinity, now.getTime());
    if (validTo <= validFrom) continue;
    const documents: DocumentRow[] = by(docs.rows, s.id).map((d) => ({ subService: d.sub_service, channel: d.channel, ordinal: d.ordinal, recipients: d.recipients, fromStateSystems: d.from_state_systems, condition: d.condition }));
    const ruleRows = by(rules.rows, s.id).map((r) => ({ kind: r.kind, value: r.value, unit: r.unit, excludeStartDay: r.exclude_start_day, subServices: r.sub_services, channels: r.channels, ordinal: r.ordinal }));
    const profiles: Profile[] = [];
    for (const sub of by(subs.rows, s.id)) {
      for (const channel of s.channels as string[]) {
        const list = documentList(documents, sub.code, channel);
        if (list.length) profiles.push({ subService: sub.code, subKind: sub.kind, channel, documents: list, rules: pinRules(ruleRows as never, sub.code, channel) });
      }
    }
    const recipients = (s.recipients as string[]).filter((k) => KINDS_WITH_ID.has(k));
    if (!profiles.length || !recipients.length) continue;
    result.push({
      id: s.id, code: s.code, versionNumber: s.version_number, providerId: s.provider_id, providerCode: s.provider_code, recipients,
      validFrom, validTo, refusalGroundIds: by(grounds.rows, s.id).map((g) => g.id),
      route: by(route.rows, s.id).map((r) => ({ id: r.id, level: r.level, reviewValue: r.review_value, reviewUnit: r.review_unit, legalBasisCode: r.legal_basis_code })),
      profiles,
    });
  }
  return result;
}

// ---------------------------------------------------------------------------------- applicants

const COMPANY_WORDS = ['Altyn', 'Temir', 'Saryarka', 'Caspian', 'Irtysh', 'Steppe', 'Astana', 'Almaty', 'Kazakh', 'Ulytau', 'Zhetysu', 'Tengri', 'Aral', 'Balkhash', 'Turan'];
const COMPANY_TRADES = ['Chemical', 'Mining', 'Trade', 'Logistics', 'Industrial', 'Metals', 'Engineering', 'Safety', 'Technologies', 'Resources', 'Energy', 'Invest'];
const COMPANY_FORMS = ['LLP', 'LLP', 'LLP', 'JSC', 'Partnership'];
const SURNAMES = ['Akhmetov', 'Bekova', 'Dzhaksybekov', 'Ermekova', 'Zhumabaev', 'Iskakova', 'Kairatov', 'Mukanova', 'Nurlanov', 'Omarova', 'Sadykov', 'Tulegenova', 'Utepov', 'Kim', 'Ivanov', 'Petrova'];
const GIVEN = ['Aidar', 'Aigerim', 'Arman', 'Dana', 'Erlan', 'Gulnara', 'Nurlan', 'Saule', 'Timur', 'Zarina', 'Marat', 'Madina', 'Olga', 'Sergey'];

function iin(random: Random): string {
  for (;;) {
    const birth = new Date(Date.UTC(random.int(1950, 2000), random.int(0, 11), random.int(1, 28)));
    const year = birth.getUTCFullYear();
    const century = (year >= 2000 ? 5 : 3) + random.int(0, 1);
    const prefix = `${String(year % 100).padStart(2, '0')}${String(birth.getUTCMonth() + 1).padStart(2, '0')}${String(birth.getUTCDate()).padStart(2, '0')}${century}${String(random.int(0, 9999)).padStart(4, '0')}`;
    const value = withCheckDigit(prefix);
    if (value) return value;
  }
}

function bin(random: Random): string {
  for (;;) {
    const prefix = `${String(random.int(2, 14)).padStart(2, '0')}${String(random.int(1, 12)).padStart(2, '0')}4${random.int(0, 1)}${String(random.int(0, 99999)).padStart(5, '0')}`;
    const value = withCheckDigit(prefix);
    if (value) return value;
  }
}

// ------------------------------------------------------------------------------------ histories

interface EventRow { type: string; from: ApplicationStatus | null; to: ApplicationStatus; at: number; actor: string; reason: string | null; data: Record<string, unknown> | null }

interface History {
  id: string; standard: StandardData; profile: Profile; kind: string; identifier: string; name: string; operator: string;
  status: ApplicationStatus; presented: number[]; queueWait: number | null; serviceMinutes: number | null;
  submittedAt: number; acceptedAt: number | null; dueAt: number | null; pscHandoverDueAt: number | null;
  suspendedAt: number | null; suspendedFrom: ApplicationStatus | null; suspendedRemaining: number | null;
  closedAt: number | null; outcome: Outcome | null; handoverDueAt: number | null; handedOverAt: number | null;
  refusalGroundIds: string[]; events: EventRow[]; receipt: { kind: 'acceptance' | 'refusalToAccept'; number: string; at: number; received: number[]; missing: number[] } | null;
}

/**
 * The due-date functions of the API, memoised: for the day and month units a result depends only on
 * local dates, and a million histories share a few thousand of them.
 */
class Timing {
  private readonly dues = new Map<string, number>();
  private readonly remainings = new Map<string, number>();
  private readonly workingDays = new Map<string, string>();
  private readonly pscDues = new Map<number, number>();
  constructor(readonly calendar: ProductionCalendar) {}

  due(start: number, rule: DueRule): number {
    if (rule.unit === 'minutes' || rule.unit === 'hours') return dueDate(new Date(start), rule, this.calendar).getTime();
    const key = `${astanaDate(new Date(start))}|${rule.value}|${rule.unit}|${rule.excludeStartDay}`;
    let value = this.dues.get(key);
    if (value === undefined) { value = dueDate(new Date(start), rule, this.calendar).getTime(); this.dues.set(key, value); }
    return value;
  }

  remaining(start: number, due: number, unit: DueUnit, at: number): number {
    if (unit === 'minutes' || unit === 'hours') return remainingAt(new Date(start), new Date(due), unit, new Date(at), this.calendar);
    const key = `${astanaDate(new Date(Math.max(at, start)))}|${due}|${unit}|${at > due}`;
    let value = this.remainings.get(key);
    if (value === undefined) { value = remainingAt(new Date(start), new Date(due), unit, new Date(at), this.calendar); this.remainings.set(key, value); }
    return value;
  }

  /** outcomeAt of application-rules.ts, through the memoised remaining term. */
  outcome(start: number, due: number, unit: DueUnit, at: number): Outcome {
    if (at > due) return 'late';
    return this.remaining(start, due, unit, at) >= 1 ? 'early' : 'onTime';
  }

  resumedDue(previousDue: number, remaining: number, unit: DueUnit, at: number): number {
    if (remaining < 0) return previousDue;
    return this.due(at, { value: remaining, unit, excludeStartDay: true });
  }

  workingDayOnOrAfter(day: string): string {
    let value = this.workingDays.get(day);
    if (value === undefined) { value = this.calendar.workingDayOnOrAfter(day); this.workingDays.set(day, value); }
    return value;
  }

  isWorkingDay(day: string): boolean { return this.workingDayOnOrAfter(day) === day; }

  pscHandover(due: number): number {
    let value = this.pscDues.get(due);
    if (value === undefined) { value = pscHandoverDue(new Date(due), this.calendar).getTime(); this.pscDues.set(due, value); }
    return value;
  }
}

class Generator {
  private readonly counters = new Map<string, number>();
  constructor(private readonly random: Random, private readonly timing: Timing, private readonly now: number, existingCounters: Map<string, number>) {
    for (const [k, v] of existingCounters) this.counters.set(k, v);
  }

  counterRows(): { agencyId: string; year: number; last: number }[] {
    return [...this.counters].map(([key, last]) => { const [agencyId, year] = key.split('/'); return { agencyId, year: Number(year), last }; });
  }

  private nextNumber(agencyId: string, at: number): string {
    const year = Number(astanaDate(new Date(at)).slice(0, 4));
    const key = `${agencyId}/${year}`;
    const last = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, last);
    return `${year}-${String(last).padStart(6, '0')}`;
  }

  /** A working-hours instant on a working day on or after `from` (local 09:00–18:00). */
  private workingTime(from: number, spreadDays = 0): number {
    let day = astanaDate(new Date(from));
    if (spreadDays > 0) day = addDays(day, this.random.int(0, spreadDays));
    day = this.timing.workingDayOnOrAfter(day);
    const start = startOfAstanaDay(day).getTime();
    const t = start + 9 * HOUR + Math.floor(this.random.between(0, 9 * HOUR));
    return Math.max(t, from + MINUTE);
  }

  /** The submissions of a run in time order (standard and instant), so indexes on time grow at their end. */
  plan(standards: StandardData[], count: number): { standard: Uint16Array; at: Float64Array } {
    const order = new Uint32Array(count);
    const at = new Float64Array(count);
    const standard = new Uint16Array(count);
    for (let i = 0; i < count; i++) {
      const s = this.random.int(0, standards.length - 1);
      standard[i] = s;
      at[i] = standards[s].validFrom + Math.floor(this.random.next() * (standards[s].validTo - standards[s].validFrom));
      order[i] = i;
    }
    order.sort((a, b) => at[a] - at[b]);
    return { standard: Uint16Array.from(order, (i) => standard[i]), at: Float64Array.from(order, (i) => at[i]) };
  }

  history(standard: StandardData, plannedAt: number): History {
    const r = this.random;
    const profiles = standard.profiles;
    const subKinds = [...new Set(profiles.map((p) => p.subService))];
    const subService = r.weighted(subKinds.map((s) => [s, s === 'issuance' || subKinds.length === 1 ? 6 : 1] as const));
    const channels = profiles.filter((p) => p.subService === subService);
    const profile = r.weighted(channels.map((p) => [p, ({ office: 4, elicense: 3, psc: 2, egov: 1.5 } as Record<string, number>)[p.channel] ?? 1] as const));
    const kind = r.weighted(standard.recipients.map((k) => [k, k === 'legalEntity' ? 5 : 2] as const));
    const inPerson = IN_PERSON.has(profile.channel);

    // Counters are open on working days and hours: move an in-person submission there (when the
    // version is still in force then); the portals take applications at any time.
    let submittedAt = plannedAt;
    if (inPerson) {
      const day = astanaDate(new Date(plannedAt));
      const workingDay = this.timing.workingDayOnOrAfter(day);
      const candidate = startOfAstanaDay(workingDay).getTime() + 9 * HOUR + Math.floor(r.between(0, 8.5 * HOUR));
      if (candidate < standard.validTo) submittedAt = candidate;
    }

    const list = requiredDocuments(profile.documents, kind as never);
    const applicable = profile.documents.filter((d) => !d.recipients.length || d.recipients.includes(kind));
    const optional = applicable.filter((d) => !list.includes(d) && !d.fromStateSystems).map((d) => d.ordinal);
    let presented = [...list.map((d) => d.ordinal), ...optional.filter(() => r.chance(0.8))];
    const incomplete = list.length > 0 && r.chance(0.04);
    if (incomplete) {
      const dropped = r.pick(list).ordinal;
      presented = presented.filter((o) => o !== dropped);
    }
    presented.sort((a, b) => a - b);

    const operator = `operator${r.int(1, 6)}.${standard.providerCode}@demo.qyzmet`;
    const rule = profile.rules.processing;
    const dueAt = rule ? this.timing.due(submittedAt, rule) : null;
    const company = `${r.pick(COMPANY_WORDS)} ${r.pick(COMPANY_TRADES)} ${r.pick(COMPANY_FORMS)}`;
    const person = `${r.pick(SURNAMES)} ${r.pick(GIVEN)}`;
    const limit = (value: number | null) => (value === null ? r.between(1, 30) : r.chance(0.9) ? r.between(0, value) : value + r.between(1, 30));
    const h: History = {
      id: r.uuid(submittedAt), standard, profile, kind,
      identifier: kind === 'legalEntity' ? bin(r) : iin(r),
      name: kind === 'legalEntity' ? company : kind === 'individualEntrepreneur' ? `IE ${person}` : person,
      operator, status: 'submitted', presented,
      queueWait: inPerson ? Math.round(limit(profile.rules.queueWaitLimitMinutes) * 10) / 10 : null,
      serviceMinutes: inPerson ? Math.round(limit(profile.rules.serviceTimeLimitMinutes) * 10) / 10 : null,
      submittedAt, acceptedAt: null, dueAt,
      pscHandoverDueAt: dueAt && profile.rules.pscHandover ? this.timing.pscHandover(dueAt) : null,
      suspendedAt: null, suspendedFrom: null, suspendedRemaining: null, closedAt: null, outcome: null, handoverDueAt: null, handedOverAt: null,
      refusalGroundIds: [], events: [], receipt: null,
    };
    h.events.push({ type: 'submitted', from: null, to: 'submitted', at: submittedAt, actor: operator, reason: null, data: { documents: presented } });
    this.play(h, incomplete);
    return h;
  }

  private deemedApplies(h: History): boolean {
    return h.profile.rules.deemedIssuedHandover !== null && h.profile.rules.processing !== null;
  }

  /** The registry's own rule, as in application.service.ts: deemed issued at the due instant. */
  private deemIfDue(h: History, at: number): void {
    if (!this.deemedApplies(h) || h.dueAt === null || !RUNNING_STATUSES.includes(h.status) || !canTransition('deemIssued', h.status) || at <= h.dueAt) return;
    const from = h.status;
    h.status = 'deemedIssued';
    h.closedAt = h.dueAt;
    h.outcome = 'late';
    const handover = h.profile.rules.deemedIssuedHandover as DueRule;
    h.handoverDueAt = this.timing.due(h.dueAt, { ...handover, excludeStartDay: true });
    h.events.push({ type: 'deemIssued', from, to: 'deemedIssued', at: h.dueAt, actor: 'system', reason: 'the deadline passed without a licence or a reasoned refusal: deemed issued, as the standard provides', data: { handoverDueAt: new Date(h.handoverDueAt).toISOString() } });
  }

  /** One transition at `at` (never after now); false when it cannot happen. */
  private step(h: History, name: TransitionName, requested: number, apply: (at: number) => Record<string, unknown> | null, reason: string | null = null): boolean {
    const at = Math.max(requested, h.events[h.events.length - 1].at);
    if (at > this.now) return false;
    this.deemIfDue(h, at);
    if (!canTransition(name, h.status)) return false;
    const from = h.status;
    const data = apply(at);
    h.status = targetStatus(name, from === 'suspended' ? h.suspendedFrom : null);
    if (name === 'resume') h.suspendedFrom = null;
    h.events.push({ type: name, from, to: h.status, at, actor: h.operator, reason, data });
    return true;
  }

  private decide(h: History, at: number): void {
    h.closedAt = at;
    h.outcome = h.dueAt !== null && h.profile.rules.processing ? this.timing.outcome(h.submittedAt, h.dueAt, h.profile.rules.processing.unit, at) : null;
  }

  private play(h: History, incomplete: boolean): void {
    const r = this.random;
    const inPerson = IN_PERSON.has(h.profile.channel);
    const unit: DueUnit | null = h.profile.rules.processing?.unit ?? null;
    const registration = inPerson ? h.submittedAt + Math.floor(r.between(3, 25) * MINUTE) : this.workingTime(h.submittedAt, r.chance(0.2) ? 1 : 0);
    const agencyId = h.standard.providerId;
    if (incomplete) {
      this.step(h, 'refuseToAccept', registration, (at) => {
        const number = this.nextNumber(agencyId, at);
        const required = requiredDocuments(h.profile.documents, h.kind as never);
        const missing = required.filter((d) => !h.presented.includes(d.ordinal)).map((d) => d.ordinal);
        h.receipt = { kind: 'refusalToAccept', number, at, received: h.presented, missing };
        h.closedAt = at;
        return { receiptNumber: number, missing };
      }, 'incomplete set');
      return this.finish(h);
    }
    // A few applications are still open (only where no "deemed issued" rule would have decided them).
    const open = !this.deemedApplies(h) && r.chance(0.012) ? r.weighted([['submitted', 1], ['accepted', 2], ['inReview', 4], ['suspended', 1]] as const) : null;
    if (open === 'submitted') return this.finish(h);
    const accepted = this.step(h, 'accept', registration, (at) => {
      const number = this.nextNumber(agencyId, at);
      h.receipt = { kind: 'acceptance', number, at, received: h.presented, missing: [] };
      h.acceptedAt = at;
      return { receiptNumber: number, dueAt: h.dueAt === null ? null : new Date(h.dueAt).toISOString() };
    });
    if (!accepted || open === 'accepted') return this.finish(h);
    const reviewAt = r.chance(0.7) ? registration + Math.floor(r.between(10, 240) * MINUTE) : this.workingTime(registration + DAY, 1);
    if (!this.step(h, 'startReview', reviewAt, () => null)) return this.finish(h);

    if (h.dueAt !== null && unit && (open === 'suspended' || r.chance(0.04))) {
      const span = h.dueAt - reviewAt;
      if (span > HOUR) {
        const suspendAt = reviewAt + Math.floor(r.between(0.1, 0.6) * span);
        const suspended = this.step(h, 'suspend', suspendAt, (at) => {
          h.suspendedFrom = h.status;
          h.suspendedAt = at;
          h.suspendedRemaining = this.timing.remaining(h.submittedAt, h.dueAt!, unit, at);
          return { remaining: h.suspendedRemaining, unit };
        }, r.pick(['additional documents requested from the applicant', 'expert examination ordered', 'inspection of the premises scheduled', 'request to another state body']));
        if (suspended) {
          if (open === 'suspended') return this.finish(h);
          const resumeAt = this.workingTime(suspendAt + DAY, 12);
          this.step(h, 'resume', resumeAt, (at) => {
            const previous = h.dueAt!;
            h.dueAt = this.timing.resumedDue(previous, h.suspendedRemaining!, unit, at);
            if (h.pscHandoverDueAt !== null) h.pscHandoverDueAt = this.timing.pscHandover(h.dueAt);
            h.suspendedAt = null;
            h.suspendedRemaining = null;
            return { previousDueAt: new Date(previous).toISOString(), dueAt: new Date(h.dueAt).toISOString() };
          }, 'the reason for the suspension was removed');
          if (h.status === 'suspended') return this.finish(h);
        }
      }
    }
    if (open === 'inReview' || open === 'suspended') return this.finish(h);

    // The decision: mostly before the due day, some on it, a few late (deemed issued where the rule applies).
    const last = h.events[h.events.length - 1].at;
    let decisionAt: number;
    if (h.dueAt === null) decisionAt = this.workingTime(last + DAY, 20);
    else {
      const dueDayStart = startOfAstanaDay(astanaDate(new Date(h.dueAt))).getTime();
      const mode = r.weighted([['early', 62], ['dueDay', 29], ['late', 9]] as const);
      if (mode === 'early' && dueDayStart - last > 2 * HOUR) decisionAt = last + Math.floor(r.between(0.05, 1) * (dueDayStart - last - HOUR));
      else if (mode !== 'late') decisionAt = Math.min(h.dueAt, Math.max(last + MINUTE, dueDayStart + 9 * HOUR + Math.floor(r.between(0, 9 * HOUR))));
      else decisionAt = h.dueAt + Math.floor(r.between(1, 12 * 24) * HOUR);
    }
    const refuse = h.standard.refusalGroundIds.length > 0 && r.chance(0.1);
    if (refuse) {
      const grounds = r.chance(0.8) ? [r.pick(h.standard.refusalGroundIds)] : [...new Set([r.pick(h.standard.refusalGroundIds), r.pick(h.standard.refusalGroundIds)])];
      this.step(h, 'refuse', decisionAt, (at) => {
        this.decide(h, at);
        h.refusalGroundIds = grounds;
        const delivery = h.profile.rules.refusalDelivery;
        h.handoverDueAt = delivery ? this.timing.due(at, delivery) : null;
        return { grounds: grounds.map((g) => h.standard.refusalGroundIds.indexOf(g) + 1), outcome: h.outcome };
      }, 'the application does not meet the requirements');
    } else {
      this.step(h, 'issue', decisionAt, (at) => { this.decide(h, at); return { outcome: h.outcome }; });
    }
    // Hand-over of the result (most of them; deemed-issued licences mostly within their deadline).
    if ((h.status === 'issued' || h.status === 'refused' || h.status === 'deemedIssued') && r.chance(0.92)) {
      const from = h.closedAt!;
      const within = h.handoverDueAt !== null && r.chance(0.85);
      const handAt = within ? from + Math.floor(r.between(0.05, 1) * (h.handoverDueAt! - from)) : this.workingTime(from + HOUR, 4);
      this.step(h, 'handOver', handAt, (at) => {
        h.handedOverAt = at;
        return { handoverDueAt: h.handoverDueAt === null ? null : new Date(h.handoverDueAt).toISOString() };
      });
    }
    this.finish(h);
  }

  /** What the sweep would have done by now: a running application past its due date is deemed issued. */
  private finish(h: History): void {
    this.deemIfDue(h, this.now);
  }

  complaint(h: History): ComplaintRow | null {
    const r = this.random;
    const base = h.closedAt ?? h.acceptedAt;
    if (base === null) return null;
    const registeredAt = this.workingTime(base + HOUR, 10);
    if (registeredAt > this.now) return null;
    // A level of the version's own route (the API refuses others); the court has no review deadline.
    const route = h.standard.route.filter((e) => e.level !== 'court');
    if (!route.length) return null;
    const entry = r.weighted(route.map((e) => [e, e.level === 'providerHead' ? 5 : e.level === 'ministry' ? 2 : 1] as const));
    const level = entry.level;
    const rule: ReviewRule | null = routeReviewRule(entry);
    const reviewDueAt = rule ? this.timing.due(registeredAt, { value: rule.value, unit: rule.unit, excludeStartDay: true }) : null;
    let resolvedAt: number | null = null;
    if (r.chance(0.92)) {
      resolvedAt = reviewDueAt !== null && r.chance(0.85)
        ? registeredAt + Math.floor(r.between(0.1, 1) * (reviewDueAt - registeredAt))
        : this.workingTime(registeredAt + DAY, 25);
      if (resolvedAt > this.now) resolvedAt = null;
    }
    return {
      id: r.uuid(registeredAt), application: h, level, complaintLevelId: entry.id, registeredAt, rule, reviewDueAt, resolvedAt,
      justified: resolvedAt === null ? null : r.chance(h.outcome === 'late' || h.status === 'refused' ? 0.55 : 0.25),
      subject: r.pick(['The deadline was not met', 'Documents were requested beyond the standard\'s list', 'Rude treatment at the counter', 'The refusal is unfounded', 'Long queue']),
    };
  }

  survey(h: History, complained: boolean): SurveyRow | null {
    const r = this.random;
    if (h.closedAt === null || !r.chance(0.3)) return null;
    const answeredAt = Math.max(h.handedOverAt ?? h.closedAt, h.closedAt) + Math.floor(r.between(1, 5 * 24) * HOUR);
    if (answeredAt > this.now) return null;
    const unhappy = h.outcome === 'late' || h.status === 'refused' || h.status === 'notAccepted';
    const score = () => r.weighted(unhappy ? [[1, 12], [2, 15], [3, 25], [4, 28], [5, 20]] as const : [[1, 2], [2, 4], [3, 12], [4, 35], [5, 47]] as const);
    return {
      id: r.uuid(answeredAt), application: h, answeredAt,
      process: score(), information: r.chance(0.95) ? score() : null,
      complaintProcedure: complained ? score() : null,
      courtesy: IN_PERSON.has(h.profile.channel) || r.chance(0.3) ? score() : null,
    };
  }
}

interface ComplaintRow {
  id: string; application: History; level: string; complaintLevelId: string | null; registeredAt: number; rule: ReviewRule | null;
  reviewDueAt: number | null; resolvedAt: number | null; justified: boolean | null; subject: string;
}
interface SurveyRow { id: string; application: History; answeredAt: number; process: number; information: number | null; complaintProcedure: number | null; courtesy: number | null }

// ------------------------------------------------------------------------------------- inserts

type Column = [name: string, type: string];

/**
 * One INSERT … SELECT FROM unnest(…) per table, all in one statement (data-modifying CTEs): one round
 * trip per batch, atomic, and the foreign keys between the tables are checked at its end. A column
 * array per parameter; jsonb and text[] travel as text.
 */
function batchInsert(tables: { table: string; columns: Column[]; rows: unknown[][] }[]): { sql: string; params: unknown[][] } {
  const transport = (type: string) => (type === 'jsonb' || type === 'text[]' ? 'text' : type);
  const params: unknown[][] = [];
  const parts = tables.map(({ table, columns, rows }, n) => {
    const first = params.length;
    columns.forEach((_, i) => params.push(rows.map((row) => row[i])));
    const select = columns.map(([, type], i) => (transport(type) === type ? `c${i}` : `c${i}::${type}`)).join(', ');
    return `t${n} as (insert into ${table} (${columns.map(([name]) => `"${name}"`).join(', ')})
      select ${select} from unnest(${columns.map(([, type], i) => `$${first + i + 1}::${transport(type)}[]`).join(', ')}) as u(${columns.map((_, i) => `c${i}`).join(', ')}))`;
  });
  return { sql: `with ${parts.join(',\n')} select 1`, params };
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const pgArray = (items: string[]) => `{${items.join(',')}}`;

const APPLICATION_COLUMNS: Column[] = [
  ['id', 'uuid'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'], ['version', 'int'], ['status', 'text'], ['intake', 'text'],
  ['applicant_kind', 'text'], ['applicant_identifier', 'text'], ['applicant_name', 'text'], ['standard_id', 'uuid'], ['standard_code', 'text'],
  ['standard_version', 'int'], ['sub_service', 'text'], ['channel', 'text'], ['agency_id', 'uuid'], ['responsible_operator', 'text'],
  ['presented_documents', 'jsonb'], ['queue_wait_minutes', 'float8'], ['service_minutes', 'float8'], ['queue_wait_limit_minutes', 'float8'],
  ['service_time_limit_minutes', 'float8'], ['deadline_value', 'float8'], ['deadline_unit', 'text'], ['deadline_exclude_start_day', 'bool'],
  ['deemed_issued_applies', 'bool'], ['submitted_at', 'timestamptz'], ['accepted_at', 'timestamptz'], ['due_at', 'timestamptz'],
  ['psc_handover_due_at', 'timestamptz'], ['suspended_at', 'timestamptz'], ['suspended_from_status', 'text'], ['suspended_remaining', 'float8'],
  ['closed_at', 'timestamptz'], ['outcome', 'text'], ['handover_due_at', 'timestamptz'], ['handed_over_at', 'timestamptz'],
  ['refusal_ground_ids', 'text[]'], ['submitted_by', 'text'],
];
const EVENT_COLUMNS: Column[] = [
  ['application_id', 'uuid'], ['type', 'text'], ['from_status', 'text'], ['to_status', 'text'], ['at', 'timestamptz'], ['recorded_at', 'timestamptz'],
  ['actor', 'text'], ['reason', 'text'], ['data', 'jsonb'], ['request_id', 'text'],
];
const RECEIPT_COLUMNS: Column[] = [
  ['id', 'uuid'], ['application_id', 'uuid'], ['kind', 'text'], ['agency_id', 'uuid'], ['number', 'text'], ['issued_at', 'timestamptz'],
  ['due_at', 'timestamptz'], ['documents_received', 'jsonb'], ['missing_documents', 'jsonb'], ['issued_by', 'text'],
];
const COMPLAINT_COLUMNS: Column[] = [
  ['id', 'uuid'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'], ['version', 'int'], ['application_id', 'uuid'], ['agency_id', 'uuid'],
  ['standard_id', 'uuid'], ['standard_code', 'text'], ['standard_version', 'int'], ['channel', 'text'], ['level', 'text'], ['complaint_level_id', 'uuid'],
  ['complainant', 'text'], ['subject', 'text'], ['registered_at', 'timestamptz'], ['review_value', 'float8'], ['review_unit', 'text'],
  ['review_rule_source', 'text'], ['review_due_at', 'timestamptz'], ['resolved_at', 'timestamptz'], ['justified', 'bool'], ['resolved_on_time', 'bool'],
  ['resolution', 'text'], ['registered_by', 'text'],
];
const SURVEY_COLUMNS: Column[] = [
  ['id', 'uuid'], ['created_at', 'timestamptz'], ['application_id', 'uuid'], ['agency_id', 'uuid'], ['standard_code', 'text'], ['standard_version', 'int'],
  ['channel', 'text'], ['answered_at', 'timestamptz'], ['process', 'int2'], ['information', 'int2'], ['complaint_procedure', 'int2'], ['courtesy', 'int2'],
  ['comment', 'text'], ['recorded_by', 'text'],
];

function applicationRow(h: History): unknown[] {
  const rules = h.profile.rules;
  const last = h.events[h.events.length - 1].at;
  return [
    h.id, iso(h.submittedAt), iso(last), h.events.length, h.status, 'operator', h.kind, h.identifier, h.name, h.standard.id, h.standard.code,
    h.standard.versionNumber, h.profile.subService, h.profile.channel, h.standard.providerId, h.operator, JSON.stringify(h.presented),
    h.queueWait, h.serviceMinutes, rules.queueWaitLimitMinutes, rules.serviceTimeLimitMinutes, rules.processing?.value ?? null,
    rules.processing?.unit ?? null, rules.processing?.excludeStartDay ?? false, rules.deemedIssuedHandover !== null && rules.processing !== null,
    iso(h.submittedAt), iso(h.acceptedAt), iso(h.dueAt), iso(h.pscHandoverDueAt), iso(h.suspendedAt), h.suspendedFrom, h.suspendedRemaining,
    iso(h.closedAt), h.outcome, iso(h.handoverDueAt), iso(h.handedOverAt), pgArray(h.refusalGroundIds), h.operator,
  ];
}

// ------------------------------------------------------------------------------------------ run

export async function generateDemoData(orm: MikroORM, options: DemoOptions): Promise<DemoResult> {
  const started = Date.now();
  const total = Math.max(0, Math.floor(options.applications));
  const batchSize = options.batchSize ?? 5000;
  const now = options.now ?? new Date();
  const random = createRandom(options.seed ?? 1);
  const calendar = await currentCalendar(orm.em.fork() as never);
  const client = new pg.Client({ connectionString: orm.config.get('clientUrl') as string });
  await client.connect();
  const result: DemoResult = { applications: 0, events: 0, receipts: 0, complaints: 0, surveys: 0, ms: 0 };
  try {
    // Triggers stay on (foreign keys, the indicators' counters): generated rows count like any others.
    await client.query('set synchronous_commit = off');
    const standards = await loadStandards(client, now);
    if (!standards.length) throw new Error('no published standard with a validity period and a document list: load the corpus first (npm run corpus:load)');
    const counters = new Map<string, number>((await client.query('select agency_id, year, last from registration_counter')).rows.map((r) => [`${r.agency_id}/${r.year}`, r.last]));
    const generator = new Generator(random, new Timing(calendar), now.getTime(), counters);
    const plan = generator.plan(standards, total);
    // Pipelined: PostgreSQL inserts batch n while this process generates batch n + 1.
    let pending: Promise<unknown> | null = null;
    for (let done = 0; done < total; done += batchSize) {
      const size = Math.min(batchSize, total - done);
      const histories: History[] = [];
      const complaints: ComplaintRow[] = [];
      const surveys: SurveyRow[] = [];
      for (let i = done; i < done + size; i++) {
        const h = generator.history(standards[plan.standard[i]], plan.at[i]);
        histories.push(h);
        const complaint = random.chance(0.025) ? generator.complaint(h) : null;
        if (complaint) complaints.push(complaint);
        const survey = generator.survey(h, complaint !== null);
        if (survey) surveys.push(survey);
      }
      const recorded = iso(Date.now());
      const events = histories.flatMap((h) => h.events.map((e) => [h.id, e.type, e.from, e.to, iso(e.at), recorded, e.actor, e.reason, e.data === null ? null : JSON.stringify(e.data), null]));
      const receipts = histories.filter((h) => h.receipt).map((h) => [
        random.uuid(h.receipt!.at), h.id, h.receipt!.kind, h.standard.providerId, h.receipt!.number, iso(h.receipt!.at),
        h.receipt!.kind === 'acceptance' ? iso(h.dueAt) : null, JSON.stringify(h.receipt!.received), JSON.stringify(h.receipt!.missing), h.operator,
      ]);
      const { sql, params } = batchInsert([
        { table: 'application', columns: APPLICATION_COLUMNS, rows: histories.map(applicationRow) },
        { table: 'application_event', columns: EVENT_COLUMNS, rows: events },
        { table: 'receipt', columns: RECEIPT_COLUMNS, rows: receipts },
        { table: 'complaint', columns: COMPLAINT_COLUMNS, rows: complaints.map((c) => [
          c.id, iso(c.registeredAt), iso(c.resolvedAt ?? c.registeredAt), c.resolvedAt === null ? 1 : 2, c.application.id, c.application.standard.providerId,
          c.application.standard.id, c.application.standard.code, c.application.standard.versionNumber, c.application.profile.channel, c.level,
          c.complaintLevelId, c.application.name, c.subject, iso(c.registeredAt), c.rule?.value ?? null, c.rule?.unit ?? null, c.rule?.source ?? 'none',
          iso(c.reviewDueAt), iso(c.resolvedAt), c.justified, c.resolvedAt === null || c.reviewDueAt === null ? null : c.resolvedAt <= c.reviewDueAt,
          c.resolvedAt === null ? null : c.justified ? 'Complaint upheld; the provider was instructed to remedy' : 'Complaint rejected as unfounded', c.application.operator,
        ]) },
        { table: 'survey_response', columns: SURVEY_COLUMNS, rows: surveys.map((sv) => [
          sv.id, iso(sv.answeredAt), sv.application.id, sv.application.standard.providerId, sv.application.standard.code, sv.application.standard.versionNumber,
          sv.application.profile.channel, iso(sv.answeredAt), sv.process, sv.information, sv.complaintProcedure, sv.courtesy, null, 'survey:demo',
        ]) },
      ]);
      if (pending) await pending;
      const counts = { applications: histories.length, events: events.length, receipts: receipts.length, complaints: complaints.length, surveys: surveys.length };
      const reached = done + size;
      pending = client.query(sql, params).then(() => {
        result.applications += counts.applications;
        result.events += counts.events;
        result.receipts += counts.receipts;
        result.complaints += counts.complaints;
        result.surveys += counts.surveys;
        options.onProgress?.(reached, total);
      });
      // A failed batch must not go unobserved while the next one is generated.
      pending.catch(() => undefined);
    }
    if (pending) await pending;
    const counterRows = generator.counterRows();
    if (counterRows.length) {
      await client.query(`insert into registration_counter (agency_id, year, last) select * from unnest($1::uuid[], $2::int[], $3::int[])
        on conflict (agency_id, year) do update set last = greatest(registration_counter.last, excluded.last)`,
      [counterRows.map((c) => c.agencyId), counterRows.map((c) => c.year), counterRows.map((c) => c.last)]);
    }
    await client.query('analyze application; analyze application_event; analyze receipt; analyze complaint; analyze survey_response');
  } finally {
    await client.end();
  }
  result.ms = Date.now() - started;
  return result;
}
