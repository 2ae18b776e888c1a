/**
 * What the fault tests do through the API (the scenario of tools/load, the mutations of the mixed
 * load) and the oracles they check against the database afterwards.
 */
import { expect } from 'vitest';
import { gql, login, startApi, startFaultPostgres, type Answer, type ApiProcess, type FaultPostgres } from './harness.js';
import { applicationInput, setUpWorld, STANDARD_CODE, SUBMIT, type World } from '../../../server/src/tools/load/scenario.js';

export { applicationInput, setUpWorld, STANDARD_CODE, SUBMIT, type World } from '../../../server/src/tools/load/scenario.js';

/** A fault test's own PostgreSQL, an API process over it (with these settings), and the scenario's world. */
export async function startFaultWorld(env: Record<string, string> = {}): Promise<{ fp: FaultPostgres; api: ApiProcess; world: World }> {
  const fp = await startFaultPostgres();
  const api = await startApi(fp.url(), env);
  return { fp, api, world: await setUpWorld(api.url, await login(api.url)) };
}

/** Every acknowledged mutation of a run, for the oracles. */
export interface Acknowledged {
  /** Applications the API confirmed, with the status its last acknowledged mutation left. */
  applications: Map<string, { status: string; version: number }>;
  /** Request ids of acknowledged application mutations: each must have exactly one application_event. */
  applicationRequests: string[];
  /** Request ids of acknowledged audited mutations: each must have exactly one audit_entry. */
  auditedRequests: string[];
  /** Agencies the API confirmed. */
  agencies: string[];
}

export function emptyAcknowledged(): Acknowledged {
  return { applications: new Map(), applicationRequests: [], auditedRequests: [], agencies: [] };
}

/**
 * A mixed load until `stop()`: partner submissions, acceptances of confirmed submissions, new
 * agencies (audited), and reads. Returns every answer; acknowledgements are recorded in `ack`.
 */
export function mixedLoad(world: World, ack: Acknowledged, workers = 6) {
  let running = true;
  const answers: (Answer & { op: string; at: number })[] = [];
  const submitted: { id: string; version: number }[] = [];
  let serial = 0;
  const one = async (): Promise<void> => {
    const roll = Math.random();
    const at = Date.now();
    if (roll < 0.45) {
      const a = await gql(world.url, SUBMIT, { input: applicationInput(), key: `load-${process.pid}-${++serial}-${at}` }, world.partner);
      answers.push({ ...a, op: 'submit', at });
      const app = a.status === 200 && !a.body?.errors ? a.body!.data!.submitApplication : null;
      if (app) { ack.applications.set(app.id, { status: app.status, version: app.version }); ack.applicationRequests.push(a.requestId); submitted.push(app); }
    } else if (roll < 0.7 && submitted.length) {
      const target = submitted.splice(Math.floor(Math.random() * submitted.length), 1)[0];
      const a = await gql(world.url, `mutation($id: ID!, $v: Int) { acceptApplication(id: $id, version: $v) { id status version } }`, { id: target.id, v: target.version }, world.admin);
      answers.push({ ...a, op: 'accept', at });
      const app = a.status === 200 && !a.body?.errors ? a.body!.data!.acceptApplication : null;
      if (app) { ack.applications.set(app.id, { status: app.status, version: app.version }); ack.applicationRequests.push(a.requestId); }
    } else if (roll < 0.8) {
      const code = `rel-agency-${process.pid}-${++serial}`;
      const a = await gql(world.url, `mutation($code: String!) { createAgency(code: $code, kind: ministry, name: { kk: "Сынақ министрлігі", en: "Test ministry" }) { id } }`, { code }, world.admin);
      answers.push({ ...a, op: 'createAgency', at });
      if (a.status === 200 && !a.body?.errors) { ack.agencies.push(a.body!.data!.createAgency.id); ack.auditedRequests.push(a.requestId); }
    } else {
      const a = await gql(world.url, `{ serviceStandards(perPage: 5, filter: { code: "${STANDARD_CODE}" }) { id code status } }`, {}, world.admin);
      answers.push({ ...a, op: 'read', at });
    }
  };
  const done = Promise.all(Array.from({ length: workers }, async () => {
    while (running) {
      await one();
      // While the database is down answers come at once: do not spin.
      if (answers.at(-1)?.status !== 200) await new Promise((r) => setTimeout(r, 50));
    }
  }));
  return { answers, stop: async () => { running = false; await done; return answers; } };
}

