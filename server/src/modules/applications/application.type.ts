/** GraphQL types of applications: the application, its timeline and its receipt. */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Channel, DeadlineUnit, RecipientKind } from '../../common/enums.js';
import { LocalizedText } from '../../common/localized-text.type.js';
import { ApplicationEventTypeEnum, ApplicationIntakeEnum, ApplicationOutcomeEnum, ApplicationStatusEnum, ReceiptKindEnum } from './application.enums.js';

@ObjectType('Application', { description: 'An application for a state service, tracked against the deadlines of the standard version in force when it was submitted' })
export class ApplicationType {
  @Field(() => ID, { description: 'Time-ordered UUID' }) id!: string;
  @Field(() => ApplicationStatusEnum, { description: 'Where the application is in its life' }) status!: string;
  @Field(() => ApplicationIntakeEnum, { description: 'Registered by an operator or submitted by a partner system' }) intake!: string;
  @Field(() => RecipientKind, { description: 'Individual, individual entrepreneur, legal entity …' }) applicantKind!: string;
  @Field(() => String, { nullable: true, description: 'IIN (individuals, entrepreneurs) or BIN (legal entities), 12 digits with a valid check digit' }) applicantIdentifier?: string | null;
  @Field(() => String, { description: 'Full name or organisation name' }) applicantName!: string;
  @Field(() => String, { description: 'Code of the standard' }) standardCode!: string;
  @Field(() => Int, { description: 'Version number of the standard in force at submission (pinned)' }) standardVersion!: number;
  @Field(() => String, { description: 'Sub-service code (issuance, reissuance …)' }) subService!: string;
  @Field(() => Channel, { description: 'Where it was filed' }) channel!: string;
  @Field(() => String, { nullable: true, description: 'The operator responsible for it' }) responsibleOperator?: string | null;
  @Field(() => [Int], { description: 'Ordinals of the documents presented, in the sub-service × channel list of the standard' }) presentedDocuments!: number[];
  @Field(() => Float, { nullable: true, description: 'Minutes the applicant waited in the queue (in-person channels)' }) queueWaitMinutes?: number | null;
  @Field(() => Float, { nullable: true, description: 'Minutes the applicant was served at the counter (in-person channels)' }) serviceMinutes?: number | null;
  @Field(() => Float, { nullable: true, description: 'The standard\'s maximum queue wait for this channel, in minutes' }) queueWaitLimitMinutes?: number | null;
  @Field(() => Float, { nullable: true, description: 'The standard\'s maximum service time for this channel, in minutes' }) serviceTimeLimitMinutes?: number | null;
  @Field(() => Float, { nullable: true, description: 'The service deadline pinned at submission (null: the standard sets none)' }) deadlineValue?: number | null;
  @Field(() => DeadlineUnit, { nullable: true, description: 'Unit of the deadline; `remaining` is counted in it' }) deadlineUnit?: string | null;
  @Field(() => Boolean, { description: 'The standard\'s "deemed issued" rule applies when the deadline passes without a decision' }) deemedIssuedApplies!: boolean;
  @Field(() => GraphQLDateTime, { description: 'When the documents were handed in (the term runs from here)' }) submittedAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the documents were accepted and registered' }) acceptedAt?: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'The legal due date (moved by suspensions); null when the standard sets no deadline' }) dueAt?: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'PSC channel: the provider hands the result to the PSC by then (one day before the deadline)' }) pscHandoverDueAt?: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the current suspension began' }) suspendedAt?: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was decided: issued, refused, deemed issued or not accepted' }) closedAt?: Date | null;
  @Field(() => ApplicationOutcomeEnum, { nullable: true, description: 'Decided applications with a deadline: early, onTime or late (deemed issued counts as late: no decision was made in time)' }) outcome?: string | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'The result must reach the applicant by then (after "deemed issued", or the refusal-delivery deadline)' }) handoverDueAt?: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the result was handed over' }) handedOverAt?: Date | null;
  @Field(() => [ID], { description: 'Ids of the refusal grounds cited' }) refusalGroundIds!: string[];
  @Field(() => String, { description: 'Who registered or submitted it' }) submittedBy!: string;
  @Field(() => Int, { description: 'Optimistic-lock version: transitions may quote it' }) version!: number;
  @Field(() => GraphQLDateTime, { description: 'When the record was created' }) createdAt!: Date;
  @Field(() => GraphQLDateTime, { description: 'When the record last changed' }) updatedAt!: Date;
}

@ObjectType('ApplicationEvent', { description: 'One step of an application\'s timeline, with who did it and when' })
export class ApplicationEventType {
  @Field(() => ID, { description: 'Increasing sequence number' }) id!: string;
  @Field(() => ApplicationEventTypeEnum, { description: 'The submission or the transition' }) type!: string;
  @Field(() => ApplicationStatusEnum, { nullable: true, description: 'Status before (null for the submission)' }) fromStatus?: string | null;
  @Field(() => ApplicationStatusEnum, { description: 'Status after' }) toStatus!: string;
  @Field(() => GraphQLDateTime, { description: 'When it happened' }) at!: Date;
  @Field(() => GraphQLDateTime, { description: 'When it was recorded' }) recordedAt!: Date;
  @Field(() => String, { description: 'Who did it ("system" for rules the registry applies itself)' }) actor!: string;
  @Field(() => String, { nullable: true, description: 'Reason given (suspension, resumption, refusal)' }) reason?: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Details: receipt number, due date, grounds cited, remaining term …' }) data?: Record<string, unknown> | null;
}

@ObjectType('ReceiptDocument', { description: 'A document named on a receipt' })
export class ReceiptDocumentType {
  @Field(() => Int, { description: 'Number in the standard\'s list' }) ordinal!: number;
  @Field(() => LocalizedText, { description: 'Its title in the standard\'s list' }) title!: LocalizedText;
}

@ObjectType('Receipt', { description: 'Receipt of acceptance (number, date, documents received, legal due date) or of refusal to accept (the missing documents)' })
export class ReceiptType {
  @Field(() => ID, { description: 'Time-ordered UUID' }) id!: string;
  @Field(() => ReceiptKindEnum, { description: 'Acceptance or refusal to accept' }) kind!: string;
  @Field(() => String, { description: 'Registration number, per agency and year' }) number!: string;
  @Field(() => GraphQLDateTime, { description: 'Date and time of registration' }) issuedAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Acceptance: the legal due date of the service' }) dueAt?: Date | null;
  @Field(() => String, { description: 'Who accepted (or refused to accept) the documents' }) issuedBy!: string;
}
