/** GraphQL types of where and when: complaint route, contact points, work schedules. */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalizedText } from '../../common/localized-text.type.js';
import { ComplaintLevelKind, ContactPurpose, DeadlineUnit, Weekday } from '../../common/enums.js';

@ObjectType('ComplaintLevel', { description: 'One level of the complaint route, with its review deadline' })
export class ComplaintLevelType {
  @Field(() => ID, { description: 'Id of the record (UUID)' }) id!: string;
  @Field(() => Int, { description: 'Order along the route' }) ordinal!: number;
  @Field(() => ComplaintLevelKind, { description: 'Level' }) level!: string;
  @Field(() => LocalizedText, { description: 'To whom and how the complaint is addressed' }) description!: LocalizedText;
  @Field(() => LocalizedText, { nullable: true, description: 'Address' }) address?: LocalizedText | null;
  @Field(() => String, { nullable: true, description: 'Room' }) room?: string | null;
  @Field(() => [String], { description: 'Phones' }) phones!: string[];
  @Field(() => Boolean, { description: 'The text sets a review deadline (possibly by reference to another law)' }) hasReviewDeadline!: boolean;
  @Field(() => Float, { nullable: true, description: 'Review deadline amount; null where the text only refers to a law' }) reviewValue?: number | null;
  @Field(() => DeadlineUnit, { nullable: true, description: 'Review deadline unit' }) reviewUnit?: string | null;
  @Field(() => LocalizedText, { nullable: true, description: 'What the review period counts from' }) reviewCountsFrom?: LocalizedText | null;
  @Field(() => String, { nullable: true, description: 'Clause' }) clause?: string | null;
  @Field(() => String, { nullable: true, description: 'Remark on the source text' }) note?: string | null;
}

@ObjectType('ContactPoint', { description: 'Where to go for a purpose, as this standard states it' })
export class ContactPointType {
  @Field(() => ID, { description: 'Id of the record (UUID)' }) id!: string;
  @Field(() => ContactPurpose, { description: 'Purpose' }) purpose!: string;
  @Field(() => LocalizedText, { nullable: true, description: 'Address' }) address?: LocalizedText | null;
  @Field(() => String, { nullable: true, description: 'Room' }) room?: string | null;
  @Field(() => [String], { description: 'Phones' }) phones!: string[];
  @Field(() => [String], { description: 'Fax numbers' }) fax!: string[];
  @Field(() => String, { nullable: true, description: 'E-mail' }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'Website' }) website?: string | null;
  @Field(() => Int, { description: 'Position' }) ordinal!: number;
  @Field(() => String, { nullable: true, description: 'Clause' }) clause?: string | null;
  @Field(() => String, { nullable: true, description: 'Remark on the source text' }) note?: string | null;
}

@ObjectType('TimeRange', { description: 'A break inside opening hours' })
export class TimeRangeType {
  @Field(() => String, { description: 'HH:MM' }) from!: string;
  @Field(() => String, { description: 'HH:MM' }) to!: string;
}

@ObjectType('SchedulePeriod', { description: 'Opening hours on some days of the week' })
export class SchedulePeriodType {
  @Field(() => [Weekday], { description: 'Days' }) days!: string[];
  @Field(() => String, { description: 'Opens at HH:MM' }) opens!: string;
  @Field(() => String, { description: 'Closes at HH:MM' }) closes!: string;
  @Field(() => [TimeRangeType], { description: 'Breaks (lunch)' }) breaks!: TimeRangeType[];
}

@ObjectType('WorkSchedule', { description: 'Weekly hours of an agency for a purpose, as this standard states them' })
export class WorkScheduleType {
  @Field(() => ID, { description: 'Id of the record (UUID)' }) id!: string;
  @Field(() => ContactPurpose, { description: 'Purpose' }) purpose!: string;
  @Field(() => Boolean, { description: 'Open around the clock (portals)' }) aroundTheClock!: boolean;
  @Field(() => [SchedulePeriodType], { description: 'Opening hours' }) periods!: SchedulePeriodType[];
  @Field(() => Boolean, { nullable: true, description: 'No advance appointment needed' }) noAppointment?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'No expedited service' }) noExpeditedService?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Electronic queue' }) electronicQueue?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Queue can be booked on the portal' }) bookingViaPortal?: boolean | null;
  @Field(() => Boolean, { description: 'Closed on weekends and public holidays' }) exceptHolidays!: boolean;
  @Field(() => LocalizedText, { nullable: true, description: 'The text of the schedule' }) description?: LocalizedText | null;
  @Field(() => Int, { description: 'Position' }) ordinal!: number;
  @Field(() => String, { nullable: true, description: 'Clause' }) clause?: string | null;
  @Field(() => String, { nullable: true, description: 'Remark on the source text' }) note?: string | null;
}
