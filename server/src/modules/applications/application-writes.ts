/**
 * The statements of application mutations, written by hand because they are the registry's hot
 * path (issue #9, W5): a mutation reads what it checks in ONE statement and writes everything it
 * changes in ONE statement (data-modifying CTEs), inside the transaction of `inTransaction`, so it
 * still commits whole or changes nothing. Rows are plain objects shaped like the entities (refs as
 * `{ id }`, MikroORM's own column mapping), not managed entities: no identity map, no change-set
 * computation, no flush.
 *
 * The guarantees are those of the unit of work they replace:
 *  - optimistic locking: the UPDATE carries `version = <the version read>` and increments it; when
 *    it matches no row (a concurrent writer committed first) the mutation throws MikroORM's own
 *    OptimisticLockError, which inTransaction turns into the same CONFLICT as before;
 *  - only changed columns are written (an UPDATE that changes nothing an indicator reads leaves the
 *    counters alone), updatedAt is set as the entity's onUpdate sets it;
 *  - the timeline events and the receipt are inserted by the same statement, and the indicator
 *    counters follow from the statement-level triggers on application, as before;
 *  - a receipt's registration number is taken by the same statement too (the per-agency, per-year
 *    counter upsert), so a step that fails or rolls back leaves no gap in the numbers.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { JsonType, OptimisticLockError, type EntityMetadata } from '@mikro-orm/core';
import { Application, type IApplication } from './application.entity.js';
import { ApplicationEvent } from './application-event.entity.js';
import { Receipt } from './receipt.entity.js';
import type { ApplicationEventType, ApplicationStatus } from './application-states.js';
import type { StandardStamp } from './pinned-parts.js';
import { CALENDAR_KEY_SQL, calendarKeyOf } from '../calendar/calendar.revision.js';
import { ServiceStandard, type IServiceStandard, type StandardStatus } from '../standards/service-standard.entity.js';
import { plainRowMapper } from '../../common/plain-rows.js';
import { astanaDate } from '../calendar/due-date.js';
import { uuidv7 } from './time-ordered-id.js';
import { IN_FORCE_SQL } from '../standards/standard-in-force.js';

type Row = Record<string, unknown>;

/** A timeline event to insert (application_event), as the entity's properties. */
export interface EventRow {
  type: ApplicationEventType;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  at: Date;
  actor: string;
  reason: string | null;
  data: Record<string, unknown> | null;
  requestId: string | null;
}

/** A receipt to insert, as the entity's properties (id, application, agency and number are filled in). */
export interface ReceiptRow {
  kind: 'acceptance' | 'refusalToAccept';
  issuedAt: Date;
  dueAt: Date | null;
  documentsReceived: number[];
  missingDocuments: number[];
  issuedBy: string;
}

// ------------------------------------------------------------------------------- column mapping

/** A value computed by the statement itself (e.g. from another CTE), instead of a parameter. */
class SqlValue {
  constructor(readonly sql: string, readonly params: readonly unknown[] = []) {}
}

interface Column { property: string; column: string; toDatabase(value: unknown): unknown; same(a: unknown, b: unknown): boolean }
interface Table { name: string; columns: Column[] }

const tablesByMetadata = new WeakMap<object, Map<string, Table>>();

const sameValue = (a: unknown, b: unknown): boolean => {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) return JSON.stringify(a) === JSON.stringify(b);
  return a === b || (a === undefined && b === null) || (a === null && b === undefined);
};

/** The stored columns of an entity with MikroORM's conversions (JSON, arrays, references), once per ORM. */
function tableOf(em: EntityManager, entity: unknown): Table {
  const metadata = em.getMetadata();
  let tables = tablesByMetadata.get(metadata);
  if (!tables) tablesByMetadata.set(metadata, tables = new Map());
  const meta = metadata.get(entity as never) as EntityMetadata;
  let table = tables.get(meta.className);
  if (table) return table;
  const platform = em.getPlatform();
  const columns = meta.props
    .filter((p) => p.persist !== false && !p.formula && p.fieldNames?.length === 1
      && (p.kind === 'scalar' || p.kind === 'm:1' || (p.kind === '1:1' && p.owner)))
    .map((p): Column => {
      const toDatabase = p.kind !== 'scalar'
        ? (v: unknown) => (v !== null && typeof v === 'object' ? (v as { id: unknown }).id : v ?? null)
        : p.customType instanceof JsonType
          // Serialised here: em.execute inlines parameters and would spread a JS array into a list.
          ? (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v))
          : p.customType
            ? (v: unknown) => (v === null || v === undefined ? null : p.customType!.convertToDatabaseValue(v, platform, { mode: 'query' } as never))
            : (v: unknown) => v ?? null;
      const same = p.kind === 'scalar' ? sameValue : (a: unknown, b: unknown) => toDatabase(a) === toDatabase(b);
      return { property: p.name, column: p.fieldNames[0], toDatabase, same };
    });
  table = { name: meta.tableName, columns };
  tables.set(meta.className, table);
  return table;
}

