/** Arguments of the application mutations and the list filter. */
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, IsUUID, MaxLength, Min, Max, MinLength, IsInt } from 'class-validator';
import { Channel, RecipientKind } from '../../common/enums.js';
import type { CHANNELS, RECIPIENT_KINDS } from '../../corpus/corpus.schema.js';
import { ApplicationStatusEnum } from './application.enums.js';
import type { ApplicationStatus } from './application-states.js';

@InputType('ApplicationInput', { description: 'An application as handed in: who applies, for what, where, with which documents' })
export class ApplicationInput {
  @Field(() => String, { description: 'Code of the standard; the version in force on the submission date is pinned' })
  @MinLength(1) @MaxLength(100)
  standardCode!: string;

  @Field(() => String, { description: 'Sub-service code of that version (issuance, reissuance …)' })
  @MinLength(1) @MaxLength(100)
  subService!: string;

  @Field(() => Channel, { description: 'Where it is filed: one the standard offers for the sub-service' })
  channel!: (typeof CHANNELS)[number];

  @Field(() => RecipientKind, { description: 'Individual or individual entrepreneur (IIN), legal entity (BIN), foreign state body' })
  applicantKind!: (typeof RECIPIENT_KINDS)[number];

  @Field(() => String, { nullable: true, description: 'IIN or BIN: 12 digits with the official check digit; required except for foreign state bodies' })
  @IsOptional() @MaxLength(12, { message: 'applicantIdentifier: an IIN or BIN is exactly 12 digits' })
  applicantIdentifier?: string | null;

  @Field(() => String, { description: 'Full name, or the name of the organisation' })
  @MinLength(1, { message: 'applicantName must not be empty' }) @MaxLength(500)
  applicantName!: string;

  @Field(() => [Int], { description: 'Ordinals of the documents presented, from the standard\'s list for this sub-service and channel' })
  @ArrayMaxSize(100) @IsInt({ each: true })
  documents!: number[];

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the documents were handed in (operators registering a paper application after the fact); default now. Partners cannot set it.' })
  @IsOptional()
  submittedAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Providing agency: the standard\'s provider (default), one of its subordinate bodies, or an agency the standard names' })
  @IsOptional() @IsUUID('all', { message: 'agencyId must be an agency id' })
  agencyId?: string | null;

  @Field(() => Float, { nullable: true, description: 'In-person channels (office, psc): minutes waited in the queue' })
  @IsOptional() @Min(0) @Max(1440)
  queueWaitMinutes?: number | null;

  @Field(() => Float, { nullable: true, description: 'In-person channels (office, psc): minutes served at the counter' })
  @IsOptional() @Min(0) @Max(1440)
  serviceMinutes?: number | null;

  @Field(() => String, { nullable: true, description: 'The responsible operator' })
  @IsOptional() @MaxLength(200)
  responsibleOperator?: string | null;
}

@ArgsType()
export class TransitionArgs {
  @Field(() => ID, { description: 'The application' })
  id!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it happened (default now): not before the previous step, not in the future' })
  @IsOptional()
  at?: Date | null;

  @Field(() => Int, { nullable: true, description: 'The version you read; a stale version fails with CONFLICT' })
  @IsOptional()
  version?: number | null;
}

@ArgsType()
export class AcceptArgs extends TransitionArgs {
  @Field(() => String, { nullable: true, description: 'The responsible operator (default: who accepts)' })
  @IsOptional() @MaxLength(200)
  operator?: string | null;
}

@ArgsType()
export class ReasonArgs extends TransitionArgs {
  @Field(() => String, { description: 'Why (kept in the timeline)' })
  @MinLength(1, { message: 'reason must not be empty' }) @MaxLength(5000)
  reason!: string;
}

@ArgsType()
export class OptionalReasonArgs extends TransitionArgs {
  @Field(() => String, { nullable: true, description: 'Why (kept in the timeline)' })
  @IsOptional() @MaxLength(5000)
  reason?: string | null;
}

@ArgsType()
export class RefuseArgs extends OptionalReasonArgs {
  @Field(() => [ID], { description: 'The refusal grounds cited: one or more of the pinned standard version\'s grounds' })
  @ArrayMaxSize(50)
  groundIds!: string[];
}

@InputType('ApplicationFilter', { description: 'Filters for the application list' })
export class ApplicationFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these applications' }) @IsOptional() @ArrayMaxSize(500) ids?: string[];
  @Field(() => ID, { nullable: true, description: 'The agency and every agency below it' }) @IsOptional() agencyId?: string;
  @Field(() => String, { nullable: true, description: 'Code of the standard' }) @IsOptional() @MaxLength(100) standardCode?: string;
  @Field(() => ApplicationStatusEnum, { nullable: true, description: 'In this status' }) status?: ApplicationStatus;
  @Field(() => [ApplicationStatusEnum], { nullable: true, description: 'In one of these statuses' }) @IsOptional() statuses?: ApplicationStatus[];
  @Field(() => Channel, { nullable: true, description: 'Filed through this channel' }) channel?: (typeof CHANNELS)[number];
  @Field(() => Boolean, { nullable: true, description: 'true: open, the clock running and past the due date; false: all others' }) overdue?: boolean;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Submitted on or after this date (Astana time)' }) submittedFrom?: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Submitted on or before this date (Astana time)' }) submittedTo?: string;
  @Field(() => String, { nullable: true, description: 'Applicant name (part of it), IIN/BIN (prefix) or application id' })
  @IsOptional() @MaxLength(200)
  q?: string;
}

/** The key format partners may use: printable, no spaces, up to 200 characters. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:\-]{1,200}$/;
