export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

/** A state body, public service centre or portal. Agencies form a tree (ministry → committee → territorial body). */
export type Agency = {
  __typename?: 'Agency';
  /** Postal address */
  address?: Maybe<LocalizedText>;
  /** Business identification number (12 digits), where known */
  bin?: Maybe<Scalars['String']['output']>;
  /** Direct subordinate agencies */
  children: Array<Agency>;
  /** Stable code (slug), e.g. "mint-industry-committee" */
  code: Scalars['String']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTime']['output'];
  /** E-mail address */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** What sort of body it is */
  kind: AgencyKind;
  /** Full name */
  name: LocalizedText;
  /** Remarks, e.g. on errors of the source text */
  note?: Maybe<Scalars['String']['output']>;
  /** The parent agency */
  parent?: Maybe<Agency>;
  /** Id of the parent agency */
  parentId?: Maybe<Scalars['String']['output']>;
  /** Telephone numbers as published */
  phones: Array<Scalars['String']['output']>;
  /** Abbreviation */
  shortName?: Maybe<LocalizedText>;
  /** When the record was last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: quote it in updates */
  version: Scalars['Int']['output'];
  /** Website */
  website?: Maybe<Scalars['String']['output']>;
};

/** Filters for the agency list */
export type AgencyFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<AgencyKind>;
  /** Direct children of this agency */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Text search in code and names (kk, ru, en) */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only agencies without a parent */
  rootsOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What sort of body an agency is */
export type AgencyKind =
  | 'committee'
  | 'contactCentre'
  | 'government'
  | 'localExecutiveBody'
  | 'ministry'
  | 'other'
  | 'portal'
  | 'pscBranch'
  | 'pscEnterprise'
  | 'pscOffice'
  | 'qualityControlBody'
  | 'territorialBody';

/** Whether an act re-enacted the whole standard or amended clauses */
export type AmendmentKind =
  | 'clauseAmendment'
  | 'newEdition';

/** Degree of automation of the service */
export type Automation =
  | 'automated'
  | 'nonAutomated'
  | 'partlyAutomated';

/** Where an application is filed: provider office, public service centre, e-licensing portal, e-government portal */
export type Channel =
  | 'egov'
  | 'elicense'
  | 'office'
  | 'psc';

/** How the law words the limit (not later than, within …) */
export type Comparator =
  | 'atLeast'
  | 'exactly'
  | 'notExceeding'
  | 'notLaterThan'
  | 'within';

/** One level of the complaint route, with its review deadline */
export type ComplaintLevel = {
  __typename?: 'ComplaintLevel';
  /** Address */
  address?: Maybe<LocalizedText>;
  /** The agency */
  agency?: Maybe<Agency>;
  /** Id of the agency */
  agencyId?: Maybe<Scalars['ID']['output']>;
  /** Clause */
  clause?: Maybe<Scalars['String']['output']>;
  /** To whom and how the complaint is addressed */
  description: LocalizedText;
  /** The text sets a review deadline (possibly by reference to another law) */
  hasReviewDeadline: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Level */
  level: ComplaintLevelKind;
  /** Remark on the source text */
  note?: Maybe<Scalars['String']['output']>;
  /** Order along the route */
  ordinal: Scalars['Int']['output'];
  /** Phones */
  phones: Array<Scalars['String']['output']>;
  /** What the review period counts from */
  reviewCountsFrom?: Maybe<LocalizedText>;
  /** the law that sets the review deadline */
  reviewLegalBasis?: Maybe<LegalAct>;
  /** Id of the law that sets the review deadline */
  reviewLegalBasisId?: Maybe<Scalars['ID']['output']>;
  /** Review deadline unit */
  reviewUnit?: Maybe<DeadlineUnit>;
  /** Review deadline amount; null where the text only refers to a law */
  reviewValue?: Maybe<Scalars['Float']['output']>;
  /** Room */
  room?: Maybe<Scalars['String']['output']>;
};

/** A level of the complaint route */
export type ComplaintLevelInput = {
  address?: InputMaybe<LocalizedTextInput>;
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Clause of the standard */
  clause?: InputMaybe<Scalars['String']['input']>;
  description: LocalizedTextInput;
  level: ComplaintLevelKind;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
  ordinal: Scalars['Int']['input'];
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  reviewDeadline?: InputMaybe<ReviewDeadlineInput>;
  room?: InputMaybe<Scalars['String']['input']>;
};

/** Level of the complaint route */
export type ComplaintLevelKind =
  | 'court'
  | 'ministry'
  | 'other'
  | 'providerHead'
  | 'pscHead'
  | 'qualityControlBody';

/** Where to go for a purpose, as this standard states it */
export type ContactPoint = {
  __typename?: 'ContactPoint';
  /** Address */
  address?: Maybe<LocalizedText>;
  /** The agency */
  agency: Agency;
  /** Id of the agency */
  agencyId: Scalars['ID']['output'];
  /** Clause */
  clause?: Maybe<Scalars['String']['output']>;
  /** E-mail */
  email?: Maybe<Scalars['String']['output']>;
  /** Fax numbers */
  fax: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Remark on the source text */
  note?: Maybe<Scalars['String']['output']>;
  /** Position */
  ordinal: Scalars['Int']['output'];
  /** Phones */
  phones: Array<Scalars['String']['output']>;
  /** Purpose */
  purpose: ContactPurpose;
  /** Room */
  room?: Maybe<Scalars['String']['output']>;
  /** Website */
  website?: Maybe<Scalars['String']['output']>;
};

