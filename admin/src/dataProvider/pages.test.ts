import { describe, expect, it } from 'vitest';
import { pageArguments, pageResult, wantsNoTotal } from './pages';

const sort = { field: 'submittedAt', order: 'DESC' as const };
const filter = { status: 'inReview' };
const first = { pagination: { page: 1, perPage: 25 }, sort, filter };
const third = { pagination: { page: 3, perPage: 25 }, sort, filter };
const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: String(i) }));

describe('pages without a total', () => {
  it('are asked for by the list\'s meta', () => {
    expect(wantsNoTotal({ meta: { withoutTotal: true } })).toBe(true);
    expect(wantsNoTotal({ meta: { sparseFields: ['id'] } })).toBe(false);
    expect(wantsNoTotal({})).toBe(false);
  });

  it('ask for one row more on the first page, and for the page itself later (the server\'s zero-based page × perPage)', () => {
    expect(pageArguments(first)).toEqual({ filter, page: 0, perPage: 26, sortField: 'submittedAt', sortOrder: 'DESC' });
    expect(pageArguments(third)).toEqual({ filter, page: 2, perPage: 25, sortField: 'submittedAt', sortOrder: 'DESC' });
    // The server's largest page has no room for the extra row.
    expect(pageArguments({ pagination: { page: 1, perPage: 500 }, sort, filter }).perPage).toBe(500);
  });

  it('know from the extra row whether the first page has a next one', () => {
    expect(pageResult(rows(26), first)).toEqual({ data: rows(25), pageInfo: { hasPreviousPage: false, hasNextPage: true } });
    expect(pageResult(rows(25), first)).toEqual({ data: rows(25), total: 25, pageInfo: { hasPreviousPage: false, hasNextPage: false } });
    expect(pageResult(rows(3), first)).toMatchObject({ total: 3, pageInfo: { hasNextPage: false } });
  });

  it('take a full later page as having a next one, and know the total on a short one', () => {
    expect(pageResult(rows(25), third)).toEqual({ data: rows(25), pageInfo: { hasPreviousPage: true, hasNextPage: true } });
    expect(pageResult(rows(7), third)).toEqual({ data: rows(7), total: 57, pageInfo: { hasPreviousPage: true, hasNextPage: false } });
  });

  it('leave the server\'s default order when the list has none', () => {
    expect(pageArguments({ pagination: { page: 2, perPage: 10 }, sort: { field: '', order: 'ASC' }, filter: {} })).toEqual({ filter: {}, page: 1, perPage: 10 });
  });
});