const APPLICATION_METRICS = `'timeliness', 'queueWait', 'serviceTime', 'volume'`;

/** The indicator counters of applications recomputed from the raw rows; rows that differ from the stored counters. */
export async function counterDifferences(fp: FaultPostgres): Promise<unknown[]> {
  return fp.sql(`
    with expected as (
      select month, standard_code, agency_id, channel, metric, sum(n)::bigint as n, sum(d)::bigint as d from (
        select indicator_month(closed_at) as month, standard_code, agency_id, channel, 'timeliness' as metric, (outcome in ('early', 'onTime'))::int as n, 1 as d
          from application where closed_at is not null and outcome is not null
        union all select indicator_month(submitted_at), standard_code, agency_id, channel, 'queueWait', (queue_wait_minutes <= queue_wait_limit_minutes)::int, 1
          from application where queue_wait_minutes is not null and queue_wait_limit_minutes is not null
        union all select indicator_month(submitted_at), standard_code, agency_id, channel, 'serviceTime', (service_minutes <= service_time_limit_minutes)::int, 1
          from application where service_minutes is not null and service_time_limit_minutes is not null
        union all select indicator_month(submitted_at), standard_code, agency_id, channel, 'volume', 1, 1 from application
      ) x group by 1, 2, 3, 4, 5),
    stored as (
      select month, standard_code, agency_id, channel, metric, numerator as n, denominator as d from indicator_counter
        where metric in (${APPLICATION_METRICS}) and (numerator <> 0 or denominator <> 0))
    (select 'missing' as side, * from (select * from expected except select * from stored) a)
    union all (select 'extra', * from (select * from stored except select * from expected) b)`);
}

/** Oracles 1, 4 and 5: nothing acknowledged lost, one audit row per acknowledged mutation, counters consistent. */
export async function expectOraclesHold(fp: FaultPostgres, ack: Acknowledged): Promise<void> {
  const ids = [...ack.applications.keys()];
  const stored = await fp.sql<{ id: string; status: string; version: number }>('select id, status, version from application where id = any($1)', [ids]);
  const byId = new Map(stored.map((r) => [r.id, r]));
  const lost = ids.filter((id) => !byId.has(id));
  expect(lost, 'acknowledged applications missing after the fault').toEqual([]);
  // The status is at least what was acknowledged (a later unacknowledged change may have committed too).
  const regressed = ids.filter((id) => ack.applications.get(id)!.version > byId.get(id)!.version);
  expect(regressed, 'applications whose acknowledged change was lost').toEqual([]);
  const events = await fp.sql<{ request_id: string; n: number }>('select request_id, count(*)::int as n from application_event where request_id = any($1) group by request_id', [ack.applicationRequests]);
  const eventCount = new Map(events.map((r) => [r.request_id, r.n]));
  expect(ack.applicationRequests.filter((r) => eventCount.get(r) !== 1), 'acknowledged application mutations without exactly one event').toEqual([]);
  const audits = await fp.sql<{ request_id: string; n: number }>('select request_id, count(*)::int as n from audit_entry where request_id = any($1) group by request_id', [ack.auditedRequests]);
  const auditCount = new Map(audits.map((r) => [r.request_id, r.n]));
  expect(ack.auditedRequests.filter((r) => auditCount.get(r) !== 1), 'acknowledged audited mutations without exactly one audit row').toEqual([]);
  const agencies = await fp.sql<{ n: number }>('select count(*)::int as n from agency where id = any($1)', [ack.agencies]);
  expect(agencies[0].n).toBe(ack.agencies.length);
  expect(await counterDifferences(fp), 'indicator counters differ from a recomputation').toEqual([]);
}
