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
  @Field(() => [TitleVariantInput], { nullable: true }) titleVariants?: TitleVariantInput[];
  @Field(() => ID, { nullable: true, description: 'Approving act' }) approvedById?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) approvedClause?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Planned first day in force (set again on publish)' }) validFrom?: string | null;
  @Field(() => Boolean, { nullable: true }) validFromEstimated?: boolean;
  @Field(() => ID, { nullable: true, description: 'Developing agency' }) developerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Providing agency; required on create' }) providerId?: string;
  @Field(() => [StandardAgencyRoleInput], { nullable: true, description: 'Other agencies involved' }) otherAgencies?: StandardAgencyRoleInput[];
  @Field(() => Automation, { nullable: true }) automation?: string | null;
  @Field(() => [Medium], { nullable: true }) media?: string[];
  @Field(() => String, { nullable: true }) formClause?: string | null;
  @Field(() => [RecipientKind], { nullable: true }) recipients?: string[];
  @Field(() => StandardResultInput, { nullable: true }) result?: StandardResultInput;
  @Field(() => FeeKind, { nullable: true }) feeKind?: string;
  @Field(() => Float, { nullable: true }) feeAmountMci?: number | null;
  @Field(() => ID, { nullable: true }) feeLegalBasisId?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true }) feeDescription?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true }) feeClause?: string | null;
  @Field(() => [StandardChannelInput], { nullable: true, description: 'Channels offered' }) channelDetails?: StandardChannelInput[];
  @Field(() => [StandardLegalBasisInput], { nullable: true }) legalBasis?: StandardLegalBasisInput[];
  @Field(() => [LocalizedTextInput], { nullable: true }) workPrinciples?: LocalizedTextInput[];
  @Field(() => [SubServiceInput], { nullable: true }) subServices?: SubServiceInput[];
  @Field(() => [DeadlineRuleInput], { nullable: true }) deadlines?: DeadlineRuleInput[];
  @Field(() => [DocumentRequirementInput], { nullable: true }) documents?: DocumentRequirementInput[];
  @Field(() => [RefusalGroundInput], { nullable: true }) refusalGrounds?: RefusalGroundInput[];
  @Field(() => [ComplaintLevelInput], { nullable: true }) complaintRoute?: ComplaintLevelInput[];
  @Field(() => [ContactPointInput], { nullable: true }) contactPoints?: ContactPointInput[];
  @Field(() => [WorkScheduleInput], { nullable: true }) schedules?: WorkScheduleInput[];
  @Field(() => [QualificationGroupInput], { nullable: true }) qualificationRequirements?: QualificationGroupInput[];
  @Field(() => [FormTemplateInput], { nullable: true }) forms?: FormTemplateInput[];
  @Field(() => [QualityIndicatorDefinitionInput], { nullable: true }) qualityIndicators?: QualityIndicatorDefinitionInput[];
  @Field(() => [StandardAmendmentInput], { nullable: true }) amendments?: StandardAmendmentInput[];
  @Field(() => [String], { nullable: true }) notes?: string[];
}

@ArgsType()
export class UpdateServiceStandardArgs extends ServiceStandardFields {
  @Field(() => ID, { description: 'Id of a draft version' }) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale version fails with CONFLICT' }) version!: number;
}

@InputType('ServiceStandardFilter', { description: 'Filters for the standards list' })
export class ServiceStandardFilter {
  @Field(() => String, { nullable: true, description: 'Text search in code and names (kk, ru, en)' }) @IsOptional() @MaxLength(200) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true, description: 'All versions of one code' }) code?: string;
  @Field(() => ID, { nullable: true, description: 'Provided by this agency or one below it' }) agencyId?: string;
  @Field(() => StandardStatus, { nullable: true }) status?: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'In force on this date' }) inForceOn?: string;
  @Field(() => Channel, { nullable: true, description: 'Offers this channel' }) channel?: string;
  @Field(() => Boolean, { nullable: true, description: 'true: paid services; false: free ones' }) hasFee?: boolean;
}
