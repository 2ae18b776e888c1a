/**
 * The shape of the shipped corpus (`data/corpus/**.json`).
 *
 * This file is the contract between the people who transcribe the law and the loader that puts it
 * into the registry: every JSON file is parsed with these schemas, and a failure names the file, the
 * path inside it and the rule that was broken. The registry's entities mirror these shapes.
 *
 * Conventions:
 * - `kk` is the original Kazakh text, verbatim minus the layout artefacts of the source; `en` is a
 *   faithful translation; `ru` is given only where the Russian text is known (never machine-invented).
 * - `clause` says where in the act a record comes from ("cl. 11 ¶1", "item 9", "app. 3 row 2.2").
 * - `note` flags an error or oddity of the source text (kept as the law says it, not silently fixed).
 * - A value the text does not give is `null`, never invented.
 */
import { z } from 'zod';

const code = z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'lower-case slug (a-z, 0-9, "-", ".")');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date as YYYY-MM-DD');
const hhmm = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'time as HH:MM');
const note = z.string().min(1).optional();

/** A text in the three languages; Kazakh first. */
export const i18n = z.strictObject({
  kk: z.string().min(1),
  ru: z.string().min(1).nullable().optional(),
  en: z.string().min(1),
});
/** A text that may be missing in Kazakh (e.g. a record only described by the extraction). */
export const i18nLoose = z.strictObject({
  kk: z.string().min(1).nullable(),
  ru: z.string().min(1).nullable().optional(),
  en: z.string().min(1),
});

// ---------------------------------------------------------------- enumerations

export const AGENCY_KINDS = [
  'government', 'ministry', 'committee', 'territorialBody', 'localExecutiveBody', 'pscEnterprise',
  'pscBranch', 'pscOffice', 'portal', 'qualityControlBody', 'contactCentre', 'other',
] as const;
export const LEGAL_ACT_KINDS = [
  'constitution', 'code', 'law', 'presidentialDecree', 'governmentResolution', 'ministerialOrder', 'other',
] as const;
export const CHANNELS = ['office', 'psc', 'elicense', 'egov'] as const;
export const RECIPIENT_KINDS = ['individual', 'legalEntity', 'individualEntrepreneur', 'foreignStateBody'] as const;
export const SUB_SERVICE_KINDS = [
  'issuance', 'licenceAnnex', 'reissuance', 'duplicate', 'registration', 'reregistration', 'other',
] as const;
export const DEADLINE_KINDS = [
  'processing', // the service deadline itself
  'completenessCheck', // provider checks the set is complete (refusing later on that ground is barred)
  'refusalDelivery', // hand-over of a reasoned refusal
  'deemedIssuedHandover', // after "deemed issued", the document must be handed over within
  'deemedReceived', // second stage of "silence is consent" (deemed received)
  'applicantFilingWindow', // the applicant's own obligation (e.g. apply for re-issuance within 30 days)
  'maxQueueWait', // max permissible wait in the queue to hand in documents
  'maxServiceTime', // max permissible time served at the counter
  'complaintReview',
  'pscHandover', // provider hands the result to the PSC (e.g. one day before the deadline)
  'pscResultStorage', // PSC keeps uncollected results
  'documentValidity', // an input document is valid for
  'other',
] as const;
export const DEADLINE_UNITS = ['minutes', 'hours', 'workingDays', 'calendarDays', 'months', 'years'] as const;
export const DEADLINE_PARTIES = ['provider', 'psc', 'applicant', 'ministry', 'qualityControlBody', 'consentingBody'] as const;
export const COMPARATORS = ['notLaterThan', 'within', 'notExceeding', 'atLeast', 'exactly'] as const;
export const COPY_KINDS = [
  'original', 'copy', 'originalOrCopy', 'electronicDocument', 'electronicCopy', 'data', 'information',
] as const;
export const NOTARISATION = ['no', 'yes', 'ifOriginalNotPresented'] as const;
export const FEE_KINDS = ['free', 'licenceFee', 'stateDuty', 'fixedAmount'] as const;
export const AUTOMATION = ['automated', 'partlyAutomated', 'nonAutomated'] as const;
export const MEDIA = ['electronic', 'paper'] as const;
export const CONTACT_PURPOSES = [
  'documentAcceptance', 'complaints', 'complaintExplanation', 'complaintAnswers', 'information',
  'resultPickup', 'improperService', 'other',
] as const;
export const COMPLAINT_LEVELS = ['providerHead', 'ministry', 'pscHead', 'qualityControlBody', 'court', 'other'] as const;
export const FORM_KINDS = ['application', 'receipt', 'refusalToAcceptReceipt', 'informationForm', 'other'] as const;
export const FORM_FIELD_TYPES = [
  'header', 'addressee', 'title', 'text', 'blank', 'choice', 'date', 'number', 'list', 'fixedText',
  'consent', 'signature', 'table',
] as const;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const INDICATOR_GROUPS = ['timeliness', 'quality', 'accessibility', 'complaints', 'courtesy'] as const;

// ---------------------------------------------------------------- reference data

