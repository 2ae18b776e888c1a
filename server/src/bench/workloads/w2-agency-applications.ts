/** W2: a 20-row page of one agency's applications, newest first. */
import { instant, nodes } from './normalise.js';
import type { ReadWorkloadFactory } from './types.js';

const FIELDS = 'id status channel standardCode subService applicantName submittedAt dueAt closedAt outcome';

const row = (a: any) => ({
  id: a.id, status: a.status, channel: a.channel, standardCode: a.standardCode ?? a.standard_code, subService: a.subService ?? a.sub_service,
  applicantName: a.applicantName ?? a.applicant_name, submittedAt: instant(a.submittedAt ?? a.submitted_at), dueAt: instant(a.dueAt ?? a.due_at),
  closedAt: instant(a.closedAt ?? a.closed_at), outcome: a.outcome,
});

export const w2AgencyApplications: ReadWorkloadFactory = async (db) => {
  // The busiest providing agency without subordinate providers (Qyzmet's filter covers the subtree).
  const agencyId = (await db.query(`select a.agency_id from application a
    where not exists (select 1 from agency c where c.parent_id = a.agency_id)
    group by a.agency_id order by count(*) desc, a.agency_id limit 1`)).rows[0].agency_id as string;
  return {
    id: 'W2',
    title: '20-row page of an agency\'s applications',
    qyzmet: {
      query: `query($agencyId: ID!) { applications(filter: { agencyId: $agencyId }, page: 0, perPage: 20, sortField: "submittedAt", sortOrder: DESC) { ${FIELDS} } }`,
      variables: { agencyId },
      normalise: (d) => d.applications.map(row),
    },
    postgraphile: {
      query: `query($agencyId: UUID!) { allApplications(condition: { agencyId: $agencyId }, orderBy: [SUBMITTED_AT_DESC], first: 20) { nodes { ${FIELDS.replace('id ', 'id: rowId ')} } } }`,
      variables: { agencyId },
      normalise: (d) => nodes(d.allApplications).map(row),
    },
    limit: {
      text: `select id, status, channel, standard_code, sub_service, applicant_name, submitted_at, due_at, closed_at, outcome
        from application where agency_id = $1 order by submitted_at desc limit 20`,
      values: [agencyId],
      normalise: (rows) => rows.map(row),
    },
  };
};
