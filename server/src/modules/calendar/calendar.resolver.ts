import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { FilterQuery } from '@mikro-orm/core';
import { CalendarDate, CalendarDayType, DueDate, type WeekdayValue } from './calendar.types.js';
import { CalendarDayFields, CalendarDayFilter, UpdateCalendarDayArgs } from './calendar.inputs.js';
import { CalendarDay, type ICalendarDay } from './calendar-day.entity.js';
import { createCalendarDay, deleteCalendarDay, updateCalendarDay, FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR } from './calendar.service.js';
import { currentCalendar } from './calendar.provider.js';
import { computeDueDate, astanaDate, DUE_UNITS, type DueUnit } from './due-date.js';
import { addDays, dayOfWeek, type IsoDate } from './production-calendar.js';
import { DeadlineUnit, Weekday } from '../../common/enums.js';
import { invalidInput } from '../../common/errors.js';
import { ListArgs, ListMetadata, toPaging } from '../../common/list.js';
import { likePattern } from '../../common/validation.js';
import { isId } from '../../common/loader-factories.js';
import { CAN_CONFIGURE } from '../access/roles.js';
import type { DEADLINE_UNITS, WEEKDAYS } from '../../corpus/corpus.schema.js';
import type { Context } from '../../context.js';

const SORTABLE = {
  date: 'date', kind: 'kind', holiday: 'holiday', createdAt: 'createdAt', updatedAt: 'updatedAt',
  'name.kk': 'name.kk', 'name.ru': 'name.ru', 'name.en': 'name.en',
};

const WEEKDAY_BY_DAY_OF_WEEK: readonly (typeof WEEKDAYS)[number][] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const weekday = (date: IsoDate): WeekdayValue => WEEKDAY_BY_DAY_OF_WEEK[dayOfWeek(date)]!;

function checkYear(field: string, year: number): void {
  if (year < FIRST_CALENDAR_YEAR || year > LAST_CALENDAR_YEAR) throw invalidInput(field, `${year} is outside the years the calendar answers for (${FIRST_CALENDAR_YEAR}–${LAST_CALENDAR_YEAR})`);
}

function where(filter: CalendarDayFilter | undefined): FilterQuery<ICalendarDay> {
  const conditions: FilterQuery<ICalendarDay>[] = [];
  if (filter?.year != null) {
    checkYear('filter.year', filter.year);
    conditions.push({ date: { $gte: `${filter.year}-01-01`, $lte: `${filter.year}-12-31` } });
  }
  if (filter?.kind) conditions.push({ kind: filter.kind });
  if (filter?.ids) conditions.push({ id: { $in: filter.ids } });
  if (filter?.q) {
    const like = likePattern(filter.q);
    conditions.push({ $or: [
      { holiday: { $ilike: like } }, { name: { kk: { $ilike: like } } }, { name: { ru: { $ilike: like } } }, { name: { en: { $ilike: like } } },
    ] } as FilterQuery<ICalendarDay>);
  }
  return conditions.length ? { $and: conditions } : {};
}

@Resolver(() => CalendarDayType)
export class CalendarDayResolver {
  @Query(() => CalendarDayType, { nullable: true, description: 'One special day of the production calendar by id' })
  calendarDay(@Arg('id', () => ID, { description: 'Id of the calendar day' }) id: string, @Ctx() ctx: Context): Promise<ICalendarDay | null> | null {
    return isId(id) ? ctx.em.findOne(CalendarDay, { id }) : null;
  }

