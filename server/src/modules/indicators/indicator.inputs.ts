import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Channel } from '../../common/enums.js';
import type { CHANNELS } from '../../corpus/corpus.schema.js';

@InputType('QualityReportFilter', { description: 'What a quality report covers: a year, or a month range (from and to), narrowed by agencies, standards and channels' })
export class QualityReportFilter {
  @Field(() => Int, { nullable: true, description: 'Calendar year (January to December); or give from and to' }) year?: number | null;
  @Field(() => String, { nullable: true, description: 'First month, YYYY-MM (with to)' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'Last month, YYYY-MM, inclusive (with from)' }) to?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Only these providing agencies (default: all)' }) @IsOptional() @ArrayMaxSize(1000) agencyIds?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Only these standards, by code (default: all)' }) @IsOptional() @ArrayMaxSize(1000) standardCodes?: string[] | null;
  @Field(() => [Channel], { nullable: true, description: 'Only these channels (default: all)' }) @IsOptional() @ArrayMaxSize(10) channels?: (typeof CHANNELS)[number][] | null;
}

@InputType('IndicatorTargetInput', { description: 'A yearly target approved by the minister\'s order; setting it again for the same standard, indicator and year replaces it' })
export class IndicatorTargetInput {
  @Field(() => String, { description: 'Code of the standard' }) @MaxLength(100) standardCode!: string;
  @Field(() => String, { description: 'Code of the indicator ("1.1", or Q.1/S.1/C.1/C.2)' }) @MaxLength(20) indicatorCode!: string;
  @Field(() => Int, { description: 'Year the target applies to' }) year!: number;
  @Field(() => Float, { description: 'Target value in percent (0 to 100)' }) target!: number;
  @Field(() => String, { description: 'The approving order (number and title)' }) @MaxLength(500) approvedBy!: string;
  @Field(() => String, { description: 'Date of the order, YYYY-MM-DD' }) approvedAt!: string;
  @Field(() => String, { nullable: true, description: 'Who signed the order' }) @IsOptional() @MaxLength(300) approver?: string | null;
}

@InputType('IndicatorManualValueInput', { description: 'A value of an indicator without an event source, with where it comes from; setting it again for the same standard, indicator, agency and year replaces it' })
export class IndicatorManualValueInput {
  @Field(() => String, { description: 'Code of the standard' }) @MaxLength(100) standardCode!: string;
  @Field(() => String, { description: 'Code of the indicator ("3.2")' }) @MaxLength(20) indicatorCode!: string;
  @Field(() => ID, { nullable: true, description: 'The agency; omit for the standard as a whole' }) agencyId?: string | null;
  @Field(() => Int, { description: 'Year' }) year!: number;
  @Field(() => Float, { description: 'Value in percent (0 to 100)' }) value!: number;
  @Field(() => String, { description: 'Where the value comes from (survey, inspection, register …)' }) @MaxLength(2000) sourceNote!: string;
}
