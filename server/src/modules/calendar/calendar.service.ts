/**
 * Writes to the production calendar: the rules of a special day (real date in 2000–2100, one day per
 * date, kinds on the right days of the week, the companion dates of postponed and transferred days),
 * one transaction per change with its audit row and a calendar revision increment, so every cached
 * calendar (calendar.provider.ts) is rebuilt on its next use.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { CalendarDay, type CalendarActRef, type ICalendarDay } from './calendar-day.entity.js';
import type { CalendarActRefInput, CalendarDayFields, UpdateCalendarDayArgs } from './calendar.inputs.js';
import { dayOfWeek, isIsoDate, isWeekend, toEpochDay, type IsoDate, type SpecialDayKind } from './production-calendar.js';
import { bumpCalendarRevision } from './calendar.revision.js';
import { InputErrors, invalidInput, notFound } from '../../common/errors.js';
import { inTransaction, assertVersion } from '../../common/transaction.js';
import { isId } from '../../common/loader-factories.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import type { Context } from '../../context.js';

export const FIRST_CALENDAR_YEAR = 2000;
export const LAST_CALENDAR_YEAR = 2100;

const HOLIDAY_KEY = /^[a-z][A-Za-z0-9]*$/;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** How far the companion date of a postponed day may lie from it. */
const MAX_OBSERVES_DISTANCE = 31;
/** How far the two halves of a transfer may lie apart. */
const MAX_TRANSFER_DISTANCE = 366;

/** Kinds that are days off on a weekday only: on a Saturday or Sunday they would change nothing. */
const WEEKDAY_ONLY_DAYS_OFF: readonly SpecialDayKind[] = ['transferredDayOff', 'postponedHoliday'];
const HOLIDAY_KINDS: readonly SpecialDayKind[] = ['publicHoliday', 'religiousHoliday', 'postponedHoliday'];

type DayData = Partial<Pick<ICalendarDay, 'date' | 'kind' | 'holiday' | 'name' | 'act' | 'observes' | 'from' | 'to' | 'note'>>;

const textOrNull = (value: string | null | undefined): string | null => (value && value.trim() !== '' ? value.trim() : null);

/** A date field: null/undefined passes through; otherwise a real date in the accepted years. */
function checkDate(errors: InputErrors, field: string, value: string | null | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (!isIsoDate(value)) {
    errors.add(field, `"${value}" is not a calendar date YYYY-MM-DD`);
    return false;
  }
  const year = Number(value.slice(0, 4));
  if (year < FIRST_CALENDAR_YEAR || year > LAST_CALENDAR_YEAR) {
    errors.add(field, `${value} is outside the years the calendar accepts (${FIRST_CALENDAR_YEAR}–${LAST_CALENDAR_YEAR})`);
    return false;
  }
  return true;
}

function actData(input: CalendarActRefInput, errors: InputErrors): CalendarActRef {
  if (input.date != null && !isIsoDate(input.date)) errors.add('act.date', `"${input.date}" is not a calendar date YYYY-MM-DD`);
  return {
    kind: input.kind,
    number: textOrNull(input.number),
    date: input.date ?? null,
    title: textOrNull(input.title),
    article: textOrNull(input.article),
    registryId: textOrNull(input.registryId),
  };
}

const weekdayOf = (date: IsoDate): string => WEEKDAY_NAMES[dayOfWeek(date)]!;
const distance = (a: IsoDate, b: IsoDate): number => Math.abs(toEpochDay(a) - toEpochDay(b));

