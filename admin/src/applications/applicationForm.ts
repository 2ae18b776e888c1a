/**
 * The registration form's choices, from the standard version in force: its sub-services, the
 * channels offered for a sub-service (those with a document list, else all the standard's), the
 * document list of the sub-service × channel, and which of those the applicant must hand in (the
 * server's requiredDocuments rule, server/src/modules/applications/application-rules.ts).
 */
import type { ApplicationInput, Channel, DocumentRequirement, RecipientKind, ServiceStandard, SubService } from '../generated/graphql';
import { localized } from '../i18n/localized';

export type FormStandard = Pick<ServiceStandard, 'code' | 'channels'> & {
  subServices: Pick<SubService, 'code' | 'name' | 'ordinal'>[];
  documents: Pick<DocumentRequirement, 'subService' | 'channel' | 'ordinal' | 'title' | 'recipients' | 'fromStateSystems' | 'condition'>[];
};

type FormDocument = FormStandard['documents'][number];

export interface Choice { id: string | number; name: string }

export function subServiceChoices(standard: FormStandard | undefined, locale: string): Choice[] {
  return [...(standard?.subServices ?? [])].sort((a, b) => a.ordinal - b.ordinal)
    .map((s) => ({ id: s.code, name: localized(s.name, locale) || s.code }));
}

export function channelsFor(standard: FormStandard | undefined, subService: string | undefined): Channel[] {
  if (!standard) return [];
  const listed = new Set(standard.documents.filter((d) => d.subService === subService).map((d) => d.channel));
  return listed.size ? standard.channels.filter((c) => listed.has(c)).concat([...listed].filter((c) => !standard.channels.includes(c))) : standard.channels;
}

/** The standard's list for the sub-service × channel, in its order. */
export function documentList(standard: FormStandard | undefined, subService: string | undefined, channel: string | undefined): FormDocument[] {
  return (standard?.documents ?? []).filter((d) => d.subService === subService && d.channel === channel).sort((a, b) => a.ordinal - b.ordinal);
}

/** Must the applicant hand it in for the set to be complete? */
export function isRequired(document: FormDocument, applicantKind: RecipientKind | undefined): boolean {
  const applies = !document.recipients.length || !applicantKind || document.recipients.includes(applicantKind);
  return applies && !document.fromStateSystems && !document.condition;
}

/** The ordinals a complete set has (the form's default once the list is known). */
export const requiredOrdinals = (list: FormDocument[], applicantKind: RecipientKind | undefined): number[] =>
  list.filter((d) => isRequired(d, applicantKind)).map((d) => d.ordinal);

/** 12 digits (the server checks the check digit and names the field when it is wrong). */
export const IDENTIFIER_PATTERN = /^\d{12}$/;

export const IN_PERSON_CHANNELS: readonly Channel[] = ['office', 'psc'];

export type ApplicationFormValues = Partial<ApplicationInput> & Record<string, unknown>;

const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);
const numberOrUndefined = (value: unknown) => (value === '' || value === null || value === undefined ? undefined : Number(value));
const instantOrUndefined = (value: unknown) => (value ? new Date(value as string).toISOString() : undefined);

/** The registerApplication input from the form's values (empty optional fields left out). */
export function toApplicationInput(values: ApplicationFormValues): ApplicationInput {
  const inPerson = IN_PERSON_CHANNELS.includes(values.channel as Channel);
  return {
    standardCode: values.standardCode as string,
    subService: values.subService as string,
    channel: values.channel as Channel,
    applicantKind: values.applicantKind as RecipientKind,
    applicantName: String(values.applicantName ?? '').trim(),
    applicantIdentifier: blankToUndefined(values.applicantIdentifier) as string | undefined,
    documents: ((values.documents as number[] | undefined) ?? []).map(Number).sort((a, b) => a - b),
    agencyId: blankToUndefined(values.agencyId) as string | undefined,
    submittedAt: instantOrUndefined(values.submittedAt),
    responsibleOperator: blankToUndefined(values.responsibleOperator) as string | undefined,
    queueWaitMinutes: inPerson ? numberOrUndefined(values.queueWaitMinutes) : undefined,
    serviceMinutes: inPerson ? numberOrUndefined(values.serviceMinutes) : undefined,
  };
}
