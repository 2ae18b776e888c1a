/**
 * Arguments of createServiceStandard and updateServiceStandard (one definition shared by both; on
 * create, code, name, providerId, recipients, result, feeKind, channels and subServices are
 * required), and the list filter. Lists of parts replace the draft's parts wholesale when given.
 */
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { MaxLength, IsOptional } from 'class-validator';
import { LocalizedTextInput } from '../../common/localized-text.type.js';
import { Automation, Channel, FeeKind, Medium, RecipientKind, StandardStatus } from '../../common/enums.js';
import {
  ComplaintLevelInput, ContactPointInput, DeadlineRuleInput, DocumentRequirementInput, FormTemplateInput,
  QualificationGroupInput, QualityIndicatorDefinitionInput, RefusalGroundInput, StandardAgencyRoleInput,
  StandardAmendmentInput, StandardChannelInput, StandardLegalBasisInput, StandardResultInput, SubServiceInput,
  TitleVariantInput, WorkScheduleInput,
} from './standard-parts.inputs.js';

@ArgsType()
export class ServiceStandardFields {
  @Field(() => String, { nullable: true, description: 'Stable code (slug); required on create; cannot change later' }) code?: string;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'Name of the service' }) name?: LocalizedTextInput;
  @Field(() => [TitleVariantInput], { nullable: true, description: 'Variants of the name found in the sources' }) titleVariants?: TitleVariantInput[];
  @Field(() => ID, { nullable: true, description: 'Approving act' }) approvedById?: string | null;
  @Field(() => String, { nullable: true, description: 'Item of the approving act that approves the standard (e.g. "item 1 sub-item 3)")' }) @IsOptional() @MaxLength(200) approvedClause?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Planned first day in force (set again on publish)' }) validFrom?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'validFrom is an estimate (the source gives no exact date)' }) validFromEstimated?: boolean;
  @Field(() => ID, { nullable: true, description: 'Developing agency' }) developerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Providing agency; required on create' }) providerId?: string;
  @Field(() => [StandardAgencyRoleInput], { nullable: true, description: 'Other agencies involved' }) otherAgencies?: StandardAgencyRoleInput[];
  @Field(() => Automation, { nullable: true, description: 'Degree of automation' }) automation?: string | null;
  @Field(() => [Medium], { nullable: true, description: 'Form of the service: electronic and/or paper' }) media?: string[];
  @Field(() => String, { nullable: true, description: 'Clause that states the form of the service' }) formClause?: string | null;
  @Field(() => [RecipientKind], { nullable: true, description: 'Who may receive the service; required on create' }) recipients?: string[];
  @Field(() => StandardResultInput, { nullable: true, description: 'Result of the service; required on create' }) result?: StandardResultInput;
  @Field(() => FeeKind, { nullable: true, description: 'Whether and how the service is paid; required on create' }) feeKind?: string;
  @Field(() => Float, { nullable: true, description: 'Fee in monthly calculation indices (MCI), where the text states it' }) feeAmountMci?: number | null;
  @Field(() => ID, { nullable: true, description: 'Act that sets the fee (e.g. the Tax Code)' }) feeLegalBasisId?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The fee as the law words it' }) feeDescription?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true, description: 'Clause that states the fee' }) feeClause?: string | null;
  @Field(() => [StandardChannelInput], { nullable: true, description: 'Channels offered' }) channelDetails?: StandardChannelInput[];
  @Field(() => [StandardLegalBasisInput], { nullable: true, description: 'Acts the service is based on' }) legalBasis?: StandardLegalBasisInput[];
  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Principles of work the standard lists' }) workPrinciples?: LocalizedTextInput[];
  @Field(() => [SubServiceInput], { nullable: true, description: 'Sub-services (issuance, re-issuance, duplicate …); required on create' }) subServices?: SubServiceInput[];
  @Field(() => [DeadlineRuleInput], { nullable: true, description: 'Deadlines' }) deadlines?: DeadlineRuleInput[];
  @Field(() => [DocumentRequirementInput], { nullable: true, description: 'Required documents per sub-service × channel' }) documents?: DocumentRequirementInput[];
  @Field(() => [RefusalGroundInput], { nullable: true, description: 'Grounds for refusal (exhaustive)' }) refusalGrounds?: RefusalGroundInput[];
  @Field(() => [ComplaintLevelInput], { nullable: true, description: 'The complaint route, level by level' }) complaintRoute?: ComplaintLevelInput[];
  @Field(() => [ContactPointInput], { nullable: true, description: 'Contact points' }) contactPoints?: ContactPointInput[];
  @Field(() => [WorkScheduleInput], { nullable: true, description: 'Work schedules' }) schedules?: WorkScheduleInput[];
  @Field(() => [QualificationGroupInput], { nullable: true, description: 'Qualification requirements per activity sub-type' }) qualificationRequirements?: QualificationGroupInput[];
  @Field(() => [FormTemplateInput], { nullable: true, description: 'Appendix forms' }) forms?: FormTemplateInput[];
  @Field(() => [QualityIndicatorDefinitionInput], { nullable: true, description: 'Quality and efficiency indicator table' }) qualityIndicators?: QualityIndicatorDefinitionInput[];
  @Field(() => [StandardAmendmentInput], { nullable: true, description: 'Acts that amended this version' }) amendments?: StandardAmendmentInput[];
  @Field(() => [String], { nullable: true, description: 'Editorial notes on the sources' }) notes?: string[];
}

@ArgsType()
export class UpdateServiceStandardArgs extends ServiceStandardFields {
  @Field(() => ID, { description: 'Id of a draft version' }) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale version fails with CONFLICT' }) version!: number;
}

@InputType('ServiceStandardFilter', { description: 'Filters for the standards list' })
export class ServiceStandardFilter {
  @Field(() => String, { nullable: true, description: 'Text search in code and names (kk, ru, en)' }) @IsOptional() @MaxLength(200) q?: string;
  @Field(() => [ID], { nullable: true, description: 'Only these versions' }) ids?: string[];
  @Field(() => String, { nullable: true, description: 'All versions of one code' }) code?: string;
  @Field(() => ID, { nullable: true, description: 'Provided by this agency or one below it' }) agencyId?: string;
  @Field(() => StandardStatus, { nullable: true, description: 'Only versions in this state' }) status?: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'In force on this date' }) inForceOn?: string;
  @Field(() => Channel, { nullable: true, description: 'Offers this channel' }) channel?: string;
  @Field(() => Boolean, { nullable: true, description: 'true: paid services; false: free ones' }) hasFee?: boolean;
}