export const agency = z.strictObject({
  code,
  kind: z.enum(AGENCY_KINDS),
  parent: code.nullable().optional(),
  name: i18n,
  shortName: i18n.optional(),
  bin: z.string().regex(/^\d{12}$/).nullable().optional(),
  address: i18nLoose.optional(),
  phones: z.array(z.string().min(1)).optional(),
  email: z.string().optional(),
  website: z.string().optional(),
  note,
});

const actRef = z.strictObject({
  act: code,
  clauses: z.array(z.string().min(1)).optional(),
  note,
});

export const legalAct = z.strictObject({
  code,
  kind: z.enum(LEGAL_ACT_KINDS),
  number: z.string().nullable(),
  date: isoDate.nullable(),
  title: i18nLoose,
  publication: z.string().nullable().optional(),
  /** How the act enters into force, as its text says. */
  entryIntoForceRule: z.string().nullable().optional(),
  /** The date, when the text gives it or it follows from known facts; `entryIntoForceEstimated` otherwise. */
  entryIntoForce: isoDate.nullable().optional(),
  entryIntoForceEstimated: z.boolean().optional(),
  status: z.enum(['inForce', 'repealed', 'unknown']),
  amends: z.array(actRef).optional(),
  repeals: z.array(actRef.extend({ effectiveDate: isoDate.nullable().optional() })).optional(),
  note,
});

// ---------------------------------------------------------------- a standard and its parts

const provenance = { clause: z.string().min(1).nullable().optional(), amendedBy: code.optional(), note };

export const deadlineRule = z.strictObject({
  kind: z.enum(DEADLINE_KINDS),
  /** null where the text names the deadline but gives no value. */
  value: z.number().nonnegative().nullable(),
  unit: z.enum(DEADLINE_UNITS).nullable(),
  comparator: z.enum(COMPARATORS).nullable().optional(),
  /** The event the period counts from, as the text words it. */
  countsFrom: i18nLoose.nullable().optional(),
  excludeStartDay: z.boolean().default(false),
  owedBy: z.enum(DEADLINE_PARTIES),
  /** Sub-service codes it applies to; empty = the whole standard. */
  subServices: z.array(code).default([]),
  /** Channels it applies to; empty = every channel. */
  channels: z.array(z.enum(CHANNELS)).default([]),
  description: i18nLoose.optional(),
  ...provenance,
});

export const documentRequirement = z.strictObject({
  subService: code,
  channel: z.enum(CHANNELS),
  ordinal: z.number().int().positive(),
  title: i18nLoose,
  copyKind: z.enum(COPY_KINDS),
  notarised: z.enum(NOTARISATION).default('no'),
  officialTranslation: z.boolean().default(false),
  legalisation: z.boolean().default(false),
  edsSigned: z.boolean().default(false),
  /** Obtained by the provider from state information systems: not requested from the applicant. */
  fromStateSystems: z.boolean().default(false),
  /** Recipient kinds it applies to; empty = everyone. */
  recipients: z.array(z.enum(RECIPIENT_KINDS)).default([]),
  condition: i18nLoose.nullable().optional(),
  exemption: i18nLoose.nullable().optional(),
  /** Code of the form template (appendix) the document follows. */
  form: code.nullable().optional(),
  ...provenance,
});

export const refusalGround = z.strictObject({
  ordinal: z.number().int().positive(),
  text: i18nLoose,
  ...provenance,
});

export const complaintLevel = z.strictObject({
  ordinal: z.number().int().positive(),
  level: z.enum(COMPLAINT_LEVELS),
  agency: code.nullable().optional(),
  description: i18nLoose,
  address: i18nLoose.nullable().optional(),
  room: z.string().nullable().optional(),
  phones: z.array(z.string()).optional(),
  /** Review deadline; null value where the text only refers to another law. */
  reviewDeadline: z.strictObject({
    value: z.number().positive().nullable(),
    unit: z.enum(DEADLINE_UNITS).nullable(),
    countsFrom: i18nLoose.nullable().optional(),
    legalBasis: code.nullable().optional(),
  }).nullable(),
  ...provenance,
});

export const contactPoint = z.strictObject({
  agency: code,
  purpose: z.enum(CONTACT_PURPOSES),
  address: i18nLoose.nullable().optional(),
  room: z.string().nullable().optional(),
  phones: z.array(z.string()).default([]),
  fax: z.array(z.string()).optional(),
  email: z.string().nullable().optional(),
  website: z.string().nullable().optional(),
  ...provenance,
});

export const schedulePeriod = z.strictObject({
  days: z.array(z.enum(WEEKDAYS)).min(1),
  opens: hhmm,
  closes: hhmm,
  breaks: z.array(z.strictObject({ from: hhmm, to: hhmm })).default([]),
});

export const workSchedule = z.strictObject({
  agency: code,
  purpose: z.enum(CONTACT_PURPOSES),
  aroundTheClock: z.boolean().default(false),
  periods: z.array(schedulePeriod).default([]),
  noAppointment: z.boolean().optional(),
  noExpeditedService: z.boolean().optional(),
  electronicQueue: z.boolean().optional(),
  bookingViaPortal: z.boolean().optional(),
  exceptHolidays: z.boolean().default(true),
  description: i18nLoose.optional(),
  ...provenance,
});

