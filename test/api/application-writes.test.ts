/**
 * The write path of applications (issue #9, W5): a submission and each transition read what they
 * check in one statement and write in one, and that leanness costs none of the guarantees: a
 * transition that loses a race to a concurrent writer answers CONFLICT and leaves nothing behind
 * (no event, no receipt, no registration number), and the cached pieces (the published standard's
 * parts, the working-day calendar) never hide a newer published version or a calendar edit.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { APPLICATION_FIELDS, nextBin, stepOk } from '../support/applications.js';
import { astanaDate } from '../../server/src/modules/calendar/due-date.js';

let t: TestServer;
let input: Record<string, unknown>;
let providerId: string;

const SUBMIT = `mutation($input: ApplicationInput!, $key: String!) { submitApplication(input: $input, idempotencyKey: $key) { id version standardVersion deadlineValue dueAt } }`;
const STEP = (name: string) => `mutation($id: ID!) { ${name}(id: $id) { id status version } }`;
const DEADLINE = (value: number) => `{ kind: processing, value: ${value}, unit: workingDays, owedBy: provider, excludeStartDay: true }`;
let keys = 0;

async function submit(): Promise<{ id: string; version: number; standardVersion: number; deadlineValue: number; dueAt: string }> {
  const res = await t.gql(SUBMIT, { input: { ...input, applicantIdentifier: nextBin() }, key: `writes-${++keys}` });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.submitApplication;
}

async function step(name: string, id: string) {
  return t.gql(STEP(name), { id });
}

/** The least of three runs: a background worker (session touch, webhook outbox) may add a statement to one. */
async function statementsOf(work: () => Promise<unknown>): Promise<number> {
  const counts: number[] = [];
  for (let i = 0; i < 3; i++) counts.push(await t.countQueries(work));
  return Math.min(...counts);
}

beforeAll(async () => {
  t = await startTestServer({ withCorpus: true });
  const ids = await t.sql(`select code, id from agency where code = 'mint-industry-committee' union all select code, id from legal_act where code = 'res-1130-2012'`);
  providerId = ids.find((r) => r.code === 'mint-industry-committee').id;
  const actId = ids.find((r) => r.code === 'res-1130-2012').id;
  // A standard in force today (the shipped ones were repealed in 2014/2015), like a partner's.
  const created = await t.gql(`mutation($providerId: ID!, $actId: ID!) { createServiceStandard(code: "test-writes", providerId: $providerId, approvedById: $actId, approvedClause: "item 1",
    name: { kk: "Сынақ", en: "Test" }, recipients: [legalEntity], result: { description: { kk: "Рұқсат", en: "Permit" }, media: [electronic] }, feeKind: free,
    channelDetails: [{ channel: elicense }], subServices: [{ code: "issuance", kind: issuance, name: { kk: "Беру", en: "Issuance" } }],
    deadlines: [${DEADLINE(10)}],
    documents: [{ subService: "issuance", channel: elicense, ordinal: 1, copyKind: electronicDocument, title: { kk: "Өтініш", en: "Request" } }],
    refusalGrounds: [{ ordinal: 1, text: { kk: "Негіз", en: "Ground" } }]) { id } }`, { providerId, actId });
  expect(created.errors).toBeUndefined();
  const published = await t.gql(`mutation($id: ID!) { publishStandard(id: $id, validFrom: "2020-01-01") { status } }`, { id: created.data!.createServiceStandard.id });
  expect(published.errors).toBeUndefined();
  input = { standardCode: 'test-writes', subService: 'issuance', channel: 'elicense', applicantKind: 'legalEntity', applicantName: 'Writes LLP', documents: [1] };
});

describe('statements per mutation', () => {
  it('a submission and each step of accept → review → issue read once and write once (plus begin and commit)', async () => {
    // Warm: the standard's parts and the calendar are cached after the first chain.
    const warm = await submit();
    for (const name of ['acceptApplication', 'startApplicationReview', 'issueApplication']) expect((await step(name, warm.id)).errors).toBeUndefined();

    // the key claimed with the version in force and the calendar revision; the insert of application + event + key link
    expect(await statementsOf(() => submit())).toBe(4);
    const ids = [await submit(), await submit(), await submit()].map((a) => a.id);
    const each = async (name: string) => {
      const counts: number[] = [];
      for (const id of ids) counts.push(await t.countQueries(async () => expect((await step(name, id)).errors).toBeUndefined()));
      return Math.min(...counts);
    };
    // the application with its last event, standard stamp and calendar revision; the registration number + update + event + receipt
    expect(await each('acceptApplication')).toBe(4);
    expect(await each('startApplicationReview')).toBe(4);
    expect(await each('issueApplication')).toBe(4);
  });
});

