import { describe, expect, it } from 'vitest';
import { forPg } from './prepared-statements.js';

describe('statements for pg', () => {
  it('writes ids and whole numbers into the text and passes everything else as parameters', () => {
    const id = '0193b2c1-7d2a-7cc1-a1b2-000000000001';
    expect(forPg({ sql: 'select 1 from t where a = ? and b = ? and c = ? limit ? offset ?', params: [id, "x' or 1=1 --", 2.5, 20, 0] })).toEqual({
      text: `select 1 from t where a = '${id}' and b = $1 and c = $2 limit 20 offset 0`,
      values: ["x' or 1=1 --", 2.5],
    });
  });

  it('keeps as parameters what only looks like an id or a number', () => {
    const almost = "0193b2c1-7d2a-7cc1-a1b2-00000000000'";
    expect(forPg({ sql: 'select ?, ?, ?', params: [almost, '20', 2 ** 60] })).toEqual({ text: 'select $1, $2, $3', values: [almost, '20', 2 ** 60] });
  });

  it('refuses a text whose placeholders do not match its values, or with an identifier placeholder', () => {
    expect(forPg({ sql: 'select ?', params: [] })).toBeNull();
    // Three question marks for three values, but two of them are one identifier placeholder.
    expect(forPg({ sql: 'select ?? from t where a = ?', params: ['x', 'y', 1] })).toBeNull();
  });
});