export const qualificationItem = z.strictObject({
  /** Number as printed ("1.1", "2.3"). */
  number: z.string().min(1),
  requirement: i18nLoose,
  evidence: z.array(i18nLoose).default([]),
  exemption: i18nLoose.nullable().optional(),
  ...provenance,
});

export const qualificationGroup = z.strictObject({
  code,
  /** Activity sub-type the group applies to. */
  activitySubtype: i18nLoose,
  items: z.array(qualificationItem).min(1),
  ...provenance,
});

export const formField = z.strictObject({
  ordinal: z.number().int().positive(),
  label: i18nLoose,
  type: z.enum(FORM_FIELD_TYPES),
  /** Fields that repeat together (a goods line) share a group name. */
  repeatingGroup: z.string().nullable().optional(),
  options: z.array(i18nLoose).optional(),
  note,
});

export const formTemplate = z.strictObject({
  code,
  kind: z.enum(FORM_KINDS),
  appendix: z.number().int().positive().nullable(),
  title: i18nLoose,
  fields: z.array(formField).default([]),
  ...provenance,
});

export const qualityIndicator = z.strictObject({
  group: z.enum(INDICATOR_GROUPS),
  groupTitle: i18nLoose,
  code: z.string().regex(/^\d+\.\d+$/),
  wording: i18nLoose,
  unit: z.enum(['percent']).default('percent'),
  normative: z.number().nullable(),
  target: z.number().nullable().default(null),
  current: z.number().nullable().default(null),
  ...provenance,
});

export const standard = z.strictObject({
  code,
  /** The act and clause that approve it. */
  approvedBy: z.strictObject({ act: code, clause: z.string().min(1) }),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  validFromEstimated: z.boolean().optional(),
  repealedBy: z.strictObject({ act: code, date: isoDate.nullable(), estimated: z.boolean().optional() }).nullable(),
  name: i18n,
  titleVariants: z.array(z.strictObject({ source: z.string().min(1), title: i18nLoose, note })).default([]),
  developer: code.nullable().optional(),
  provider: code,
  /** Other agencies involved (territorial providers, consenting bodies, PSC network). */
  otherAgencies: z.array(z.strictObject({ agency: code, role: z.string().min(1), note })).default([]),
  form: z.strictObject({ automation: z.enum(AUTOMATION).nullable(), media: z.array(z.enum(MEDIA)), ...provenance }),
  recipients: z.array(z.enum(RECIPIENT_KINDS)).min(1),
  result: z.strictObject({ description: i18nLoose, media: z.array(z.enum(MEDIA)), ...provenance }),
  fee: z.strictObject({
    kind: z.enum(FEE_KINDS),
    amountMci: z.number().nullable().optional(),
    legalBasis: code.nullable().optional(),
    description: i18nLoose.nullable().optional(),
    ...provenance,
  }),
  channels: z.array(z.strictObject({
    channel: z.enum(CHANNELS),
    agency: code.nullable().optional(),
    description: i18nLoose.optional(),
    ...provenance,
  })).min(1),
  legalBasis: z.array(z.strictObject({ act: code, article: z.string().nullable().optional(), ...provenance })).default([]),
  workPrinciples: z.array(i18nLoose).default([]),
  subServices: z.array(z.strictObject({
    code,
    kind: z.enum(SUB_SERVICE_KINDS),
    name: i18nLoose,
    ...provenance,
  })).min(1),
  deadlines: z.array(deadlineRule).default([]),
  documents: z.array(documentRequirement).default([]),
  refusalGrounds: z.array(refusalGround).default([]),
  complaintRoute: z.array(complaintLevel).default([]),
  contactPoints: z.array(contactPoint).default([]),
  schedules: z.array(workSchedule).default([]),
  qualificationRequirements: z.array(qualificationGroup).default([]),
  forms: z.array(formTemplate).default([]),
  qualityIndicators: z.array(qualityIndicator).default([]),
  amendments: z.array(z.strictObject({ act: code, clauses: z.array(z.string()), kind: z.enum(['newEdition', 'clauseAmendment']), note })).default([]),
  notes: z.array(z.string().min(1)).default([]),
});

export const agenciesFile = z.strictObject({ agencies: z.array(agency) });
export const legalActsFile = z.strictObject({ legalActs: z.array(legalAct) });

export type CorpusAgency = z.infer<typeof agency>;
export type CorpusLegalAct = z.infer<typeof legalAct>;
export type CorpusStandard = z.infer<typeof standard>;
export type CorpusDeadline = z.infer<typeof deadlineRule>;
export type CorpusDocument = z.infer<typeof documentRequirement>;

/**
 * The content of a standard version as the registry edits it: the corpus shape, but a draft may
 * not yet have its approving act or dates (they are set when it is published).
 */
export const standardContent = standard.extend({
  approvedBy: z.strictObject({ act: code, clause: z.string().min(1) }).nullable(),
  validFrom: isoDate.nullable(),
});
export type StandardContent = z.infer<typeof standardContent>;
