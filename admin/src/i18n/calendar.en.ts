/** English messages of the production calendar screen (`resources.calendar-days`); calendar.kk.ts and calendar.ru.ts have this shape. */
import type { DayKind } from '../generated/graphql';

export const enCalendar = {
  name: 'Production calendar |||| Production calendar',
  year: 'Year',
  previous_year: 'Previous year',
  next_year: 'Next year',
  working_days_count: '%{smart_count} working day |||| %{smart_count} working days',
  working_day: 'working day',
  day_off: 'day off',
  add: 'Add a special day',
  add_title: 'New special day',
  add_description: 'A holiday, a moved day off, or a weekend day made a working day. Due dates computed afterwards take it into account.',
  added: 'Special day added',
  remove: 'Remove',
  remove_title: 'Remove this special day?',
  remove_content: 'The date becomes an ordinary working day or weekend day again; due dates computed afterwards follow the change.',
  removed: 'Special day removed',
  fields: {
    date: 'Date',
    kind: 'Kind',
    name: 'Name',
    holiday: 'Holiday key',
    observes: 'Holiday it replaces',
    from: 'Weekend day the rest moves from',
    to: 'Weekday made a day off',
    note: 'Note',
    act: 'Act',
  },
  help: {
    observes: 'The date of the holiday (on a weekend) this day off replaces',
    from: 'The Saturday or Sunday whose rest moves to this date',
    to: 'The weekday that becomes a day off instead; record that date too, as a transferred day off',
    holiday: 'A camelCase key such as nauryz or newYear',
  },
  kinds: {
    workday: 'Working day',
    weekend: 'Weekend',
    publicHoliday: 'Public holiday',
    religiousHoliday: 'Religious holiday',
    postponedHoliday: 'Day off for a holiday on a weekend',
    transferredDayOff: 'Transferred day off',
    transferredWorkingDay: 'Transferred working day',
  } satisfies Record<DayKind, string>,
  months: {
    1: 'January', 2: 'February', 3: 'March', 4: 'April', 5: 'May', 6: 'June',
    7: 'July', 8: 'August', 9: 'September', 10: 'October', 11: 'November', 12: 'December',
  },
  weekdays: { mon: 'Mo', tue: 'Tu', wed: 'We', thu: 'Th', fri: 'Fr', sat: 'Sa', sun: 'Su' },
};

export type CalendarMessages = typeof enCalendar;
