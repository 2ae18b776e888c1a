/**
 * Input types of the parts of a standard, shared by createServiceStandard and updateServiceStandard.
 * They mirror the corpus schema (server/src/corpus/corpus.schema.ts), with agencies and acts referred
 * to by id; the service validates them with the same rules as the corpus.
 */
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalizedTextInput } from '../../common/localized-text.type.js';
import {
  AmendmentKind, Channel, Comparator, ComplaintLevelKind, ContactPurpose, CopyKind, DeadlineKind, DeadlineParty,
  DeadlineUnit, FormFieldType, FormKind, IndicatorGroup, Medium, Notarisation, RecipientKind, SubServiceKind, Weekday,
} from '../../common/enums.js';

const provenance = { clause: 'Clause of the standard', note: 'Remark on the source text' };

@InputType('SubServiceInput', { description: 'A sub-service' })
export class SubServiceInput {
  @Field(() => String, { description: 'Code, unique within the standard' }) code!: string;
  @Field(() => SubServiceKind) kind!: string;
  @Field(() => LocalizedTextInput) name!: LocalizedTextInput;
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('DeadlineRuleInput', { description: 'A deadline; value and unit null where the text gives none' })
export class DeadlineRuleInput {
  @Field(() => DeadlineKind) kind!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => DeadlineUnit, { nullable: true }) unit!: string | null;
  @Field(() => Comparator, { nullable: true }) comparator?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true }) countsFrom?: LocalizedTextInput | null;
  @Field(() => Boolean, { nullable: true, description: 'The acceptance day is not counted' }) excludeStartDay?: boolean;
  @Field(() => DeadlineParty) owedBy!: string;
  @Field(() => [String], { nullable: true, description: 'Sub-service codes; empty = all' }) subServices?: string[];
  @Field(() => [Channel], { nullable: true, description: 'Channels; empty = all' }) channels?: string[];
  @Field(() => LocalizedTextInput, { nullable: true }) description?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => ID, { nullable: true, description: 'Act that amended this rule' }) amendedById?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('DocumentRequirementInput', { description: 'A required document of one sub-service × channel list' })
export class DocumentRequirementInput {
  @Field(() => String, { description: 'Sub-service code' }) subService!: string;
  @Field(() => Channel) channel!: string;
  @Field(() => Int, { description: 'Number in the list (1, 2, …)' }) ordinal!: number;
  @Field(() => LocalizedTextInput) title!: LocalizedTextInput;
  @Field(() => CopyKind) copyKind!: string;
  @Field(() => Notarisation, { nullable: true }) notarised?: string;
  @Field(() => Boolean, { nullable: true }) officialTranslation?: boolean;
  @Field(() => Boolean, { nullable: true }) legalisation?: boolean;
  @Field(() => Boolean, { nullable: true }) edsSigned?: boolean;
  @Field(() => Boolean, { nullable: true }) fromStateSystems?: boolean;
  @Field(() => [RecipientKind], { nullable: true }) recipients?: string[];
  @Field(() => LocalizedTextInput, { nullable: true }) condition?: LocalizedTextInput | null;
  @Field(() => LocalizedTextInput, { nullable: true }) exemption?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true, description: 'Code of a form of this standard' }) form?: string | null;
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => ID, { nullable: true }) amendedById?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('RefusalGroundInput', { description: 'A ground for refusal' })
export class RefusalGroundInput {
  @Field(() => Int) ordinal!: number;
  @Field(() => LocalizedTextInput) text!: LocalizedTextInput;
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('ReviewDeadlineInput', { description: 'Review deadline of a complaint level' })
export class ReviewDeadlineInput {
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => DeadlineUnit, { nullable: true }) unit!: string | null;
  @Field(() => LocalizedTextInput, { nullable: true }) countsFrom?: LocalizedTextInput | null;
  @Field(() => ID, { nullable: true, description: 'The law that sets it, where the text only refers to one' }) legalBasisId?: string | null;
}

@InputType('ComplaintLevelInput', { description: 'A level of the complaint route' })
export class ComplaintLevelInput {
  @Field(() => Int) ordinal!: number;
  @Field(() => ComplaintLevelKind) level!: string;
  @Field(() => ID, { nullable: true }) agencyId?: string | null;
  @Field(() => LocalizedTextInput) description!: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) address?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true }) room?: string | null;
  @Field(() => [String], { nullable: true }) phones?: string[];
  @Field(() => ReviewDeadlineInput, { nullable: true }) reviewDeadline?: ReviewDeadlineInput | null;
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('ContactPointInput', { description: 'A contact point' })
export class ContactPointInput {
  @Field(() => ID) agencyId!: string;
  @Field(() => ContactPurpose) purpose!: string;
  @Field(() => LocalizedTextInput, { nullable: true }) address?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true }) room?: string | null;
  @Field(() => [String], { nullable: true }) phones?: string[];
  @Field(() => [String], { nullable: true }) fax?: string[];
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('TimeRangeInput') export class TimeRangeInput {
  @Field(() => String) from!: string;
  @Field(() => String) to!: string;
}

