/**
 * The Kazakh production (working-day) calendar, as pure code.
 *
 * A calendar is built from a list of special days (the shipped JSON, or rows from a database later).
 * Any date that is not a special day is a working day from Monday to Friday and a day off on Saturday
 * and Sunday. A special day overrides that:
 *   - publicHoliday, religiousHoliday, postponedHoliday, transferredDayOff: a day off;
 *   - transferredWorkingDay: a working day (a weekend day worked in exchange for a transferred day off).
 * Dates are calendar dates in the local time of Kazakhstan, written 'YYYY-MM-DD'. Converting an
 * instant to such a date is the caller's business (see due-date.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

export const SPECIAL_DAY_KINDS = [
  'publicHoliday',
  'religiousHoliday',
  'transferredDayOff',
  'transferredWorkingDay',
  'postponedHoliday',
] as const;
export type SpecialDayKind = (typeof SPECIAL_DAY_KINDS)[number];
export type DayKind = 'workday' | 'weekend' | SpecialDayKind;

export interface LocalizedName {
  kk: string;
  ru: string;
  en: string;
}

export const LEGAL_ACT_KINDS = ['constitution', 'code', 'law', 'governmentResolution', 'ministerialOrder'] as const;

/** The act that set a special day. Unknown fields are null. */
export interface LegalActRef {
  kind: (typeof LEGAL_ACT_KINDS)[number];
  number: string | null;
  date: IsoDate | null;
  title: string | null;
  article: string | null;
  /** Code of the document in the official legal registry, where known. */
  registryId: string | null;
}

export interface SpecialDay {
  date: IsoDate;
  kind: SpecialDayKind;
  name?: LocalizedName;
  /** Stable key of the holiday (e.g. 'nauryz') for holidays and postponed days. */
  holiday?: string;
  /** postponedHoliday: the date of the holiday that fell on a weekend. */
  observes?: IsoDate;
  /** transferredDayOff: the weekend day whose rest was moved to this date. */
  from?: IsoDate;
  /** transferredWorkingDay: the weekday that became a day off instead. */
  to?: IsoDate;
  act?: LegalActRef | null;
}

export interface DayInfo {
  date: IsoDate;
  isWorking: boolean;
  kind: DayKind;
  name?: LocalizedName;
}

export interface ProductionCalendarOptions {
  /** Years whose special days are complete in this calendar (inclusive). */
  coverage?: { firstYear: number; lastYear: number };
  /**
   * A date outside `coverage`: 'weekendsOnly' (default) answers from Saturday/Sunday alone,
   * 'throw' refuses with a RangeError. Without `coverage` every date is answered.
   */
  outsideCoverage?: 'weekendsOnly' | 'throw';
}

// ---------------------------------------------------------------------------------- date helpers

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written 'YYYY-MM-DD' (years 1000–9999). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const year = Number(y);
  if (year < 1000) return false;
  const time = Date.UTC(year, Number(m) - 1, Number(d));
  return new Date(time).toISOString().slice(0, 10) === value;
}

export function assertIsoDate(value: unknown, what = 'date'): asserts value is IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`${what} must be a calendar date 'YYYY-MM-DD', got ${JSON.stringify(value)}`);
}

