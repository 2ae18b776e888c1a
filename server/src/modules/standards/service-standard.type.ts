import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { LocalizedText } from '../../common/localized-text.type.js';
import { Automation, Channel, FeeKind, Medium, RecipientKind, StandardStatus } from '../../common/enums.js';
import { StandardResultType, TitleVariantType } from './standard-links.types.js';

@ObjectType('ServiceStandard', {
  description: 'One version of a state service standard: provider, legal basis, deadlines, fee, channels, required documents, refusal grounds, complaint route, qualification requirements, forms and quality indicators. Published versions are immutable.',
})
export class ServiceStandardType {
  @Field(() => ID, { description: 'Id of the record (UUID)' }) id!: string;
  @Field(() => String, { description: 'Stable code across versions, e.g. "lic-poisons"' }) code!: string;
  @Field(() => Int, { description: 'Version number within the code (1, 2, …)' }) versionNumber!: number;
  @Field(() => StandardStatus, { description: 'draft → published → repealed' }) status!: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First day in force' }) validFrom?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First day no longer in force (exclusive); null = open-ended' }) validTo?: string | null;
  @Field(() => Boolean, { description: 'validFrom is estimated (the publication date is not in the source)' }) validFromEstimated!: boolean;
  @Field(() => String, { nullable: true, description: 'Clause of the approving act' }) approvedClause?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Date the repeal took effect' }) repealedOn?: string | null;
  @Field(() => LocalizedText, { description: 'Name of the service (the standard\'s heading)' }) name!: LocalizedText;
  @Field(() => [TitleVariantType], { description: 'Other wordings of the title in the act' }) titleVariants!: TitleVariantType[];
  @Field(() => Automation, { nullable: true, description: 'Degree of automation' }) automation?: string | null;
  @Field(() => [Medium], { description: 'Form of the service: electronic and/or paper' }) media!: string[];
  @Field(() => [RecipientKind], { description: 'Who may receive the service' }) recipients!: string[];
  @Field(() => StandardResultType, { description: 'The result of the service' }) result!: StandardResultType;
  @Field(() => FeeKind, { description: 'Free, licence fee, state duty or a fixed amount' }) feeKind!: string;
  @Field(() => Float, { nullable: true, description: 'Fee in monthly calculation indices (MCI), where the text gives it' }) feeAmountMci?: number | null;
  @Field(() => LocalizedText, { nullable: true, description: 'The fee as the text words it' }) feeDescription?: LocalizedText | null;
  @Field(() => [Channel], { description: 'Channels offered' }) channels!: string[];
  @Field(() => [LocalizedText], { description: 'Work principles of the provider' }) workPrinciples!: LocalizedText[];
  @Field(() => [String], { description: 'Remarks on the source text (errors kept as the law says them)' }) notes!: string[];
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When this version was published in Qyzmet' }) publishedAt?: Date | null;
  @Field(() => Int, { description: 'Optimistic-lock version: quote it in updates' }) version!: number;
  @Field(() => GraphQLDateTime, { description: 'When the record was created' }) createdAt!: Date;
  @Field(() => GraphQLDateTime, { description: 'When the record was last changed' }) updatedAt!: Date;
}