/** A contact point */
export type ContactPointInput = {
  address?: InputMaybe<LocalizedTextInput>;
  agencyId: Scalars['ID']['input'];
  /** Clause of the standard */
  clause?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  fax?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  purpose: ContactPurpose;
  room?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

/** What a contact point or schedule is for */
export type ContactPurpose =
  | 'complaintAnswers'
  | 'complaintExplanation'
  | 'complaints'
  | 'documentAcceptance'
  | 'improperService'
  | 'information'
  | 'other'
  | 'resultPickup';

/** Original, copy, electronic document, data … */
export type CopyKind =
  | 'copy'
  | 'data'
  | 'electronicCopy'
  | 'electronicDocument'
  | 'information'
  | 'original'
  | 'originalOrCopy';

/** What a deadline limits */
export type DeadlineKind =
  | 'applicantFilingWindow'
  | 'complaintReview'
  | 'completenessCheck'
  | 'deemedIssuedHandover'
  | 'deemedReceived'
  | 'documentValidity'
  | 'maxQueueWait'
  | 'maxServiceTime'
  | 'other'
  | 'processing'
  | 'pscHandover'
  | 'pscResultStorage'
  | 'refusalDelivery';

/** Who owes a deadline */
export type DeadlineParty =
  | 'applicant'
  | 'consentingBody'
  | 'ministry'
  | 'provider'
  | 'psc'
  | 'qualityControlBody';

/** A deadline set by the standard. value and unit are null where the text names a deadline without a value (never invented). */
export type DeadlineRule = {
  __typename?: 'DeadlineRule';
  /** the act that amended this rule */
  amendedBy?: Maybe<LegalAct>;
  /** Id of the act that amended this rule */
  amendedById?: Maybe<Scalars['ID']['output']>;
  /** Channels it applies to; empty = all */
  channels: Array<Channel>;
  /** Clause */
  clause?: Maybe<Scalars['String']['output']>;
  /** How the law words the limit */
  comparator?: Maybe<Comparator>;
  /** The event the period counts from */
  countsFrom?: Maybe<LocalizedText>;
  /** The text of the rule */
  description?: Maybe<LocalizedText>;
  /** The acceptance day is not counted */
  excludeStartDay: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** What the deadline limits */
  kind: DeadlineKind;
  /** Remark on the source text */
  note?: Maybe<Scalars['String']['output']>;
  /** Position */
  ordinal: Scalars['Int']['output'];
  /** Who owes the deadline */
  owedBy: DeadlineParty;
  /** Sub-service codes it applies to; empty = all */
  subServices: Array<Scalars['String']['output']>;
  /** Unit; null when the text gives none */
  unit?: Maybe<DeadlineUnit>;
  /** Amount; null when the text gives none */
  value?: Maybe<Scalars['Float']['output']>;
};

/** A deadline; value and unit null where the text gives none */
export type DeadlineRuleInput = {
  /** Act that amended this rule */
  amendedById?: InputMaybe<Scalars['ID']['input']>;
  /** Channels; empty = all */
  channels?: InputMaybe<Array<Channel>>;
  /** Clause of the standard */
  clause?: InputMaybe<Scalars['String']['input']>;
  comparator?: InputMaybe<Comparator>;
  countsFrom?: InputMaybe<LocalizedTextInput>;
  description?: InputMaybe<LocalizedTextInput>;
  /** The acceptance day is not counted */
  excludeStartDay?: InputMaybe<Scalars['Boolean']['input']>;
  kind: DeadlineKind;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
  owedBy: DeadlineParty;
  /** Sub-service codes; empty = all */
  subServices?: InputMaybe<Array<Scalars['String']['input']>>;
  unit?: InputMaybe<DeadlineUnit>;
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** Unit a deadline is counted in */
export type DeadlineUnit =
  | 'calendarDays'
  | 'hours'
  | 'minutes'
  | 'months'
  | 'workingDays'
  | 'years';

/** A document required for one sub-service × channel, in the law's order */
export type DocumentRequirement = {
  __typename?: 'DocumentRequirement';
  /** the act that amended this requirement */
  amendedBy?: Maybe<LegalAct>;
  /** Id of the act that amended this requirement */
  amendedById?: Maybe<Scalars['ID']['output']>;
  /** Channel */
  channel: Channel;
  /** Clause */
  clause?: Maybe<Scalars['String']['output']>;
  /** When it is required */
  condition?: Maybe<LocalizedText>;
  /** Original, copy, electronic document, data … */
  copyKind: CopyKind;
  /** Signed with an electronic digital signature */
  edsSigned: Scalars['Boolean']['output'];
  /** When it is not required */
  exemption?: Maybe<LocalizedText>;
  /** Code of the appendix form it follows */
  formCode?: Maybe<Scalars['String']['output']>;
  /** Obtained by the provider from state information systems: not requested from the applicant */
  fromStateSystems: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Consular legalisation or apostille required */
  legalisation: Scalars['Boolean']['output'];
  /** Whether a copy must be notarised */
  notarised: Notarisation;
  /** Remark on the source text */
  note?: Maybe<Scalars['String']['output']>;
  /** Official translation into Kazakh or Russian required */
  officialTranslation: Scalars['Boolean']['output'];
  /** Number in the list */
  ordinal: Scalars['Int']['output'];
  /** Recipient kinds it applies to; empty = everyone */
  recipients: Array<RecipientKind>;
  /** Sub-service code */
  subService: Scalars['String']['output'];
  /** The document */
  title: LocalizedText;
};

/** A required document of one sub-service × channel list */
export type DocumentRequirementInput = {
  amendedById?: InputMaybe<Scalars['ID']['input']>;
  channel: Channel;
  /** Clause of the standard */
  clause?: InputMaybe<Scalars['String']['input']>;
  condition?: InputMaybe<LocalizedTextInput>;
  copyKind: CopyKind;
  edsSigned?: InputMaybe<Scalars['Boolean']['input']>;
  exemption?: InputMaybe<LocalizedTextInput>;
  /** Code of a form of this standard */
  form?: InputMaybe<Scalars['String']['input']>;
  fromStateSystems?: InputMaybe<Scalars['Boolean']['input']>;
  legalisation?: InputMaybe<Scalars['Boolean']['input']>;
  notarised?: InputMaybe<Notarisation>;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
  officialTranslation?: InputMaybe<Scalars['Boolean']['input']>;
  /** Number in the list (1, 2, …) */
  ordinal: Scalars['Int']['input'];
  recipients?: InputMaybe<Array<RecipientKind>>;
  /** Sub-service code */
  subService: Scalars['String']['input'];
  title: LocalizedTextInput;
};

/** Whether and how the service is paid */
export type FeeKind =
  | 'fixedAmount'
  | 'free'
  | 'licenceFee'
  | 'stateDuty';

/** A field of an appendix form */
export type FormField = {
  __typename?: 'FormField';
  /** Label as printed */
  label: LocalizedText;
  /** Remark */
  note?: Maybe<Scalars['String']['output']>;
  /** Options to choose from */
  options?: Maybe<Array<LocalizedText>>;
  /** Position */
  ordinal: Scalars['Int']['output'];
  /** Fields that repeat together share a group name */
  repeatingGroup?: Maybe<Scalars['String']['output']>;
  /** Type */
  type: FormFieldType;
};

export type FormFieldInput = {
  label: LocalizedTextInput;
  note?: InputMaybe<Scalars['String']['input']>;
  options?: InputMaybe<Array<LocalizedTextInput>>;
  ordinal: Scalars['Int']['input'];
  repeatingGroup?: InputMaybe<Scalars['String']['input']>;
  type: FormFieldType;
};

/** Type of a form field */
export type FormFieldType =
  | 'addressee'
  | 'blank'
  | 'choice'
  | 'consent'
  | 'date'
  | 'fixedText'
  | 'header'
  | 'list'
  | 'number'
  | 'signature'
  | 'table'
  | 'text'
  | 'title';

/** Kind of appendix form */
export type FormKind =
  | 'application'
  | 'informationForm'
  | 'other'
  | 'receipt'
  | 'refusalToAcceptReceipt';

/** An appendix form (application, receipt, refusal-to-accept receipt …) */
export type FormTemplate = {
  __typename?: 'FormTemplate';
  /** Appendix number */
  appendix?: Maybe<Scalars['Int']['output']>;
  /** Clause */
  clause?: Maybe<Scalars['String']['output']>;
  /** Code, unique within the standard */
  code: Scalars['String']['output'];
  /** Fields in order */
  fields: Array<FormField>;
  id: Scalars['ID']['output'];
  /** Kind */
  kind: FormKind;
  /** Remark on the source text */
  note?: Maybe<Scalars['String']['output']>;
  /** Position */
  ordinal: Scalars['Int']['output'];
  /** Title */
  title: LocalizedText;
};

/** An appendix form */
export type FormTemplateInput = {
  appendix?: InputMaybe<Scalars['Int']['input']>;
  /** Clause of the standard */
  clause?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['String']['input'];
  fields?: InputMaybe<Array<FormFieldInput>>;
  kind: FormKind;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
  title: LocalizedTextInput;
};

/** Group of a quality indicator */
export type IndicatorGroup =
  | 'accessibility'
  | 'complaints'
  | 'courtesy'
  | 'quality'
  | 'timeliness';

/** A law, code, decree, resolution or order. Standards are approved, amended and repealed by legal acts; acts amend and repeal one another. */
export type LegalAct = {
  __typename?: 'LegalAct';
  /** Acts that amend this act (this act is the target) */
  amendedBy: Array<LegalActRelation>;
  /** Acts this act amends (this act is the source) */
  amends: Array<LegalActRelation>;
  /** Stable code (slug), e.g. "res-1130-2012" */
  code: Scalars['String']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTime']['output'];
  /** Date of adoption or signature (YYYY-MM-DD) */
  date?: Maybe<Scalars['LocalDate']['output']>;
  /** Date of entry into force (YYYY-MM-DD), where known or estimated */
  entryIntoForce?: Maybe<Scalars['LocalDate']['output']>;
  /** True when entryIntoForce is an estimate (e.g. earliest possible date), not a date the sources state */
  entryIntoForceEstimated: Scalars['Boolean']['output'];
  /** How the act enters into force, as its text says */
  entryIntoForceRule?: Maybe<Scalars['String']['output']>;
  /** Record id */
  id: Scalars['ID']['output'];
  /** Kind of act (law, government resolution, ministerial order …) */
  kind: LegalActKind;
  /** Remarks, e.g. on errors of the source text */
  note?: Maybe<Scalars['String']['output']>;
  /** Number as printed, without "№" (e.g. "1130", "88-V"); null when the act has none or it is unknown */
  number?: Maybe<Scalars['String']['output']>;
  /** Where the act was officially published (gazette, issue, article) */
  publication?: Maybe<Scalars['String']['output']>;
  /** Acts that repeal this act (this act is the target) */
  repealedBy: Array<LegalActRelation>;
  /** Acts this act repeals (this act is the source) */
  repeals: Array<LegalActRelation>;
  /** Whether the act is in force, as far as the registry knows */
  status: LegalActStatus;
  /** Title */
  title: LocalizedText;
  /** When the record was last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: quote it in updates */
  version: Scalars['Int']['output'];
};

/** Filters for the legal act list (all given conditions must hold) */
export type LegalActFilter = {
  /** Only these acts */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only acts in force on this date: entryIntoForce on or before it, and no repeal taking effect on or before it (a repeal takes effect on its effectiveDate, else when the repealing act enters into force). Acts with no known entryIntoForce are left out. */
  inForceOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only acts of this kind */
  kind?: InputMaybe<LegalActKind>;
  /** Text search in code, number and title (kk, ru, en) */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only acts with this status */
  status?: InputMaybe<LegalActStatus>;
};

/** Kind of legal act */
export type LegalActKind =
  | 'code'
  | 'constitution'
  | 'governmentResolution'
  | 'law'
  | 'ministerialOrder'
  | 'other'
  | 'presidentialDecree';

/** One act amends or repeals another: "source amends/repeals target", with the clauses affected and when it takes effect. */
export type LegalActRelation = {
  __typename?: 'LegalActRelation';
  /** The clauses of the target affected, as the source words them (empty: not specified) */
  clauses: Array<Scalars['String']['output']>;
  /** When the record was created */
  createdAt: Scalars['DateTime']['output'];
  /** When the change takes effect (YYYY-MM-DD); null: when the source act enters into force */
  effectiveDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Record id */
  id: Scalars['ID']['output'];
  /** Whether the source amends or repeals the target */
  kind: LegalActRelationKind;
  /** Remarks, e.g. which item of the source makes the change */
  note?: Maybe<Scalars['String']['output']>;
  /** The amending or repealing act */
  source: LegalAct;
  /** Id of the amending or repealing act */
  sourceId: Scalars['ID']['output'];
  /** The act amended or repealed */
  target: LegalAct;
  /** Id of the act amended or repealed */
  targetId: Scalars['ID']['output'];
  /** When the record was last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: quote it in updates */
  version: Scalars['Int']['output'];
};

/** How one act affects another */
export type LegalActRelationKind =
  | 'amends'
  | 'repeals';

/** Whether the act is in force */
export type LegalActStatus =
  | 'inForce'
  | 'repealed'
  | 'unknown';

/** Size of a filtered list, for paging */
export type ListMetadata = {
  __typename?: 'ListMetadata';
  /** Number of records matching the filter */
  count: Scalars['Int']['output'];
};

/** A text in Kazakh (the original), Russian (where known) and English */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  /** English translation */
  en: Scalars['String']['output'];
  /** Kazakh: the original text of the law */
  kk?: Maybe<Scalars['String']['output']>;
  /** Russian, where known (never machine-translated) */
  ru?: Maybe<Scalars['String']['output']>;
};

/** A text in Kazakh, Russian and English */
export type LocalizedTextInput = {
  /** English */
  en: Scalars['String']['input'];
  /** Kazakh (the original) */
  kk?: InputMaybe<Scalars['String']['input']>;
  /** Russian */
  ru?: InputMaybe<Scalars['String']['input']>;
};

/** Electronic or paper */
export type Medium =
  | 'electronic'
  | 'paper';

export type Mutation = {
  __typename?: 'Mutation';
  /** Record that one act amends or repeals another */
  addLegalActRelation: LegalActRelation;
  /** Create an agency */
  createAgency: Agency;
  /** Create a legal act */
  createLegalAct: LegalAct;
  /** Create a new standard as a draft (version 1) */
  createServiceStandard: ServiceStandard;
  /** Copy the newest version of a standard into a new draft */
  createStandardDraft: ServiceStandard;
  /** Delete an agency that no standard and no child agency refers to */
  deleteAgency: Agency;
  /** Delete a legal act that no standard refers to and no other act amends or repeals; its own amendments and repeals of other acts are deleted with it */
  deleteLegalAct: LegalAct;
  /** Delete a draft (published versions are never deleted) */
  deleteServiceStandard: ServiceStandard;
  /** Publish a draft from a date; the previous version stops being in force that day */
  publishStandard: ServiceStandard;
  /** Delete a relation between acts */
  removeLegalActRelation: LegalActRelation;
  /** Repeal a standard by an act from a date (the first day it is no longer in force) */
  repealStandard: ServiceStandard;
  /** Update an agency; quote the version you read */
  updateAgency: Agency;
  /** Update a legal act; quote the version you read. Omitted arguments stay as they are. */
  updateLegalAct: LegalAct;
  /** Change the clauses, effective date or note of a relation between acts; quote the version you read */
  updateLegalActRelation: LegalActRelation;
  /** Edit a draft; given lists of parts replace the draft's lists. Quote the version you read. */
  updateServiceStandard: ServiceStandard;
};


export type MutationAddLegalActRelationArgs = {
  clauses?: InputMaybe<Array<Scalars['String']['input']>>;
  effectiveDate?: InputMaybe<Scalars['LocalDate']['input']>;
  kind: LegalActRelationKind;
  note?: InputMaybe<Scalars['String']['input']>;
  sourceId: Scalars['ID']['input'];
  targetId: Scalars['ID']['input'];
};


export type MutationCreateAgencyArgs = {
  address?: InputMaybe<LocalizedTextInput>;
  bin?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<AgencyKind>;
  name?: InputMaybe<LocalizedTextInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  shortName?: InputMaybe<LocalizedTextInput>;
  website?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateLegalActArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<Scalars['LocalDate']['input']>;
  entryIntoForce?: InputMaybe<Scalars['LocalDate']['input']>;
  entryIntoForceEstimated?: InputMaybe<Scalars['Boolean']['input']>;
  entryIntoForceRule?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<LegalActKind>;
  note?: InputMaybe<Scalars['String']['input']>;
  number?: InputMaybe<Scalars['String']['input']>;
  publication?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<LegalActStatus>;
  title?: InputMaybe<LocalizedTextInput>;
};


export type MutationCreateServiceStandardArgs = {
  amendments?: InputMaybe<Array<StandardAmendmentInput>>;
  approvedById?: InputMaybe<Scalars['ID']['input']>;
  approvedClause?: InputMaybe<Scalars['String']['input']>;
  automation?: InputMaybe<Automation>;
  channelDetails?: InputMaybe<Array<StandardChannelInput>>;
  code?: InputMaybe<Scalars['String']['input']>;
  complaintRoute?: InputMaybe<Array<ComplaintLevelInput>>;
  contactPoints?: InputMaybe<Array<ContactPointInput>>;
  deadlines?: InputMaybe<Array<DeadlineRuleInput>>;
  developerId?: InputMaybe<Scalars['ID']['input']>;
  documents?: InputMaybe<Array<DocumentRequirementInput>>;
  feeAmountMci?: InputMaybe<Scalars['Float']['input']>;
  feeClause?: InputMaybe<Scalars['String']['input']>;
  feeDescription?: InputMaybe<LocalizedTextInput>;
  feeKind?: InputMaybe<FeeKind>;
  feeLegalBasisId?: InputMaybe<Scalars['ID']['input']>;
  formClause?: InputMaybe<Scalars['String']['input']>;
  forms?: InputMaybe<Array<FormTemplateInput>>;
  legalBasis?: InputMaybe<Array<StandardLegalBasisInput>>;
  media?: InputMaybe<Array<Medium>>;
  name?: InputMaybe<LocalizedTextInput>;
  notes?: InputMaybe<Array<Scalars['String']['input']>>;
  otherAgencies?: InputMaybe<Array<StandardAgencyRoleInput>>;
  providerId?: InputMaybe<Scalars['ID']['input']>;
  qualificationRequirements?: InputMaybe<Array<QualificationGroupInput>>;
  qualityIndicators?: InputMaybe<Array<QualityIndicatorDefinitionInput>>;
  recipients?: InputMaybe<Array<RecipientKind>>;
  refusalGrounds?: InputMaybe<Array<RefusalGroundInput>>;
  result?: InputMaybe<StandardResultInput>;
  schedules?: InputMaybe<Array<WorkScheduleInput>>;
  subServices?: InputMaybe<Array<SubServiceInput>>;
  titleVariants?: InputMaybe<Array<TitleVariantInput>>;
  validFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  validFromEstimated?: InputMaybe<Scalars['Boolean']['input']>;
  workPrinciples?: InputMaybe<Array<LocalizedTextInput>>;
};


export type MutationCreateStandardDraftArgs = {
  code: Scalars['String']['input'];
};


export type MutationDeleteAgencyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteLegalActArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteServiceStandardArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishStandardArgs = {
  id: Scalars['ID']['input'];
  validFrom: Scalars['LocalDate']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRemoveLegalActRelationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRepealStandardArgs = {
  actId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
  date: Scalars['LocalDate']['input'];
};


export type MutationUpdateAgencyArgs = {
  address?: InputMaybe<LocalizedTextInput>;
  bin?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<AgencyKind>;
  name?: InputMaybe<LocalizedTextInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  shortName?: InputMaybe<LocalizedTextInput>;
  version: Scalars['Int']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateLegalActArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<Scalars['LocalDate']['input']>;
  entryIntoForce?: InputMaybe<Scalars['LocalDate']['input']>;
  entryIntoForceEstimated?: InputMaybe<Scalars['Boolean']['input']>;
  entryIntoForceRule?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<LegalActKind>;
  note?: InputMaybe<Scalars['String']['input']>;
  number?: InputMaybe<Scalars['String']['input']>;
  publication?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<LegalActStatus>;
  title?: InputMaybe<LocalizedTextInput>;
  version: Scalars['Int']['input'];
};


export type MutationUpdateLegalActRelationArgs = {
  clauses?: InputMaybe<Array<Scalars['String']['input']>>;
  effectiveDate?: InputMaybe<Scalars['LocalDate']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationUpdateServiceStandardArgs = {
  amendments?: InputMaybe<Array<StandardAmendmentInput>>;
  approvedById?: InputMaybe<Scalars['ID']['input']>;
  approvedClause?: InputMaybe<Scalars['String']['input']>;
  automation?: InputMaybe<Automation>;
  channelDetails?: InputMaybe<Array<StandardChannelInput>>;
  code?: InputMaybe<Scalars['String']['input']>;
  complaintRoute?: InputMaybe<Array<ComplaintLevelInput>>;
  contactPoints?: InputMaybe<Array<ContactPointInput>>;
  deadlines?: InputMaybe<Array<DeadlineRuleInput>>;
  developerId?: InputMaybe<Scalars['ID']['input']>;
  documents?: InputMaybe<Array<DocumentRequirementInput>>;
  feeAmountMci?: InputMaybe<Scalars['Float']['input']>;
  feeClause?: InputMaybe<Scalars['String']['input']>;
  feeDescription?: InputMaybe<LocalizedTextInput>;
  feeKind?: InputMaybe<FeeKind>;
  feeLegalBasisId?: InputMaybe<Scalars['ID']['input']>;
  formClause?: InputMaybe<Scalars['String']['input']>;
  forms?: InputMaybe<Array<FormTemplateInput>>;
  id: Scalars['ID']['input'];
  legalBasis?: InputMaybe<Array<StandardLegalBasisInput>>;
  media?: InputMaybe<Array<Medium>>;
  name?: InputMaybe<LocalizedTextInput>;
  notes?: InputMaybe<Array<Scalars['String']['input']>>;
  otherAgencies?: InputMaybe<Array<StandardAgencyRoleInput>>;
  providerId?: InputMaybe<Scalars['ID']['input']>;
  qualificationRequirements?: InputMaybe<Array<QualificationGroupInput>>;
  qualityIndicators?: InputMaybe<Array<QualityIndicatorDefinitionInput>>;
  recipients?: InputMaybe<Array<RecipientKind>>;
  refusalGrounds?: InputMaybe<Array<RefusalGroundInput>>;
  result?: InputMaybe<StandardResultInput>;
  schedules?: InputMaybe<Array<WorkScheduleInput>>;
  subServices?: InputMaybe<Array<SubServiceInput>>;
  titleVariants?: InputMaybe<Array<TitleVariantInput>>;
  validFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  validFromEstimated?: InputMaybe<Scalars['Boolean']['input']>;
  version: Scalars['Int']['input'];
  workPrinciples?: InputMaybe<Array<LocalizedTextInput>>;
};

/** Whether a copy must be notarised */
export type Notarisation =
  | 'ifOriginalNotPresented'
  | 'no'
  | 'yes';

/** Qualification requirements for one activity sub-type of a licence */
export type QualificationGroup = {
  __typename?: 'QualificationGroup';
  /** Activity sub-type */
  activitySubtype: LocalizedText;
  /** Clause */
  clause?: Maybe<Scalars['String']['output']>;
  /** Code, unique within the standard */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Requirements in order */
  items: Array<QualificationItem>;
  /** Remark on the source text */
  note?: Maybe<Scalars['String']['output']>;
  /** Position */
  ordinal: Scalars['Int']['output'];
};

/** Qualification requirements of one activity sub-type */
export type QualificationGroupInput = {
  activitySubtype: LocalizedTextInput;
  /** Clause of the standard */
  clause?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['String']['input'];
  items: Array<QualificationItemInput>;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A numbered qualification requirement with the evidence that proves it */
export type QualificationItem = {
  __typename?: 'QualificationItem';
  /** Clause */
  clause?: Maybe<Scalars['String']['output']>;
  /** Documents that prove it */
  evidence: Array<LocalizedText>;
  /** Exemption */
  exemption?: Maybe<LocalizedText>;
  /** Remark on the source text */
  note?: Maybe<Scalars['String']['output']>;
  /** Number as printed ("2.3") */
  number: Scalars['String']['output'];
  /** The requirement */
  requirement: LocalizedText;
};

export type QualificationItemInput = {
  /** Clause of the standard */
  clause?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<Array<LocalizedTextInput>>;
  exemption?: InputMaybe<LocalizedTextInput>;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
  number: Scalars['String']['input'];
  requirement: LocalizedTextInput;
};

/** A row of the standard's quality and efficiency indicator table, with the values printed in the law */
export type QualityIndicatorDefinition = {
  __typename?: 'QualityIndicatorDefinition';
  /** Clause */
  clause?: Maybe<Scalars['String']['output']>;
  /** Code, e.g. "1.1" */
  code: Scalars['String']['output'];
  /** Current value in the reporting year, as printed */
  current?: Maybe<Scalars['Float']['output']>;
  /** Group */
  group: IndicatorGroup;
  /** Group title as printed */
  groupTitle: LocalizedText;
  id: Scalars['ID']['output'];
  /** Normative value */
  normative?: Maybe<Scalars['Float']['output']>;
  /** Remark on the source text */
  note?: Maybe<Scalars['String']['output']>;
  /** Position */
  ordinal: Scalars['Int']['output'];
  /** Target for the next year, as printed */
  target?: Maybe<Scalars['Float']['output']>;
  /** Unit (percent) */
  unit: Scalars['String']['output'];
  /** Wording */
  wording: LocalizedText;
};

/** A row of the quality indicator table */
export type QualityIndicatorDefinitionInput = {
  /** Clause of the standard */
  clause?: InputMaybe<Scalars['String']['input']>;
  /** "1.1" */
  code: Scalars['String']['input'];
  current?: InputMaybe<Scalars['Float']['input']>;
  group: IndicatorGroup;
  groupTitle: LocalizedTextInput;
  normative?: InputMaybe<Scalars['Float']['input']>;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
  target?: InputMaybe<Scalars['Float']['input']>;
  wording: LocalizedTextInput;
};

export type Query = {
  __typename?: 'Query';
  /** Number of agencies matching the filter */
  _agenciesMeta: ListMetadata;
  /** Number of legal acts matching the filter */
  _legalActsMeta: ListMetadata;
  /** Number of standard versions matching the filter */
  _serviceStandardsMeta: ListMetadata;
  /** Agencies, filtered, sorted and paged (page is zero-based) */
  agencies: Array<Agency>;
  /** One agency by id */
  agency?: Maybe<Agency>;
  /** One legal act by id */
  legalAct?: Maybe<LegalAct>;
  /** Legal acts, filtered, sorted and paged (page is zero-based; default sort by code) */
  legalActs: Array<LegalAct>;
  /** One standard version by id */
  serviceStandard?: Maybe<ServiceStandard>;
  /** The version of a standard in force on a date (null when none was) */
  serviceStandardInForce?: Maybe<ServiceStandard>;
  /** Standard versions, filtered, sorted and paged (page is zero-based) */
  serviceStandards: Array<ServiceStandard>;
};


export type Query_AgenciesMetaArgs = {
  filter?: InputMaybe<AgencyFilter>;
};


export type Query_LegalActsMetaArgs = {
  filter?: InputMaybe<LegalActFilter>;
};


export type Query_ServiceStandardsMetaArgs = {
  filter?: InputMaybe<ServiceStandardFilter>;
};


export type QueryAgenciesArgs = {
  filter?: InputMaybe<AgencyFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type QueryAgencyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLegalActArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLegalActsArgs = {
  filter?: InputMaybe<LegalActFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type QueryServiceStandardArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServiceStandardInForceArgs = {
  code: Scalars['String']['input'];
  on: Scalars['LocalDate']['input'];
};


export type QueryServiceStandardsArgs = {
  filter?: InputMaybe<ServiceStandardFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};

/** Who may receive the service */
export type RecipientKind =
  | 'foreignStateBody'
  | 'individual'
  | 'individualEntrepreneur'
  | 'legalEntity';

/** A ground for refusing the service (the list is exhaustive and ordered) */
export type RefusalGround = {
  __typename?: 'RefusalGround';
  /** Clause */
  clause?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Remark on the source text */
  note?: Maybe<Scalars['String']['output']>;
  /** Number in the list */
  ordinal: Scalars['Int']['output'];
  /** The ground */
  text: LocalizedText;
};

/** A ground for refusal */
export type RefusalGroundInput = {
  /** Clause of the standard */
  clause?: InputMaybe<Scalars['String']['input']>;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
  ordinal: Scalars['Int']['input'];
  text: LocalizedTextInput;
};

/** Review deadline of a complaint level */
export type ReviewDeadlineInput = {
  countsFrom?: InputMaybe<LocalizedTextInput>;
  /** The law that sets it, where the text only refers to one */
  legalBasisId?: InputMaybe<Scalars['ID']['input']>;
  unit?: InputMaybe<DeadlineUnit>;
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** Opening hours on some days of the week */
export type SchedulePeriod = {
  __typename?: 'SchedulePeriod';
  /** Breaks (lunch) */
  breaks: Array<TimeRange>;
  /** Closes at HH:MM */
  closes: Scalars['String']['output'];
  /** Days */
  days: Array<Weekday>;
  /** Opens at HH:MM */
  opens: Scalars['String']['output'];
};

export type SchedulePeriodInput = {
  breaks?: InputMaybe<Array<TimeRangeInput>>;
  /** HH:MM */
  closes: Scalars['String']['input'];
  days: Array<Weekday>;
  /** HH:MM */
  opens: Scalars['String']['input'];
};

/** One version of a state service standard: provider, legal basis, deadlines, fee, channels, required documents, refusal grounds, complaint route, qualification requirements, forms and quality indicators. Published versions are immutable. */
export type ServiceStandard = {
  __typename?: 'ServiceStandard';
  /** Acts that amended this version */
  amendments: Array<StandardAmendment>;
  /** The act that approved this version */
  approvedBy?: Maybe<LegalAct>;
  /** Id of the approving act */
  approvedById?: Maybe<Scalars['ID']['output']>;
  /** Clause of the approving act */
  approvedClause?: Maybe<Scalars['String']['output']>;
  /** Degree of automation */
  automation?: Maybe<Automation>;
  /** The version this draft was copied from */
  basedOn?: Maybe<ServiceStandard>;
  /** Channels with their details */
  channelDetails: Array<StandardChannel>;
  /** Channels offered */
  channels: Array<Channel>;
  /** Stable code across versions, e.g. "lic-poisons" */
  code: Scalars['String']['output'];
  /** The complaint route, level by level */
  complaintRoute: Array<ComplaintLevel>;
  /** Contact points */
  contactPoints: Array<ContactPoint>;
  createdAt: Scalars['DateTime']['output'];
  /** Deadlines, optionally only those that apply to a sub-service and/or channel */
  deadlines: Array<DeadlineRule>;
  /** The agency that developed the standard */
  developer?: Maybe<Agency>;
  /** Id of the developing agency */
  developerId?: Maybe<Scalars['ID']['output']>;
  /** Required documents, optionally of one sub-service and/or channel */
  documents: Array<DocumentRequirement>;
  /** Fee in monthly calculation indices (MCI), where the text gives it */
  feeAmountMci?: Maybe<Scalars['Float']['output']>;
  /** The fee as the text words it */
  feeDescription?: Maybe<LocalizedText>;
  /** Free, licence fee, state duty or a fixed amount */
  feeKind: FeeKind;
  /** The act that sets the fee (e.g. the Tax Code) */
  feeLegalBasis?: Maybe<LegalAct>;
  /** Id of the act that sets the fee */
  feeLegalBasisId?: Maybe<Scalars['ID']['output']>;
  /** Appendix forms */
  forms: Array<FormTemplate>;
  id: Scalars['ID']['output'];
  /** Legal basis */
  legalBasis: Array<StandardLegalBasis>;
  /** Form of the service: electronic and/or paper */
  media: Array<Medium>;
  /** Name of the service (the standard's heading) */
  name: LocalizedText;
  /** Remarks on the source text (errors kept as the law says them) */
  notes: Array<Scalars['String']['output']>;
  /** Other agencies involved */
  otherAgencies: Array<StandardAgencyRole>;
  /** The providing agency */
  provider: Agency;
  /** Id of the providing agency */
  providerId: Scalars['ID']['output'];
  /** When this version was published in Qyzmet */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Qualification requirements per activity sub-type */
  qualificationRequirements: Array<QualificationGroup>;
  /** Quality and efficiency indicator table */
  qualityIndicators: Array<QualityIndicatorDefinition>;
  /** Who may receive the service */
  recipients: Array<RecipientKind>;
  /** Grounds for refusal (exhaustive) */
  refusalGrounds: Array<RefusalGround>;
  /** The act that repealed this version */
  repealedBy?: Maybe<LegalAct>;
  /** Date the repeal took effect */
  repealedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The result of the service */
  result: StandardResult;
  /** Work schedules */
  schedules: Array<WorkSchedule>;
  /** draft → published → repealed */
  status: StandardStatus;
  /** Sub-services (issuance, re-issuance, duplicate …) */
  subServices: Array<SubService>;
  /** Other wordings of the title in the act */
  titleVariants: Array<TitleVariant>;
  updatedAt: Scalars['DateTime']['output'];
  /** First day in force */
  validFrom?: Maybe<Scalars['LocalDate']['output']>;
  /** validFrom is estimated (the publication date is not in the source) */
  validFromEstimated: Scalars['Boolean']['output'];
  /** First day no longer in force (exclusive); null = open-ended */
  validTo?: Maybe<Scalars['LocalDate']['output']>;
  /** Optimistic-lock version: quote it in updates */
  version: Scalars['Int']['output'];
  /** Version number within the code (1, 2, …) */
  versionNumber: Scalars['Int']['output'];
  /** Work principles of the provider */
  workPrinciples: Array<LocalizedText>;
};


/** One version of a state service standard: provider, legal basis, deadlines, fee, channels, required documents, refusal grounds, complaint route, qualification requirements, forms and quality indicators. Published versions are immutable. */
export type ServiceStandardDeadlinesArgs = {
  channel?: InputMaybe<Channel>;
  subService?: InputMaybe<Scalars['String']['input']>;
};


/** One version of a state service standard: provider, legal basis, deadlines, fee, channels, required documents, refusal grounds, complaint route, qualification requirements, forms and quality indicators. Published versions are immutable. */
export type ServiceStandardDocumentsArgs = {
  channel?: InputMaybe<Channel>;
  subService?: InputMaybe<Scalars['String']['input']>;
};

/** Filters for the standards list */
export type ServiceStandardFilter = {
  /** Provided by this agency or one below it */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Offers this channel */
  channel?: InputMaybe<Channel>;
  /** All versions of one code */
  code?: InputMaybe<Scalars['String']['input']>;
  /** true: paid services; false: free ones */
  hasFee?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** In force on this date */
  inForceOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Text search in code and names (kk, ru, en) */
  q?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<StandardStatus>;
};

/** Sort direction */
export type SortOrder =
  | 'ASC'
  | 'DESC';

/** Another agency involved in the service (territorial provider, consenting body, PSC branch …) */
export type StandardAgencyRole = {
  __typename?: 'StandardAgencyRole';
  /** The agency */
  agency: Agency;
  /** Id of the agency */
  agencyId: Scalars['ID']['output'];
  /** Clause of the standard */
  clause?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Remark on the source text */
  note?: Maybe<Scalars['String']['output']>;
  /** Role, e.g. "provider", "consenting", "psc-branch" */
  role: Scalars['String']['output'];
};

export type StandardAgencyRoleInput = {
  agencyId: Scalars['ID']['input'];
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
  role: Scalars['String']['input'];
};

/** A later act that amended this standard */
export type StandardAmendment = {
  __typename?: 'StandardAmendment';
  /** the amending act */
  act: LegalAct;
  /** Id of the amending act */
  actId: Scalars['ID']['output'];
  /** Clauses amended */
  clauses: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** New edition of the whole standard, or amendment of clauses */
  kind: AmendmentKind;
  /** Remark */
  note?: Maybe<Scalars['String']['output']>;
};

export type StandardAmendmentInput = {
  actId: Scalars['ID']['input'];
  clauses: Array<Scalars['String']['input']>;
  kind: AmendmentKind;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A channel through which the standard accepts applications and issues results */
export type StandardChannel = {
  __typename?: 'StandardChannel';
  /** The agency */
  agency?: Maybe<Agency>;
  /** Id of the agency */
  agencyId?: Maybe<Scalars['ID']['output']>;
  /** The channel */
  channel: Channel;
  /** Clause of the standard */
  clause?: Maybe<Scalars['String']['output']>;
  /** How the text describes the channel */
  description?: Maybe<LocalizedText>;
  id: Scalars['ID']['output'];
  /** Remark on the source text */
  note?: Maybe<Scalars['String']['output']>;
};

export type StandardChannelInput = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  channel: Channel;
  /** Clause of the standard */
  clause?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<LocalizedTextInput>;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** An act the standard names as its legal basis */
export type StandardLegalBasis = {
  __typename?: 'StandardLegalBasis';
  /** the act */
  act: LegalAct;
  /** Id of the act */
  actId: Scalars['ID']['output'];
  /** Article or item of the act */
  article?: Maybe<Scalars['String']['output']>;
  /** Clause of the standard that cites it */
  clause?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Remark */
  note?: Maybe<Scalars['String']['output']>;
};

export type StandardLegalBasisInput = {
  actId: Scalars['ID']['input'];
  article?: InputMaybe<Scalars['String']['input']>;
  /** Clause of the standard */
  clause?: InputMaybe<Scalars['String']['input']>;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** What the service produces */
export type StandardResult = {
  __typename?: 'StandardResult';
  /** Clause */
  clause?: Maybe<Scalars['String']['output']>;
  /** The result (document issued, or reasoned refusal) */
  description: LocalizedText;
  /** Form of the result */
  media: Array<Medium>;
  /** Remark */
  note?: Maybe<Scalars['String']['output']>;
};

export type StandardResultInput = {
  /** Clause of the standard */
  clause?: InputMaybe<Scalars['String']['input']>;
  description: LocalizedTextInput;
  media: Array<Medium>;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Lifecycle of a standard version: draft → published → repealed */
export type StandardStatus =
  | 'draft'
  | 'published'
  | 'repealed';

/** A sub-service of the standard (issuance, re-issuance, duplicate, licence annex …) */
export type SubService = {
  __typename?: 'SubService';
  /** Clause */
  clause?: Maybe<Scalars['String']['output']>;
  /** Code, unique within the standard (used by deadlines and documents) */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Kind */
  kind: SubServiceKind;
  /** Name */
  name: LocalizedText;
  /** Remark on the source text */
  note?: Maybe<Scalars['String']['output']>;
  /** Position in the law's order */
  ordinal: Scalars['Int']['output'];
};

/** A sub-service */
export type SubServiceInput = {
  /** Clause of the standard */
  clause?: InputMaybe<Scalars['String']['input']>;
  /** Code, unique within the standard */
  code: Scalars['String']['input'];
  kind: SubServiceKind;
  name: LocalizedTextInput;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Kind of sub-service */
export type SubServiceKind =
  | 'duplicate'
  | 'issuance'
  | 'licenceAnnex'
  | 'other'
  | 'registration'
  | 'reissuance'
  | 'reregistration';

/** A break inside opening hours */
export type TimeRange = {
  __typename?: 'TimeRange';
  /** HH:MM */
  from: Scalars['String']['output'];
  /** HH:MM */
  to: Scalars['String']['output'];
};

export type TimeRangeInput = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

/** The standard's title as worded in another place of the act (approval list, appendix captions …) */
export type TitleVariant = {
  __typename?: 'TitleVariant';
  /** Remark */
  note?: Maybe<Scalars['String']['output']>;
  /** Where this wording appears */
  source: Scalars['String']['output'];
  /** The wording */
  title: LocalizedText;
};

export type TitleVariantInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  source: Scalars['String']['input'];
  title: LocalizedTextInput;
};

/** Day of the week */
export type Weekday =
  | 'fri'
  | 'mon'
  | 'sat'
  | 'sun'
  | 'thu'
  | 'tue'
  | 'wed';

/** Weekly hours of an agency for a purpose, as this standard states them */
export type WorkSchedule = {
  __typename?: 'WorkSchedule';
  /** The agency */
  agency: Agency;
  /** Id of the agency */
  agencyId: Scalars['ID']['output'];
  /** Open around the clock (portals) */
  aroundTheClock: Scalars['Boolean']['output'];
  /** Queue can be booked on the portal */
  bookingViaPortal?: Maybe<Scalars['Boolean']['output']>;
  /** Clause */
  clause?: Maybe<Scalars['String']['output']>;
  /** The text of the schedule */
  description?: Maybe<LocalizedText>;
  /** Electronic queue */
  electronicQueue?: Maybe<Scalars['Boolean']['output']>;
  /** Closed on weekends and public holidays */
  exceptHolidays: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** No advance appointment needed */
  noAppointment?: Maybe<Scalars['Boolean']['output']>;
  /** No expedited service */
  noExpeditedService?: Maybe<Scalars['Boolean']['output']>;
  /** Remark on the source text */
  note?: Maybe<Scalars['String']['output']>;
  /** Position */
  ordinal: Scalars['Int']['output'];
  /** Opening hours */
  periods: Array<SchedulePeriod>;
  /** Purpose */
  purpose: ContactPurpose;
};

/** Weekly hours of an agency for a purpose */
export type WorkScheduleInput = {
  agencyId: Scalars['ID']['input'];
  aroundTheClock?: InputMaybe<Scalars['Boolean']['input']>;
  bookingViaPortal?: InputMaybe<Scalars['Boolean']['input']>;
  /** Clause of the standard */
  clause?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<LocalizedTextInput>;
  electronicQueue?: InputMaybe<Scalars['Boolean']['input']>;
  exceptHolidays?: InputMaybe<Scalars['Boolean']['input']>;
  noAppointment?: InputMaybe<Scalars['Boolean']['input']>;
  noExpeditedService?: InputMaybe<Scalars['Boolean']['input']>;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
  periods?: InputMaybe<Array<SchedulePeriodInput>>;
  purpose: ContactPurpose;
};
