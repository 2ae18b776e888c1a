import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkDigit, identifierProblem, isValidBin, isValidIin, withCheckDigit } from './iin-bin.js';

/** The 11 leading digits of a structurally valid IIN (a real date of birth, century digit 1–6). */
const iinPrefixArb = fc.record({
  date: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true }),
  sex: fc.integer({ min: 0, max: 1 }),
  serial: fc.integer({ min: 0, max: 9999 }),
}).map(({ date, sex, serial }) => {
  const year = date.getUTCFullYear();
  const century = year >= 2000 ? 5 : 3;
  return `${String(year % 100).padStart(2, '0')}${String(date.getUTCMonth() + 1).padStart(2, '0')}${String(date.getUTCDate()).padStart(2, '0')}${century + sex}${String(serial).padStart(4, '0')}`;
});

const binPrefixArb = fc.record({
  yy: fc.integer({ min: 0, max: 99 }), mm: fc.integer({ min: 1, max: 12 }),
  type: fc.constantFrom('4', '5', '6'), attribute: fc.constantFrom('0', '1', '2', '3'), serial: fc.integer({ min: 0, max: 99999 }),
}).map(({ yy, mm, type, attribute, serial }) => `${String(yy).padStart(2, '0')}${String(mm).padStart(2, '0')}${type}${attribute}${String(serial).padStart(5, '0')}`);

describe('the official checksum', () => {
  it('matches worked examples (first weighting, and the second when the first gives 10)', () => {
    // 1·1+2·2+…: 830415 3 0012 → Σ d_i·i mod 11
    const digits = '83041530012';
    const expected = [...digits].reduce((s, d, i) => s + Number(d) * (i + 1), 0) % 11;
    expect(expected).not.toBe(10);
    expect(checkDigit(digits)).toBe(expected);
    // Find an 11-digit prefix whose first sum is 10 and check the second weighting is used.
    const weights2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
    const prefix = '00000000010'; // Σ = 1·10 = 10
    expect([...prefix].reduce((s, d, i) => s + Number(d) * (i + 1), 0) % 11).toBe(10);
    expect(checkDigit(prefix)).toBe([...prefix].reduce((s, d, i) => s + Number(d) * weights2[i], 0) % 11);
  });

  it('has no check digit when both weightings give 10', () => {
    // Σ1 = 10 and Σ2 = 10 (mod 11): search the small space deterministically.
    let found: string | null = null;
    for (let n = 0; n < 1_000_000 && !found; n++) {
      const p = String(n).padStart(11, '0');
      const s1 = [...p].reduce((s, d, i) => s + Number(d) * (i + 1), 0) % 11;
      const s2 = [...p].reduce((s, d, i) => s + Number(d) * [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2][i], 0) % 11;
      if (s1 === 10 && s2 === 10) found = p;
    }
    expect(found).not.toBeNull();
    expect(checkDigit(found!)).toBeNull();
    expect(withCheckDigit(found!)).toBeNull();
  });

  it('accepts every structurally valid IIN with its check digit and rejects every other last digit', () => {
    fc.assert(fc.property(iinPrefixArb, fc.integer({ min: 0, max: 9 }), (prefix, last) => {
      const valid = withCheckDigit(prefix);
      if (valid === null) {
        for (let d = 0; d <= 9; d++) expect(isValidIin(prefix + d)).toBe(false);
        return;
      }
      expect(isValidIin(valid)).toBe(true);
      expect(isValidIin(prefix + last)).toBe(String(last) === valid[11]);
    }), { numRuns: 2000 });
  });

  it('accepts every structurally valid BIN with its check digit; an IIN is never a BIN and vice versa', () => {
    fc.assert(fc.property(binPrefixArb, iinPrefixArb, (binPrefix, iinPrefix) => {
      const bin = withCheckDigit(binPrefix);
      if (bin) { expect(isValidBin(bin)).toBe(true); expect(isValidIin(bin)).toBe(false); }
      const iin = withCheckDigit(iinPrefix);
      if (iin) { expect(isValidIin(iin)).toBe(true); expect(isValidBin(iin)).toBe(false); }
    }), { numRuns: 2000 });
  });

  it('detects a changed check digit always, and a typo in digits 1–10 whenever the first weighting decides both numbers (its weight 11 ≡ 0 leaves the 11th digit unprotected)', () => {
    const firstSum = (n: string) => [...n.slice(0, 11)].reduce((s, d, i) => s + Number(d) * (i + 1), 0) % 11;
    fc.assert(fc.property(iinPrefixArb, fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 9 }), (prefix, position, delta) => {
      const valid = withCheckDigit(prefix);
      if (!valid) return;
      const typo = valid.slice(0, position) + String((Number(valid[position]) + delta) % 10) + valid.slice(position + 1);
      if (position === 11 || (position < 10 && firstSum(valid) !== 10 && firstSum(typo) !== 10)) expect(isValidIin(typo)).toBe(false);
    }), { numRuns: 2000 });
  });
});

describe('messages name the rule', () => {
  it.each([
    ['12345', 'IIN', /exactly 12 digits/],
    ['12345678901a', 'IIN', /exactly 12 digits/],
    ['901301300000', 'IIN', /not a month/],
    ['900230300000', 'IIN', /not a day of that month/],
    ['900101700000', 'IIN', /7th digit \(century and sex\) must be 0–6/],
    ['901030000000', 'BIN', /5th digit \(entity type\) must be 4, 5 or 6/],
    ['901345000000', 'BIN', /not a month/],
    ['901048000000', 'BIN', /6th digit/],
  ] as const)('%s as %s', (value, kind, message) => {
    expect(identifierProblem(value, kind)).toMatch(message);
  });

  it('names the expected check digit', () => {
    const valid = withCheckDigit('90010130000')!;
    const wrong = valid.slice(0, 11) + String((Number(valid[11]) + 1) % 10);
    expect(identifierProblem(valid, 'IIN')).toBeNull();
    expect(identifierProblem(wrong, 'IIN')).toMatch(new RegExp(`check digit \\(12th\\) is ${wrong[11]}, the official checksum gives ${valid[11]}`));
  });
});
