/** GraphQL types of the appendices: qualification requirements, forms, quality indicators. */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalizedText } from '../../common/localized-text.type.js';
import { FormFieldType, FormKind, IndicatorGroup } from '../../common/enums.js';

@ObjectType('QualificationItem', { description: 'A numbered qualification requirement with the evidence that proves it' })
export class QualificationItemType {
  @Field(() => String, { description: 'Number as printed ("2.3")' }) number!: string;
  @Field(() => LocalizedText, { description: 'The requirement' }) requirement!: LocalizedText;
  @Field(() => [LocalizedText], { description: 'Documents that prove it' }) evidence!: LocalizedText[];
  @Field(() => LocalizedText, { nullable: true, description: 'Exemption' }) exemption?: LocalizedText | null;
  @Field(() => String, { nullable: true, description: 'Clause' }) clause?: string | null;
  @Field(() => String, { nullable: true, description: 'Remark on the source text' }) note?: string | null;
}

@ObjectType('QualificationGroup', { description: 'Qualification requirements for one activity sub-type of a licence' })
export class QualificationGroupType {
  @Field(() => ID, { description: 'Id of the record (UUID)' }) id!: string;
  @Field(() => String, { description: 'Code, unique within the standard' }) code!: string;
  @Field(() => LocalizedText, { description: 'Activity sub-type' }) activitySubtype!: LocalizedText;
  @Field(() => [QualificationItemType], { description: 'Requirements in order' }) items!: QualificationItemType[];
  @Field(() => Int, { description: 'Position' }) ordinal!: number;
  @Field(() => String, { nullable: true, description: 'Clause' }) clause?: string | null;
  @Field(() => String, { nullable: true, description: 'Remark on the source text' }) note?: string | null;
}

@ObjectType('FormField', { description: 'A field of an appendix form' })
export class FormFieldTypeType {
  @Field(() => Int, { description: 'Position' }) ordinal!: number;
  @Field(() => LocalizedText, { description: 'Label as printed' }) label!: LocalizedText;
  @Field(() => FormFieldType, { description: 'Type' }) type!: string;
  @Field(() => String, { nullable: true, description: 'Fields that repeat together share a group name' }) repeatingGroup?: string | null;
  @Field(() => [LocalizedText], { nullable: true, description: 'Options to choose from' }) options?: LocalizedText[] | null;
  @Field(() => String, { nullable: true, description: 'Remark' }) note?: string | null;
}

@ObjectType('FormTemplate', { description: 'An appendix form (application, receipt, refusal-to-accept receipt …)' })
export class FormTemplateType {
  @Field(() => ID, { description: 'Id of the record (UUID)' }) id!: string;
  @Field(() => String, { description: 'Code, unique within the standard' }) code!: string;
  @Field(() => FormKind, { description: 'Kind' }) kind!: string;
  @Field(() => Int, { nullable: true, description: 'Appendix number' }) appendix?: number | null;
  @Field(() => LocalizedText, { description: 'Title' }) title!: LocalizedText;
  @Field(() => [FormFieldTypeType], { description: 'Fields in order' }) fields!: FormFieldTypeType[];
  @Field(() => Int, { description: 'Position' }) ordinal!: number;
  @Field(() => String, { nullable: true, description: 'Clause' }) clause?: string | null;
  @Field(() => String, { nullable: true, description: 'Remark on the source text' }) note?: string | null;
}

@ObjectType('QualityIndicatorDefinition', { description: 'A row of the standard\'s quality and efficiency indicator table, with the values printed in the law' })
export class QualityIndicatorDefinitionType {
  @Field(() => ID, { description: 'Id of the record (UUID)' }) id!: string;
  @Field(() => IndicatorGroup, { description: 'Group' }) group!: string;
  @Field(() => LocalizedText, { description: 'Group title as printed' }) groupTitle!: LocalizedText;
  @Field(() => String, { description: 'Code, e.g. "1.1"' }) code!: string;
  @Field(() => LocalizedText, { description: 'Wording' }) wording!: LocalizedText;
  @Field(() => String, { description: 'Unit (percent)' }) unit!: string;
  @Field(() => Float, { nullable: true, description: 'Normative value' }) normative?: number | null;
  @Field(() => Float, { nullable: true, description: 'Target for the next year, as printed' }) target?: number | null;
  @Field(() => Float, { nullable: true, description: 'Current value in the reporting year, as printed' }) current?: number | null;
  @Field(() => Int, { description: 'Position' }) ordinal!: number;
  @Field(() => String, { nullable: true, description: 'Clause' }) clause?: string | null;
  @Field(() => String, { nullable: true, description: 'Remark on the source text' }) note?: string | null;
}
