/**
 * Kazakh individual (IIN, ЖСН/ИИН) and business (BIN, БСН/БИН) identification numbers: 12 digits
 * whose last digit is a check digit. The official algorithm (the same for both):
 *   1. s = Σ d_i × i for i = 1..11; c = s mod 11.
 *   2. If c = 10: s = Σ d_i × w_i with weights 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2; c = s mod 11.
 *   3. If c is 10 again, no number with these 11 digits is valid (such numbers are never issued).
 *   4. Otherwise the 12th digit must equal c.
 *
 * Structure checked beyond the checksum:
 *   IIN: digits 1–6 are the date of birth YYMMDD; digit 7 is century and sex (1/2 born in the 1800s,
 *        3/4 in the 1900s, 5/6 in the 2000s; 0 is used for some foreign citizens).
 *   BIN: digits 1–4 are the registration year and month YYMM; digit 5 is the entity type (4 resident
 *        legal entity, 5 non-resident, 6 individual entrepreneur in joint venture); digit 6 the
 *        attribute (0 head office, 1 branch, 2 representative office, 3 peasant farm).
 * So an IIN (5th digit = tens of the day of birth, 0–3) can never pass as a BIN and vice versa.
 */

const WEIGHTS_1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const WEIGHTS_2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** The check digit for the first 11 digits, or null when both weightings give 10 (no valid number). */
export function checkDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) throw new RangeError(`checkDigit needs 11 digits, got ${JSON.stringify(first11)}`);
  const digits = [...first11].map(Number);
  const sum = (weights: number[]) => digits.reduce((acc, d, i) => acc + d * weights[i], 0) % 11;
  const first = sum(WEIGHTS_1);
  if (first !== 10) return first;
  const second = sum(WEIGHTS_2);
  return second === 10 ? null : second;
}

/** The 12-digit number made of `first11` and its check digit, or null when none exists. */
export function withCheckDigit(first11: string): string | null {
  const c = checkDigit(first11);
  return c === null ? null : first11 + String(c);
}

export type IdentifierKind = 'IIN' | 'BIN';

/** Why a number is not a valid IIN/BIN, in words naming the rule; null when it is valid. */
export function identifierProblem(value: string, kind: IdentifierKind): string | null {
  if (!/^\d{12}$/.test(value)) return `an ${kind} is exactly 12 digits`;
  const structure = kind === 'IIN' ? iinStructureProblem(value) : binStructureProblem(value);
  if (structure) return structure;
  const expected = checkDigit(value.slice(0, 11));
  if (expected === null) return `${value} is not a valid ${kind}: its first 11 digits admit no check digit (the official checksum gives 10 with both weightings)`;
  if (Number(value[11]) !== expected) return `${value} is not a valid ${kind}: the check digit (12th) is ${value[11]}, the official checksum gives ${expected}`;
  return null;
}

export function isValidIin(value: string): boolean { return identifierProblem(value, 'IIN') === null; }
export function isValidBin(value: string): boolean { return identifierProblem(value, 'BIN') === null; }

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iinStructureProblem(value: string): string | null {
  const yy = Number(value.slice(0, 2));
  const mm = Number(value.slice(2, 4));
  const dd = Number(value.slice(4, 6));
  const centuryDigit = Number(value[6]);
  if (centuryDigit > 6) return `${value} is not a valid IIN: the 7th digit (century and sex) must be 0–6, not ${centuryDigit}`;
  // Digit 7 gives the century; 0 (foreign citizens) leaves it open, so 29 February is allowed.
  const century = centuryDigit === 0 ? null : 1800 + 100 * Math.floor((centuryDigit - 1) / 2);
  if (mm < 1 || mm > 12) return `${value} is not a valid IIN: digits 1–6 are the date of birth YYMMDD, and ${value.slice(2, 4)} is not a month`;
  const maxDay = century === null ? (mm === 2 ? 29 : daysInMonth(2001, mm)) : daysInMonth(century + yy, mm);
  if (dd < 1 || dd > maxDay) return `${value} is not a valid IIN: digits 1–6 are the date of birth YYMMDD, and ${value.slice(4, 6)} is not a day of that month`;
  return null;
}

function binStructureProblem(value: string): string | null {
  const mm = Number(value.slice(2, 4));
  if (mm < 1 || mm > 12) return `${value} is not a valid BIN: digits 1–4 are the registration year and month YYMM, and ${value.slice(2, 4)} is not a month`;
  if (!['4', '5', '6'].includes(value[4])) return `${value} is not a valid BIN: the 5th digit (entity type) must be 4, 5 or 6, not ${value[4]}`;
  if (!['0', '1', '2', '3'].includes(value[5])) return `${value} is not a valid BIN: the 6th digit (head office, branch, representative office, peasant farm) must be 0–3, not ${value[5]}`;
  return null;
}
