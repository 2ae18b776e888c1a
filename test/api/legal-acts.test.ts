import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import pg from 'pg';
import { startTestServer, TEST_ADMIN, type TestServer } from '../support/test-server.js';
import { legalActReferences } from '../../server/src/modules/legal-acts/legal-act.references.js';

const ACT = 'id code kind number date title { kk ru en } publication entryIntoForceRule entryIntoForce entryIntoForceEstimated status note version';
const RELATION = 'id kind sourceId targetId clauses effectiveDate note version source { code } target { code }';

const CREATE = `mutation ($code: String, $kind: LegalActKind, $number: String, $date: LocalDate, $title: LocalizedTextInput,
  $entryIntoForce: LocalDate, $entryIntoForceEstimated: Boolean, $status: LegalActStatus, $note: String, $publication: String) {
  createLegalAct(code: $code, kind: $kind, number: $number, date: $date, title: $title, entryIntoForce: $entryIntoForce,
    entryIntoForceEstimated: $entryIntoForceEstimated, status: $status, note: $note, publication: $publication) { ${ACT} } }`;

const UPDATE = `mutation ($id: ID!, $version: Int!, $code: String, $number: String, $date: LocalDate, $title: LocalizedTextInput,
  $entryIntoForce: LocalDate, $entryIntoForceEstimated: Boolean, $status: LegalActStatus, $note: String) {
  updateLegalAct(id: $id, version: $version, code: $code, number: $number, date: $date, title: $title, entryIntoForce: $entryIntoForce,
    entryIntoForceEstimated: $entryIntoForceEstimated, status: $status, note: $note) { ${ACT} } }`;

const ADD_RELATION = `mutation ($sourceId: ID!, $targetId: ID!, $kind: LegalActRelationKind!, $clauses: [String!], $effectiveDate: LocalDate, $note: String) {
  addLegalActRelation(sourceId: $sourceId, targetId: $targetId, kind: $kind, clauses: $clauses, effectiveDate: $effectiveDate, note: $note) { ${RELATION} } }`;

interface Act { id: string; code: string; version: number; date: string | null; entryIntoForce: string | null; [key: string]: unknown }

