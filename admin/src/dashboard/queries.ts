/**
 * The quality dashboard's GraphQL documents, typed with the codegen types (schema/schema.graphql →
 * admin/src/generated): each result type picks, from the generated type, the fields its document
 * selects. test/api/dashboard-queries.test.ts sends these very documents to a real server.
 *
 * Imports carry `.js` so the end-to-end tests (NodeNext) can import this file as the console does.
 */
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@apollo/client';
import type {
  Agency, IndicatorRankingEntry, IndicatorRow, IndicatorSeriesPoint, LocalizedText, OverdueSummary, QualityReport,
  QueryOverdueApplicationsArgs, QueryQualityReportArgs,
} from '../generated/graphql.js';

type Texts = Pick<LocalizedText, 'kk' | 'ru' | 'en'>;

/** What a chart or a table needs to name an agency. */
export type AgencyLabel = Pick<Agency, 'id' | 'code'> & { name: Texts; shortName?: Texts | null };

export type ReportRow = Pick<IndicatorRow,
  'standardCode' | 'indicatorCode' | 'group' | 'unit' | 'direction' | 'normative' | 'target' | 'targetApprovedBy'
  | 'current' | 'numerator' | 'denominator' | 'targetMet' | 'manual' | 'frozen'> & { wording: Texts };

export type SeriesPoint = Pick<IndicatorSeriesPoint, 'indicatorCode' | 'month' | 'current' | 'numerator' | 'denominator'>;

export type RankingEntry = Pick<IndicatorRankingEntry, 'indicatorCode' | 'agencyId' | 'rank' | 'current' | 'numerator' | 'denominator'>
  & { agency?: AgencyLabel | null };

export type Report = Pick<QualityReport, 'from' | 'to' | 'frozen'> & { rows: ReportRow[]; series: SeriesPoint[]; ranking: RankingEntry[] };

export type OverdueRow = Pick<OverdueSummary, 'agencyId' | 'open' | 'overdue' | 'dueSoon'> & { agency?: AgencyLabel | null };

const AGENCY_LABEL = 'agency { id code name { kk ru en } shortName { kk ru en } }';

export const QUALITY_REPORT_QUERY = `query DashboardQualityReport($filter: QualityReportFilter!) {
  qualityReport(filter: $filter) {
    from to frozen
    rows { standardCode indicatorCode group wording { kk ru en } unit direction normative target targetApprovedBy current numerator denominator targetMet manual frozen }
    series { indicatorCode month current numerator denominator }
    ranking { indicatorCode agencyId rank current numerator denominator ${AGENCY_LABEL} }
  }
}`;

export const QUALITY_REPORT: TypedDocumentNode<{ qualityReport: Report }, QueryQualityReportArgs> = parse(QUALITY_REPORT_QUERY);

export const OVERDUE_APPLICATIONS_QUERY = `query DashboardOverdueApplications($agencyIds: [ID!], $withinHours: Int! = 72) {
  overdueApplications(agencyIds: $agencyIds, withinHours: $withinHours) { agencyId open overdue dueSoon ${AGENCY_LABEL} }
}`;

export const OVERDUE_APPLICATIONS: TypedDocumentNode<{ overdueApplications: OverdueRow[] }, QueryOverdueApplicationsArgs> = parse(OVERDUE_APPLICATIONS_QUERY);