/** `insert into <table> (<columns>) values (…)` of the properties `row` has (undefined: the column's default). */
function insertSql(em: EntityManager, entity: unknown, rows: readonly Row[]): { sql: string; params: unknown[] } {
  const table = tableOf(em, entity);
  const columns = table.columns.filter((c) => rows[0][c.property] !== undefined);
  const params: unknown[] = [];
  const values = rows.map((row) => `(${columns.map((c) => {
    const value = row[c.property];
    if (value instanceof SqlValue) { params.push(...value.params); return value.sql; }
    params.push(c.toDatabase(value));
    return '?';
  }).join(', ')})`);
  return { sql: `insert into ${table.name} (${columns.map((c) => c.column).join(', ')}) values ${values.join(', ')}`, params };
}

function eventRows(application: Pick<IApplication, 'id'>, events: readonly EventRow[], recordedAt: Date): Row[] {
  return events.map((e) => ({ application: application.id, recordedAt, ...e }));
}

// --------------------------------------------------------------------------------------- reads

/** What a new application is checked against, read in one statement. */
export interface SubmissionBasis {
  /** The version of the standard in force on the submission day (null: none). */
  standard: IServiceStandard | null;
  /** The calendar revision key (calendarAt). */
  calendarKey: string;
  /** Partner submissions: the id of the idempotency key claimed, or null when the key is taken. */
  claimedKeyId: string | null;
}

/** A partner's claim of its idempotency key (see submitApplication). */
export interface KeyClaim { owner: string; key: string; requestHash: string; createdAt: Date; expiresAt: Date }

/** Inserts the key, or takes over an expired one; returns its id only when claimed. */
const CLAIM_SQL = `insert into idempotency_key (id, owner, key, request_hash, application_id, created_at, expires_at)
  values (gen_random_uuid(), ?, ?, ?, null, ?, ?)
  on conflict (owner, key) do update
    set request_hash = excluded.request_hash, application_id = null, created_at = excluded.created_at, expires_at = excluded.expires_at
    where idempotency_key.expires_at <= excluded.created_at
  returning id`;

/**
 * Claims the idempotency key (when given), and reads the version in force and the calendar revision,
 * in one statement. The claim comes first in the transaction, so a concurrent submission with the
 * same key waits on it here, before validating anything.
 */
export async function readSubmissionBasis(em: EntityManager, standardCode: string, day: string, claim?: KeyClaim): Promise<SubmissionBasis> {
  const [raw] = await em.execute<Row[]>(
    `${claim ? `with claim as (${CLAIM_SQL}) ` : ''}select ${claim ? '(select id from claim)' : 'null'} as qz_claim, ${CALENDAR_KEY_SQL} as qz_calendar_key, s.*
       from (select 1) one left join lateral (${IN_FORCE_SQL}) s on true`,
    [...(claim ? [claim.owner, claim.key, claim.requestHash, claim.createdAt, claim.expiresAt] : []), standardCode, day, day]);
  const { qz_claim: claimedKeyId, qz_calendar_key: calendarKey, ...standard } = raw;
  return {
    standard: standard.id ? plainRowMapper<IServiceStandard>(em, ServiceStandard).fromColumns(standard) : null,
    calendarKey: calendarKeyOf(calendarKey as string | null),
    claimedKeyId: (claimedKeyId as string | null) ?? null,
  };
}

/** An application with what a transition checks besides its row, read in one statement. */
export interface ApplicationForStep {
  application: IApplication;
  /** The last timeline event (steps may not precede it); null when there is none. */
  lastEvent: { type: ApplicationEventType; at: Date } | null;
  /** The pinned standard version's cache stamp (its parts are read through pinnedParts). */
  standard: StandardStamp;
  /** The calendar revision key (calendarAt), read in the same statement. */
  calendarKey: string;
}

const STEP_EXTRAS = ['qz_last_event', 'qz_standard', 'qz_calendar_key'] as const;

/** Scalar subqueries rather than joins: the statement is planned on every call, and joins cost twice the planning. */
const STEP_SQL = `select a.*,
    (select json_build_object('type', x.type, 'at', x.at) from application_event x where x.application_id = a.id order by x.at desc, x.id desc limit 1) as qz_last_event,
    (select json_build_object('version', s.version, 'status', s.status) from service_standard s where s.id = a.standard_id) as qz_standard,
    ${CALENDAR_KEY_SQL} as qz_calendar_key
  from application a where a.id = ?`;