/** Days since 1970-01-01 of a calendar date. */
export function toEpochDay(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`not a date 'YYYY-MM-DD': ${JSON.stringify(date)}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

export function fromEpochDay(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(toEpochDay(date) * DAY_MS).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Same day of month `months` months later (earlier when negative), clamped to the month's last day. */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// ------------------------------------------------------------------------------------- calendar

/** How far the working-day searches look before deciding the calendar has no working day at all. */
const MAX_SEARCH_DAYS = 3_660;

export class ProductionCalendar {
  private readonly byDate: ReadonlyMap<IsoDate, SpecialDay>;
  readonly coverage: { firstYear: number; lastYear: number } | null;
  private readonly outsideCoverage: 'weekendsOnly' | 'throw';

  constructor(days: Iterable<SpecialDay>, options: ProductionCalendarOptions = {}) {
    const byDate = new Map<IsoDate, SpecialDay>();
    for (const day of days) {
      assertIsoDate(day.date, 'special day date');
      if (!(SPECIAL_DAY_KINDS as readonly string[]).includes(day.kind)) {
        throw new RangeError(`unknown special day kind ${JSON.stringify(day.kind)} on ${day.date}`);
      }
      if (byDate.has(day.date)) throw new RangeError(`two special days on ${day.date}`);
      byDate.set(day.date, Object.freeze({ ...day }));
    }
    this.byDate = byDate;
    const coverage = options.coverage;
    if (coverage && !(Number.isInteger(coverage.firstYear) && Number.isInteger(coverage.lastYear)
      && coverage.firstYear <= coverage.lastYear)) {
      throw new RangeError('coverage must be two integer years, firstYear <= lastYear');
    }
    this.coverage = coverage ? { ...coverage } : null;
    this.outsideCoverage = options.outsideCoverage ?? 'weekendsOnly';
  }

  /** A new calendar with these special days added (replacing any on the same dates). */
  withSpecialDays(days: Iterable<SpecialDay>): ProductionCalendar {
    const merged = new Map(this.byDate);
    for (const day of days) merged.set(day.date, day);
    return new ProductionCalendar(merged.values(), {
      ...(this.coverage ? { coverage: this.coverage } : {}),
      outsideCoverage: this.outsideCoverage,
    });
  }

  /** True when `date` falls in the years this calendar has complete data for (always, without coverage). */
  covers(date: IsoDate): boolean {
    if (!this.coverage) return true;
    const year = Number(date.slice(0, 4));
    return year >= this.coverage.firstYear && year <= this.coverage.lastYear;
  }

  specialDay(date: IsoDate): SpecialDay | undefined {
    assertIsoDate(date);
    return this.byDate.get(date);
  }

  /** All special days, sorted by date. */
  specialDays(): SpecialDay[] {
    return [...this.byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  }

  dayInfo(date: IsoDate): DayInfo {
    assertIsoDate(date);
    if (!this.covers(date) && this.outsideCoverage === 'throw') {
      throw new RangeError(`${date} is outside the calendar's years ${this.coverage!.firstYear}–${this.coverage!.lastYear}`);
    }
    const special = this.byDate.get(date);
    if (special) {
      const info: DayInfo = { date, isWorking: special.kind === 'transferredWorkingDay', kind: special.kind };
      if (special.name) info.name = special.name;
      return info;
    }
    return isWeekend(date) ? { date, isWorking: false, kind: 'weekend' } : { date, isWorking: true, kind: 'workday' };
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.dayInfo(date).isWorking;
  }

  /** Every date of the year, in order, with its info. */
  year(year: number): DayInfo[] {
    if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`not a year: ${year}`);
    const first = toEpochDay(`${year}-01-01`);
    const last = toEpochDay(`${year}-12-31`);
    const days: DayInfo[] = [];
    for (let day = first; day <= last; day += 1) days.push(this.dayInfo(fromEpochDay(day)));
    return days;
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate {
    return this.workingDayOnOrAfter(addDays(date, 1));
  }

  /** `date` itself when it is a working day, otherwise the next working day. */
  workingDayOnOrAfter(date: IsoDate): IsoDate {
    assertIsoDate(date);
    let current = date;
    for (let i = 0; i < MAX_SEARCH_DAYS; i += 1) {
      if (this.isWorkingDay(current)) return current;
      current = addDays(current, 1);
    }
    throw new RangeError(`no working day within ${MAX_SEARCH_DAYS} days from ${date}`);
  }

  /** Number of working days d with from < d <= to (0 when to <= from). */
  countWorkingDays(fromExclusive: IsoDate, toInclusive: IsoDate): number {
    const first = toEpochDay(fromExclusive) + 1;
    const last = toEpochDay(toInclusive);
    let count = 0;
    for (let day = first; day <= last; day += 1) if (this.isWorkingDay(fromEpochDay(day))) count += 1;
    return count;
  }
}

// --------------------------------------------------------------------------------- shipped data

/** Shape of data/calendar/kz-holidays.json. */
export interface ShippedCalendarFile {
  description: string;
  country: string;
  generatedBy: string;
  firstYear: number;
  lastYear: number;
  years: Record<string, (SpecialDay & { name: LocalizedName; act: LegalActRef | null })[]>;
  notes: Record<string, string>;
}

