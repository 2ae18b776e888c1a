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
  @Field(() => SubServiceKind, { description: 'Kind of sub-service' }) kind!: string;
  @Field(() => LocalizedTextInput, { description: 'Name' }) name!: LocalizedTextInput;
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('DeadlineRuleInput', { description: 'A deadline; value and unit null where the text gives none' })
export class DeadlineRuleInput {
  @Field(() => DeadlineKind, { description: 'What the deadline limits' }) kind!: string;
  @Field(() => Float, { nullable: true, description: 'Amount; null when the text gives none' }) value!: number | null;
  @Field(() => DeadlineUnit, { nullable: true, description: 'Unit; null when the text gives none' }) unit!: string | null;
  @Field(() => Comparator, { nullable: true, description: 'How the law words the limit' }) comparator?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The event the period counts from, as the text words it' }) countsFrom?: LocalizedTextInput | null;
  @Field(() => Boolean, { nullable: true, description: 'The acceptance day is not counted' }) excludeStartDay?: boolean;
  @Field(() => DeadlineParty, { description: 'Who owes the deadline' }) owedBy!: string;
  @Field(() => [String], { nullable: true, description: 'Sub-service codes; empty = all' }) subServices?: string[];
  @Field(() => [Channel], { nullable: true, description: 'Channels; empty = all' }) channels?: string[];
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The text of the rule' }) description?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => ID, { nullable: true, description: 'Act that amended this rule' }) amendedById?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('DocumentRequirementInput', { description: 'A required document of one sub-service × channel list' })
export class DocumentRequirementInput {
  @Field(() => String, { description: 'Sub-service code' }) subService!: string;
  @Field(() => Channel, { description: 'Channel whose list the document is in' }) channel!: string;
  @Field(() => Int, { description: 'Number in the list (1, 2, …)' }) ordinal!: number;
  @Field(() => LocalizedTextInput, { description: 'What the document is' }) title!: LocalizedTextInput;
  @Field(() => CopyKind, { description: 'Original, copy, electronic document …' }) copyKind!: string;
  @Field(() => Notarisation, { nullable: true, description: 'Whether a copy must be notarised (default no)' }) notarised?: string;
  @Field(() => Boolean, { nullable: true, description: 'An official translation is required (default false)' }) officialTranslation?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Legalisation or apostille is required (default false)' }) legalisation?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Signed with an electronic digital signature (default false)' }) edsSigned?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Obtained by the provider from state information systems, not requested from the applicant (default false)' }) fromStateSystems?: boolean;
  @Field(() => [RecipientKind], { nullable: true, description: 'Recipient kinds it applies to; empty = everyone' }) recipients?: string[];
  @Field(() => LocalizedTextInput, { nullable: true, description: 'When the document is required' }) condition?: LocalizedTextInput | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'Who or what is exempt from it' }) exemption?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true, description: 'Code of a form of this standard' }) form?: string | null;
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => ID, { nullable: true, description: 'Act that amended this requirement' }) amendedById?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('RefusalGroundInput', { description: 'A ground for refusal' })
export class RefusalGroundInput {
  @Field(() => Int, { description: 'Number in the list of grounds' }) ordinal!: number;
  @Field(() => LocalizedTextInput, { description: 'The ground, as the law words it' }) text!: LocalizedTextInput;
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('ReviewDeadlineInput', { description: 'Review deadline of a complaint level' })
export class ReviewDeadlineInput {
  @Field(() => Float, { nullable: true, description: 'Amount; null where the text only refers to another law' }) value!: number | null;
  @Field(() => DeadlineUnit, { nullable: true, description: 'Unit; null where the text gives none' }) unit!: string | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The event the review period counts from' }) countsFrom?: LocalizedTextInput | null;
  @Field(() => ID, { nullable: true, description: 'The law that sets it, where the text only refers to one' }) legalBasisId?: string | null;
}

@InputType('ComplaintLevelInput', { description: 'A level of the complaint route' })
export class ComplaintLevelInput {
  @Field(() => Int, { description: 'Position in the route (1 = first level)' }) ordinal!: number;
  @Field(() => ComplaintLevelKind, { description: 'Level of the route' }) level!: string;
  @Field(() => ID, { nullable: true, description: 'Agency that reviews complaints at this level' }) agencyId?: string | null;
  @Field(() => LocalizedTextInput, { description: 'How to complain at this level, as the law words it' }) description!: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'Address for complaints' }) address?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true, description: 'Room or office number' }) room?: string | null;
  @Field(() => [String], { nullable: true, description: 'Telephone numbers as published' }) phones?: string[];
  @Field(() => ReviewDeadlineInput, { nullable: true, description: 'Review deadline; null where the text gives none' }) reviewDeadline?: ReviewDeadlineInput | null;
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('ContactPointInput', { description: 'A contact point' })
export class ContactPointInput {
  @Field(() => ID, { description: 'Agency the contact point belongs to' }) agencyId!: string;
  @Field(() => ContactPurpose, { description: 'What the contact point is for' }) purpose!: string;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'Postal address' }) address?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true, description: 'Room or office number' }) room?: string | null;
  @Field(() => [String], { nullable: true, description: 'Telephone numbers as published' }) phones?: string[];
  @Field(() => [String], { nullable: true, description: 'Fax numbers as published' }) fax?: string[];
  @Field(() => String, { nullable: true, description: 'E-mail address' }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'Website' }) website?: string | null;
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('TimeRangeInput', { description: 'A time range within a day (a break)' }) export class TimeRangeInput {
  @Field(() => String, { description: 'Start, HH:MM' }) from!: string;
  @Field(() => String, { description: 'End, HH:MM' }) to!: string;
}

