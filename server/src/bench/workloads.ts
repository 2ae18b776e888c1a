/**
 * Each workload states one question twice: as the GraphQL request a client sends to Qyzmet, and as
 * the single hand-written SQL statement that answers it straight from PostgreSQL (the baseline).
 * The answers are compared before anything is timed: a benchmark of a wrong answer is void.
 */
export interface Workload {
  name: string;
  description: string;
  graphql: { query: string; variables?: Record<string, unknown>; pick: (data: any) => unknown };
  sql: { text: string; values?: unknown[]; pick: (rows: any[]) => unknown };
}

const text = (column: string, keys: string[]) => `json_build_object(${keys.map((k) => `'${k}', ${column}->'${k}'`).join(', ')})`;
const list = (table: string, fields: string) =>
  `(select coalesce(json_agg(json_build_object(${fields}) order by x.ordinal, x.id), '[]'::json) from ${table} x where x.standard_id = s.id)`;

/** W-std: a page of 50 standards with sub-services, deadlines, documents and refusal grounds. */
export const standardsTreePage: Workload = {
  name: 'standards page ×50, nested',
  description: '50 standards with sub-services, deadlines, documents and refusal grounds',
  graphql: {
    query: `{ serviceStandards(perPage: 50, sortField: "code") { code name { kk en }
      subServices { code name { en } }
      deadlines { kind value unit subServices channels }
      documents { subService channel ordinal title { en } }
      refusalGrounds { ordinal text { en } } } }`,
    pick: (data) => data.serviceStandards,
  },
  sql: {
    text: `select coalesce(json_agg(row_to_json(t) order by t.code, t.id), '[]'::json) as page from (
      select s.id, s.code, ${text('s.name', ['kk', 'en'])} as name,
        ${list('sub_service', `'code', x.code, 'name', ${text('x.name', ['en'])}`)} as "subServices",
        ${list('deadline_rule', `'kind', x.kind, 'value', x.value, 'unit', x.unit, 'subServices', x.sub_services, 'channels', x.channels`)} as deadlines,
        ${list('document_requirement', `'subService', x.sub_service, 'channel', x.channel, 'ordinal', x.ordinal, 'title', ${text('x.title', ['en'])}`)} as documents,
        ${list('refusal_ground', `'ordinal', x.ordinal, 'text', ${text('x.text', ['en'])}`)} as "refusalGrounds"
      from service_standard s order by s.code, s.id limit 50) t`,
    pick: (rows) => rows[0].page.map(({ id: _id, ...rest }: any) => rest),
  },
};

/** Stable JSON (sorted keys, null for absent) for comparing the two answers. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k] ?? null])) : v));
}