/**
 * <repo>/data/calendar/kz-holidays.json. This module is at <repo>/server/src/modules/calendar/ and,
 * compiled, at <repo>/server/dist/modules/calendar/: the same four directories below the repository root.
 */
export const SHIPPED_CALENDAR_URL = new URL('../../../../data/calendar/kz-holidays.json', import.meta.url);

export class ShippedCalendarInvalidError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid shipped calendar: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ''}`);
    this.name = 'ShippedCalendarInvalidError';
  }
}

function isName(value: unknown): value is LocalizedName {
  if (!value || typeof value !== 'object') return false;
  const name = value as Record<string, unknown>;
  return ['kk', 'ru', 'en'].every((lang) => typeof name[lang] === 'string' && (name[lang] as string).trim() !== '');
}

function isAct(value: unknown): value is LegalActRef | null {
  if (value === null) return true;
  if (!value || typeof value !== 'object') return false;
  const act = value as Record<string, unknown>;
  const nullableString = (key: string): boolean => act[key] === null || typeof act[key] === 'string';
  return (LEGAL_ACT_KINDS as readonly string[]).includes(act.kind as string)
    && ['number', 'title', 'article', 'registryId'].every(nullableString)
    && (act.date === null || isIsoDate(act.date));
}

/** Checks the structure of the shipped file and returns it typed. Throws ShippedCalendarInvalidError. */
export function parseShippedCalendar(json: unknown): ShippedCalendarFile {
  const problems: string[] = [];
  const file = json as Partial<ShippedCalendarFile> | null;
  if (!file || typeof file !== 'object' || !file.years || typeof file.years !== 'object') {
    throw new ShippedCalendarInvalidError(['$.years is missing']);
  }
  if (!Number.isInteger(file.firstYear) || !Number.isInteger(file.lastYear)) problems.push('$.firstYear/$.lastYear must be integers');
  for (const [year, days] of Object.entries(file.years)) {
    if (!/^\d{4}$/.test(year)) problems.push(`$.years.${year}: not a year`);
    if (!Array.isArray(days)) {
      problems.push(`$.years.${year}: not an array`);
      continue;
    }
    days.forEach((day, i) => {
      const at = `$.years.${year}[${i}]`;
      if (!isIsoDate(day?.date)) problems.push(`${at}.date: not a date`);
      else if (!day.date.startsWith(`${year}-`)) problems.push(`${at}.date: ${day.date} is not in ${year}`);
      if (!(SPECIAL_DAY_KINDS as readonly string[]).includes(day?.kind)) problems.push(`${at}.kind: ${JSON.stringify(day?.kind)}`);
      if (!isName(day?.name)) problems.push(`${at}.name: needs kk, ru and en`);
      if (!isAct(day?.act)) problems.push(`${at}.act: malformed`);
      for (const key of ['observes', 'from', 'to'] as const) {
        if (day?.[key] !== undefined && !isIsoDate(day[key])) problems.push(`${at}.${key}: not a date`);
      }
    });
  }
  if (problems.length > 0) throw new ShippedCalendarInvalidError(problems);
  return file as ShippedCalendarFile;
}

/** Builds a calendar from the parsed shipped file, with coverage = its years. */
export function calendarFromShippedFile(file: ShippedCalendarFile, options: Pick<ProductionCalendarOptions, 'outsideCoverage'> = {}): ProductionCalendar {
  return new ProductionCalendar(Object.values(file.years).flat(), {
    coverage: { firstYear: file.firstYear, lastYear: file.lastYear },
    ...options,
  });
}

export function readShippedCalendarFile(url: URL = SHIPPED_CALENDAR_URL): ShippedCalendarFile {
  return parseShippedCalendar(JSON.parse(readFileSync(fileURLToPath(url), 'utf8')));
}

let shipped: ProductionCalendar | undefined;

/** The calendar shipped with the application (read once, then cached; the calendar is immutable). */
export function loadShippedCalendar(): ProductionCalendar {
  shipped ??= calendarFromShippedFile(readShippedCalendarFile());
  return shipped;
}
