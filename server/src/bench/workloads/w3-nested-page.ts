/**
 * W3: a nested page: 10 agencies (by code) × their first 5 standards (by code, then version) × the
 * 5 newest applications of each (Agency.standards → ServiceStandard.applications in Qyzmet).
 */
import { instant, nodes } from './normalise.js';
import type { ReadWorkloadFactory } from './types.js';

const app = (a: any) => ({ id: a.id, status: a.status, applicantName: a.applicantName ?? a.applicant_name, submittedAt: instant(a.submittedAt ?? a.submitted_at) });

export const w3NestedPage: ReadWorkloadFactory = async () => ({
  id: 'W3',
  title: 'nested page: 10 agencies × 5 standards × 5 applications',
  qyzmet: {
    query: `{ agencies(page: 0, perPage: 10, sortField: "code", sortOrder: ASC) { code
      standards(perPage: 5) { code applications(perPage: 5) { id status applicantName submittedAt } } } }`,
    variables: {},
    normalise: (d) => d.agencies.map((a: any) => ({
      code: a.code,
      standards: a.standards.map((s: any) => ({ code: s.code, applications: s.applications.map(app) })),
    })),
  },
  postgraphile: {
    query: `{ allAgencies(orderBy: [CODE_ASC], first: 10) { nodes { code
      serviceStandardsByProviderId(orderBy: [CODE_ASC, VERSION_NUMBER_ASC], first: 5) { nodes { code
        applicationsByStandardId(orderBy: [SUBMITTED_AT_DESC], first: 5) { nodes { id: rowId status applicantName submittedAt } } } } } } }`,
    normalise: (d) => nodes(d.allAgencies).map((a: any) => ({
      code: a.code,
      standards: nodes(a.serviceStandardsByProviderId).map((s: any) => ({ code: s.code, applications: nodes(s.applicationsByStandardId).map(app) })),
    })),
  },
  limit: {
    text: `select coalesce(json_agg(json_build_object('code', a.code, 'standards', (
        select coalesce(json_agg(json_build_object('code', s.code, 'applications', (
            select coalesce(json_agg(json_build_object('id', x.id, 'status', x.status, 'applicantName', x.applicant_name, 'submittedAt', x.submitted_at) order by x.submitted_at desc), '[]'::json)
            from (select * from application x where x.standard_id = s.id order by x.submitted_at desc limit 5) x)) order by s.code, s.version_number), '[]'::json)
        from (select * from service_standard s where s.provider_id = a.id order by s.code, s.version_number limit 5) s)) order by a.code), '[]'::json) as page
      from (select * from agency order by code limit 10) a`,
    values: [],
    normalise: (rows) => rows[0].page.map((a: any) => ({ code: a.code, standards: a.standards.map((s: any) => ({ code: s.code, applications: s.applications.map(app) })) })),
  },
});