/** Checks the input, and the record as it will be; returns the changes to apply. */
async function applyFields(em: EntityManager, day: ICalendarDay | null, input: CalendarDayFields, errors: InputErrors): Promise<DayData> {
  const data: DayData = {};
  const validDates = new Set<string>();
  const invalidDates = new Set<string>();

  if (input.date !== undefined) {
    if (input.date === null) errors.add('date', 'is required');
    else if (checkDate(errors, 'date', input.date)) { data.date = input.date; validDates.add('date'); }
  }
  if (input.kind !== undefined) {
    if (input.kind === null) errors.add('kind', 'is required');
    else data.kind = input.kind;
  }
  if (input.name !== undefined) {
    if (input.name === null) errors.add('name', 'is required');
    else {
      const name = { kk: input.name.kk.trim(), ru: input.name.ru.trim(), en: input.name.en.trim() };
      for (const lang of ['kk', 'ru', 'en'] as const) {
        if (!name[lang]) errors.add(`name.${lang}`, 'is required');
        else if (name[lang].length > 300) errors.add(`name.${lang}`, 'must be at most 300 characters');
      }
      data.name = name;
    }
  }
  if (input.holiday !== undefined) {
    const holiday = textOrNull(input.holiday);
    if (holiday !== null && (!HOLIDAY_KEY.test(holiday) || holiday.length > 50)) {
      errors.add('holiday', `"${holiday}" is not a holiday key (camelCase letters and digits, e.g. "nauryz", "newYear")`);
    }
    data.holiday = holiday;
  }
  if (input.act !== undefined) data.act = input.act === null ? null : actData(input.act, errors);
  for (const key of ['observes', 'from', 'to'] as const) {
    if (input[key] === undefined) continue;
    const value = textOrNull(input[key]);
    if (checkDate(errors, key, value)) { data[key] = value; if (value) validDates.add(key); } else invalidDates.add(key);
  }
  if (input.note !== undefined) data.note = textOrNull(input.note);

  // Rules across fields, on the record as it will be. The error names the field being changed:
  // changing the kind of a Saturday to a transferred day off is the kind's fault, not the date's.
  const merged = { ...(day ?? {}), ...data } as DayData;
  const dateOk = input.date === undefined ? Boolean(merged.date) : validDates.has('date');
  const blame = (...fields: (keyof CalendarDayFields)[]): string => fields.find((f) => input[f] !== undefined) ?? fields[0]!;
  const kind = merged.kind;

  if (dateOk && merged.date) {
    const clash = await em.findOne(CalendarDay, { date: merged.date });
    if (clash && clash.id !== day?.id) errors.add('date', `${merged.date} already has a special day (${clash.kind}, "${clash.name.en}"); edit that one instead`);
  }
  if (dateOk && merged.date && kind) {
    if (kind === 'transferredWorkingDay' && !isWeekend(merged.date)) {
      errors.add(blame('date', 'kind'), `a transferred working day must fall on a Saturday or Sunday; ${merged.date} is a ${weekdayOf(merged.date)}`);
    }
    if (WEEKDAY_ONLY_DAYS_OFF.includes(kind) && isWeekend(merged.date)) {
      errors.add(blame('date', 'kind'), `${merged.date} is a ${weekdayOf(merged.date)}, already a day off: only a public or religious holiday may be recorded on a weekend`);
    }
  }
  if (kind) {
    const companions = [
      { field: 'observes', kind: 'postponedHoliday', what: 'the date of the weekend holiday it replaces' },
      { field: 'from', kind: 'transferredDayOff', what: 'the Saturday or Sunday whose rest was moved' },
      { field: 'to', kind: 'transferredWorkingDay', what: 'the weekday that became a day off instead' },
    ] as const;
    for (const c of companions) {
      const value = merged[c.field];
      if (kind === c.kind && !value) {
        if (!invalidDates.has(c.field)) errors.add(c.field, `is required for a ${c.kind}: ${c.what}`);
      } else if (kind !== c.kind && value) {
        errors.add(blame(c.field, 'kind'), `only a ${c.kind} has ${c.field}; clear it for a ${kind}`);
      }
    }
    if (merged.holiday && !HOLIDAY_KINDS.includes(kind)) {
      errors.add(blame('holiday', 'kind'), `only public, religious and postponed holidays have a holiday key; clear it for a ${kind}`);
    }
  }
  if (dateOk && merged.date && kind) {
    const { observes, from, to } = merged;
    if (kind === 'postponedHoliday' && observes && (observes === merged.date || distance(observes, merged.date) > MAX_OBSERVES_DISTANCE)) {
      errors.add(blame('observes', 'date'), `the holiday a postponed day off replaces must be another date within ${MAX_OBSERVES_DISTANCE} days of ${merged.date}`);
    }
    if (kind === 'transferredDayOff' && from) {
      if (!isWeekend(from)) errors.add('from', `the rest moved to a transferred day off comes from a Saturday or Sunday; ${from} is a ${weekdayOf(from)}`);
      else if (distance(from, merged.date) > MAX_TRANSFER_DISTANCE) errors.add(blame('from', 'date'), `${from} is more than a year away from ${merged.date}`);
    }
    if (kind === 'transferredWorkingDay' && to) {
      if (isWeekend(to)) errors.add('to', `a transferred working day makes a weekday a day off; ${to} is a ${weekdayOf(to)}`);
      else if (distance(to, merged.date) > MAX_TRANSFER_DISTANCE) errors.add(blame('to', 'date'), `${to} is more than a year away from ${merged.date}`);
    }
  }
  return data;
}

