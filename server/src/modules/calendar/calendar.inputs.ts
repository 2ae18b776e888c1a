/**
 * Arguments of createCalendarDay and updateCalendarDay (one definition shared by both) and the list
 * filter. Dates are plain strings here so that a malformed date is reported by the service with the
 * field it belongs to (BAD_USER_INPUT, extensions.field), like every other rule.
 */
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { LegalActKind, SpecialDayKind } from '../../common/enums.js';
import type { LEGAL_ACT_KINDS } from '../../corpus/corpus.schema.js';
import type { SpecialDayKind as SpecialDayKindValue } from './production-calendar.js';

@InputType('CalendarDayNameInput', { description: 'Name of a special day: Kazakh, Russian and English are all required' })
export class CalendarDayNameInput {
  @Field(() => String, { description: 'Kazakh' }) kk!: string;
  @Field(() => String, { description: 'Russian' }) ru!: string;
  @Field(() => String, { description: 'English' }) en!: string;
}

@InputType('CalendarActRefInput', { description: 'The legal act that set a special day; unknown fields null' })
export class CalendarActRefInput {
  @Field(() => LegalActKind, { description: 'Kind of act' }) kind!: (typeof LEGAL_ACT_KINDS)[number];
  @Field(() => String, { nullable: true, description: 'Number as printed, without "№"' }) @IsOptional() @MaxLength(50) number?: string | null;
  @Field(() => String, { nullable: true, description: 'Date of the act, YYYY-MM-DD' }) date?: string | null;
  @Field(() => String, { nullable: true, description: 'Title of the act' }) @IsOptional() @MaxLength(1000) title?: string | null;
  @Field(() => String, { nullable: true, description: 'Article or item, e.g. "5"' }) @IsOptional() @MaxLength(50) article?: string | null;
  @Field(() => String, { nullable: true, description: 'Code in the official legal registry (adilet.zan.kz), e.g. "Z010000267_"' }) @IsOptional() @MaxLength(50) registryId?: string | null;
}

@ArgsType()
export class CalendarDayFields {
  @Field(() => String, { nullable: true, description: 'The date, YYYY-MM-DD, years 2000–2100; unique; required on create' })
  date?: string | null;

  @Field(() => SpecialDayKind, { nullable: true, description: 'Kind of special day; required on create. A transferredWorkingDay falls on a Saturday or Sunday; a transferredDayOff or postponedHoliday on Monday–Friday.' })
  kind?: SpecialDayKindValue | null;

  @Field(() => String, { nullable: true, description: 'Stable key of the holiday in camelCase (e.g. "nauryz"); only for public, religious and postponed holidays' })
  holiday?: string | null;

  @Field(() => CalendarDayNameInput, { nullable: true, description: 'Name of the day; required on create' })
  name?: CalendarDayNameInput | null;

  @Field(() => CalendarActRefInput, { nullable: true, description: 'The act that set the day' })
  act?: CalendarActRefInput | null;

  @Field(() => String, { nullable: true, description: 'postponedHoliday only, and required for it: the date (YYYY-MM-DD) of the holiday this day off replaces' })
  observes?: string | null;

  @Field(() => String, { nullable: true, description: 'transferredDayOff only, and required for it: the Saturday or Sunday (YYYY-MM-DD) whose rest was moved to this date' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'transferredWorkingDay only, and required for it: the weekday (YYYY-MM-DD) that became a day off instead' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Remarks' })
  @IsOptional() @MaxLength(5000)
  note?: string | null;
}

@ArgsType()
export class UpdateCalendarDayArgs extends CalendarDayFields {
  @Field(() => ID, { description: 'Id of the calendar day' }) @IsUUID('all', { message: 'id must be a calendar day id' }) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale version fails with CONFLICT' }) version!: number;
}

@InputType('CalendarDayFilter', { description: 'Filters for the list of special days' })
export class CalendarDayFilter {
  @Field(() => Int, { nullable: true, description: 'Only days of this year' }) year?: number;
  @Field(() => SpecialDayKind, { nullable: true, description: 'Only days of this kind' }) kind?: SpecialDayKindValue;
  @Field(() => [ID], { nullable: true, description: 'Only these records' }) @IsOptional() @ArrayMaxSize(1000) @IsUUID('all', { each: true }) ids?: string[];
  @Field(() => String, { nullable: true, description: 'Text search in the names (kk, ru, en) and the holiday key' }) @IsOptional() @MaxLength(200) q?: string;
}