  @Query(() => [CalendarDayType], { description: 'Special days of the production calendar, filtered, sorted and paged (page is zero-based; default sort by date)' })
  calendarDays(
    @Args(() => ListArgs) args: ListArgs,
    @Arg('filter', () => CalendarDayFilter, { nullable: true, description: 'Conditions the days must meet' }) filter: CalendarDayFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<ICalendarDay[]> {
    const { limit, offset, orderBy } = toPaging(args, SORTABLE, 'date');
    return ctx.em.find(CalendarDay, where(filter), { limit, offset, orderBy: orderBy as never });
  }

  @Query(() => ListMetadata, { description: 'Number of special days matching the filter' })
  async _calendarDaysMeta(
    @Arg('filter', () => CalendarDayFilter, { nullable: true, description: 'Conditions the days must meet' }) filter: CalendarDayFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<ListMetadata> {
    return { count: await ctx.em.count(CalendarDay, where(filter)) };
  }

  @FieldResolver(() => Boolean, { description: 'True for a transferred working day; every other special day is a day off' })
  isWorking(@Root() day: ICalendarDay): boolean {
    return day.kind === 'transferredWorkingDay';
  }

  @FieldResolver(() => Weekday, { description: 'Day of the week of the date' })
  weekday(@Root() day: ICalendarDay): WeekdayValue {
    return weekday(day.date);
  }

  @Authorized(...CAN_CONFIGURE)
  @Mutation(() => CalendarDayType, { description: 'Add a special day (a holiday, a postponed or transferred day off, a transferred working day) to the production calendar; due dates computed afterwards take it into account' })
  createCalendarDay(@Args(() => CalendarDayFields) input: CalendarDayFields, @Ctx() ctx: Context): Promise<ICalendarDay> {
    return createCalendarDay(ctx, input);
  }

  @Authorized(...CAN_CONFIGURE)
  @Mutation(() => CalendarDayType, { description: 'Change a special day; quote the version you read' })
  updateCalendarDay(@Args(() => UpdateCalendarDayArgs) input: UpdateCalendarDayArgs, @Ctx() ctx: Context): Promise<ICalendarDay> {
    return updateCalendarDay(ctx, input);
  }

  @Authorized(...CAN_CONFIGURE)
  @Mutation(() => CalendarDayType, { description: 'Remove a special day: the date becomes an ordinary workday or weekend day again' })
  deleteCalendarDay(@Arg('id', () => ID, { description: 'Id of the calendar day' }) id: string, @Ctx() ctx: Context): Promise<ICalendarDay> {
    return deleteCalendarDay(ctx, id);
  }
}

@Resolver(() => CalendarDate)
export class CalendarDateResolver {
  @Query(() => [CalendarDate], { description: 'Every date of a year with whether it is a working day, its kind and, for special days, its name (the calendar in force, including administrators\' changes)' })
  async calendarYear(@Arg('year', () => Int, { description: `The year (${FIRST_CALENDAR_YEAR}–${LAST_CALENDAR_YEAR})` }) year: number, @Ctx() ctx: Context): Promise<CalendarDate[]> {
    checkYear('year', year);
    const calendar = await currentCalendar(ctx.em);
    return calendar.year(year).map((info) => ({
      date: info.date, isWorking: info.isWorking, kind: info.kind, name: info.name ?? null, weekday: weekday(info.date),
    }));
  }
}

@Resolver(() => DueDate)
export class DueDateResolver {
  @Query(() => DueDate, { description: 'The due date of a term counted from an instant with the production calendar in force: the function every deadline of the registry uses' })
  async computeDueDate(
    @Arg('from', () => GraphQLDateTime, { description: 'When the term starts (e.g. the application was accepted); its local date in Kazakhstan is the acceptance day' }) from: Date,
    @Arg('value', () => Float, { description: 'Length of the term (>= 0; a whole number for day and month units)' }) value: number,
    @Arg('unit', () => DeadlineUnit, { description: 'Unit of the term: minutes, hours, workingDays, calendarDays or months (years are not supported)' }) unit: (typeof DEADLINE_UNITS)[number],
    @Arg('excludeStartDay', () => Boolean, { nullable: true, description: 'Day units: the acceptance day is not counted, the count starts the next day (default false)' }) excludeStartDay: boolean | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<DueDate> {
    if (!(DUE_UNITS as readonly string[]).includes(unit)) {
      throw invalidInput('unit', `the due-date function does not count in ${unit}; supported units: ${DUE_UNITS.join(', ')}${unit === 'years' ? ' (express years as months)' : ''}`);
    }
    const dueUnit = unit as DueUnit;
    const year = from.getUTCFullYear();
    if (year < FIRST_CALENDAR_YEAR || year > LAST_CALENDAR_YEAR) throw invalidInput('from', `${from.toISOString()} is outside the years the calendar answers for (${FIRST_CALENDAR_YEAR}–${LAST_CALENDAR_YEAR})`);
    if (!Number.isFinite(value) || value < 0) throw invalidInput('value', `must be a number >= 0, got ${value}`);
    if (dueUnit !== 'minutes' && dueUnit !== 'hours' && !Number.isInteger(value)) throw invalidInput('value', `must be a whole number of ${unit}, got ${value}`);
    const exclude = excludeStartDay ?? false;
    const calendar = await currentCalendar(ctx.em);
    let dueAt: Date;
    try {
      dueAt = computeDueDate({ start: from, value, unit: dueUnit, excludeStartDay: exclude, calendar });
    } catch (error) {
      if (error instanceof RangeError) throw invalidInput('value', error.message);
      throw error;
    }
    const dueDate = astanaDate(dueAt);
    let workingDaysCounted: number | null = null;
    if (dueUnit !== 'minutes' && dueUnit !== 'hours') {
      const acceptanceDay = astanaDate(from);
      // Days counted: after the acceptance day when it is excluded, from it otherwise.
      const beforeFirstCounted = exclude ? acceptanceDay : addDays(acceptanceDay, -1);
      workingDaysCounted = calendar.countWorkingDays(beforeFirstCounted, dueDate);
    }
    return { dueAt, dueDate, unit, value, excludeStartDay: exclude, workingDaysCounted };
  }
}

export const calendarResolvers = [CalendarDayResolver, CalendarDateResolver, DueDateResolver] as const;
