/** GraphQL output types of the working-day calendar. */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { LocalizedText } from '../../common/localized-text.type.js';
import { DayKind, DeadlineUnit, LegalActKind, SpecialDayKind, Weekday } from '../../common/enums.js';
import type { DEADLINE_UNITS, LEGAL_ACT_KINDS, WEEKDAYS } from '../../corpus/corpus.schema.js';
import type { DayKind as DayKindValue, SpecialDayKind as SpecialDayKindValue } from './production-calendar.js';

export type WeekdayValue = (typeof WEEKDAYS)[number];

@ObjectType('CalendarActRef', { description: 'The legal act that set a special day (unknown fields are null)' })
export class CalendarActRefType {
  @Field(() => LegalActKind, { description: 'Kind of act (law, code, government resolution, ministerial order …)' }) kind!: (typeof LEGAL_ACT_KINDS)[number];
  @Field(() => String, { nullable: true, description: 'Number as printed, without "№"' }) number!: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Date of the act (YYYY-MM-DD)' }) date!: string | null;
  @Field(() => String, { nullable: true, description: 'Title of the act, as published (usually Russian)' }) title!: string | null;
  @Field(() => String, { nullable: true, description: 'Article or item of the act, e.g. "5"' }) article!: string | null;
  @Field(() => String, { nullable: true, description: 'Code of the document in the official legal registry (adilet.zan.kz)' }) registryId!: string | null;
}

@ObjectType('CalendarDay', { description: 'A special day of the production calendar: a public or religious holiday, a day off postponed from a weekend holiday, or one half of a transfer (a weekday made a day off, a weekend day made a working day). Dates without a special day are working days Monday to Friday and days off on Saturday and Sunday.' })
export class CalendarDayType {
  @Field(() => ID, { description: 'Record id' }) id!: string;
  @Field(() => GraphQLLocalDate, { description: 'The date (YYYY-MM-DD, local time of Kazakhstan); unique' }) date!: string;
  @Field(() => SpecialDayKind, { description: 'Kind of special day' }) kind!: SpecialDayKindValue;
  @Field(() => String, { nullable: true, description: 'Stable key of the holiday (e.g. "nauryz") for holidays and postponed days' }) holiday?: string | null;
  @Field(() => LocalizedText, { description: 'Name of the day in Kazakh, Russian and English' }) name!: LocalizedText;
  @Field(() => CalendarActRefType, { nullable: true, description: 'The act that set the day' }) act?: CalendarActRefType | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'postponedHoliday: the date of the holiday (on a weekend) this day off replaces' }) observes?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'transferredDayOff: the weekend day whose rest was moved to this date' }) from?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'transferredWorkingDay: the weekday that became a day off instead' }) to?: string | null;
  @Field(() => String, { nullable: true, description: 'Remarks of the administrators' }) note?: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: quote it in updates' }) version!: number;
  @Field(() => GraphQLDateTime, { description: 'When the record was created' }) createdAt!: Date;
  @Field(() => GraphQLDateTime, { description: 'When the record was last changed' }) updatedAt!: Date;
}

@ObjectType('CalendarDate', { description: 'One date of the production calendar, with whether it is a working day and why' })
export class CalendarDate {
  @Field(() => GraphQLLocalDate, { description: 'The date (YYYY-MM-DD)' }) date!: string;
  @Field(() => Boolean, { description: 'True for a working day (five-day working week)' }) isWorking!: boolean;
  @Field(() => DayKind, { description: 'workday or weekend for an ordinary date, otherwise the kind of its special day' }) kind!: DayKindValue;
  @Field(() => LocalizedText, { nullable: true, description: 'Name of the special day; null for ordinary dates' }) name?: LocalizedText | null;
  @Field(() => Weekday, { description: 'Day of the week' }) weekday!: WeekdayValue;
}

@ObjectType('DueDate', { description: 'A due date computed from an acceptance instant and a term, with the production calendar in force' })
export class DueDate {
  @Field(() => GraphQLDateTime, { description: 'The due instant: for day and month units the end (23:59:59.999) of the last day in the local time of Kazakhstan; for minutes and hours the start plus the term' }) dueAt!: Date;
  @Field(() => GraphQLLocalDate, { description: 'The local date (Kazakhstan) of the due instant' }) dueDate!: string;
  @Field(() => DeadlineUnit, { description: 'Unit of the term, as asked' }) unit!: (typeof DEADLINE_UNITS)[number];
  @Field(() => Float, { description: 'Length of the term, as asked' }) value!: number;
  @Field(() => Boolean, { description: 'Whether the acceptance day was excluded from the count' }) excludeStartDay!: boolean;
  @Field(() => Int, { nullable: true, description: 'Day and month units: the working days within the term, from the first counted day (the acceptance day unless excluded) to the due date inclusive; for workingDays this equals value. Null for minutes and hours.' })
  workingDaysCounted?: number | null;
}