@InputType('SchedulePeriodInput', { description: 'Opening hours on some days of the week' }) export class SchedulePeriodInput {
  @Field(() => [Weekday], { description: 'Days of the week the period applies to' }) days!: string[];
  @Field(() => String, { description: 'HH:MM' }) opens!: string;
  @Field(() => String, { description: 'HH:MM' }) closes!: string;
  @Field(() => [TimeRangeInput], { nullable: true, description: 'Breaks within the period (lunch break …)' }) breaks?: TimeRangeInput[];
}

@InputType('WorkScheduleInput', { description: 'Weekly hours of an agency for a purpose' })
export class WorkScheduleInput {
  @Field(() => ID, { description: 'Agency whose hours these are' }) agencyId!: string;
  @Field(() => ContactPurpose, { description: 'What the hours are for' }) purpose!: string;
  @Field(() => Boolean, { nullable: true, description: 'Open around the clock (portals); periods are then empty' }) aroundTheClock?: boolean;
  @Field(() => [SchedulePeriodInput], { nullable: true, description: 'Opening hours by days of the week' }) periods?: SchedulePeriodInput[];
  @Field(() => Boolean, { nullable: true, description: 'Served without an appointment (null: the text does not say)' }) noAppointment?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'No expedited service (null: the text does not say)' }) noExpeditedService?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Served through an electronic queue (null: the text does not say)' }) electronicQueue?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'A place in the queue can be booked on the portal (null: the text does not say)' }) bookingViaPortal?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Closed on weekends and public holidays (default true)' }) exceptHolidays?: boolean;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The schedule as the law words it' }) description?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('QualificationItemInput', { description: 'One qualification requirement and the documents that prove it' }) export class QualificationItemInput {
  @Field(() => String, { description: 'Number as printed ("1.1", "2.3")' }) number!: string;
  @Field(() => LocalizedTextInput, { description: 'The requirement' }) requirement!: LocalizedTextInput;
  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Documents that prove it' }) evidence?: LocalizedTextInput[];
  @Field(() => LocalizedTextInput, { nullable: true, description: 'Who or what is exempt from it' }) exemption?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('QualificationGroupInput', { description: 'Qualification requirements of one activity sub-type' })
