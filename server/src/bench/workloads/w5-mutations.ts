/**
 * W5: the mutation mix of one application's life: submit (with an idempotency key), accept, start
 * review, issue. In Qyzmet each is one GraphQL mutation, validated, in one transaction with its
 * timeline event (the audit record: actor and time) and indicator counters. The limit writes the same
 * rows with one statement per step (insert or update + event; the counter triggers fire alike). Afterwards every
 * completed chain is counted back from the tables: nothing may be lost.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { graphql, type GraphqlEndpoint } from '../graphql-client.js';
import type { MutationTemplate } from './mutation-template.js';

export const MUTATIONS_PER_CHAIN = 4;

const SUBMIT = 'mutation($input: ApplicationInput!, $key: String!) { submitApplication(input: $input, idempotencyKey: $key) { id } }';
const STEP = (name: string) => `mutation($id: ID!) { ${name}(id: $id) { id status } }`;
const STEPS = ['acceptApplication', 'startApplicationReview', 'issueApplication'].map(STEP);

export async function submitToQyzmet(endpoint: GraphqlEndpoint, t: MutationTemplate, key: string): Promise<string> {
  return (await graphql(endpoint, SUBMIT, { input: t.input, key })).submitApplication.id;
}

export async function qyzmetChain(endpoint: GraphqlEndpoint, t: MutationTemplate, key: string): Promise<string> {
  const id = await submitToQyzmet(endpoint, t, key);
  for (const step of STEPS) await graphql(endpoint, step, { id });
  return id;
}

/** The plain INSERT of issue #5: a copy of the template row as a new submission, with its event. */
export const PLAIN_SUBMIT = `with a as (
    insert into application select (jsonb_populate_record(t, jsonb_build_object('id', $2::uuid, 'status', 'submitted', 'version', 1,
      'created_at', now(), 'updated_at', now(), 'submitted_at', now(), 'accepted_at', null, 'due_at', null, 'closed_at', null, 'outcome', null,
      'handover_due_at', null, 'handed_over_at', null, 'psc_handover_due_at', null, 'intake', 'partner'))).*
    from application t where t.id = $1 returning id),
  e as (insert into application_event (application_id, type, from_status, to_status, at, recorded_at, actor) select id, 'submitted', null, 'submitted', now(), now(), 'bench' from a)
  select id from a`;

const PLAIN_STEPS = [['accept', 'submitted', 'accepted'], ['startReview', 'accepted', 'inReview'], ['issue', 'inReview', 'issued']].map(([type, from, to]) => `with a as (
    update application set status = '${to}', version = version + 1, updated_at = now()
      ${to === 'accepted' ? ', accepted_at = now()' : ''}${to === 'issued' ? ", closed_at = now(), outcome = 'onTime'" : ''}
    where id = $1 and status = '${from}' returning id),
  e as (insert into application_event (application_id, type, from_status, to_status, at, recorded_at, actor) select id, '${type}', '${from}', '${to}', now(), now(), 'bench' from a)
  select id from a`);

export async function limitChain(db: pg.Pool, t: MutationTemplate): Promise<string> {
  const id = randomUUID();
  await db.query(PLAIN_SUBMIT, [t.rowId, id]);
  for (const step of PLAIN_STEPS) {
    const res = await db.query(step, [id]);
    if (res.rowCount !== 1) throw new Error(`plain step lost application ${id}`);
  }
  return id;
}

/** Counts the chains back: issued applications and their events. Returns a problem, or null. */
export async function verifyChains(db: pg.Pool, ids: string[]): Promise<string | null> {
  if (!ids.length) return 'no chain completed';
  const { rows } = await db.query(`select
      (select count(*)::int from application where id = any($1::uuid[]) and status = 'issued') as issued,
      (select count(*)::int from application_event where application_id = any($1::uuid[])) as events`, [ids]);
  const r = rows[0];
  if (r.issued !== ids.length) return `${ids.length} chains completed, ${r.issued} applications issued`;
  if (r.events !== ids.length * MUTATIONS_PER_CHAIN) return `${ids.length * MUTATIONS_PER_CHAIN} steps completed, ${r.events} events recorded`;
  return null;
}
