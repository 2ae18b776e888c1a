/**
 * Pages without a total, for resources with millions of rows (applications): counting every row
 * that matches a filter costs a scan of them all. One list query per page instead, no count:
 *  - the first page asks for one row more than it shows: that row says whether a next page exists;
 *  - a later page cannot (the server's grammar is page × perPage, so a longer page would shift the
 *    offset); it has a next page when it is full. When the last page is exactly full, "next" opens an
 *    empty page and react-admin goes back to the first: rare, and cheaper than a second query that
 *    sorts the same rows again (an unfiltered page of 1,000,000 rows is one top-N sort).
 * On the last page the total is known (the rows before it plus its own), so react-admin shows
 * "41–43 of 43"; before it, "1–25 of more than 25". A list opts in with
 * `queryOptions={{ meta: { withoutTotal: true } }}`.
 */
import type { GetListParams, GetListResult, RaRecord } from 'react-admin';

/** The server's largest page (ListArgs.perPage ≤ 500). */
export const SERVER_MAX_PER_PAGE = 500;

export const wantsNoTotal = (params: { meta?: unknown }): boolean =>
  Boolean((params.meta as { withoutTotal?: unknown } | undefined)?.withoutTotal);

type PageParams = Pick<GetListParams, 'pagination' | 'sort' | 'filter'>;

const paging = (params: PageParams) => params.pagination ?? { page: 1, perPage: 25 };

/** Whether the page's query carries the extra row (the first page, when the server allows one more). */
const probes = (params: PageParams) => paging(params).page === 1 && paging(params).perPage < SERVER_MAX_PER_PAGE;

/** Arguments of the list query for react-admin's one-based page. */
export function pageArguments(params: PageParams): Record<string, unknown> {
  const { page, perPage } = paging(params);
  return {
    filter: params.filter ?? {},
    page: page - 1,
    perPage: probes(params) ? perPage + 1 : perPage,
    ...(params.sort?.field ? { sortField: params.sort.field, sortOrder: params.sort.order } : {}),
  };
}

/** The page, whether others come before and after it, and the total once the last page is reached. */
export function pageResult<T extends RaRecord>(rows: T[], params: PageParams): GetListResult<T> {
  const { page, perPage } = paging(params);
  const hasNextPage = probes(params) ? rows.length > perPage : rows.length === perPage;
  const data = rows.slice(0, perPage);
  return {
    data,
    ...(hasNextPage ? {} : { total: (page - 1) * perPage + data.length }),
    pageInfo: { hasPreviousPage: page > 1, hasNextPage },
  };
}