describe('legal acts API', () => {
  let t: TestServer;
  let db: pg.Client;

  beforeAll(async () => {
    t = await startTestServer();
    db = new pg.Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => { await db?.end(); });

  async function create(vars: Record<string, unknown>): Promise<Act> {
    const res = await t.gql(CREATE, { kind: 'governmentResolution', title: { en: `Resolution ${vars.code}` }, ...vars });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.createLegalAct;
  }

  async function relate(vars: Record<string, unknown>) {
    const res = await t.gql(ADD_RELATION, vars);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.addLegalActRelation;
  }

  async function audit(entityId: string) {
    const { rows } = await db.query('select operation, entity_type, actor, before, after, request_id from audit_entry where entity_id = $1 order by at, operation', [entityId]);
    return rows;
  }

  async function row(id: string) {
    const { rows } = await db.query('select * from legal_act where id = $1', [id]);
    return rows[0];
  }

  describe('create, update, delete', () => {
    it('creates an act with date-only fields and defaults, and writes an audit row', async () => {
      const act = await create({
        code: 'res-1130-2012', number: '1130', date: '2012-08-31', entryIntoForce: '2012-09-10', entryIntoForceEstimated: true,
        title: { kk: 'Қаулы', ru: '', en: 'On the approval of standards' }, publication: '  ', note: 'typo in the source',
      });
      expect(act).toMatchObject({
        code: 'res-1130-2012', kind: 'governmentResolution', number: '1130', date: '2012-08-31', entryIntoForce: '2012-09-10',
        entryIntoForceEstimated: true, status: 'unknown', title: { kk: 'Қаулы', ru: null, en: 'On the approval of standards' },
        publication: null, note: 'typo in the source', version: 1,
      });
      const stored = await row(act.id);
      expect(stored.code).toBe('res-1130-2012');
      const entries = await audit(act.id);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ operation: 'create', entity_type: 'LegalAct', actor: TEST_ADMIN.email, before: null });
      expect(entries[0].after).toMatchObject({ code: 'res-1130-2012', date: '2012-08-31' });
      expect(entries[0].request_id).toBeTruthy();

      const read = await t.gql(`query ($id: ID!) { legalAct(id: $id) { ${ACT} } }`, { id: act.id });
      expect(read.data!.legalAct).toEqual(act);
    });

    it('updates only the given fields, bumps the version and audits before and after', async () => {
      const act = await create({ code: 'upd-1', number: '10', date: '2020-01-10' });
      const res = await t.gql(UPDATE, { id: act.id, version: act.version, status: 'inForce', entryIntoForce: '2020-01-20', note: 'checked' });
      expect(res.errors).toBeUndefined();
      const updated = res.data!.updateLegalAct;
      expect(updated).toMatchObject({ code: 'upd-1', number: '10', date: '2020-01-10', status: 'inForce', entryIntoForce: '2020-01-20', note: 'checked', version: 2 });
      const entries = await audit(act.id);
      expect(entries.map((e) => e.operation)).toEqual(['create', 'update']);
      expect(entries[1].before).toMatchObject({ status: 'unknown', entryIntoForce: null, version: 1 });
      expect(entries[1].after).toMatchObject({ status: 'inForce', entryIntoForce: '2020-01-20', version: 2 });

      // Clearing optional fields with null.
      const cleared = await t.gql(UPDATE, { id: act.id, version: 2, note: null, number: null });
      expect(cleared.data!.updateLegalAct).toMatchObject({ note: null, number: null, version: 3 });
    });

    it('refuses a stale version with CONFLICT and changes nothing', async () => {
      const act = await create({ code: 'stale-1', date: '2019-05-05' });
      const first = await t.gql(UPDATE, { id: act.id, version: 1, note: 'first' });
      expect(first.errors).toBeUndefined();
      const before = await row(act.id);
      const auditBefore = await audit(act.id);
      const stale = await t.gql(UPDATE, { id: act.id, version: 1, note: 'second', code: 'stale-renamed' });
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(stale.errors?.[0].extensions?.currentVersion).toBe(2);
      expect(stale.data).toBeNull();
      expect(await row(act.id)).toEqual(before);
      expect(await audit(act.id)).toEqual(auditBefore);
    });

    it('answers NOT_FOUND for unknown ids', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect((await t.gql(UPDATE, { id: unknown, version: 1, note: 'x' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await t.gql('mutation ($id: ID!) { deleteLegalAct(id: $id) { id } }', { id: unknown })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await t.gql('mutation ($id: ID!) { deleteLegalAct(id: $id) { id } }', { id: 'nope' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await t.gql('mutation ($id: ID!) { removeLegalActRelation(id: $id) { id } }', { id: unknown })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await t.gql('query ($id: ID!) { legalAct(id: $id) { id } }', { id: unknown })).data!.legalAct).toBeNull();
    });

    it('deletes an unreferenced act, with its own relations to other acts, and audits each', async () => {
      const target = await create({ code: 'del-target', date: '2010-01-01' });
      const act = await create({ code: 'del-source', date: '2011-01-01' });
      const relation = await relate({ sourceId: act.id, targetId: target.id, kind: 'amends' });
      const res = await t.gql(`mutation ($id: ID!) { deleteLegalAct(id: $id) { id code } }`, { id: act.id });
      expect(res.errors).toBeUndefined();
      expect(res.data!.deleteLegalAct).toEqual({ id: act.id, code: 'del-source' });
      expect(await row(act.id)).toBeUndefined();
      expect((await db.query('select 1 from legal_act_relation where id = $1', [relation.id])).rowCount).toBe(0);
      expect((await audit(act.id)).map((e) => e.operation)).toEqual(['create', 'delete']);
      expect((await audit(act.id))[1]).toMatchObject({ after: null, before: { code: 'del-source' } });
      expect((await audit(relation.id)).map((e) => e.operation)).toEqual(['create', 'delete']);
    });
  });

  describe('validation', () => {
    function problems(res: Awaited<ReturnType<TestServer['gql']>>) {
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      return (res.errors?.[0].extensions?.problems ?? [{ field: res.errors?.[0].extensions?.field, message: res.errors?.[0].message }]) as { field: string; message: string }[];
    }

    it('names every missing required field on create', async () => {
      const res = await t.gql(CREATE, {});
      expect(problems(res).map((p) => p.field)).toEqual(['code', 'kind', 'title']);
    });

    it('refuses a duplicate code, naming the field', async () => {
      await create({ code: 'dup-code' });
      const res = await t.gql(CREATE, { code: 'dup-code', kind: 'law', title: { en: 'Another' } });
      expect(res.errors?.[0].extensions?.field).toBe('code');
      expect(res.errors?.[0].message).toMatch(/code: a legal act with code "dup-code" already exists/);
      const other = await create({ code: 'dup-code-2' });
      const renamed = await t.gql(UPDATE, { id: other.id, version: other.version, code: 'dup-code' });
      expect(renamed.errors?.[0].extensions?.field).toBe('code');
      expect((await row(other.id)).code).toBe('dup-code-2');
    });

    it('refuses a code that is not a slug', async () => {
      const res = await t.gql(CREATE, { code: 'Res 1130', kind: 'law', title: { en: 'x' } });
      expect(res.errors?.[0].extensions?.field).toBe('code');
    });

    it('refuses implausible numbers', async () => {
      for (const number of ['№ 1130', 'No. 1130', 'abc', '-12', '1130; drop table']) {
        const res = await t.gql(CREATE, { code: 'num-x', kind: 'law', title: { en: 'x' }, number });
        expect(problems(res)[0].field, number).toBe('number');
      }
      expect((await create({ code: 'num-ok-1', number: '88-V' })).number).toBe('88-V');
      expect((await create({ code: 'num-ok-2', number: 'ҚР ДСМ-304/2020' })).number).toBe('ҚР ДСМ-304/2020');
      expect((await create({ code: 'num-ok-3', number: ' 511 ' })).number).toBe('511');
    });

    it('refuses implausible dates, naming the field', async () => {
      const cases: [Record<string, unknown>, string, RegExp][] = [
        [{ date: '2990-01-01' }, 'date', /in the future/],
        [{ date: '1700-01-01' }, 'date', /implausibly early/],
        [{ date: '2012-08-31', entryIntoForce: '2012-08-30' }, 'entryIntoForce', /cannot precede the act's date/],
        [{ entryIntoForce: '2300-01-01' }, 'entryIntoForce', /implausible/],
        [{ entryIntoForceEstimated: true }, 'entryIntoForceEstimated', /needs an entryIntoForce date/],
      ];
      for (const [vars, field, message] of cases) {
        const res = await t.gql(CREATE, { code: 'date-x', kind: 'law', title: { en: 'x' }, ...vars });
        const [problem] = problems(res);
        expect(problem.field, JSON.stringify(vars)).toBe(field);
        expect(problem.message).toMatch(message);
      }
      expect((await db.query(`select 1 from legal_act where code = 'date-x'`)).rowCount).toBe(0);
    });

    it('checks dates against the stored record on update', async () => {
      const act = await create({ code: 'date-upd', date: '2015-01-01', entryIntoForce: '2015-01-11' });
      const res = await t.gql(UPDATE, { id: act.id, version: act.version, date: '2015-02-01' });
      expect(problems(res)[0]).toMatchObject({ field: 'date' });
      expect(res.errors?.[0].message).toMatch(/date: entry into force \(2015-01-11\) cannot precede the act's date \(2015-02-01\)/);
      const cleared = await t.gql(UPDATE, { id: act.id, version: act.version, entryIntoForce: null, entryIntoForceEstimated: true });
      expect(problems(cleared)[0].field).toBe('entryIntoForceEstimated');
      const removed = await t.gql(UPDATE, { id: act.id, version: act.version, title: null, code: null });
      expect(problems(removed).map((p) => p.field)).toEqual(['code', 'title']);
      expect((await row(act.id)).version).toBe(1);
    });

    it('refuses dates that are not calendar dates', async () => {
      const res = await t.gql(CREATE, { code: 'date-bad', kind: 'law', title: { en: 'x' }, date: '2020-02-30' });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toMatch(/date.*LocalDate|LocalDate.*2020-02-30/);
    });
  });

  describe('relations between acts', () => {
    let base: Act; let amending: Act; let repealing: Act;

    beforeAll(async () => {
      base = await create({ code: 'rel-base', date: '2012-08-31', entryIntoForce: '2012-09-10' });
      amending = await create({ code: 'rel-amending', date: '2013-04-19', entryIntoForce: '2013-04-29' });
      repealing = await create({ code: 'rel-repealing', date: '2014-02-26', entryIntoForce: '2014-03-08' });
    });

    it('records amends and repeals and shows them from both sides', async () => {
      const amends = await relate({ sourceId: amending.id, targetId: base.id, kind: 'amends', clauses: ['cl. 11', 'cl. 13'], note: 'Item 1.' });
      expect(amends).toMatchObject({ kind: 'amends', sourceId: amending.id, targetId: base.id, clauses: ['cl. 11', 'cl. 13'], effectiveDate: null, note: 'Item 1.', version: 1, source: { code: 'rel-amending' }, target: { code: 'rel-base' } });
      const repeals = await relate({ sourceId: repealing.id, targetId: base.id, kind: 'repeals', effectiveDate: '2014-03-08' });
      expect(repeals).toMatchObject({ kind: 'repeals', effectiveDate: '2014-03-08' });

      const view = `amends { id target { code } } repeals { id target { code } } amendedBy { id clauses source { code } } repealedBy { id effectiveDate source { code } }`;
      const res = await t.gql(`query ($ids: [ID!]) { legalActs(filter: { ids: $ids }, sortField: "date") { code ${view} } }`, { ids: [base.id, amending.id, repealing.id] });
      expect(res.errors).toBeUndefined();
      expect(res.data!.legalActs).toEqual([
        { code: 'rel-base', amends: [], repeals: [], amendedBy: [{ id: amends.id, clauses: ['cl. 11', 'cl. 13'], source: { code: 'rel-amending' } }], repealedBy: [{ id: repeals.id, effectiveDate: '2014-03-08', source: { code: 'rel-repealing' } }] },
        { code: 'rel-amending', amends: [{ id: amends.id, target: { code: 'rel-base' } }], repeals: [], amendedBy: [], repealedBy: [] },
        { code: 'rel-repealing', amends: [], repeals: [{ id: repeals.id, target: { code: 'rel-base' } }], amendedBy: [], repealedBy: [] },
      ]);

      const entries = await audit(amends.id);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ operation: 'create', entity_type: 'LegalActRelation', before: null });
      expect(entries[0].after).toEqual({
        id: amends.id, kind: 'amends', source: amending.id, target: base.id, clauses: ['cl. 11', 'cl. 13'], effectiveDate: null, note: 'Item 1.',
        version: 1, createdAt: expect.any(String), updatedAt: expect.any(String),
      });
    });

    it('refuses a relation from an act to itself, to a later act, duplicates and early effective dates', async () => {
      const cases: [Record<string, unknown>, string, RegExp][] = [
        [{ sourceId: base.id, targetId: base.id, kind: 'amends' }, 'targetId', /cannot amend itself/],
        [{ sourceId: base.id, targetId: base.id, kind: 'repeals' }, 'targetId', /cannot repeal itself/],
        [{ sourceId: base.id, targetId: amending.id, kind: 'amends' }, 'targetId', /can only amend or repeal an earlier act/],
        [{ sourceId: amending.id, targetId: base.id, kind: 'amends' }, 'targetId', /already amends rel-base/],
        [{ sourceId: repealing.id, targetId: amending.id, kind: 'repeals', effectiveDate: '2014-01-01' }, 'effectiveDate', /precedes the date of rel-repealing/],
        [{ sourceId: '00000000-0000-4000-8000-000000000000', targetId: base.id, kind: 'amends' }, 'sourceId', /does not exist/],
        [{ sourceId: base.id, targetId: 'not-an-id', kind: 'amends' }, 'targetId', /legal act id/],
      ];
      const { rows: [{ n: before }] } = await db.query('select count(*)::int as n from legal_act_relation');
      for (const [vars, field, message] of cases) {
        const res = await t.gql(ADD_RELATION, vars);
        expect(res.errors?.[0].extensions?.code, JSON.stringify(vars)).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0].extensions?.field, JSON.stringify(vars)).toBe(field);
        expect(res.errors?.[0].message).toMatch(message);
      }
      const { rows: [{ n: after }] } = await db.query('select count(*)::int as n from legal_act_relation');
      expect(after).toBe(before);
    });

    it('keeps relations in date order when an act\'s date changes', async () => {
      const current = (await t.gql(`query ($id: ID!) { legalAct(id: $id) { version } }`, { id: amending.id })).data!.legalAct;
      const res = await t.gql(UPDATE, { id: amending.id, version: current.version, date: '2012-01-01', entryIntoForce: '2012-01-10' });
      expect(res.errors?.[0].extensions?.field).toBe('date');
      expect(res.errors?.[0].message).toMatch(/it amends rel-base dated 2012-08-31/);
    });

    it('updates and removes a relation, with audit rows and version checks', async () => {
      const target = await create({ code: 'rel-edit-target', date: '2001-01-01' });
      const relation = await relate({ sourceId: base.id, targetId: target.id, kind: 'repeals' });
      const UPDATE_RELATION = `mutation ($id: ID!, $version: Int!, $clauses: [String!], $effectiveDate: LocalDate, $note: String) {
        updateLegalActRelation(id: $id, version: $version, clauses: $clauses, effectiveDate: $effectiveDate, note: $note) { ${RELATION} } }`;
      const updated = await t.gql(UPDATE_RELATION, { id: relation.id, version: 1, clauses: ['item 5'], effectiveDate: '2012-09-10' });
      expect(updated.errors).toBeUndefined();
      expect(updated.data!.updateLegalActRelation).toMatchObject({ clauses: ['item 5'], effectiveDate: '2012-09-10', version: 2 });
      const stale = await t.gql(UPDATE_RELATION, { id: relation.id, version: 1, note: 'late' });
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
      const early = await t.gql(UPDATE_RELATION, { id: relation.id, version: 2, effectiveDate: '2012-01-01' });
      expect(early.errors?.[0].extensions?.field).toBe('effectiveDate');

      const removed = await t.gql(`mutation ($id: ID!) { removeLegalActRelation(id: $id) { id kind sourceId targetId } }`, { id: relation.id });
      expect(removed.errors).toBeUndefined();
      expect(removed.data!.removeLegalActRelation).toEqual({ id: relation.id, kind: 'repeals', sourceId: base.id, targetId: target.id });
      expect((await db.query('select 1 from legal_act_relation where id = $1', [relation.id])).rowCount).toBe(0);
      const entries = await audit(relation.id);
      expect(entries.map((e) => e.operation)).toEqual(['create', 'update', 'delete']);
      expect(entries[2]).toMatchObject({ entity_type: 'LegalActRelation', before: { clauses: ['item 5'] }, after: null });
    });

    it('refuses to delete an act that other acts amend or repeal, naming them', async () => {
      const res = await t.gql(`mutation ($id: ID!) { deleteLegalAct(id: $id) { id } }`, { id: base.id });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', acts: ['rel-amending', 'rel-repealing'] });
      expect(res.errors?.[0].message).toMatch(/"rel-base" is amended or repealed by rel-amending \(amends\), rel-repealing \(repeals\)/);
      expect(await row(base.id)).toBeDefined();
    });
  });

  describe('acts referenced by standards', () => {
    it('derives every foreign key to legal_act from the ORM metadata', async () => {
      const { rows } = await db.query(`
        select cl.relname as table, a.attname as column
          from pg_constraint c join pg_class cl on cl.oid = c.conrelid join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
         where c.contype = 'f' and c.confrelid = 'legal_act'::regclass and cl.relname <> 'legal_act_relation'
         order by 1, 2`);
      const key = (r: { table: string; column: string }) => `${r.table}.${r.column}`;
      const references = legalActReferences(t.server.orm.em.fork());
      expect(references.map(key).sort()).toEqual(rows.map(key).sort());
      // Every one of them belongs to a standard, so a refusal can name the standards.
      expect(references.filter((r) => r.standard === null)).toEqual([]);
      expect(rows.length).toBeGreaterThanOrEqual(18);
    });

    it('refuses to delete an act a standard refers to, naming the standards with their versions', async () => {
      const approving = await create({ code: 'std-approving', date: '2012-08-31' });
      const basis = await create({ code: 'std-basis', kind: 'law', date: '2013-04-15' });
      const amendingPart = await create({ code: 'std-amending-part', date: '2013-07-10' });
      const agency = await t.gql('mutation { createAgency(code: "std-provider", kind: ministry, name: { en: "Ministry" }) { id } }');
      expect(agency.errors).toBeUndefined();
      const providerId = agency.data!.createAgency.id;
      const insertStandard = async (code: string, versionNumber: number, approvedBy: string | null) => (await db.query(
        `insert into service_standard (id, created_at, updated_at, code, version_number, status, approved_by_id, name, provider_id, result, fee_kind)
         values (gen_random_uuid(), now(), now(), $1, $2, 'published', $3, '{"kk":null,"en":"S"}', $4, '{"kk":null,"en":"R"}', 'free') returning id`,
        [code, versionNumber, approvedBy, providerId])).rows[0].id as string;
      const s1 = await insertStandard('permit-a', 1, approving.id);
      const s2 = await insertStandard('permit-a', 2, null);
      const s3 = await insertStandard('permit-b', 1, null);
      await db.query(`insert into standard_legal_basis (id, standard_id, ordinal, act_id) values (gen_random_uuid(), $1, 1, $2), (gen_random_uuid(), $3, 1, $2)`, [s2, basis.id, s3]);
      await db.query(`insert into refusal_ground (id, standard_id, ordinal, amended_by_id, text) values (gen_random_uuid(), $1, 1, $2, '{"kk":null,"en":"G"}')`, [s3, amendingPart.id]);
      expect(s1).toBeTruthy();

      const cases: [Act, string[]][] = [[approving, ['permit-a v1']], [basis, ['permit-a v2', 'permit-b v1']], [amendingPart, ['permit-b v1']]];
      for (const [act, standards] of cases) {
        const res = await t.gql(`mutation ($id: ID!) { deleteLegalAct(id: $id) { id } }`, { id: act.id });
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', standards });
        expect(res.errors?.[0].message).toContain(`legal act "${act.code}" is referenced by standard${standards.length > 1 ? 's' : ''} ${standards.join(', ')}`);
        expect(await row(act.id)).toBeDefined();
        expect((await audit(act.id)).map((e) => e.operation)).toEqual(['create']);
      }
    });
  });

  describe('list, filters and paging', () => {
    beforeAll(async () => {
      // lst-00 … lst-11: dated 2001 … 2012, entering into force ten days later; alternate kinds.
      for (let i = 0; i < 12; i++) {
        const year = 2001 + i;
        await create({
          code: `lst-${String(i).padStart(2, '0')}`, kind: i % 2 ? 'law' : 'ministerialOrder', number: `${100 + i}-Z`,
          date: `${year}-03-01`, entryIntoForce: `${year}-03-11`, status: i < 3 ? 'repealed' : 'inForce',
          title: { kk: null, ru: i === 5 ? 'О лицензировании' : null, en: `Listed act number ${i}` },
        });
      }
      const byCode = async (code: string) => (await t.gql(`query { legalActs(filter: { q: "${code}" }) { id } }`)).data!.legalActs[0].id as string;
      // lst-11 repeals lst-02 from its own entry into force (2012-03-11); lst-10 repeals lst-01 from 2011-06-01.
      await relate({ sourceId: await byCode('lst-11'), targetId: await byCode('lst-02'), kind: 'repeals' });
      await relate({ sourceId: await byCode('lst-10'), targetId: await byCode('lst-01'), kind: 'repeals', effectiveDate: '2011-06-01' });
      await relate({ sourceId: await byCode('lst-09'), targetId: await byCode('lst-00'), kind: 'amends' });
    });

    async function list(args: string): Promise<{ codes: string[]; count: number }> {
      const filterArg = /filter:\s*(\{.*\})/.exec(args)?.[1] ?? '{}';
      const res = await t.gql(`query { legalActs(${args}) { code } _legalActsMeta(filter: ${filterArg}) { count } }`);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return { codes: res.data!.legalActs.map((a: { code: string }) => a.code), count: res.data!._legalActsMeta.count };
    }

    it('pages zero-based and sorts by the allowed fields', async () => {
      expect(await list('filter: { q: "lst-" }, perPage: 5')).toEqual({ codes: ['lst-00', 'lst-01', 'lst-02', 'lst-03', 'lst-04'], count: 12 });
      expect((await list('filter: { q: "lst-" }, page: 2, perPage: 5')).codes).toEqual(['lst-10', 'lst-11']);
      expect((await list('filter: { q: "lst-" }, page: 1, perPage: 3, sortField: "date", sortOrder: DESC')).codes).toEqual(['lst-08', 'lst-07', 'lst-06']);
      const bad = await t.gql('query { legalActs(sortField: "note") { code } }');
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sortField' });
      const tooMany = await t.gql('query { legalActs(perPage: 501) { code } }');
      expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('searches code, number and titles', async () => {
      expect((await list('filter: { q: "LST-07" }')).codes).toEqual(['lst-07']);
      expect((await list('filter: { q: "104-z" }')).codes).toEqual(['lst-04']);
      expect((await list('filter: { q: "лицензир" }')).codes).toEqual(['lst-05']);
      expect((await list('filter: { q: "listed act number 1" }')).codes).toEqual(['lst-01', 'lst-10', 'lst-11']);
      expect((await list('filter: { q: "100%" }')).count).toBe(0);
    });

    it('filters by kind, status and ids', async () => {
      expect(await list('filter: { q: "lst-", kind: law }, perPage: 3')).toEqual({ codes: ['lst-01', 'lst-03', 'lst-05'], count: 6 });
      expect(await list('filter: { q: "lst-", status: repealed }')).toEqual({ codes: ['lst-00', 'lst-01', 'lst-02'], count: 3 });
      const ids = (await t.gql('query { legalActs(filter: { q: "lst-0" }, perPage: 2) { id } }')).data!.legalActs.map((a: { id: string }) => a.id);
      expect((await t.gql(`query ($ids: [ID!]) { legalActs(filter: { ids: $ids }) { code } }`, { ids })).data!.legalActs.map((a: { code: string }) => a.code)).toEqual(['lst-00', 'lst-01']);
    });

    it('filters acts in force on a date, honouring entry into force and repeals', async () => {
      // 2005-03-10: lst-00 … lst-03 entered into force; lst-04 not yet (2005-03-11).
      expect((await list('filter: { q: "lst-", inForceOn: "2005-03-10" }')).codes).toEqual(['lst-00', 'lst-01', 'lst-02', 'lst-03']);
      expect((await list('filter: { q: "lst-", inForceOn: "2005-03-11" }')).count).toBe(5);
      // 2011-06-01: lst-01 repealed that day (effectiveDate); lst-02 still in force (repealed from 2012-03-11).
      const june2011 = await list('filter: { q: "lst-", inForceOn: "2011-06-01" }');
      expect(june2011.codes).not.toContain('lst-01');
      expect(june2011.codes).toContain('lst-02');
      expect((await list('filter: { q: "lst-", inForceOn: "2011-05-31" }')).codes).toContain('lst-01');
      // 2012-03-11: lst-11 enters into force and with it its repeal of lst-02.
      const march2012 = await list('filter: { q: "lst-", inForceOn: "2012-03-11" }');
      expect(march2012.codes).not.toContain('lst-02');
      expect(march2012).toMatchObject({ count: 10 });
      expect((await list('filter: { q: "lst-", inForceOn: "2012-03-10" }')).codes).toContain('lst-02');
      expect((await list('filter: { q: "lst-", inForceOn: "2012-03-11", kind: law }')).codes).toEqual(['lst-03', 'lst-05', 'lst-07', 'lst-09', 'lst-11']);
    });
  });

  describe('SQL statements per page', () => {
    beforeAll(async () => {
      // 25 acts; each of nplus-01 … nplus-24 amends its predecessor; nplus-03, -06 … also repeal the act two before them.
      const acts: Act[] = [];
      for (let i = 0; i < 25; i++) acts.push(await create({ code: `nplus-${String(i).padStart(2, '0')}`, date: `${1990 + i}-01-01` }));
      for (let i = 1; i < 25; i++) {
        await relate({ sourceId: acts[i].id, targetId: acts[i - 1].id, kind: 'amends', clauses: [`cl. ${i}`] });
        if (i % 3 === 0) await relate({ sourceId: acts[i].id, targetId: acts[i - 2].id, kind: 'repeals' });
      }
    });

    it('runs the same number of statements for 5 and for 20 acts with their relations and sources', async () => {
      const query = (perPage: number) => `query { legalActs(filter: { q: "nplus-" }, perPage: ${perPage}, sortField: "code") {
        code
        amendedBy { id clauses sourceId source { code amends { targetId } amendedBy { source { code } } } }
        repealedBy { id effectiveDate source { code repeals { target { code } } } }
        amends { target { code } }
      } _legalActsMeta(filter: { q: "nplus-" }) { count } }`;
      let five: any; let twenty: any;
      const small = await t.countQueries(async () => { five = await t.gql(query(5)); });
      const large = await t.countQueries(async () => { twenty = await t.gql(query(20)); });
      expect(five.errors).toBeUndefined();
      expect(twenty.errors).toBeUndefined();
      expect(five.data.legalActs).toHaveLength(5);
      expect(twenty.data.legalActs).toHaveLength(20);
      expect(twenty.data.legalActs[4]).toMatchObject({ code: 'nplus-04', amendedBy: [{ source: { code: 'nplus-05' } }], repealedBy: [{ source: { code: 'nplus-06' } }] });
      expect(twenty.data.legalActs[19].amendedBy[0].source).toMatchObject({ code: 'nplus-20', amendedBy: [{ source: { code: 'nplus-21' } }] });
      expect(large).toBe(small);
      expect(small).toBeLessThanOrEqual(8);
    });
  });
});

describe('legal acts of the shipped corpus', () => {
  let t: TestServer;
  let db: pg.Client;

  beforeAll(async () => {
    t = await startTestServer({ withCorpus: true });
    db = new pg.Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => { await db?.end(); });

  it('shows Resolution 1130 with the acts that amended and repealed it', async () => {
    const res = await t.gql(`query { legalActs(filter: { q: "res-1130-2012" }) {
      id code number date entryIntoForce amends { target { code } } amendedBy { source { code } } repealedBy { effectiveDate source { code } } } }`);
    expect(res.errors).toBeUndefined();
    const [act] = res.data!.legalActs;
    expect(act).toMatchObject({ code: 'res-1130-2012', number: '1130', date: '2012-08-31', entryIntoForce: '2012-09-10', amends: [{ target: { code: 'res-431-2011' } }] });
    expect(act.amendedBy.map((r: any) => r.source.code).sort()).toEqual(['res-379-2013', 'res-580-2013', 'res-706-2013', 'res-983-2013']);
    expect(act.repealedBy).toEqual([{ effectiveDate: '2014-03-08', source: { code: 'res-155-2014' } }]);

    const inForce = async (date: string) => (await t.gql(`query { legalActs(filter: { ids: ["${act.id}"], inForceOn: "${date}" }) { code } }`)).data!.legalActs.length;
    expect(await inForce('2012-09-09')).toBe(0);
    expect(await inForce('2012-09-10')).toBe(1);
    expect(await inForce('2014-03-07')).toBe(1);
    expect(await inForce('2014-03-08')).toBe(0);
  });

  it('refuses to delete an act that approved standards, naming every standard and version', async () => {
    const { rows: [act] } = await db.query(`select id from legal_act where code = 'res-1130-2012'`);
    const { rows: approved } = await db.query(`select code || ' v' || version_number as label from service_standard where approved_by_id = $1 order by 1`, [act.id]);
    expect(approved.length).toBeGreaterThan(0);
    const res = await t.gql('mutation ($id: ID!) { deleteLegalAct(id: $id) { id } }', { id: act.id });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const standards: string[] = res.errors![0].extensions!.standards;
    expect(standards).toEqual(expect.arrayContaining(approved.map((r) => r.label)));
    for (const label of standards) expect(label).toMatch(/^[a-z0-9.-]+ v\d+$/);
    expect(res.errors?.[0].message).toMatch(/^id: legal act "res-1130-2012" is referenced by standards? /);
    expect((await db.query(`select 1 from legal_act where id = $1`, [act.id])).rowCount).toBe(1);
  });
});
