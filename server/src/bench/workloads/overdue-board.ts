/**
 * Issue #5's read figure: the overdue board (open applications with a running deadline per agency:
 * open, overdue, due within 72 h) through GraphQL, against the same grouped SELECT on the same
 * table through raw pg. Both use "now": an application may cross its due instant between the two
 * reads, so the comparison is retried once before a mismatch voids the figure.
 */
import type { ReadWorkloadFactory } from './types.js';

const row = (r: any) => ({ agencyId: r.agencyId ?? r.agency_id, open: r.open, overdue: r.overdue, dueSoon: r.dueSoon ?? r.due_soon });

export const overdueBoard: ReadWorkloadFactory = async () => ({
  id: 'OB',
  title: 'overdue board (issue #5) vs plain SELECT',
  qyzmet: {
    query: '{ overdueApplications(withinHours: 72) { agencyId open overdue dueSoon } }',
    normalise: (d) => d.overdueApplications.map(row).sort((a: any, b: any) => a.agencyId.localeCompare(b.agencyId)),
  },
  postgraphile: null,
  postgraphileNote: 'no deadline semantics in a generated schema',
  limit: {
    text: `select agency_id, count(*)::int as open, count(*) filter (where due_at < now())::int as overdue,
        count(*) filter (where due_at >= now() and due_at < now() + interval '72 hours')::int as due_soon
      from application where status in ('submitted', 'accepted', 'inReview') and due_at is not null
      group by agency_id order by agency_id`,
    values: [],
    normalise: (rows) => rows.map(row).sort((a: any, b: any) => a.agencyId.localeCompare(b.agencyId)),
  },
});
