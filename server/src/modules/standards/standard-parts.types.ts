/** GraphQL types of the procedural parts of a standard: sub-services, deadlines, documents, refusal grounds. */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalizedText } from '../../common/localized-text.type.js';
import { Channel, Comparator, CopyKind, DeadlineKind, DeadlineParty, DeadlineUnit, Notarisation, RecipientKind, SubServiceKind } from '../../common/enums.js';

@ObjectType('SubService', { description: 'A sub-service of the standard (issuance, re-issuance, duplicate, licence annex …)' })
export class SubServiceType {
  @Field(() => ID, { description: 'Id of the record (UUID)' }) id!: string;
  @Field(() => String, { description: 'Code, unique within the standard (used by deadlines and documents)' }) code!: string;
  @Field(() => SubServiceKind, { description: 'Kind' }) kind!: string;
  @Field(() => LocalizedText, { description: 'Name' }) name!: LocalizedText;
  @Field(() => Int, { description: 'Position in the law\'s order' }) ordinal!: number;
  @Field(() => String, { nullable: true, description: 'Clause' }) clause?: string | null;
  @Field(() => String, { nullable: true, description: 'Remark on the source text' }) note?: string | null;
}

@ObjectType('DeadlineRule', { description: 'A deadline set by the standard. value and unit are null where the text names a deadline without a value (never invented).' })
export class DeadlineRuleType {
  @Field(() => ID, { description: 'Id of the record (UUID)' }) id!: string;
  @Field(() => DeadlineKind, { description: 'What the deadline limits' }) kind!: string;
  @Field(() => Float, { nullable: true, description: 'Amount; null when the text gives none' }) value?: number | null;
  @Field(() => DeadlineUnit, { nullable: true, description: 'Unit; null when the text gives none' }) unit?: string | null;
  @Field(() => Comparator, { nullable: true, description: 'How the law words the limit' }) comparator?: string | null;
  @Field(() => LocalizedText, { nullable: true, description: 'The event the period counts from' }) countsFrom?: LocalizedText | null;
  @Field(() => Boolean, { description: 'The acceptance day is not counted' }) excludeStartDay!: boolean;
  @Field(() => DeadlineParty, { description: 'Who owes the deadline' }) owedBy!: string;
  @Field(() => [String], { description: 'Sub-service codes it applies to; empty = all' }) subServices!: string[];
  @Field(() => [Channel], { description: 'Channels it applies to; empty = all' }) channels!: string[];
  @Field(() => LocalizedText, { nullable: true, description: 'The text of the rule' }) description?: LocalizedText | null;
  @Field(() => Int, { description: 'Position' }) ordinal!: number;
  @Field(() => String, { nullable: true, description: 'Clause' }) clause?: string | null;
  @Field(() => String, { nullable: true, description: 'Remark on the source text' }) note?: string | null;
}

@ObjectType('DocumentRequirement', { description: 'A document required for one sub-service × channel, in the law\'s order' })
export class DocumentRequirementType {
  @Field(() => ID, { description: 'Id of the record (UUID)' }) id!: string;
  @Field(() => String, { description: 'Sub-service code' }) subService!: string;
  @Field(() => Channel, { description: 'Channel' }) channel!: string;
  @Field(() => Int, { description: 'Number in the list' }) ordinal!: number;
  @Field(() => LocalizedText, { description: 'The document' }) title!: LocalizedText;
  @Field(() => CopyKind, { description: 'Original, copy, electronic document, data …' }) copyKind!: string;
  @Field(() => Notarisation, { description: 'Whether a copy must be notarised' }) notarised!: string;
  @Field(() => Boolean, { description: 'Official translation into Kazakh or Russian required' }) officialTranslation!: boolean;
  @Field(() => Boolean, { description: 'Consular legalisation or apostille required' }) legalisation!: boolean;
  @Field(() => Boolean, { description: 'Signed with an electronic digital signature' }) edsSigned!: boolean;
  @Field(() => Boolean, { description: 'Obtained by the provider from state information systems: not requested from the applicant' }) fromStateSystems!: boolean;
  @Field(() => [RecipientKind], { description: 'Recipient kinds it applies to; empty = everyone' }) recipients!: string[];
  @Field(() => LocalizedText, { nullable: true, description: 'When it is required' }) condition?: LocalizedText | null;
  @Field(() => LocalizedText, { nullable: true, description: 'When it is not required' }) exemption?: LocalizedText | null;
  @Field(() => String, { nullable: true, description: 'Code of the appendix form it follows' }) formCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Clause' }) clause?: string | null;
  @Field(() => String, { nullable: true, description: 'Remark on the source text' }) note?: string | null;
}

@ObjectType('RefusalGround', { description: 'A ground for refusing the service (the list is exhaustive and ordered)' })
export class RefusalGroundType {
  @Field(() => ID, { description: 'Id of the record (UUID)' }) id!: string;
  @Field(() => Int, { description: 'Number in the list' }) ordinal!: number;
  @Field(() => LocalizedText, { description: 'The ground' }) text!: LocalizedText;
  @Field(() => String, { nullable: true, description: 'Clause' }) clause?: string | null;
  @Field(() => String, { nullable: true, description: 'Remark on the source text' }) note?: string | null;
}