function mapUniqueDate(error: unknown, date: string | null | undefined): never {
  if (error instanceof UniqueConstraintViolationException) throw invalidInput('date', `${date} already has a special day`);
  throw error;
}

async function findDay(em: EntityManager, id: string): Promise<ICalendarDay> {
  const day = isId(id) ? await em.findOne(CalendarDay, { id }) : null;
  if (!day) throw notFound('CalendarDay', id);
  return day;
}

export async function createCalendarDay(ctx: Context, input: CalendarDayFields): Promise<ICalendarDay> {
  return inTransaction(ctx, async (em) => {
    const errors = new InputErrors();
    // (null is refused by applyFields)
    if (input.date === undefined) errors.add('date', 'is required');
    if (input.kind === undefined) errors.add('kind', 'is required');
    if (input.name === undefined) errors.add('name', 'is required');
    const data = await applyFields(em, null, input, errors);
    errors.throwIfAny();
    const day = em.create(CalendarDay, { holiday: null, act: null, observes: null, from: null, to: null, note: null, ...data } as never);
    await em.flush().catch((error) => mapUniqueDate(error, input.date));
    recordAudit(em, ctx, 'create', 'CalendarDay', day.id, null, snapshot(day));
    await bumpCalendarRevision(em);
    return day;
  });
}

export async function updateCalendarDay(ctx: Context, input: UpdateCalendarDayArgs): Promise<ICalendarDay> {
  return inTransaction(ctx, async (em) => {
    const day = await findDay(em, input.id);
    assertVersion('CalendarDay', day, input.version);
    const before = snapshot(day);
    const errors = new InputErrors();
    const { id: _id, version: _version, ...fields } = input;
    const data = await applyFields(em, day, fields, errors);
    errors.throwIfAny();
    em.assign(day, data as never);
    await em.flush().catch((error) => mapUniqueDate(error, input.date));
    // Nothing changed (the version did not move): nothing to audit, caches stay valid.
    if (day.version === input.version) return day;
    recordAudit(em, ctx, 'update', 'CalendarDay', day.id, before, snapshot(day));
    await bumpCalendarRevision(em);
    return day;
  });
}

export async function deleteCalendarDay(ctx: Context, id: string): Promise<ICalendarDay> {
  return inTransaction(ctx, async (em) => {
    const day = await findDay(em, id);
    const before = snapshot(day);
    em.remove(day);
    await em.flush();
    recordAudit(em, ctx, 'delete', 'CalendarDay', id, before, null);
    await bumpCalendarRevision(em);
    return Object.assign({}, day, { id });
  });
}
