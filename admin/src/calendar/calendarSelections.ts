/**
 * What the year view asks calendarYear for (sparse fields: operations.ts); the special-day records
 * come whole from calendarDays. No imports, so the end-to-end tests (NodeNext) can send it too.
 */

export const CALENDAR_DATE_FIELDS = ['date', 'isWorking', 'kind', 'weekday', { name: ['kk', 'ru', 'en'] }];
