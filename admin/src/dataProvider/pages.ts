/**
 * Pages without a total, for resources with millions of rows (applications): counting every row
 * that matches a filter costs a scan of them all, whereas whether a next page exists costs one row:
 * the first row after the page (with the server's page/perPage grammar, `perPage: 1` at
 * `page: offset`). react-admin's lists accept `pageInfo` instead of `total` and then page with
 * "previous / next" (partial pagination). A list opts in with `queryOptions={{ meta: { withoutTotal: true } }}`.
 */
import type { GetListParams, GetListResult, RaRecord } from 'react-admin';

export const wantsNoTotal = (params: { meta?: unknown }): boolean =>
  Boolean((params.meta as { withoutTotal?: unknown } | undefined)?.withoutTotal);

type PageParams = Pick<GetListParams, 'pagination' | 'sort' | 'filter'>;

const sortArguments = (params: PageParams) =>
  params.sort?.field ? { sortField: params.sort.field, sortOrder: params.sort.order } : {};

/** Arguments of the list query for react-admin's one-based page. */
export function pageArguments(params: PageParams): Record<string, unknown> {
  const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
  return { filter: params.filter ?? {}, page: page - 1, perPage, ...sortArguments(params) };
}

/** Arguments that fetch the one row after the page: its presence means there is a next page. */
export function nextRowArguments(params: PageParams): Record<string, unknown> {
  const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
  return { filter: params.filter ?? {}, page: page * perPage, perPage: 1, ...sortArguments(params) };
}

/**
 * The page and whether others come before and after it. On the last page the total is known
 * without counting (the rows before it plus its own), and react-admin then says "41–43 of 43"
 * instead of guessing from the page size.
 */
export function pageResult<T extends RaRecord>(rows: T[], nextRows: unknown[], params: PageParams): GetListResult<T> {
  const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
  const hasNextPage = rows.length === perPage && nextRows.length > 0;
  return {
    data: rows,
    ...(hasNextPage ? {} : { total: (page - 1) * perPage + rows.length }),
    pageInfo: { hasPreviousPage: page > 1, hasNextPage },
  };
}