export class QualificationGroupInput {
  @Field(() => String, { description: 'Code of the group, unique within the standard' }) code!: string;
  @Field(() => LocalizedTextInput, { description: 'Activity sub-type the group applies to' }) activitySubtype!: LocalizedTextInput;
  @Field(() => [QualificationItemInput], { description: 'The requirements of the group' }) items!: QualificationItemInput[];
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('FormFieldInput', { description: 'A field of an appendix form' }) export class FormFieldInput {
  @Field(() => Int, { description: 'Position in the form' }) ordinal!: number;
  @Field(() => LocalizedTextInput, { description: 'Label as printed' }) label!: LocalizedTextInput;
  @Field(() => FormFieldType, { description: 'Type of the field' }) type!: string;
  @Field(() => String, { nullable: true, description: 'Fields that repeat together (a goods line) share a group name' }) repeatingGroup?: string | null;
  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Choices of a choice field' }) options?: LocalizedTextInput[];
  @Field(() => String, { nullable: true, description: 'Remark on the source text' }) note?: string | null;
}

@InputType('FormTemplateInput', { description: 'An appendix form' })
export class FormTemplateInput {
  @Field(() => String, { description: 'Code of the form, unique within the standard (documents refer to it)' }) code!: string;
  @Field(() => FormKind, { description: 'Kind of form' }) kind!: string;
  @Field(() => Int, { nullable: true, description: 'Number of the appendix to the standard; null when not numbered' }) appendix!: number | null;
  @Field(() => LocalizedTextInput, { description: 'Title as printed' }) title!: LocalizedTextInput;
  @Field(() => [FormFieldInput], { nullable: true, description: 'Fields in the order printed' }) fields?: FormFieldInput[];
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('QualityIndicatorDefinitionInput', { description: 'A row of the quality indicator table' })
export class QualityIndicatorDefinitionInput {
  @Field(() => IndicatorGroup, { description: 'Group of the indicator' }) group!: string;
  @Field(() => LocalizedTextInput, { description: 'Title of the group as printed' }) groupTitle!: LocalizedTextInput;
  @Field(() => String, { description: '"1.1"' }) code!: string;
  @Field(() => LocalizedTextInput, { description: 'The indicator as the law words it' }) wording!: LocalizedTextInput;
  @Field(() => Float, { nullable: true, description: 'Normative value (percent); null when not given' }) normative!: number | null;
  @Field(() => Float, { nullable: true, description: 'Target value (percent); null when not given' }) target?: number | null;
  @Field(() => Float, { nullable: true, description: 'Value at the time of approval (percent); null when not given' }) current?: number | null;
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('StandardChannelInput', { description: 'A channel the standard offers' }) export class StandardChannelInput {
  @Field(() => Channel, { description: 'The channel' }) channel!: string;
  @Field(() => ID, { nullable: true, description: 'Agency behind the channel (the provider, the PSC network, a portal)' }) agencyId?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The channel as the law words it' }) description?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('StandardAgencyRoleInput', { description: 'Another agency involved in the service and its role' }) export class StandardAgencyRoleInput {
  @Field(() => ID, { description: 'The agency' }) agencyId!: string;
  @Field(() => String, { description: 'Its role, as the text describes it' }) role!: string;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('StandardLegalBasisInput', { description: 'An act the service is based on' }) export class StandardLegalBasisInput {
  @Field(() => ID, { description: 'The act' }) actId!: string;
  @Field(() => String, { nullable: true, description: 'Article or item of the act' }) article?: string | null;
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('StandardAmendmentInput', { description: 'An act that amended the standard' }) export class StandardAmendmentInput {
  @Field(() => ID, { description: 'The amending act' }) actId!: string;
  @Field(() => [String], { description: 'Clauses it amended' }) clauses!: string[];
  @Field(() => AmendmentKind, { description: 'New edition of the whole standard, or amendment of clauses' }) kind!: string;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}

@InputType('TitleVariantInput', { description: 'A variant of the service name found in the sources' }) export class TitleVariantInput {
  @Field(() => String, { description: 'Where the variant appears (e.g. "resolution item 1")' }) source!: string;
  @Field(() => LocalizedTextInput, { description: 'The variant' }) title!: LocalizedTextInput;
  @Field(() => String, { nullable: true, description: 'Remark on the variant' }) note?: string | null;
}

@InputType('StandardResultInput', { description: 'The result of the service' }) export class StandardResultInput {
  @Field(() => LocalizedTextInput, { description: 'What the applicant receives' }) description!: LocalizedTextInput;
  @Field(() => [Medium], { description: 'Media of the result (electronic, paper)' }) media!: string[];
  @Field(() => String, { nullable: true, description: provenance.clause }) clause?: string | null;
  @Field(() => String, { nullable: true, description: provenance.note }) note?: string | null;
}