@InputType('SchedulePeriodInput') export class SchedulePeriodInput {
  @Field(() => [Weekday]) days!: string[];
  @Field(() => String, { description: 'HH:MM' }) opens!: string;
  @Field(() => String, { description: 'HH:MM' }) closes!: string;
  @Field(() => [TimeRangeInput], { nullable: true }) breaks?: TimeRangeInput[];
}

@InputType('WorkScheduleInput', { description: 'Weekly hours of an agency for a purpose' })
export class WorkScheduleInput {
  @Field(() => ID) agencyId!: string;
  @Field(() => ContactPurpose) purpose!: string;
  @Field(() => Boolean, { nullable: true }) aroundTheClock?: boolean;
  @Field(() => [SchedulePeriodInput], { nullable: true }) periods?: SchedulePeriodInput[];
  @Field(() => Boolean, { nullable: true }) noAppointment?: boolean | null;
  @Field(() => Boolean, { nullable: true }) noExpeditedService?: boolean | null;
  @Field(() => Boolean, { nullable: true }) electronicQueue?: boolean | null;
  @Field(() => Boolean, { nullable: true }) bookingViaPortal?: boolean | null;
  @Field(() => Boolean, { nullable: true }) exceptHolidays?: boolean;
  @Field(() => LocalizedTextInput, { nullable: true }) description?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('QualificationItemInput') export class QualificationItemInput {
  @Field(() => String) number!: string;
  @Field(() => LocalizedTextInput) requirement!: LocalizedTextInput;
  @Field(() => [LocalizedTextInput], { nullable: true }) evidence?: LocalizedTextInput[];
  @Field(() => LocalizedTextInput, { nullable: true }) exemption?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('QualificationGroupInput', { description: 'Qualification requirements of one activity sub-type' })
export class QualificationGroupInput {
  @Field(() => String) code!: string;
  @Field(() => LocalizedTextInput) activitySubtype!: LocalizedTextInput;
  @Field(() => [QualificationItemInput]) items!: QualificationItemInput[];
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('FormFieldInput') export class FormFieldInput {
  @Field(() => Int) ordinal!: number;
  @Field(() => LocalizedTextInput) label!: LocalizedTextInput;
  @Field(() => FormFieldType) type!: string;
  @Field(() => String, { nullable: true }) repeatingGroup?: string | null;
  @Field(() => [LocalizedTextInput], { nullable: true }) options?: LocalizedTextInput[];
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType('FormTemplateInput', { description: 'An appendix form' })
export class FormTemplateInput {
  @Field(() => String) code!: string;
  @Field(() => FormKind) kind!: string;
  @Field(() => Int, { nullable: true }) appendix!: number | null;
  @Field(() => LocalizedTextInput) title!: LocalizedTextInput;
  @Field(() => [FormFieldInput], { nullable: true }) fields?: FormFieldInput[];
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('QualityIndicatorDefinitionInput', { description: 'A row of the quality indicator table' })
export class QualityIndicatorDefinitionInput {
  @Field(() => IndicatorGroup) group!: string;
  @Field(() => LocalizedTextInput) groupTitle!: LocalizedTextInput;
  @Field(() => String, { description: '"1.1"' }) code!: string;
  @Field(() => LocalizedTextInput) wording!: LocalizedTextInput;
  @Field(() => Float, { nullable: true }) normative!: number | null;
  @Field(() => Float, { nullable: true }) target?: number | null;
  @Field(() => Float, { nullable: true }) current?: number | null;
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('StandardChannelInput') export class StandardChannelInput {
  @Field(() => Channel) channel!: string;
  @Field(() => ID, { nullable: true }) agencyId?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true }) description?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('StandardAgencyRoleInput') export class StandardAgencyRoleInput {
  @Field(() => ID) agencyId!: string;
  @Field(() => String) role!: string;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('StandardLegalBasisInput') export class StandardLegalBasisInput {
  @Field(() => ID) actId!: string;
  @Field(() => String, { nullable: true }) article?: string | null;
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('StandardAmendmentInput') export class StandardAmendmentInput {
  @Field(() => ID) actId!: string;
  @Field(() => [String]) clauses!: string[];
  @Field(() => AmendmentKind) kind!: string;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('TitleVariantInput') export class TitleVariantInput {
  @Field(() => String) source!: string;
  @Field(() => LocalizedTextInput) title!: LocalizedTextInput;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType('StandardResultInput') export class StandardResultInput {
  @Field(() => LocalizedTextInput) description!: LocalizedTextInput;
  @Field(() => [Medium]) media!: string[];
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}
