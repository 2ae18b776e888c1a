import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { LocalizedText } from '../../common/localized-text.type.js';
import { IndicatorGroup } from '../../common/enums.js';
import { graphqlEnum } from '../../common/graphql-enum.js';

export const IndicatorDirection = graphqlEnum(['higherIsBetter', 'lowerIsBetter'] as const, 'IndicatorDirection', 'Which way an indicator improves', {
  higherIsBetter: 'A higher value is better (the target is a minimum)',
  lowerIsBetter: 'A lower value is better (the target is a maximum)',
});

@ObjectType('IndicatorRow', { description: 'One row of a standard\'s quality-indicator table for the report\'s period and filter: normative, target and the current value computed from applications, complaints and surveys' })
export class IndicatorRow {
  @Field(() => String, { description: 'Code of the standard' }) standardCode!: string;
  @Field(() => String, { description: 'Code of the indicator in the standard\'s table ("1.1"), or Q.1/S.1/C.1/C.2 for the indicators every standard gets' }) indicatorCode!: string;
  @Field(() => IndicatorGroup, { description: 'Group of the indicator' }) group!: string;
  @Field(() => LocalizedText, { description: 'Wording of the indicator' }) wording!: LocalizedText;
  @Field(() => String, { description: 'Unit of the values (percent)' }) unit!: string;
  @Field(() => IndicatorDirection, { description: 'Which way the indicator improves' }) direction!: string;
  @Field(() => Float, { nullable: true, description: 'Normative value printed in the standard' }) normative!: number | null;
  @Field(() => Float, { nullable: true, description: 'Target of the year: the one approved by order, else the one printed in the standard, else the normative' }) target!: number | null;
  @Field(() => String, { nullable: true, description: 'The order that approved the target (null: the printed value applies)' }) targetApprovedBy!: string | null;
  @Field(() => Float, { nullable: true, description: 'Current value in percent; null when not applicable (no cases in the period) or, for a manual indicator, not entered' }) current!: number | null;
  @Field(() => Float, { nullable: true, description: 'Cases that meet the indicator (null for a manual indicator)' }) numerator!: number | null;
  @Field(() => Float, { nullable: true, description: 'Cases counted (null for a manual indicator); 0 = not applicable' }) denominator!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the current value reaches the target in the indicator\'s direction; null when either is missing' }) targetMet!: boolean | null;
  @Field(() => Boolean, { description: 'The value was entered by hand (no event source), not computed' }) manual!: boolean;
  @Field(() => Boolean, { description: 'Every month of the period is closed: the values come from the frozen snapshot' }) frozen!: boolean;
}

@ObjectType('IndicatorSeriesPoint', { description: 'The value of one indicator in one month, over every standard, agency and channel of the filter' })
export class IndicatorSeriesPoint {
  @Field(() => String, { description: 'Indicator code (Resolution 1130 numbering)' }) indicatorCode!: string;
  @Field(() => String, { description: 'Month, YYYY-MM' }) month!: string;
  @Field(() => Float, { nullable: true, description: 'Value in percent; null when not applicable' }) current!: number | null;
  @Field(() => Float, { description: 'Cases that meet the indicator' }) numerator!: number;
  @Field(() => Float, { description: 'Cases counted' }) denominator!: number;
}

@ObjectType('IndicatorRankingEntry', { description: 'The place of one agency among the agencies of the filter for one indicator (best first; equal values share a rank)' })
export class IndicatorRankingEntry {
  @Field(() => String, { description: 'Indicator code (Resolution 1130 numbering)' }) indicatorCode!: string;
  @Field(() => ID, { description: 'Id of the agency' }) agencyId!: string;
  @Field(() => Float, { nullable: true, description: 'Value in percent' }) current!: number | null;
  @Field(() => Float, { description: 'Cases that meet the indicator' }) numerator!: number;
  @Field(() => Float, { description: 'Cases counted' }) denominator!: number;
  @Field(() => Int, { description: 'Rank, 1 = best' }) rank!: number;
}

@ObjectType('QualityReport', { description: 'Quality indicators for a period: per standard rows, monthly series and the agency ranking' })
export class QualityReport {
  @Field(() => String, { description: 'First month, YYYY-MM' }) from!: string;
  @Field(() => String, { description: 'Last month, YYYY-MM' }) to!: string;
  @Field(() => Boolean, { description: 'Every month of the period is closed (frozen snapshot)' }) frozen!: boolean;
  @Field(() => [IndicatorRow], { description: 'One row per standard × indicator' }) rows!: IndicatorRow[];
  @Field(() => [IndicatorSeriesPoint], { description: 'Monthly values per indicator, for trends' }) series!: IndicatorSeriesPoint[];
  @Field(() => [IndicatorRankingEntry], { description: 'Agencies ranked per indicator' }) ranking!: IndicatorRankingEntry[];
}

@ObjectType('OverdueSummary', { description: 'Open applications of one agency whose deadline runs' })
export class OverdueSummary {
  @Field(() => ID, { description: 'Id of the agency' }) agencyId!: string;
  @Field(() => Int, { description: 'Open applications with a deadline (suspended ones excluded: their clock stops)' }) open!: number;
  @Field(() => Int, { description: 'Of those, past their due date' }) overdue!: number;
  @Field(() => Int, { description: 'Of those, due within the next withinHours hours' }) dueSoon!: number;
}

@ObjectType('IndicatorTarget', { description: 'A yearly target of an indicator of a standard, approved by the minister\'s order' })
export class IndicatorTargetType {
  @Field(() => ID, { description: 'Id' }) id!: string;
  @Field(() => String, { description: 'Code of the standard' }) standardCode!: string;
  @Field(() => String, { description: 'Code of the indicator ("1.1")' }) indicatorCode!: string;
  @Field(() => Int, { description: 'Year the target applies to' }) year!: number;
  @Field(() => Float, { description: 'Target value (percent)' }) target!: number;
  @Field(() => String, { description: 'The approving order (number and title)' }) approvedBy!: string;
  @Field(() => String, { description: 'Date of the order, YYYY-MM-DD' }) approvedAt!: string;
  @Field(() => String, { nullable: true, description: 'Who signed the order' }) approver!: string | null;
  @Field(() => Int, { description: 'Version for optimistic locking' }) version!: number;
  @Field(() => GraphQLDateTime, { description: 'Last change' }) updatedAt!: Date;
}

@ObjectType('IndicatorManualValue', { description: 'A value of an indicator without an event source (e.g. 3.2 information available electronically), entered with its source' })
export class IndicatorManualValueType {
  @Field(() => ID, { description: 'Id' }) id!: string;
  @Field(() => String, { description: 'Code of the standard' }) standardCode!: string;
  @Field(() => String, { description: 'Code of the indicator ("3.2")' }) indicatorCode!: string;
  @Field(() => ID, { nullable: true, description: 'The agency; null = the standard as a whole' }) agencyId!: string | null;
  @Field(() => Int, { description: 'Year' }) year!: number;
  @Field(() => Float, { description: 'Value (percent)' }) value!: number;
  @Field(() => String, { description: 'Where the value comes from' }) sourceNote!: string;
  @Field(() => String, { description: 'Who entered it' }) recordedBy!: string;
  @Field(() => Int, { description: 'Version for optimistic locking' }) version!: number;
}

@ObjectType('ClosedIndicatorPeriod', { description: 'The result of closing a period' })
export class ClosedIndicatorPeriod {
  @Field(() => [String], { description: 'Months closed by this call (YYYY-MM); months closed before are left as they were' }) closedMonths!: string[];
}

