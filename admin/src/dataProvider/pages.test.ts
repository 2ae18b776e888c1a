import { describe, expect, it } from 'vitest';
import { nextRowArguments, pageArguments, pageResult, wantsNoTotal } from './pages';

const params = { pagination: { page: 3, perPage: 25 }, sort: { field: 'submittedAt', order: 'DESC' as const }, filter: { status: 'inReview' } };
const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: String(i) }));

describe('pages without a total', () => {
  it('are asked for by the list\'s meta', () => {
    expect(wantsNoTotal({ meta: { withoutTotal: true } })).toBe(true);
    expect(wantsNoTotal({ meta: { sparseFields: ['id'] } })).toBe(false);
    expect(wantsNoTotal({})).toBe(false);
  });

  it('read the page with the server\'s zero-based grammar, and probe the single row after it', () => {
    expect(pageArguments(params)).toEqual({ filter: { status: 'inReview' }, page: 2, perPage: 25, sortField: 'submittedAt', sortOrder: 'DESC' });
    // perPage 1 makes page an offset: row 75 is the first of page 4
    expect(nextRowArguments(params)).toEqual({ filter: { status: 'inReview' }, page: 75, perPage: 1, sortField: 'submittedAt', sortOrder: 'DESC' });
  });

  it('say whether pages come before and after, and the total once the last page is reached', () => {
    expect(pageResult(rows(25), rows(1), params)).toEqual({ data: rows(25), pageInfo: { hasPreviousPage: true, hasNextPage: true } });
    expect(pageResult(rows(25), [], params)).toMatchObject({ total: 75, pageInfo: { hasPreviousPage: true, hasNextPage: false } });
    expect(pageResult(rows(3), rows(1), { pagination: { page: 1, perPage: 25 } })).toMatchObject({ total: 3, pageInfo: { hasPreviousPage: false, hasNextPage: false } });
  });

  it('leave the server\'s default order when the list has none', () => {
    expect(pageArguments({ pagination: { page: 1, perPage: 10 }, sort: { field: '', order: 'ASC' }, filter: {} })).toEqual({ filter: {}, page: 0, perPage: 10 });
  });
});
