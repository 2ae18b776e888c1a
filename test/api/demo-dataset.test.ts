/**
 * The demo generator at scale: 100,000 application histories into a test database with the shipped
 * corpus, then the invariants every history must keep (counts, due dates, statuses, timelines,
 * receipts, complaints, surveys, references), and the API's list queries over the result.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { sqlClient } from '../support/applications.js';
import { openOrm } from '../../server/src/db.js';
import { generateDemoData, type DemoResult } from '../../server/src/modules/applications/demo-generator.js';
import { computeDueDate, type DueUnit } from '../../server/src/modules/calendar/due-date.js';
import { loadShippedCalendar } from '../../server/src/modules/calendar/production-calendar.js';
import { outcomeAt } from '../../server/src/modules/applications/application-rules.js';
import { canTransition, TRANSITIONS, type ApplicationStatus, type TransitionName } from '../../server/src/modules/applications/application-states.js';
import { isValidBin, isValidIin } from '../../server/src/modules/applications/iin-bin.js';

const COUNT = 100_000;
let t: TestServer;
let sql: ReturnType<typeof sqlClient>;
let result: DemoResult;
const calendar = loadShippedCalendar();

beforeAll(async () => {
  t = await startTestServer({ withCorpus: true });
  sql = sqlClient(t);
  const orm: MikroORM = await openOrm(t.databaseUrl);
  try {
    result = await generateDemoData(orm, { applications: COUNT, seed: 20260101 });
  } finally {
    await orm.close(true);
  }
  console.log(`demo generator: ${COUNT} applications in ${(result.ms / 1000).toFixed(1)} s (${Math.round(COUNT / (result.ms / 1000))}/s); ${result.events} events, ${result.receipts} receipts, ${result.complaints} complaints, ${result.surveys} surveys`);
}, 900_000);

describe(`a generated dataset of ${COUNT.toLocaleString('en')} applications`, () => {
  it('has the rows it reports, with every reference intact', async () => {
    const [counts] = await sql(`select (select count(*)::int from application) as applications, (select count(*)::int from application_event) as events,
      (select count(*)::int from receipt) as receipts, (select count(*)::int from complaint) as complaints, (select count(*)::int from survey_response) as surveys`);
    expect(counts).toEqual({ applications: COUNT, events: result.events, receipts: result.receipts, complaints: result.complaints, surveys: result.surveys });
    const [orphans] = await sql(`select
      (select count(*)::int from application a where not exists (select 1 from service_standard s where s.id = a.standard_id) or not exists (select 1 from agency g where g.id = a.agency_id)) as applications,
      (select count(*)::int from application_event e where not exists (select 1 from application a where a.id = e.application_id)) as events,
      (select count(*)::int from receipt r where not exists (select 1 from application a where a.id = r.application_id)) as receipts,
      (select count(*)::int from complaint c where not exists (select 1 from application a where a.id = c.application_id) or not exists (select 1 from complaint_level l where l.id = c.complaint_level_id)) as complaints,
      (select count(*)::int from survey_response s where not exists (select 1 from application a where a.id = s.application_id)) as surveys,
      (select count(*)::int from application a where exists (select 1 from unnest(a.refusal_ground_ids) g where not exists (select 1 from refusal_ground r where r.id::text = g and r.standard_id = a.standard_id))) as grounds`);
    expect(orphans).toEqual({ applications: 0, events: 0, receipts: 0, complaints: 0, surveys: 0, grounds: 0 });
  }, 120_000);

  it('has no application in an impossible state', async () => {
    const violations = await sql(`select rule, count(*)::int as n from (
      select 'submitted has no acceptance or decision' as rule from application where status = 'submitted' and (accepted_at is not null or closed_at is not null)
      union all select 'open means accepted, undecided' from application where status in ('accepted', 'inReview', 'suspended') and (accepted_at is null or closed_at is not null)
      union all select 'suspended has its suspension' from application where (status = 'suspended') <> (suspended_at is not null and suspended_from_status in ('accepted', 'inReview') and suspended_remaining is not null)
      union all select 'not accepted: closed, never accepted, no outcome' from application where status = 'notAccepted' and (accepted_at is not null or closed_at is null or outcome is not null)
      union all select 'decided means accepted and closed' from application where status in ('issued', 'refused', 'deemedIssued', 'handedOver') and (accepted_at is null or closed_at is null)
      union all select 'handed over iff handedOverAt' from application where (status = 'handedOver') <> (handed_over_at is not null)
      union all select 'refused cites grounds, issued cites none' from application where (status = 'refused' and cardinality(refusal_ground_ids) = 0) or (status in ('issued', 'deemedIssued') and cardinality(refusal_ground_ids) > 0)
      union all select 'deemed issued: rule applies, at the due instant, late' from application where status = 'deemedIssued' and not (deemed_issued_applies and closed_at = due_at and outcome = 'late' and handover_due_at is not null)
      union all select 'outcome exactly for decided applications with a deadline' from application where (outcome is not null) <> (closed_at is not null and due_at is not null and status <> 'notAccepted')
      union all select 'late iff decided after the due instant, or deemed issued at it' from application a where outcome is not null
        and (outcome = 'late') <> (closed_at > due_at or exists (select 1 from application_event e where e.application_id = a.id and e.type = 'deemIssued'))
      union all select 'no running application past its due date where "deemed issued" applies' from application where status in ('accepted', 'inReview') and deemed_issued_applies and due_at < now()
      union all select 'time runs forward' from application where accepted_at < submitted_at or closed_at < submitted_at or closed_at < accepted_at or handed_over_at < closed_at
      union all select 'queue times only in person' from application where channel not in ('office', 'psc') and (queue_wait_minutes is not null or service_minutes is not null)
      union all select 'deadline copied whole' from application where (deadline_value is null) <> (deadline_unit is null) or (deadline_value is null) <> (due_at is null)
      union all select 'PSC hand-over only on the PSC channel, before the due date' from application where psc_handover_due_at is not null and (channel <> 'psc' or psc_handover_due_at >= due_at)
    ) v group by rule`);
    expect(violations).toEqual([]);

    const identifiers = await sql(`select applicant_kind, applicant_identifier from application`);
    const invalid = identifiers.filter((a) => !(a.applicant_kind === 'legalEntity' ? isValidBin(a.applicant_identifier) : isValidIin(a.applicant_identifier)));
    expect(invalid).toEqual([]);
  }, 120_000);

  it('keeps every timeline consistent with the state machine', async () => {
    const [chain] = await sql(`select count(*) filter (where n = 1 and (type <> 'submitted' or from_status is not null or to_status <> 'submitted')) as bad_first,
        count(*) filter (where n > 1 and (from_status is distinct from prev_to or at < prev_at)) as bad_link
      from (select type, from_status, to_status, at, row_number() over w as n, lag(to_status) over w as prev_to, lag(at) over w as prev_at
            from application_event window w as (partition by application_id order by id)) x`);
    expect(chain).toEqual({ bad_first: '0', bad_link: '0' });
    const [last] = await sql(`select count(*)::int as n from application a join (select distinct on (application_id) application_id, to_status from application_event order by application_id, id desc) l
      on l.application_id = a.id where l.to_status <> a.status`);
    expect(last.n).toBe(0);
    const [versions] = await sql(`select count(*)::int as n from application a where a.version <> (select count(*) from application_event e where e.application_id = a.id)`);
    expect(versions.n).toBe(0);
    const [submitted] = await sql(`select count(*)::int as n from application a join application_event e on e.application_id = a.id and e.type = 'submitted' where e.at <> a.submitted_at`);
    expect(submitted.n).toBe(0);

    const steps = await sql(`select distinct type, from_status, to_status from application_event where type <> 'submitted'`);
    for (const s of steps) {
      const name = s.type as TransitionName;
      expect(canTransition(name, s.from_status as ApplicationStatus), `${name} from ${s.from_status}`).toBe(true);
      if (TRANSITIONS[name].to) expect(s.to_status).toBe(TRANSITIONS[name].to);
      else expect(['accepted', 'inReview']).toContain(s.to_status);
    }
    const types = new Set(steps.map((s) => s.type));
    for (const type of ['accept', 'refuseToAccept', 'startReview', 'suspend', 'resume', 'issue', 'refuse', 'deemIssued', 'handOver']) expect(types, type).toContain(type);
    const [system] = await sql(`select count(*)::int as n from application_event where (type = 'deemIssued') <> (actor = 'system')`);
    expect(system.n).toBe(0);
  }, 120_000);

  it('has due dates, outcomes and receipts that follow from the pinned rules and the calendar', async () => {
    const rows = await sql(`select a.id, a.status, a.submitted_at, a.deadline_value, a.deadline_unit, a.deadline_exclude_start_day, a.due_at, a.closed_at, a.outcome,
        exists (select 1 from application_event e where e.application_id = a.id and e.type = 'resume') as resumed, r.due_at as receipt_due_at, r.kind as receipt_kind
      from application a left join receipt r on r.application_id = a.id where a.deadline_value is not null`);
    expect(rows.length).toBeGreaterThan(COUNT * 0.8);
    let checked = 0;
    const wrongDue: string[] = [];
    const wrongOutcome: string[] = [];
    for (const row of rows) {
      const unit = row.deadline_unit as DueUnit;
      if (!row.resumed) {
        const due = computeDueDate({ start: row.submitted_at, value: row.deadline_value, unit, excludeStartDay: row.deadline_exclude_start_day, calendar });
        if (due.getTime() !== row.due_at.getTime()) wrongDue.push(row.id);
        if (row.receipt_kind === 'acceptance' && row.receipt_due_at?.getTime() !== row.due_at.getTime()) wrongDue.push(`${row.id} (receipt)`);
        checked++;
      }
      if (row.outcome && row.status !== 'deemedIssued' && !(row.closed_at.getTime() === row.due_at.getTime() && row.outcome === 'late')) {
        if (outcomeAt(row.submitted_at, row.due_at, unit, row.closed_at, calendar) !== row.outcome) wrongOutcome.push(row.id);
      }
    }
    expect(wrongDue.slice(0, 5)).toEqual([]);
    expect(wrongOutcome.slice(0, 5)).toEqual([]);
    expect(checked).toBeGreaterThan(rows.length * 0.9);

    const [receipts] = await sql(`select
      count(*) filter (where r.id is null and (a.accepted_at is not null or a.status = 'notAccepted')) as missing,
      count(*) filter (where r.id is not null and a.accepted_at is null and a.status <> 'notAccepted') as extra,
      count(*) filter (where r.kind = 'refusalToAccept' and (a.status <> 'notAccepted' or jsonb_array_length(r.missing_documents) = 0)) as wrong_refusal,
      count(*) filter (where r.kind = 'acceptance' and r.issued_at <> a.accepted_at) as wrong_date
      from application a left join receipt r on r.application_id = a.id`);
    expect(receipts).toEqual({ missing: '0', extra: '0', wrong_refusal: '0', wrong_date: '0' });
    const gaps = await sql(`select r.agency_id, split_part(r.number, '-', 1) as year, count(*)::int as n, max(split_part(r.number, '-', 2)::int) as last, c.last as counter
      from receipt r left join registration_counter c on c.agency_id = r.agency_id and c.year = split_part(r.number, '-', 1)::int
      group by r.agency_id, split_part(r.number, '-', 1), c.last having count(*) <> max(split_part(r.number, '-', 2)::int) or c.last is distinct from max(split_part(r.number, '-', 2)::int)`);
    expect(gaps).toEqual([]);
  }, 300_000);

  it('has complaints with their review deadlines and surveys only after decisions', async () => {
    const complaints = await sql(`select c.registered_at, c.review_value, c.review_unit, c.review_due_at, c.resolved_at, c.resolved_on_time, c.review_rule_source, a.submitted_at
      from complaint c join application a on a.id = c.application_id`);
    expect(complaints.length).toBeGreaterThan(COUNT * 0.01);
    const wrong = complaints.filter((c) => {
      if (c.registered_at < c.submitted_at) return true;
      if (c.review_value === null) return c.review_due_at !== null || c.review_rule_source !== 'none';
      const due = computeDueDate({ start: c.registered_at, value: c.review_value, unit: c.review_unit, excludeStartDay: true, calendar });
      if (due.getTime() !== c.review_due_at.getTime()) return true;
      return c.resolved_at === null ? c.resolved_on_time !== null : c.resolved_on_time !== (c.resolved_at <= c.review_due_at);
    });
    expect(wrong).toEqual([]);
    expect(new Set(complaints.map((c) => c.review_rule_source))).toEqual(new Set(['standard', 'referencedLaw', 'none']));

    const [surveys] = await sql(`select count(*) filter (where a.closed_at is null or s.answered_at < a.closed_at) as premature,
      count(*) filter (where s.process not between 1 and 5 or s.information not between 1 and 5 or s.complaint_procedure not between 1 and 5 or s.courtesy not between 1 and 5) as out_of_range,
      count(*) filter (where s.complaint_procedure is not null and not exists (select 1 from complaint c where c.application_id = a.id)) as complaint_question_without_complaint
      from survey_response s join application a on a.id = s.application_id`);
    expect(surveys).toEqual({ premature: '0', out_of_range: '0', complaint_question_without_complaint: '0' });
  }, 120_000);

  it('looks like real work: every standard and channel, mostly on time, some refusals, suspensions and complaints', async () => {
    const [mix] = await sql(`select count(distinct standard_code)::int as standards, count(distinct channel)::int as channels,
      avg((outcome = 'late')::int) filter (where outcome is not null) as late, avg((status = 'notAccepted')::int) as not_accepted,
      avg((cardinality(refusal_ground_ids) > 0)::int) as refused, count(*) filter (where status in ('submitted', 'accepted', 'inReview', 'suspended'))::int as open
      from application`);
    expect(mix.standards).toBe(16);
    expect(mix.channels).toBe(4);
    expect(Number(mix.late)).toBeGreaterThan(0.03);
    expect(Number(mix.late)).toBeLessThan(0.2);
    expect(Number(mix.not_accepted)).toBeGreaterThan(0.01);
    expect(Number(mix.refused)).toBeGreaterThan(0.03);
    expect(mix.open).toBeGreaterThan(0);
  }, 60_000);

  it('answers the API\'s board and page queries from the indexes, with server-side paging', async () => {
    const [agency] = await sql(`select agency_id as id, count(*)::int as n from application group by agency_id order by n desc limit 1`);
    const page = await t.gql(`query($agencyId: ID!) { applications(page: 40, perPage: 25, sortField: "submittedAt", sortOrder: DESC, filter: { agencyId: $agencyId }) { id submittedAt remaining }
      _applicationsMeta(filter: { agencyId: $agencyId }) { count } }`, { agencyId: agency.id });
    expect(page.errors).toBeUndefined();
    expect(page.data!._applicationsMeta.count).toBe(agency.n);
    expect(page.data!.applications).toHaveLength(25);
    const times = page.data!.applications.map((a: any) => a.submittedAt);
    expect(times).toEqual([...times].sort().reverse());
    const overdue = await t.gql(`{ _applicationsMeta(filter: { overdue: true }) { count } }`);
    const [expected] = await sql(`select count(*)::int as n from application where status in ('submitted', 'accepted', 'inReview') and due_at < now()`);
    expect(overdue.data!._applicationsMeta.count).toBe(expected.n);

    const plan = async (query: string, params: unknown[]) => (await sql(`explain ${query}`, params)).map((r) => r['QUERY PLAN']).join('\n');
    // The agency page reads the agency's index in submission order, for the largest agency and the
    // smallest alike; never the whole table sorted.
    for (const order of ['asc', 'desc']) {
      for (const [id] of [[agency.id], [(await sql(`select agency_id from application group by agency_id order by count(*) limit 1`))[0].agency_id]]) {
        const page = await plan(`select * from application where agency_id = $1 order by submitted_at ${order}, id ${order} limit 25 offset 1000`, [id]);
        expect(page).toMatch(/Index (Only )?Scan( Backward)? using application_agency_submitted_index/);
        expect(page).not.toMatch(/Seq Scan|Sort Key/);
      }
    }
    // The overdue board reads the partial index of open applications only.
    expect(await plan(`select id from application where agency_id = $1 and status in ('submitted', 'accepted', 'inReview') and due_at is not null and due_at < now() order by due_at limit 50`, [agency.id])).toMatch(/application_open_due_index/);
  }, 120_000);
});