export async function findApplicationForStep(em: EntityManager, id: string): Promise<ApplicationForStep | null> {
  const [raw] = await em.execute<Row[]>(STEP_SQL, [id]);
  if (!raw) return null;
  const extras = Object.fromEntries(STEP_EXTRAS.map((k) => [k, raw[k]]));
  for (const k of STEP_EXTRAS) delete raw[k];
  const application = plainRowMapper<IApplication>(em, Application).fromColumns(raw);
  const last = extras.qz_last_event as { type: ApplicationEventType; at: string } | null;
  const standard = extras.qz_standard as { version: number; status: StandardStatus };
  return {
    application,
    lastEvent: last ? { type: last.type, at: new Date(last.at) } : null,
    standard: { id: application.standard.id, version: standard.version, status: standard.status },
    calendarKey: calendarKeyOf(extras.qz_calendar_key as string | null),
  };
}

// -------------------------------------------------------------------------------------- writes

/**
 * Inserts a new application with its submission event (and, for a partner submission, links the
 * claimed idempotency key to it) in one statement. Fills in id, timestamps and version.
 */
export async function insertApplication(em: EntityManager, application: IApplication, event: EventRow, idempotencyKeyId?: string): Promise<IApplication> {
  const now = new Date();
  const row = application as unknown as Row;
  row.id ??= uuidv7();
  row.createdAt = now;
  row.updatedAt = now;
  const a = insertSql(em, Application, [row]);
  const e = insertSql(em, ApplicationEvent, eventRows(application, [event], now));
  const key = idempotencyKeyId ? `, k as (update idempotency_key set application_id = ? where id = ?)` : '';
  const [inserted] = await em.execute<{ version: number }[]>(
    `with a as (${a.sql} returning version), e as (${e.sql})${key} select version from a`,
    [...a.params, ...e.params, ...(idempotencyKeyId ? [application.id, idempotencyKeyId] : [])]);
  row.version = inserted.version;
  return application;
}

/**
 * The agency's next registration number in the year of `at` ("2014-000042"): the counter upsert as
 * a CTE named `n`, and the number as an expression over it.
 */
function registrationNumber(agencyId: string, at: Date): { cte: string; params: unknown[]; number: string } {
  return {
    cte: `n as (insert into registration_counter (agency_id, year, last) values (?, ?, 1)
      on conflict (agency_id, year) do update set last = registration_counter.last + 1 returning last)`,
    params: [agencyId, Number(astanaDate(at).slice(0, 4))],
    number: `(select ? || '-' || lpad(last::text, greatest(6, length(last::text)), '0') from n)`,
  };
}

/**
 * Writes a transition: the columns of `application` that differ from `before` (with updatedAt and
 * the version increment, guarded by the version read), its events and its receipt, in one
 * statement. A receipt takes the agency's next registration number, which the step's own event
 * (the last one) also records in its data as receiptNumber. Throws OptimisticLockError when a
 * concurrent writer changed the row first.
 */
export async function saveStep(em: EntityManager, before: Readonly<IApplication>, application: IApplication, events: readonly EventRow[], receipt: ReceiptRow | null): Promise<IApplication> {
  const now = new Date();
  const table = tableOf(em, Application);
  const row = application as unknown as Row;
  const old = before as unknown as Row;
  const changed = table.columns.filter((c) => !['id', 'version', 'createdAt', 'updatedAt'].includes(c.property) && !c.same(old[c.property], row[c.property]));
  const params: unknown[] = [];
  const sets = changed.map((c) => { params.push(c.toDatabase(row[c.property])); return `${c.column} = ?`; });
  params.push(now, application.id, before.version);
  const parts = [`u as (update ${table.name} set ${[...sets, 'updated_at = ?', 'version = version + 1'].join(', ')} where id = ? and version = ? returning version)`];
  const counter = receipt ? registrationNumber(application.agency.id, receipt.issuedAt) : null;
  const year = receipt ? astanaDate(receipt.issuedAt).slice(0, 4) : null;
  if (counter) {
    parts.unshift(counter.cte);
    params.unshift(...counter.params);
  }
  const rows = eventRows(application, events, now);
  if (counter && rows.length) {
    const step = rows[rows.length - 1];
    step.data = new SqlValue(`jsonb_set(cast(? as jsonb), '{receiptNumber}', to_jsonb(${counter.number}))`, [JSON.stringify(step.data ?? {}), year]);
  }
  if (rows.length) {
    const e = insertSql(em, ApplicationEvent, rows);
    parts.push(`e as (${e.sql})`);
    params.push(...e.params);
  }
  if (counter) {
    const r = insertSql(em, Receipt, [{ id: uuidv7(), application: application.id, agency: application.agency.id, number: new SqlValue(counter.number, [year]), ...receipt }]);
    parts.push(`r as (${r.sql})`);
    params.push(...r.params);
  }
  const [updated] = await em.execute<{ version: number }[]>(`with ${parts.join(', ')} select version from u`, params);
  if (!updated) {
    // The unit of work's own error for a lost race, on a reference that quotes the version read.
    const stale = em.getReference(Application, application.id) as unknown as { version: number };
    stale.version = before.version;
    throw OptimisticLockError.lockFailed(stale);
  }
  row.version = updated.version;
  row.updatedAt = now;
  return application;
}