describe('what a mutation answers is what it stored', () => {
  it('every column kind (dates, JSON, arrays, numbers, references) reads back the same through a whole life', async () => {
    const read = async (id: string) => (await t.gql(`query($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS} receipt { number documentsReceived { ordinal } } events { type fromStatus toStatus at actor reason data } } }`, { id })).data!.application;
    const { id } = await submit();
    const answers = [(await t.gql(`query($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS} } }`, { id })).data!.application];
    answers.push(await stepOk(t, 'acceptApplication', { id, operator: 'operator-7' }));
    answers.push(await stepOk(t, 'startApplicationReview', { id }));
    answers.push(await stepOk(t, 'suspendApplication', { id, reason: 'expert opinion requested' }));
    answers.push(await stepOk(t, 'resumeApplication', { id }));
    const [ground] = await t.sql(`select g.id from refusal_ground g join service_standard s on s.id = g.standard_id where s.code = 'test-writes' and s.version_number = 1`);
    answers.push(await stepOk(t, 'refuseApplication', { id, groundIds: [ground.id], reason: 'ground 1' }));
    const refused = answers.at(-1);
    expect(refused).toMatchObject({ status: 'refused', refusalGroundIds: [ground.id], responsibleOperator: 'operator-7', presentedDocuments: [1], version: 6 });
    const stored = await read(id);
    expect(stored).toMatchObject(refused);
    expect(stored.receipt).toMatchObject({ documentsReceived: [{ ordinal: 1 }] });
    expect(stored.events.map((e: { type: string }) => e.type)).toEqual(['submitted', 'accept', 'startReview', 'suspend', 'resume', 'refuse']);
    expect(stored.events.at(-1)).toMatchObject({ fromStatus: 'inReview', toStatus: 'refused', reason: 'ground 1' });
    // The registration number is taken by the accept's own statement: the receipt and the event carry the same one.
    expect(stored.receipt.number).toMatch(/^\d{4}-\d{6}$/);
    expect(stored.events[1].data).toEqual({ receiptNumber: stored.receipt.number, dueAt: answers[1].dueAt });
    const handed = await stepOk(t, 'handOverApplication', { id });
    expect(await read(id)).toMatchObject(handed);
    // The version counted every step (each one guarded by the version it read).
    expect(answers.map((a) => a.version)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('a transition that loses a race', () => {
  it('answers CONFLICT with the stored version and writes nothing: no event, no receipt, no registration number', async () => {
    const app = await submit();
    const year = Number(astanaDate(new Date()).slice(0, 4));
    const numberNow = async () => (await t.sql(`select coalesce(max(last), 0)::int as last from registration_counter where agency_id = $1 and year = $2`, [providerId, year]))[0].last;
    const before = await numberNow();

    // Another writer holds the row: the accept reads and validates, then its update waits for it.
    const other = new pg.Client({ connectionString: t.databaseUrl });
    await other.connect();
    try {
      await other.query('begin');
      await other.query('select 1 from application where id = $1 for update', [app.id]);
      const accept = step('acceptApplication', app.id);
      for (let i = 0; i < 200; i++) {
        const [{ waiting }] = (await other.query(`select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`)).rows;
        if (waiting) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await other.query('update application set version = version + 1 where id = $1', [app.id]);
      await other.query('commit');
      const lost = await accept;
      expect(lost.errors![0].extensions).toMatchObject({ code: 'CONFLICT', type: 'Application', id: app.id, currentVersion: app.version + 1 });
      expect(lost.errors![0].message).toBe(`Application "${app.id}" was changed by someone else (your version ${app.version}, current version ${app.version + 1}); reload it and apply your change again`);
    } finally {
      await other.end();
    }
    expect(await t.sql(`select status, accepted_at from application where id = $1`, [app.id])).toEqual([{ status: 'submitted', accepted_at: null }]);
    expect(await t.sql(`select type from application_event where application_id = $1`, [app.id])).toEqual([{ type: 'submitted' }]);
    expect(await t.sql(`select count(*)::int as n from receipt where application_id = $1`, [app.id])).toEqual([{ n: 0 }]);
    expect(await numberNow()).toBe(before);

    // Reloaded, the same step goes through and takes the next number: no gap.
    const accepted = await t.gql(`mutation($id: ID!) { acceptApplication(id: $id) { status version receipt { number } } }`, { id: app.id });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptApplication).toEqual({ status: 'accepted', version: app.version + 2, receipt: { number: `${year}-${String(before + 1).padStart(6, '0')}` } });
  });
});

describe('cached pieces never hide a change', () => {
  it('the next submission pins a newly published version, with its own deadline and documents', async () => {
    const first = await submit();
    expect(first).toMatchObject({ standardVersion: 1, deadlineValue: 10 });
    const draft = await t.gql(`mutation { createStandardDraft(code: "test-writes") { id version } }`);
    expect(draft.errors).toBeUndefined();
    const { id, version } = draft.data!.createStandardDraft;
    const edited = await t.gql(`mutation($id: ID!, $v: Int!) { updateServiceStandard(id: $id, version: $v, deadlines: [${DEADLINE(20)}],
      documents: [{ subService: "issuance", channel: elicense, ordinal: 1, copyKind: electronicDocument, title: { kk: "Өтініш", en: "Request" } },
                  { subService: "issuance", channel: elicense, ordinal: 2, copyKind: electronicDocument, title: { kk: "Анықтама", en: "Certificate" } }]) { version } }`, { id, v: version });
    expect(edited.errors).toBeUndefined();
    const published = await t.gql(`mutation($id: ID!) { publishStandard(id: $id, validFrom: "${astanaDate(new Date())}") { status } }`, { id });
    expect(published.errors).toBeUndefined();

    const second = await submit();
    expect(second).toMatchObject({ standardVersion: 2, deadlineValue: 20 });
    // v2's document list: document 1 alone is now an incomplete set.
    const refused = await step('acceptApplication', second.id);
    expect(refused.errors![0].extensions!.field).toBe('documents');
    expect(refused.errors![0].message).toMatch(/missing 2\) Certificate/);
  });

  it('the next submission sees a holiday added on its due day', async () => {
    const before = await submit();
    const dueDay = astanaDate(new Date(before.dueAt));
    const created = await t.gql(`mutation($date: String) { createCalendarDay(date: $date, kind: publicHoliday, name: { kk: "Мереке", ru: "Праздник", en: "Test holiday" }) { id } }`, { date: dueDay });
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    const after = await submit();
    expect(new Date(after.dueAt).getTime()).toBeGreaterThan(new Date(before.dueAt).getTime());
    expect(astanaDate(new Date(after.dueAt))).not.toBe(dueDay);
  });
});
