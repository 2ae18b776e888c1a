/**
 * GraphQL enums built from the same constant lists the corpus schema and the entities use, so the
 * three can never disagree. Values keep the code spelling (camelCase) stored in the database.
 */
import { registerEnumType } from 'type-graphql';
import * as C from '../corpus/corpus.schema.js';
import { STANDARD_STATUSES } from '../modules/standards/service-standard.entity.js';
import { SPECIAL_DAY_KINDS } from '../modules/calendar/production-calendar.js';

function graphqlEnum<const T extends readonly string[]>(values: T, name: string, description: string): { [K in T[number]]: K } {
  const object = Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
  registerEnumType(object, { name, description });
  return object;
}

export const AgencyKind = graphqlEnum(C.AGENCY_KINDS, 'AgencyKind', 'What sort of body an agency is');
export const LegalActKind = graphqlEnum(C.LEGAL_ACT_KINDS, 'LegalActKind', 'Kind of legal act');
export const LegalActStatus = graphqlEnum(['inForce', 'repealed', 'unknown'] as const, 'LegalActStatus', 'Whether the act is in force');
export const LegalActRelationKind = graphqlEnum(['amends', 'repeals'] as const, 'LegalActRelationKind', 'How one act affects another');
export const Channel = graphqlEnum(C.CHANNELS, 'Channel', 'Where an application is filed: provider office, public service centre, e-licensing portal, e-government portal');
export const RecipientKind = graphqlEnum(C.RECIPIENT_KINDS, 'RecipientKind', 'Who may receive the service');
export const SubServiceKind = graphqlEnum(C.SUB_SERVICE_KINDS, 'SubServiceKind', 'Kind of sub-service');
export const DeadlineKind = graphqlEnum(C.DEADLINE_KINDS, 'DeadlineKind', 'What a deadline limits');
export const DeadlineUnit = graphqlEnum(C.DEADLINE_UNITS, 'DeadlineUnit', 'Unit a deadline is counted in');
export const DeadlineParty = graphqlEnum(C.DEADLINE_PARTIES, 'DeadlineParty', 'Who owes a deadline');
export const Comparator = graphqlEnum(C.COMPARATORS, 'Comparator', 'How the law words the limit (not later than, within …)');
export const CopyKind = graphqlEnum(C.COPY_KINDS, 'CopyKind', 'Original, copy, electronic document, data …');
export const Notarisation = graphqlEnum(C.NOTARISATION, 'Notarisation', 'Whether a copy must be notarised');
export const FeeKind = graphqlEnum(C.FEE_KINDS, 'FeeKind', 'Whether and how the service is paid');
export const Automation = graphqlEnum(C.AUTOMATION, 'Automation', 'Degree of automation of the service');
export const Medium = graphqlEnum(C.MEDIA, 'Medium', 'Electronic or paper');
export const ContactPurpose = graphqlEnum(C.CONTACT_PURPOSES, 'ContactPurpose', 'What a contact point or schedule is for');
export const ComplaintLevelKind = graphqlEnum(C.COMPLAINT_LEVELS, 'ComplaintLevelKind', 'Level of the complaint route');
export const FormKind = graphqlEnum(C.FORM_KINDS, 'FormKind', 'Kind of appendix form');
export const FormFieldType = graphqlEnum(C.FORM_FIELD_TYPES, 'FormFieldType', 'Type of a form field');
export const Weekday = graphqlEnum(C.WEEKDAYS, 'Weekday', 'Day of the week');
export const IndicatorGroup = graphqlEnum(C.INDICATOR_GROUPS, 'IndicatorGroup', 'Group of a quality indicator');
export const StandardStatus = graphqlEnum(STANDARD_STATUSES, 'StandardStatus', 'Lifecycle of a standard version: draft → published → repealed');
export const AmendmentKind = graphqlEnum(['newEdition', 'clauseAmendment'] as const, 'AmendmentKind', 'Whether an act re-enacted the whole standard or amended clauses');
export const SpecialDayKind = graphqlEnum(SPECIAL_DAY_KINDS, 'SpecialDayKind', 'Kind of a special day of the production calendar: public, religious or postponed holiday, transferred day off, transferred working day');
export const DayKind = graphqlEnum(['workday', 'weekend', ...SPECIAL_DAY_KINDS] as const, 'DayKind', 'What a calendar date is: an ordinary workday (Mon–Fri), an ordinary weekend day (Sat, Sun) or one of the special day kinds');
