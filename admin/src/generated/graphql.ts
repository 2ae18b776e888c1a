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
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: unknown; output: unknown; }
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
  /** Id of the record (UUID) */
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
  /** Standard versions this agency provides, by code then version (anonymous callers and partners: published and repealed only); one statement for every agency of a page */
  standards: Array<ServiceStandard>;
  /** When the record was last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: quote it in updates */
  version: Scalars['Int']['output'];
  /** Website */
  website?: Maybe<Scalars['String']['output']>;
};


/** A state body, public service centre or portal. Agencies form a tree (ministry → committee → territorial body). */
export type AgencyStandardsArgs = {
  page?: Scalars['Int']['input'];
  perPage?: Scalars['Int']['input'];
};

/** Filters for the agency list */
export type AgencyFilter = {
  /** Only these agencies */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only agencies of this kind */
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
  /** A committee of a ministry */
  | 'committee'
  /** A contact centre (e.g. 1414) */
  | 'contactCentre'
  /** The Government of the Republic of Kazakhstan */
  | 'government'
  /** A local executive body (akimat or its department) */
  | 'localExecutiveBody'
  /** A ministry */
  | 'ministry'
  /** Any other body */
  | 'other'
  /** A web portal (e-government, e-licensing) */
  | 'portal'
  /** A regional branch of the public service centres */
  | 'pscBranch'
  /** The state enterprise that runs the public service centres */
  | 'pscEnterprise'
  /** A public service centre office */
  | 'pscOffice'
  /** The authorised body for the assessment and control of the quality of state services */
  | 'qualityControlBody'
  /** A territorial body of a ministry or committee */
  | 'territorialBody';

/** Whether an act re-enacted the whole standard or amended clauses */
export type AmendmentKind =
  /** The act amended some clauses */
  | 'clauseAmendment'
  /** The act set out the whole standard in a new edition */
  | 'newEdition';

/** A partner's API key. The secret is returned once, by createApiKey; only its hash is stored. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** Neither revoked nor expired */
  active: Scalars['Boolean']['output'];
  /** When the key was created */
  createdAt: Scalars['DateTime']['output'];
  /** Who created the key (superadmins only: a partner reading its own key through `me` does not see it) */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** When the key stops working */
  expiresAt: Scalars['DateTime']['output'];
  /** Id of the key (not the secret) */
  id: Scalars['ID']['output'];
  /** Last request made with the key (to the minute) */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key is for */
  name: Scalars['String']['output'];
  /** The partner (slug) that owns the key and the applications submitted with it */
  partner: Scalars['String']['output'];
  /** First characters of the secret, to recognise the key */
  prefix: Scalars['String']['output'];
  /** When the key was revoked (it stopped working then) */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** standards:read, applications:submit, applications:read-own */
  scopes: Array<Scalars['String']['output']>;
  /** The secret (qz_…): only in the answer of createApiKey, never again */
  secret?: Maybe<Scalars['String']['output']>;
  /** When the key was last changed (e.g. revoked) */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version */
  version: Scalars['Int']['output'];
};

/** Filters for the API key list */
export type ApiKeyFilter = {
  /** true: neither revoked nor expired; false: revoked or expired */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these keys */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only the keys of this partner */
  partner?: InputMaybe<Scalars['String']['input']>;
  /** Text search in name, partner and prefix */
  q?: InputMaybe<Scalars['String']['input']>;
};

/** An application for a state service, tracked against the deadlines of the standard version in force when it was submitted */
export type Application = {
  __typename?: 'Application';
  /** When the documents were accepted and registered */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The providing agency */
  agency: Agency;
  /** Id of the providing agency */
  agencyId: Scalars['ID']['output'];
  /** IIN (individuals, entrepreneurs) or BIN (legal entities), 12 digits with a valid check digit */
  applicantIdentifier?: Maybe<Scalars['String']['output']>;
  /** Individual, individual entrepreneur, legal entity … */
  applicantKind: RecipientKind;
  /** Full name or organisation name */
  applicantName: Scalars['String']['output'];
  /** Where it was filed */
  channel: Channel;
  /** When it was decided: issued, refused, deemed issued or not accepted */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Complaints about this application */
  complaints: Array<Complaint>;
  /** When the record was created */
  createdAt: Scalars['DateTime']['output'];
  /** Unit of the deadline; `remaining` is counted in it */
  deadlineUnit?: Maybe<DeadlineUnit>;
  /** The service deadline pinned at submission (null: the standard sets none) */
  deadlineValue?: Maybe<Scalars['Float']['output']>;
  /** The standard's "deemed issued" rule applies when the deadline passes without a decision */
  deemedIssuedApplies: Scalars['Boolean']['output'];
  /** The documents presented */
  documents: Array<DocumentRequirement>;
  /** The legal due date (moved by suspensions); null when the standard sets no deadline */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The timeline, oldest first */
  events: Array<ApplicationEvent>;
  /** When the result was handed over */
  handedOverAt?: Maybe<Scalars['DateTime']['output']>;
  /** The result must reach the applicant by then (after "deemed issued", or the refusal-delivery deadline) */
  handoverDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Decided, not yet handed over, and past the hand-over deadline */
  handoverOverdue: Scalars['Boolean']['output'];
  /** Time-ordered UUID */
  id: Scalars['ID']['output'];
  /** Registered by an operator or submitted by a partner system */
  intake: ApplicationIntake;
  /** Required documents not presented (a non-empty list means the set is incomplete) */
  missingDocuments: Array<DocumentRequirement>;
  /** Decided applications with a deadline: early, onTime or late (deemed issued counts as late: no decision was made in time) */
  outcome?: Maybe<ApplicationOutcome>;
  /** Open, the clock running, and past the due date (decided applications: see outcome) */
  overdue: Scalars['Boolean']['output'];
  /** Ordinals of the documents presented, in the sub-service × channel list of the standard */
  presentedDocuments: Array<Scalars['Int']['output']>;
  /** PSC channel: the provider hands the result to the PSC by then (one day before the deadline) */
  pscHandoverDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The standard's maximum queue wait for this channel, in minutes */
  queueWaitLimitMinutes?: Maybe<Scalars['Float']['output']>;
  /** Minutes the applicant waited in the queue (in-person channels) */
  queueWaitMinutes?: Maybe<Scalars['Float']['output']>;
  /** Queue wait within the standard's limit (null when either is unknown) */
  queueWaitWithinLimit?: Maybe<Scalars['Boolean']['output']>;
  /** The receipt of acceptance or of refusal to accept */
  receipt?: Maybe<Receipt>;
  /** Ids of the refusal grounds cited */
  refusalGroundIds: Array<Scalars['ID']['output']>;
  /** The refusal grounds cited */
  refusalGrounds: Array<RefusalGround>;
  /** How much of the term is left, in deadlineUnit (0 = due today for day units; negative = overdue). Frozen while suspended; at the decision once decided; null without a deadline or when not accepted. */
  remaining?: Maybe<Scalars['Float']['output']>;
  /** The standard's document list for this sub-service and channel */
  requiredDocuments: Array<DocumentRequirement>;
  /** The operator responsible for it */
  responsibleOperator?: Maybe<Scalars['String']['output']>;
  /** Minutes the applicant was served at the counter (in-person channels) */
  serviceMinutes?: Maybe<Scalars['Float']['output']>;
  /** The standard's maximum service time for this channel, in minutes */
  serviceTimeLimitMinutes?: Maybe<Scalars['Float']['output']>;
  /** The standard version in force at submission */
  standard: ServiceStandard;
  /** Code of the standard */
  standardCode: Scalars['String']['output'];
  /** Id of the pinned standard version */
  standardId: Scalars['ID']['output'];
  /** Version number of the standard in force at submission (pinned) */
  standardVersion: Scalars['Int']['output'];
  /** Where the application is in its life */
  status: ApplicationStatus;
  /** Sub-service code (issuance, reissuance …) */
  subService: Scalars['String']['output'];
  /** When the documents were handed in (the term runs from here) */
  submittedAt: Scalars['DateTime']['output'];
  /** Who registered or submitted it */
  submittedBy: Scalars['String']['output'];
  /** The applicant's survey answers */
  survey?: Maybe<SurveyResponse>;
  /** When the current suspension began */
  suspendedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the record last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: transitions may quote it */
  version: Scalars['Int']['output'];
};


/** An application for a state service, tracked against the deadlines of the standard version in force when it was submitted */
export type ApplicationHandoverOverdueArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};


/** An application for a state service, tracked against the deadlines of the standard version in force when it was submitted */
export type ApplicationOverdueArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};


/** An application for a state service, tracked against the deadlines of the standard version in force when it was submitted */
export type ApplicationRemainingArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One step of an application's timeline, with who did it and when */
export type ApplicationEvent = {
  __typename?: 'ApplicationEvent';
  /** Who did it ("system" for rules the registry applies itself) */
  actor: Scalars['String']['output'];
  /** When it happened */
  at: Scalars['DateTime']['output'];
  /** Details: receipt number, due date, grounds cited, remaining term … */
  data?: Maybe<Scalars['JSONObject']['output']>;
  /** Status before (null for the submission) */
  fromStatus?: Maybe<ApplicationStatus>;
  /** Increasing sequence number */
  id: Scalars['ID']['output'];
  /** Reason given (suspension, resumption, refusal) */
  reason?: Maybe<Scalars['String']['output']>;
  /** When it was recorded */
  recordedAt: Scalars['DateTime']['output'];
  /** Status after */
  toStatus: ApplicationStatus;
  /** The submission or the transition */
  type: ApplicationEventType;
};

/** A step of the application timeline: the submission or a transition */
export type ApplicationEventType =
  /** submitted → accepted: the set was complete; registered with a receipt */
  | 'accept'
  /** accepted | inReview → deemedIssued: the deadline passed without a decision where the standard provides it (recorded by the system) */
  | 'deemIssued'
  /** issued | refused | deemedIssued → handedOver: the result reached the applicant */
  | 'handOver'
  /** inReview → issued */
  | 'issue'
  /** inReview → refused, citing the standard's grounds */
  | 'refuse'
  /** submitted → notAccepted: the set was incomplete; a receipt names the missing documents */
  | 'refuseToAccept'
  /** suspended → the status before: the clock restarted with the remaining term */
  | 'resume'
  /** accepted → inReview */
  | 'startReview'
  /** The documents were handed in (or submitted by a partner) */
  | 'submitted'
  /** accepted | inReview → suspended: the clock stopped, with a reason */
  | 'suspend';

/** Filters for the application list */
export type ApplicationFilter = {
  /** The agency and every agency below it */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Filed through this channel */
  channel?: InputMaybe<Channel>;
  /** Only these applications */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** true: open, the clock running and past the due date; false: all others */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Applicant name (part of it), IIN/BIN (prefix) or application id */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Code of the standard */
  standardCode?: InputMaybe<Scalars['String']['input']>;
  /** In this status */
  status?: InputMaybe<ApplicationStatus>;
  /** In one of these statuses */
  statuses?: InputMaybe<Array<ApplicationStatus>>;
  /** Submitted on or after this date (Astana time) */
  submittedFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Submitted on or before this date (Astana time) */
  submittedTo?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** An application as handed in: who applies, for what, where, with which documents */
export type ApplicationInput = {
  /** Providing agency: the standard's provider (default), one of its subordinate bodies, or an agency the standard names */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** IIN or BIN: 12 digits with the official check digit; required except for foreign state bodies */
  applicantIdentifier?: InputMaybe<Scalars['String']['input']>;
  /** Individual or individual entrepreneur (IIN), legal entity (BIN), foreign state body */
  applicantKind: RecipientKind;
  /** Full name, or the name of the organisation */
  applicantName: Scalars['String']['input'];
  /** Where it is filed: one the standard offers for the sub-service */
  channel: Channel;
  /** Ordinals of the documents presented, from the standard's list for this sub-service and channel */
  documents: Array<Scalars['Int']['input']>;
  /** In-person channels (office, psc): minutes waited in the queue */
  queueWaitMinutes?: InputMaybe<Scalars['Float']['input']>;
  /** The responsible operator */
  responsibleOperator?: InputMaybe<Scalars['String']['input']>;
  /** In-person channels (office, psc): minutes served at the counter */
  serviceMinutes?: InputMaybe<Scalars['Float']['input']>;
  /** Code of the standard; the version in force on the submission date is pinned */
  standardCode: Scalars['String']['input'];
  /** Sub-service code of that version (issuance, reissuance …) */
  subService: Scalars['String']['input'];
  /** When the documents were handed in (operators registering a paper application after the fact); default now. Partners cannot set it. */
  submittedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Who put the application into the registry: an operator or a partner system */
export type ApplicationIntake =
  /** Registered by an operator (at a counter, by post, or after the fact) */
  | 'operator'
  /** Submitted by a partner system through submitApplication */
  | 'partner';

/** How a decided application met its deadline: early (a whole unit of the term left, e.g. before the due day), onTime (by the due instant), late */
export type ApplicationOutcome =
  /** Decided with at least one whole unit of the term left (for day units: before the due day) */
  | 'early'
  /** Decided after the due instant, or deemed issued */
  | 'late'
  /** Decided in the last unit of the term, by the due instant (for day units: on the due day) */
  | 'onTime';

/** Where an application is: submitted → accepted (or notAccepted: incomplete set) → inReview → issued / refused (or deemedIssued when the deadline passes and the standard says so) → handedOver; suspended stops the clock */
export type ApplicationStatus =
  /** The set was complete: registered, with a receipt */
  | 'accepted'
  /** Deemed issued: the deadline passed without a decision, as the standard provides; the result must be handed over */
  | 'deemedIssued'
  /** The result (or the refusal) reached the applicant (final) */
  | 'handedOver'
  /** Being examined by the provider */
  | 'inReview'
  /** The result was issued */
  | 'issued'
  /** The set was incomplete: refused acceptance with a receipt naming the missing documents (final) */
  | 'notAccepted'
  /** Refused, citing the standard's grounds */
  | 'refused'
  /** Handed in, not yet registered; the term already runs */
  | 'submitted'
  /** The clock is stopped (with a reason) until the application resumes */
  | 'suspended';

/** One recorded change: who did what to which record, when, with the record before and after. Written in the transaction of the change. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What was done: create, update, delete, publish, repeal, revoke … */
  action: Scalars['String']['output'];
  /** Who made the change, as recorded: the user's e-mail, "partner:<slug>" for an API key, or the name of a system job */
  actor: Scalars['String']['output'];
  /** The console user the actor names, while a user with that e-mail exists; null for API keys, system jobs and deleted users */
  actorUser?: Maybe<User>;
  /** The record after the change (or the fields changed); null for a deletion */
  after?: Maybe<Scalars['JSON']['output']>;
  /** When the change was committed */
  at: Scalars['DateTime']['output'];
  /** The record before the change (relations as ids; secrets and password hashes left out); null for a creation */
  before?: Maybe<Scalars['JSON']['output']>;
  /** Id of the record changed */
  entityId: Scalars['String']['output'];
  /** Kind of record changed, e.g. "ServiceStandard", "CalendarDay", "User" */
  entityType: Scalars['String']['output'];
  /** Id of the entry */
  id: Scalars['ID']['output'];
  /** Id of the HTTP request that made the change (as in the server log); null for start-up jobs */
  requestId?: Maybe<Scalars['String']['output']>;
};

/** Filters for the audit log (all given conditions must hold) */
export type AuditEntryFilter = {
  /** Only this action, e.g. "create", "update", "delete", "publish", "repeal", "revoke" */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Only changes by this actor name, exactly as recorded: an e-mail, "partner:<slug>" for an API key, or a system job's name */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** Only changes made by this console user (matched by the e-mail the entries record) */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only changes of this record (its id) */
  entityId?: InputMaybe<Scalars['String']['input']>;
  /** Only changes of this kind of record, e.g. "ServiceStandard", "CalendarDay", "User" */
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** Only changes at or after this instant */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only these entries */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only changes before this instant */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Degree of automation of the service */
export type Automation =
  /** Fully automated */
  | 'automated'
  /** Not automated */
  | 'nonAutomated'
  /** Partly automated */
  | 'partlyAutomated';

/** The legal act that set a special day (unknown fields are null) */
export type CalendarActRef = {
  __typename?: 'CalendarActRef';
  /** Article or item of the act, e.g. "5" */
  article?: Maybe<Scalars['String']['output']>;
  /** Date of the act (YYYY-MM-DD) */
  date?: Maybe<Scalars['LocalDate']['output']>;
  /** Kind of act (law, code, government resolution, ministerial order …) */
  kind: LegalActKind;
  /** Number as printed, without "№" */
  number?: Maybe<Scalars['String']['output']>;
  /** Code of the document in the official legal registry (adilet.zan.kz) */
  registryId?: Maybe<Scalars['String']['output']>;
  /** Title of the act, as published (usually Russian) */
  title?: Maybe<Scalars['String']['output']>;
};

/** The legal act that set a special day; unknown fields null */
export type CalendarActRefInput = {
  /** Article or item, e.g. "5" */
  article?: InputMaybe<Scalars['String']['input']>;
  /** Date of the act, YYYY-MM-DD */
  date?: InputMaybe<Scalars['String']['input']>;
  /** Kind of act */
  kind: LegalActKind;
  /** Number as printed, without "№" */
  number?: InputMaybe<Scalars['String']['input']>;
  /** Code in the official legal registry (adilet.zan.kz), e.g. "Z010000267_" */
  registryId?: InputMaybe<Scalars['String']['input']>;
  /** Title of the act */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** One date of the production calendar, with whether it is a working day and why */
export type CalendarDate = {
  __typename?: 'CalendarDate';
  /** The date (YYYY-MM-DD) */
  date: Scalars['LocalDate']['output'];
  /** True for a working day (five-day working week) */
  isWorking: Scalars['Boolean']['output'];
  /** workday or weekend for an ordinary date, otherwise the kind of its special day */
  kind: DayKind;
  /** Name of the special day; null for ordinary dates */
  name?: Maybe<LocalizedText>;
  /** Day of the week */
  weekday: Weekday;
};

/** A special day of the production calendar: a public or religious holiday, a day off postponed from a weekend holiday, or one half of a transfer (a weekday made a day off, a weekend day made a working day). Dates without a special day are working days Monday to Friday and days off on Saturday and Sunday. */
export type CalendarDay = {
  __typename?: 'CalendarDay';
  /** The act that set the day */
  act?: Maybe<CalendarActRef>;
  /** When the record was created */
  createdAt: Scalars['DateTime']['output'];
  /** The date (YYYY-MM-DD, local time of Kazakhstan); unique */
  date: Scalars['LocalDate']['output'];
  /** transferredDayOff: the weekend day whose rest was moved to this date */
  from?: Maybe<Scalars['LocalDate']['output']>;
  /** Stable key of the holiday (e.g. "nauryz") for holidays and postponed days */
  holiday?: Maybe<Scalars['String']['output']>;
  /** Record id */
  id: Scalars['ID']['output'];
  /** True for a transferred working day; every other special day is a day off */
  isWorking: Scalars['Boolean']['output'];
  /** Kind of special day */
  kind: SpecialDayKind;
  /** Name of the day in Kazakh, Russian and English */
  name: LocalizedText;
  /** Remarks of the administrators */
  note?: Maybe<Scalars['String']['output']>;
  /** postponedHoliday: the date of the holiday (on a weekend) this day off replaces */
  observes?: Maybe<Scalars['LocalDate']['output']>;
  /** transferredWorkingDay: the weekday that became a day off instead */
  to?: Maybe<Scalars['LocalDate']['output']>;
  /** When the record was last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: quote it in updates */
  version: Scalars['Int']['output'];
  /** Day of the week of the date */
  weekday: Weekday;
};

/** Filters for the list of special days */
export type CalendarDayFilter = {
  /** Only these records */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only days of this kind */
  kind?: InputMaybe<SpecialDayKind>;
  /** Text search in the names (kk, ru, en) and the holiday key */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only days of this year */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Name of a special day: Kazakh, Russian and English are all required */
export type CalendarDayNameInput = {
  /** English */
  en: Scalars['String']['input'];
  /** Kazakh */
  kk: Scalars['String']['input'];
  /** Russian */
  ru: Scalars['String']['input'];
};

/** Where an application is filed: provider office, public service centre, e-licensing portal, e-government portal */
export type Channel =
  /** The e-government web portal (egov.kz) */
  | 'egov'
  /** The e-licensing web portal (elicense.kz) */
  | 'elicense'
  /** The office of the service provider (in person or by post) */
  | 'office'
  /** A public service centre (PSC, ЦОН) */
  | 'psc';

/** The result of closing a period */
export type ClosedIndicatorPeriod = {
  __typename?: 'ClosedIndicatorPeriod';
  /** Months closed by this call (YYYY-MM); months closed before are left as they were */
  closedMonths: Array<Scalars['String']['output']>;
};

/** How the law words the limit (not later than, within …) */
export type Comparator =
  /** "at least" */
  | 'atLeast'
  /** An exact period */
  | 'exactly'
  /** "not exceeding" */
  | 'notExceeding'
  /** "not later than" */
  | 'notLaterThan'
  /** "within" */
  | 'within';

/** A complaint about an application or a provider, with its review deadline from the standard's complaint route */
export type Complaint = {
  __typename?: 'Complaint';
  /** The provider complained about */
  agency: Agency;
  /** Id of the agency complained about */
  agencyId: Scalars['ID']['output'];
  /** The application complained about */
  application?: Maybe<Application>;
  /** Id of the application complained about */
  applicationId?: Maybe<Scalars['ID']['output']>;
  /** Channel of the application complained about */
  channel?: Maybe<Channel>;
  /** Who complains */
  complainant: Scalars['String']['output'];
  /** The entry of the complaint route that applies */
  complaintLevel?: Maybe<ComplaintLevel>;
  /** When the record was created */
  createdAt: Scalars['DateTime']['output'];
  /** Time-ordered UUID */
  id: Scalars['ID']['output'];
  /** Found justified; null while open */
  justified?: Maybe<Scalars['Boolean']['output']>;
  /** Where it was filed along the route */
  level: ComplaintLevelKind;
  /** Open and past the review deadline */
  overdue: Scalars['Boolean']['output'];
  /** When it was registered (the review period counts from the next day) */
  registeredAt: Scalars['DateTime']['output'];
  /** Who registered it */
  registeredBy: Scalars['String']['output'];
  /** The answer given */
  resolution?: Maybe<Scalars['String']['output']>;
  /** When the answer was given; null while open */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Resolved by the review deadline; null while open or without a deadline */
  resolvedOnTime?: Maybe<Scalars['Boolean']['output']>;
  /** The review is due by then; null where no deadline applies */
  reviewDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the review period comes from */
  reviewRuleSource: ReviewRuleSource;
  /** Its unit */
  reviewUnit?: Maybe<DeadlineUnit>;
  /** The review period */
  reviewValue?: Maybe<Scalars['Float']['output']>;
  /** Code of the standard concerned */
  standardCode?: Maybe<Scalars['String']['output']>;
  /** Id of the standard version whose route applies */
  standardId?: Maybe<Scalars['ID']['output']>;
  /** Version of the standard concerned */
  standardVersion?: Maybe<Scalars['Int']['output']>;
  /** What about */
  subject: Scalars['String']['output'];
  /** When the record last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version */
  version: Scalars['Int']['output'];
};


/** A complaint about an application or a provider, with its review deadline from the standard's complaint route */
export type ComplaintOverdueArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Filters for the complaint list */
export type ComplaintFilter = {
  /** The agency complained about */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** About this application */
  applicationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these complaints */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Filed at this level */
  level?: InputMaybe<ComplaintLevelKind>;
  /** true: open and past the review deadline */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Registered on or after (Astana date) */
  registeredFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Registered on or before (Astana date) */
  registeredTo?: InputMaybe<Scalars['LocalDate']['input']>;
  /** true: resolved; false: open */
  resolved?: InputMaybe<Scalars['Boolean']['input']>;
  /** Concerning this standard */
  standardCode?: InputMaybe<Scalars['String']['input']>;
};

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
  /** Id of the record (UUID) */
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
  /** Address for complaints */
  address?: InputMaybe<LocalizedTextInput>;
  /** Agency that reviews complaints at this level */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Clause of the standard */
  clause?: InputMaybe<Scalars['String']['input']>;
  /** How to complain at this level, as the law words it */
  description: LocalizedTextInput;
  /** Level of the route */
  level: ComplaintLevelKind;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Position in the route (1 = first level) */
  ordinal: Scalars['Int']['input'];
  /** Telephone numbers as published */
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Review deadline; null where the text gives none */
  reviewDeadline?: InputMaybe<ReviewDeadlineInput>;
  /** Room or office number */
  room?: InputMaybe<Scalars['String']['input']>;
};

/** Level of the complaint route */
export type ComplaintLevelKind =
  /** A court */
  | 'court'
  /** The ministry */
  | 'ministry'
  /** Any other level */
  | 'other'
  /** The head of the service provider */
  | 'providerHead'
  /** The head of the public service centre */
  | 'pscHead'
  /** The authorised body for the assessment and control of the quality of state services */
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
  /** Id of the record (UUID) */
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
  /** Postal address */
  address?: InputMaybe<LocalizedTextInput>;
  /** Agency the contact point belongs to */
  agencyId: Scalars['ID']['input'];
  /** Clause of the standard */
  clause?: InputMaybe<Scalars['String']['input']>;
  /** E-mail address */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Fax numbers as published */
  fax?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Telephone numbers as published */
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What the contact point is for */
  purpose: ContactPurpose;
  /** Room or office number */
  room?: InputMaybe<Scalars['String']['input']>;
  /** Website */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** What a contact point or schedule is for */
export type ContactPurpose =
  /** Answers to complaints */
  | 'complaintAnswers'
  /** Explanations on how to complain */
  | 'complaintExplanation'
  /** Filing complaints */
  | 'complaints'
  /** Acceptance of documents */
  | 'documentAcceptance'
  /** Reports of improper service */
  | 'improperService'
  /** Information on the service */
  | 'information'
  /** Anything else */
  | 'other'
  /** Pick-up of the result */
  | 'resultPickup';

/** Original, copy, electronic document, data … */
export type CopyKind =
  /** A copy */
  | 'copy'
  /** Details entered in the application, no document */
  | 'data'
  /** An electronic copy of a paper document */
  | 'electronicCopy'
  /** An electronic document */
  | 'electronicDocument'
  /** Information (a statement, a certificate of facts) */
  | 'information'
  /** The original */
  | 'original'
  /** The original or a copy */
  | 'originalOrCopy';

/** A new subscription and its signing secret, which is shown this once only */
export type CreatedWebhookSubscription = {
  __typename?: 'CreatedWebhookSubscription';
  /** The HMAC-SHA256 key of the X-Qyzmet-Signature header. Store it now: it is never shown again. */
  secret: Scalars['String']['output'];
  /** The subscription */
  subscription: WebhookSubscription;
};

/** What a calendar date is: an ordinary workday (Mon–Fri), an ordinary weekend day (Sat, Sun) or one of the special day kinds */
export type DayKind =
  /** The day off that replaces a holiday falling on a weekend */
  | 'postponedHoliday'
  /** A public holiday (a day off by the Labour Code) */
  | 'publicHoliday'
  /** A religious holiday declared a day off (Kurban ait, Orthodox Christmas) */
  | 'religiousHoliday'
  /** A working day made a day off by a government decision (moved from a weekend) */
  | 'transferredDayOff'
  /** A weekend day made a working day by a government decision */
  | 'transferredWorkingDay'
  /** An ordinary weekend day (Saturday, Sunday) */
  | 'weekend'
  /** An ordinary working day (Monday to Friday) */
  | 'workday';

/** What a deadline limits */
export type DeadlineKind =
  /** The applicant's own obligation (e.g. apply for re-issuance within 30 days) */
  | 'applicantFilingWindow'
  /** Review of a complaint */
  | 'complaintReview'
  /** Check that the document set is complete (refusing later on that ground is barred) */
  | 'completenessCheck'
  /** Hand-over of the document after it is deemed issued */
  | 'deemedIssuedHandover'
  /** Second stage of "silence is consent": the result is deemed received */
  | 'deemedReceived'
  /** How long an input document stays valid */
  | 'documentValidity'
  /** Maximum permissible wait in the queue to hand in documents */
  | 'maxQueueWait'
  /** Maximum permissible time served at the counter */
  | 'maxServiceTime'
  /** Any other deadline */
  | 'other'
  /** The service deadline itself */
  | 'processing'
  /** Hand-over of the result from the provider to the PSC */
  | 'pscHandover'
  /** How long the PSC keeps uncollected results */
  | 'pscResultStorage'
  /** Hand-over of a reasoned refusal */
  | 'refusalDelivery';

/** Who owes a deadline */
export type DeadlineParty =
  /** The applicant */
  | 'applicant'
  /** A body whose consent the provider needs */
  | 'consentingBody'
  /** The ministry */
  | 'ministry'
  /** The service provider */
  | 'provider'
  /** The public service centre */
  | 'psc'
  /** The authorised body for quality control */
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
  /** Id of the record (UUID) */
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
  /** How the law words the limit */
  comparator?: InputMaybe<Comparator>;
  /** The event the period counts from, as the text words it */
  countsFrom?: InputMaybe<LocalizedTextInput>;
  /** The text of the rule */
  description?: InputMaybe<LocalizedTextInput>;
  /** The acceptance day is not counted */
  excludeStartDay?: InputMaybe<Scalars['Boolean']['input']>;
  /** What the deadline limits */
  kind: DeadlineKind;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Who owes the deadline */
  owedBy: DeadlineParty;
  /** Sub-service codes; empty = all */
  subServices?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Unit; null when the text gives none */
  unit?: InputMaybe<DeadlineUnit>;
  /** Amount; null when the text gives none */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** Unit a deadline is counted in */
export type DeadlineUnit =
  /** Calendar days */
  | 'calendarDays'
  /** Hours */
  | 'hours'
  /** Minutes */
  | 'minutes'
  /** Months */
  | 'months'
  /** Working days of the production calendar */
  | 'workingDays'
  /** Years */
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
  /** Id of the record (UUID) */
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
  /** Act that amended this requirement */
  amendedById?: InputMaybe<Scalars['ID']['input']>;
  /** Channel whose list the document is in */
  channel: Channel;
  /** Clause of the standard */
  clause?: InputMaybe<Scalars['String']['input']>;
  /** When the document is required */
  condition?: InputMaybe<LocalizedTextInput>;
  /** Original, copy, electronic document … */
  copyKind: CopyKind;
  /** Signed with an electronic digital signature (default false) */
  edsSigned?: InputMaybe<Scalars['Boolean']['input']>;
  /** Who or what is exempt from it */
  exemption?: InputMaybe<LocalizedTextInput>;
  /** Code of a form of this standard */
  form?: InputMaybe<Scalars['String']['input']>;
  /** Obtained by the provider from state information systems, not requested from the applicant (default false) */
  fromStateSystems?: InputMaybe<Scalars['Boolean']['input']>;
  /** Legalisation or apostille is required (default false) */
  legalisation?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether a copy must be notarised (default no) */
  notarised?: InputMaybe<Notarisation>;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
  /** An official translation is required (default false) */
  officialTranslation?: InputMaybe<Scalars['Boolean']['input']>;
  /** Number in the list (1, 2, …) */
  ordinal: Scalars['Int']['input'];
  /** Recipient kinds it applies to; empty = everyone */
  recipients?: InputMaybe<Array<RecipientKind>>;
  /** Sub-service code */
  subService: Scalars['String']['input'];
  /** What the document is */
  title: LocalizedTextInput;
};

/** A due date computed from an acceptance instant and a term, with the production calendar in force */
export type DueDate = {
  __typename?: 'DueDate';
  /** The due instant: for day and month units the end (23:59:59.999) of the last day in the local time of Kazakhstan; for minutes and hours the start plus the term */
  dueAt: Scalars['DateTime']['output'];
  /** The local date (Kazakhstan) of the due instant */
  dueDate: Scalars['LocalDate']['output'];
  /** Whether the acceptance day was excluded from the count */
  excludeStartDay: Scalars['Boolean']['output'];
  /** Unit of the term, as asked */
  unit: DeadlineUnit;
  /** Length of the term, as asked */
  value: Scalars['Float']['output'];
  /** Day and month units: the working days within the term, from the first counted day (the acceptance day unless excluded) to the due date inclusive; for workingDays this equals value. Null for minutes and hours. */
  workingDaysCounted?: Maybe<Scalars['Int']['output']>;
};

/** Whether and how the service is paid */
export type FeeKind =
  /** A fixed amount stated by the standard */
  | 'fixedAmount'
  /** Free of charge */
  | 'free'
  /** A licence fee set by the Tax Code */
  | 'licenceFee'
  /** A state duty set by the Tax Code */
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

/** A field of an appendix form */
export type FormFieldInput = {
  /** Label as printed */
  label: LocalizedTextInput;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Choices of a choice field */
  options?: InputMaybe<Array<LocalizedTextInput>>;
  /** Position in the form */
  ordinal: Scalars['Int']['input'];
  /** Fields that repeat together (a goods line) share a group name */
  repeatingGroup?: InputMaybe<Scalars['String']['input']>;
  /** Type of the field */
  type: FormFieldType;
};

/** Type of a form field */
export type FormFieldType =
  /** To whom the form is addressed */
  | 'addressee'
  /** A blank line to fill in */
  | 'blank'
  /** A choice among options */
  | 'choice'
  /** A consent statement */
  | 'consent'
  /** A date */
  | 'date'
  /** Printed text, nothing to fill in */
  | 'fixedText'
  /** A heading block (e.g. the applicant's details) */
  | 'header'
  /** A list of items */
  | 'list'
  /** A number */
  | 'number'
  /** A signature */
  | 'signature'
  /** A table */
  | 'table'
  /** Free text */
  | 'text'
  /** The title of the form */
  | 'title';

/** Kind of appendix form */
export type FormKind =
  /** An application form */
  | 'application'
  /** A form of information the applicant provides */
  | 'informationForm'
  /** Any other form */
  | 'other'
  /** A receipt of accepted documents */
  | 'receipt'
  /** A receipt of refusal to accept documents */
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
  /** Id of the record (UUID) */
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
  /** Number of the appendix to the standard; null when not numbered */
  appendix?: InputMaybe<Scalars['Int']['input']>;
  /** Clause of the standard */
  clause?: InputMaybe<Scalars['String']['input']>;
  /** Code of the form, unique within the standard (documents refer to it) */
  code: Scalars['String']['input'];
  /** Fields in the order printed */
  fields?: InputMaybe<Array<FormFieldInput>>;
  /** Kind of form */
  kind: FormKind;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Title as printed */
  title: LocalizedTextInput;
};

/** Who is calling: a signed-in user or an API key */
export type Identity = {
  __typename?: 'Identity';
  /** Name in the audit log */
  actor: Scalars['String']['output'];
  /** The agency of the scope */
  agency?: Maybe<Agency>;
  /** Agency scope of a ministryAdmin or operator */
  agencyId?: Maybe<Scalars['ID']['output']>;
  /** The API key in use */
  apiKey?: Maybe<ApiKey>;
  /** A console session or an API key */
  kind: IdentityKind;
  /** The roles in effect: the user's role, or partner for an API key */
  roles: Array<Role>;
  /** Scopes of an API key */
  scopes: Array<Scalars['String']['output']>;
  /** The signed-in user */
  user?: Maybe<User>;
};

/** How the caller signed in */
export type IdentityKind =
  /** A partner API key (Authorization: Bearer) */
  | 'apiKey'
  /** A console session (cookie) */
  | 'user';

/** Which way an indicator improves */
export type IndicatorDirection =
  /** A higher value is better (the target is a minimum) */
  | 'higherIsBetter'
  /** A lower value is better (the target is a maximum) */
  | 'lowerIsBetter';

/** Group of a quality indicator */
export type IndicatorGroup =
  /** Accessibility */
  | 'accessibility'
  /** The complaint process */
  | 'complaints'
  /** Courtesy */
  | 'courtesy'
  /** Quality */
  | 'quality'
  /** Timeliness */
  | 'timeliness';

/** A value of an indicator without an event source (e.g. 3.2 information available electronically), entered with its source */
export type IndicatorManualValue = {
  __typename?: 'IndicatorManualValue';
  /** The agency; null = the standard as a whole */
  agency?: Maybe<Agency>;
  /** The agency; null = the standard as a whole */
  agencyId?: Maybe<Scalars['ID']['output']>;
  /** Id */
  id: Scalars['ID']['output'];
  /** Code of the indicator ("3.2") */
  indicatorCode: Scalars['String']['output'];
  /** Who entered it */
  recordedBy: Scalars['String']['output'];
  /** Where the value comes from */
  sourceNote: Scalars['String']['output'];
  /** Code of the standard */
  standardCode: Scalars['String']['output'];
  /** Value (percent) */
  value: Scalars['Float']['output'];
  /** Version for optimistic locking */
  version: Scalars['Int']['output'];
  /** Year */
  year: Scalars['Int']['output'];
};

/** A value of an indicator without an event source, with where it comes from; setting it again for the same standard, indicator, agency and year replaces it */
export type IndicatorManualValueInput = {
  /** The agency; omit for the standard as a whole */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Code of the indicator ("3.2") */
  indicatorCode: Scalars['String']['input'];
  /** Where the value comes from (survey, inspection, register …) */
  sourceNote: Scalars['String']['input'];
  /** Code of the standard */
  standardCode: Scalars['String']['input'];
  /** Value in percent (0 to 100) */
  value: Scalars['Float']['input'];
  /** Year */
  year: Scalars['Int']['input'];
};

/** The place of one agency among the agencies of the filter for one indicator (best first; equal values share a rank) */
export type IndicatorRankingEntry = {
  __typename?: 'IndicatorRankingEntry';
  /** The agency */
  agency?: Maybe<Agency>;
  /** Id of the agency */
  agencyId: Scalars['ID']['output'];
  /** Value in percent */
  current?: Maybe<Scalars['Float']['output']>;
  /** Cases counted */
  denominator: Scalars['Float']['output'];
  /** Indicator code (Resolution 1130 numbering) */
  indicatorCode: Scalars['String']['output'];
  /** Cases that meet the indicator */
  numerator: Scalars['Float']['output'];
  /** Rank, 1 = best */
  rank: Scalars['Int']['output'];
};

/** One row of a standard's quality-indicator table for the report's period and filter: normative, target and the current value computed from applications, complaints and surveys */
export type IndicatorRow = {
  __typename?: 'IndicatorRow';
  /** Current value in percent; null when not applicable (no cases in the period) or, for a manual indicator, not entered */
  current?: Maybe<Scalars['Float']['output']>;
  /** Cases counted (null for a manual indicator); 0 = not applicable */
  denominator?: Maybe<Scalars['Float']['output']>;
  /** Which way the indicator improves */
  direction: IndicatorDirection;
  /** Every month of the period is closed: the values come from the frozen snapshot */
  frozen: Scalars['Boolean']['output'];
  /** Group of the indicator */
  group: IndicatorGroup;
  /** Code of the indicator in the standard's table ("1.1"), or Q.1/S.1/C.1/C.2 for the indicators every standard gets */
  indicatorCode: Scalars['String']['output'];
  /** The value was entered by hand (no event source), not computed */
  manual: Scalars['Boolean']['output'];
  /** Normative value printed in the standard */
  normative?: Maybe<Scalars['Float']['output']>;
  /** Cases that meet the indicator (null for a manual indicator) */
  numerator?: Maybe<Scalars['Float']['output']>;
  /** Code of the standard */
  standardCode: Scalars['String']['output'];
  /** Target of the year: the one approved by order, else the one printed in the standard, else the normative */
  target?: Maybe<Scalars['Float']['output']>;
  /** The order that approved the target (null: the printed value applies) */
  targetApprovedBy?: Maybe<Scalars['String']['output']>;
  /** Whether the current value reaches the target in the indicator's direction; null when either is missing */
  targetMet?: Maybe<Scalars['Boolean']['output']>;
  /** Unit of the values (percent) */
  unit: Scalars['String']['output'];
  /** Wording of the indicator */
  wording: LocalizedText;
};

/** The value of one indicator in one month, over every standard, agency and channel of the filter */
export type IndicatorSeriesPoint = {
  __typename?: 'IndicatorSeriesPoint';
  /** Value in percent; null when not applicable */
  current?: Maybe<Scalars['Float']['output']>;
  /** Cases counted */
  denominator: Scalars['Float']['output'];
  /** Indicator code (Resolution 1130 numbering) */
  indicatorCode: Scalars['String']['output'];
  /** Month, YYYY-MM */
  month: Scalars['String']['output'];
  /** Cases that meet the indicator */
  numerator: Scalars['Float']['output'];
};

/** A yearly target of an indicator of a standard, approved by the minister's order */
export type IndicatorTarget = {
  __typename?: 'IndicatorTarget';
  /** Date of the order, YYYY-MM-DD */
  approvedAt: Scalars['String']['output'];
  /** The approving order (number and title) */
  approvedBy: Scalars['String']['output'];
  /** Who signed the order */
  approver?: Maybe<Scalars['String']['output']>;
  /** Id */
  id: Scalars['ID']['output'];
  /** Code of the indicator ("1.1") */
  indicatorCode: Scalars['String']['output'];
  /** Code of the standard */
  standardCode: Scalars['String']['output'];
  /** Target value (percent) */
  target: Scalars['Float']['output'];
  /** Last change */
  updatedAt: Scalars['DateTime']['output'];
  /** Version for optimistic locking */
  version: Scalars['Int']['output'];
  /** Year the target applies to */
  year: Scalars['Int']['output'];
};

/** A yearly target approved by the minister's order; setting it again for the same standard, indicator and year replaces it */
export type IndicatorTargetInput = {
  /** Date of the order, YYYY-MM-DD */
  approvedAt: Scalars['String']['input'];
  /** The approving order (number and title) */
  approvedBy: Scalars['String']['input'];
  /** Who signed the order */
  approver?: InputMaybe<Scalars['String']['input']>;
  /** Code of the indicator ("1.1", or Q.1/S.1/C.1/C.2) */
  indicatorCode: Scalars['String']['input'];
  /** Code of the standard */
  standardCode: Scalars['String']['input'];
  /** Target value in percent (0 to 100) */
  target: Scalars['Float']['input'];
  /** Year the target applies to */
  year: Scalars['Int']['input'];
};

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
  /** A code (Tax Code, Code on administrative offences …) */
  | 'code'
  /** The Constitution */
  | 'constitution'
  /** A resolution of the Government */
  | 'governmentResolution'
  /** A law */
  | 'law'
  /** An order of a minister */
  | 'ministerialOrder'
  /** Any other act */
  | 'other'
  /** A decree of the President */
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
  /** The source act amends the target act */
  | 'amends'
  /** The source act repeals the target act */
  | 'repeals';

/** Whether the act is in force */
export type LegalActStatus =
  /** In force */
  | 'inForce'
  /** Repealed (lost force) */
  | 'repealed'
  /** The sources do not say */
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
  /** Electronic */
  | 'electronic'
  /** Paper */
  | 'paper';

/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type Mutation = {
  __typename?: 'Mutation';
  /** submitted → accepted: the set is complete; registers it and issues a receipt with number, date, documents and the legal due date */
  acceptApplication: Application;
  /** Record that one act amends or repeals another */
  addLegalActRelation: LegalActRelation;
  /** Closes a year (or one month of it): its counters are frozen into a snapshot that reports read from then on, whatever changes later. Only ended months; closing twice changes nothing. */
  closeIndicatorPeriod: ClosedIndicatorPeriod;
  /** Create an agency (a ministryAdmin: below an agency of their subtree) */
  createAgency: Agency;
  /** Create a partner API key. The answer's `secret` is the only time the key is shown: store it safely. */
  createApiKey: ApiKey;
  /** Add a special day (a holiday, a postponed or transferred day off, a transferred working day) to the production calendar; due dates computed afterwards take it into account */
  createCalendarDay: CalendarDay;
  /** Create a legal act */
  createLegalAct: LegalAct;
  /** Create a new standard as a draft (version 1) */
  createServiceStandard: ServiceStandard;
  /** Copy the newest version of a standard into a new draft */
  createStandardDraft: ServiceStandard;
  /** Create a console user */
  createUser: User;
  /** Register a partner URL (https; its host must resolve to public addresses). The answer carries the signing secret, shown this once only. */
  createWebhookSubscription: CreatedWebhookSubscription;
  /** Delete an agency that no standard, user and child agency refers to (a ministryAdmin: below their own agency) */
  deleteAgency: Agency;
  /** Remove a special day: the date becomes an ordinary workday or weekend day again */
  deleteCalendarDay: CalendarDay;
  /** Deletes an approved target (the printed target applies again) */
  deleteIndicatorTarget: Scalars['Boolean']['output'];
  /** Delete a legal act that no standard refers to and no other act amends or repeals; its own amendments and repeals of other acts are deleted with it */
  deleteLegalAct: LegalAct;
  /** Delete a draft (published versions are never deleted) */
  deleteServiceStandard: ServiceStandard;
  /** Delete a user (not yourself, not the last superadmin) */
  deleteUser: User;
  /** Delete a subscription with its delivery log; nothing more is sent to it */
  deleteWebhookSubscription: WebhookSubscription;
  /** issued | refused | deemedIssued → handedOver */
  handOverApplication: Application;
  /** inReview → issued */
  issueApplication: Application;
  /** Sign in to the console: sets an httpOnly session cookie and returns the user. Wrong credentials: UNAUTHENTICATED; too many attempts: RATE_LIMITED. */
  login: User;
  /** Sign out: ends the session and clears the cookie (true also when there was none) */
  logout: Scalars['Boolean']['output'];
  /** Applies the "deemed issued" rule to every application whose deadline passed (as of now, or asOf); returns how many were marked */
  markDeemedIssued: Scalars['Int']['output'];
  /** Publish a draft from a date; the previous version stops being in force that day */
  publishStandard: ServiceStandard;
  /** Record the applicant's survey answers about a decided application (one response per application) */
  recordSurveyResponse: SurveyResponse;
  /** inReview → refused, citing one or more of the pinned standard version's refusal grounds */
  refuseApplication: Application;
  /** submitted → notAccepted: the set is incomplete; issues a receipt of refusal to accept that names the missing documents */
  refuseToAcceptApplication: Application;
  /** Register an application handed in at a counter or by post (submittedAt may be in the past) */
  registerApplication: Application;
  /** Register a complaint about an application or a provider; its review deadline follows from the complaint route */
  registerComplaint: Complaint;
  /** Delete a relation between acts */
  removeLegalActRelation: LegalActRelation;
  /** Repeal a standard by an act from a date (the first day it is no longer in force) */
  repealStandard: ServiceStandard;
  /** Record the outcome of a complaint: justified or not, when; on time follows from the review deadline */
  resolveComplaint: Complaint;
  /** suspended → the status before: restarts the clock with the remaining term */
  resumeApplication: Application;
  /** Revoke an API key: it stops working at once (idempotent) */
  revokeApiKey: ApiKey;
  /** Enters the value of an indicator that has no event source (replaces the value set before for the same standard, indicator, agency and year) */
  setIndicatorManualValue: IndicatorManualValue;
  /** Sets the approved target of an indicator for a year (replaces the one set before) */
  setIndicatorTarget: IndicatorTarget;
  /** accepted → inReview */
  startApplicationReview: Application;
  /** Partner submission, idempotent: the same key again returns the first application (even when both calls race); the same key with a different input fails with CONFLICT. Keys expire after 24 hours. */
  submitApplication: Application;
  /** accepted | inReview → suspended: stops the clock, keeping the remaining term */
  suspendApplication: Application;
  /** Update an agency; quote the version you read (a ministryAdmin: agencies of their subtree) */
  updateAgency: Agency;
  /** Change a special day; quote the version you read */
  updateCalendarDay: CalendarDay;
  /** Update a legal act; quote the version you read. Omitted arguments stay as they are. */
  updateLegalAct: LegalAct;
  /** Change the clauses, effective date or note of a relation between acts; quote the version you read */
  updateLegalActRelation: LegalActRelation;
  /** Edit a draft; given lists of parts replace the draft's lists. Quote the version you read. */
  updateServiceStandard: ServiceStandard;
  /** Update a user; quote the version you read. A new password or deactivation ends the user's sessions. */
  updateUser: User;
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationAcceptApplicationArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  operator?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationAddLegalActRelationArgs = {
  clauses?: InputMaybe<Array<Scalars['String']['input']>>;
  effectiveDate?: InputMaybe<Scalars['LocalDate']['input']>;
  kind: LegalActRelationKind;
  note?: InputMaybe<Scalars['String']['input']>;
  sourceId: Scalars['ID']['input'];
  targetId: Scalars['ID']['input'];
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationCloseIndicatorPeriodArgs = {
  month?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
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


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationCreateApiKeyArgs = {
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  partner: Scalars['String']['input'];
  scopes: Array<Scalars['String']['input']>;
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationCreateCalendarDayArgs = {
  act?: InputMaybe<CalendarActRefInput>;
  date?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  holiday?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<SpecialDayKind>;
  name?: InputMaybe<CalendarDayNameInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  observes?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
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


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
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


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationCreateStandardDraftArgs = {
  code: Scalars['String']['input'];
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationCreateUserArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationCreateWebhookSubscriptionArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  url: Scalars['String']['input'];
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationDeleteAgencyArgs = {
  id: Scalars['ID']['input'];
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationDeleteCalendarDayArgs = {
  id: Scalars['ID']['input'];
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationDeleteIndicatorTargetArgs = {
  id: Scalars['ID']['input'];
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationDeleteLegalActArgs = {
  id: Scalars['ID']['input'];
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationDeleteServiceStandardArgs = {
  id: Scalars['ID']['input'];
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationDeleteUserArgs = {
  id: Scalars['ID']['input'];
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationDeleteWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationHandOverApplicationArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationIssueApplicationArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationMarkDeemedIssuedArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationPublishStandardArgs = {
  id: Scalars['ID']['input'];
  validFrom: Scalars['LocalDate']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationRecordSurveyResponseArgs = {
  answeredAt?: InputMaybe<Scalars['DateTime']['input']>;
  applicationId: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  complaintProcedure?: InputMaybe<Scalars['Int']['input']>;
  courtesy?: InputMaybe<Scalars['Int']['input']>;
  information?: InputMaybe<Scalars['Int']['input']>;
  process?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationRefuseApplicationArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  groundIds: Array<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationRefuseToAcceptApplicationArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationRegisterApplicationArgs = {
  input: ApplicationInput;
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationRegisterComplaintArgs = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  applicationId?: InputMaybe<Scalars['ID']['input']>;
  complainant: Scalars['String']['input'];
  level: ComplaintLevelKind;
  registeredAt?: InputMaybe<Scalars['DateTime']['input']>;
  standardId?: InputMaybe<Scalars['ID']['input']>;
  subject: Scalars['String']['input'];
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationRemoveLegalActRelationArgs = {
  id: Scalars['ID']['input'];
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationRepealStandardArgs = {
  actId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
  date: Scalars['LocalDate']['input'];
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationResolveComplaintArgs = {
  id: Scalars['ID']['input'];
  justified: Scalars['Boolean']['input'];
  resolution?: InputMaybe<Scalars['String']['input']>;
  resolvedAt?: InputMaybe<Scalars['DateTime']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationResumeApplicationArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationSetIndicatorManualValueArgs = {
  input: IndicatorManualValueInput;
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationSetIndicatorTargetArgs = {
  input: IndicatorTargetInput;
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationStartApplicationReviewArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationSubmitApplicationArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: ApplicationInput;
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationSuspendApplicationArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
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


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationUpdateCalendarDayArgs = {
  act?: InputMaybe<CalendarActRefInput>;
  date?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  holiday?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<SpecialDayKind>;
  name?: InputMaybe<CalendarDayNameInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  observes?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
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


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationUpdateLegalActRelationArgs = {
  clauses?: InputMaybe<Array<Scalars['String']['input']>>;
  effectiveDate?: InputMaybe<Scalars['LocalDate']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
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


/** Changes: every mutation is one transaction with an audit entry; updates quote the version they read. */
export type MutationUpdateUserArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  password?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  version: Scalars['Int']['input'];
};

/** Whether a copy must be notarised */
export type Notarisation =
  /** Notarised only when the original is not shown for comparison */
  | 'ifOriginalNotPresented'
  /** No notarisation */
  | 'no'
  /** The copy must be notarised */
  | 'yes';

/** Open applications of one agency whose deadline runs */
export type OverdueSummary = {
  __typename?: 'OverdueSummary';
  /** The agency */
  agency?: Maybe<Agency>;
  /** Id of the agency */
  agencyId: Scalars['ID']['output'];
  /** Of those, due within the next withinHours hours */
  dueSoon: Scalars['Int']['output'];
  /** Open applications with a deadline (suspended ones excluded: their clock stops) */
  open: Scalars['Int']['output'];
  /** Of those, past their due date */
  overdue: Scalars['Int']['output'];
};

/** Whether a part of a standard was added, removed or changed by the new version */
export type PartChangeKind =
  /** The new version has an item the previous one did not */
  | 'added'
  /** The item is in both versions with different values */
  | 'changed'
  /** The previous version had an item the new one does not */
  | 'removed';

/** Qualification requirements for one activity sub-type of a licence */
export type QualificationGroup = {
  __typename?: 'QualificationGroup';
  /** Activity sub-type */
  activitySubtype: LocalizedText;
  /** Clause */
  clause?: Maybe<Scalars['String']['output']>;
  /** Code, unique within the standard */
  code: Scalars['String']['output'];
  /** Id of the record (UUID) */
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
  /** Activity sub-type the group applies to */
  activitySubtype: LocalizedTextInput;
  /** Clause of the standard */
  clause?: InputMaybe<Scalars['String']['input']>;
  /** Code of the group, unique within the standard */
  code: Scalars['String']['input'];
  /** The requirements of the group */
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

/** One qualification requirement and the documents that prove it */
export type QualificationItemInput = {
  /** Clause of the standard */
  clause?: InputMaybe<Scalars['String']['input']>;
  /** Documents that prove it */
  evidence?: InputMaybe<Array<LocalizedTextInput>>;
  /** Who or what is exempt from it */
  exemption?: InputMaybe<LocalizedTextInput>;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Number as printed ("1.1", "2.3") */
  number: Scalars['String']['input'];
  /** The requirement */
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
  /** Id of the record (UUID) */
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
  /** Value at the time of approval (percent); null when not given */
  current?: InputMaybe<Scalars['Float']['input']>;
  /** Group of the indicator */
  group: IndicatorGroup;
  /** Title of the group as printed */
  groupTitle: LocalizedTextInput;
  /** Normative value (percent); null when not given */
  normative?: InputMaybe<Scalars['Float']['input']>;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Target value (percent); null when not given */
  target?: InputMaybe<Scalars['Float']['input']>;
  /** The indicator as the law words it */
  wording: LocalizedTextInput;
};

/** Quality indicators for a period: per standard rows, monthly series and the agency ranking */
export type QualityReport = {
  __typename?: 'QualityReport';
  /** First month, YYYY-MM */
  from: Scalars['String']['output'];
  /** Every month of the period is closed (frozen snapshot) */
  frozen: Scalars['Boolean']['output'];
  /** Agencies ranked per indicator */
  ranking: Array<IndicatorRankingEntry>;
  /** One row per standard × indicator */
  rows: Array<IndicatorRow>;
  /** Monthly values per indicator, for trends */
  series: Array<IndicatorSeriesPoint>;
  /** Last month, YYYY-MM */
  to: Scalars['String']['output'];
};

/** What a quality report covers: a year, or a month range (from and to), narrowed by agencies, standards and channels */
export type QualityReportFilter = {
  /** Only these providing agencies (default: all) */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these channels (default: all) */
  channels?: InputMaybe<Array<Channel>>;
  /** First month, YYYY-MM (with to) */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Only these standards, by code (default: all) */
  standardCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Last month, YYYY-MM, inclusive (with from) */
  to?: InputMaybe<Scalars['String']['input']>;
  /** Calendar year (January to December); or give from and to */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type Query = {
  __typename?: 'Query';
  /** Number of agencies matching the filter */
  _agenciesMeta: ListMetadata;
  /** Number of API keys matching the filter */
  _apiKeysMeta: ListMetadata;
  /** Number of applications matching the filter */
  _applicationsMeta: ListMetadata;
  /** Number of audit entries matching the filter */
  _auditEntriesMeta: ListMetadata;
  /** Number of special days matching the filter */
  _calendarDaysMeta: ListMetadata;
  /** Number of complaints matching the filter */
  _complaintsMeta: ListMetadata;
  /** Number of legal acts matching the filter */
  _legalActsMeta: ListMetadata;
  /** Number of standard versions matching the filter */
  _serviceStandardsMeta: ListMetadata;
  /** Number of survey answers matching the filter */
  _surveyResponsesMeta: ListMetadata;
  /** Number of users matching the filter */
  _usersMeta: ListMetadata;
  /** Agencies, filtered, sorted and paged (page is zero-based) */
  agencies: Array<Agency>;
  /** One agency by id */
  agency?: Maybe<Agency>;
  /** One API key by id (never its secret) */
  apiKey?: Maybe<ApiKey>;
  /** API keys, filtered, sorted and paged (page is zero-based; default newest first) */
  apiKeys: Array<ApiKey>;
  /** One application by id (operators: of their agency; partners: their own) */
  application?: Maybe<Application>;
  /** Applications, filtered, sorted and paged on the server (page is zero-based; default sort: submittedAt) */
  applications: Array<Application>;
  /** The audit log, filtered, sorted and paged (page is zero-based; default newest first) */
  auditEntries: Array<AuditEntry>;
  /** One audit entry by id */
  auditEntry?: Maybe<AuditEntry>;
  /** One special day of the production calendar by id */
  calendarDay?: Maybe<CalendarDay>;
  /** Special days of the production calendar, filtered, sorted and paged (page is zero-based; default sort by date) */
  calendarDays: Array<CalendarDay>;
  /** Every date of a year with whether it is a working day, its kind and, for special days, its name (the calendar in force, including administrators' changes) */
  calendarYear: Array<CalendarDate>;
  /** One complaint by id */
  complaint?: Maybe<Complaint>;
  /** Complaints, filtered, sorted and paged (page is zero-based) */
  complaints: Array<Complaint>;
  /** The due date of a term counted from an instant with the production calendar in force: the function every deadline of the registry uses */
  computeDueDate: DueDate;
  /** Indicator values entered by hand */
  indicatorManualValues: Array<IndicatorManualValue>;
  /** Approved yearly targets */
  indicatorTargets: Array<IndicatorTarget>;
  /** One legal act by id */
  legalAct?: Maybe<LegalAct>;
  /** Legal acts, filtered, sorted and paged (page is zero-based; default sort by code) */
  legalActs: Array<LegalAct>;
  /** Who is calling: the signed-in user or the API key; null when anonymous */
  me?: Maybe<Identity>;
  /** Per agency: open applications whose deadline runs, how many are overdue and how many fall due soon (one grouped read of the open-deadline index) */
  overdueApplications: Array<OverdueSummary>;
  /** Quality indicators for a year or month range: normative, target and the current value computed from the counters (closed months from their frozen snapshot). Operators and ministry admins see their agencies only. */
  qualityReport: QualityReport;
  /** One standard version by id */
  serviceStandard?: Maybe<ServiceStandard>;
  /** The version of a standard in force on a date (null when none was) */
  serviceStandardInForce?: Maybe<ServiceStandard>;
  /** Standard versions, filtered, sorted and paged (page is zero-based) */
  serviceStandards: Array<ServiceStandard>;
  /** The change feed: standard versions published or repealed at or after `since`, oldest first, with what changed. Poll with the `at` of the newest entry you have and skip ids you already have. */
  standardChanges: Array<StandardChange>;
  /** Survey answers, filtered, sorted and paged (page is zero-based) */
  surveyResponses: Array<SurveyResponse>;
  /** One user by id */
  user?: Maybe<User>;
  /** Users, filtered, sorted and paged (page is zero-based; default sort by e-mail) */
  users: Array<User>;
  /** The delivery log, newest first */
  webhookDeliveries: Array<WebhookDelivery>;
  /** Partner URLs that receive change-feed events */
  webhookSubscriptions: Array<WebhookSubscription>;
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type Query_AgenciesMetaArgs = {
  filter?: InputMaybe<AgencyFilter>;
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type Query_ApiKeysMetaArgs = {
  filter?: InputMaybe<ApiKeyFilter>;
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type Query_ApplicationsMetaArgs = {
  filter?: InputMaybe<ApplicationFilter>;
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type Query_AuditEntriesMetaArgs = {
  filter?: InputMaybe<AuditEntryFilter>;
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type Query_CalendarDaysMetaArgs = {
  filter?: InputMaybe<CalendarDayFilter>;
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type Query_ComplaintsMetaArgs = {
  filter?: InputMaybe<ComplaintFilter>;
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type Query_LegalActsMetaArgs = {
  filter?: InputMaybe<LegalActFilter>;
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type Query_ServiceStandardsMetaArgs = {
  filter?: InputMaybe<ServiceStandardFilter>;
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type Query_SurveyResponsesMetaArgs = {
  filter?: InputMaybe<SurveyResponseFilter>;
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type Query_UsersMetaArgs = {
  filter?: InputMaybe<UserFilter>;
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryAgenciesArgs = {
  filter?: InputMaybe<AgencyFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryAgencyArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryApiKeysArgs = {
  filter?: InputMaybe<ApiKeyFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryApplicationArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryApplicationsArgs = {
  filter?: InputMaybe<ApplicationFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryAuditEntriesArgs = {
  filter?: InputMaybe<AuditEntryFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryAuditEntryArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryCalendarDayArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryCalendarDaysArgs = {
  filter?: InputMaybe<CalendarDayFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryCalendarYearArgs = {
  year: Scalars['Int']['input'];
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryComplaintArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryComplaintsArgs = {
  filter?: InputMaybe<ComplaintFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryComputeDueDateArgs = {
  excludeStartDay?: InputMaybe<Scalars['Boolean']['input']>;
  from: Scalars['DateTime']['input'];
  unit: DeadlineUnit;
  value: Scalars['Float']['input'];
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryIndicatorManualValuesArgs = {
  standardCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryIndicatorTargetsArgs = {
  standardCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryLegalActArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryLegalActsArgs = {
  filter?: InputMaybe<LegalActFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryOverdueApplicationsArgs = {
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  withinHours?: Scalars['Int']['input'];
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryQualityReportArgs = {
  filter: QualityReportFilter;
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryServiceStandardArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryServiceStandardInForceArgs = {
  code: Scalars['String']['input'];
  on: Scalars['LocalDate']['input'];
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryServiceStandardsArgs = {
  filter?: InputMaybe<ServiceStandardFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryStandardChangesArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  since: Scalars['DateTime']['input'];
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QuerySurveyResponsesArgs = {
  filter?: InputMaybe<SurveyResponseFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryUsersArgs = {
  filter?: InputMaybe<UserFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


/** Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in. */
export type QueryWebhookDeliveriesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
  subscriptionId?: InputMaybe<Scalars['ID']['input']>;
};

/** Receipt of acceptance (number, date, documents received, legal due date) or of refusal to accept (the missing documents) */
export type Receipt = {
  __typename?: 'Receipt';
  /** The registering agency */
  agency: Agency;
  /** Id of the registering agency */
  agencyId: Scalars['ID']['output'];
  /** Id of the application */
  applicationId: Scalars['ID']['output'];
  /** Documents received */
  documentsReceived: Array<ReceiptDocument>;
  /** Acceptance: the legal due date of the service */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Time-ordered UUID */
  id: Scalars['ID']['output'];
  /** Date and time of registration */
  issuedAt: Scalars['DateTime']['output'];
  /** Who accepted (or refused to accept) the documents */
  issuedBy: Scalars['String']['output'];
  /** Acceptance or refusal to accept */
  kind: ReceiptKind;
  /** Refusal to accept: the documents missing from the required list */
  missingDocuments: Array<ReceiptDocument>;
  /** Registration number, per agency and year */
  number: Scalars['String']['output'];
};

/** A document named on a receipt */
export type ReceiptDocument = {
  __typename?: 'ReceiptDocument';
  /** Number in the standard's list */
  ordinal: Scalars['Int']['output'];
  /** Its title in the standard's list */
  title: LocalizedText;
};

/** acceptance: documents accepted and registered; refusalToAccept: receipt of refusal to accept an incomplete set, naming the missing documents */
export type ReceiptKind =
  /** Receipt of acceptance: number, date, documents received, legal due date */
  | 'acceptance'
  /** Receipt of refusal to accept documents (Res. 586, appendix 2): the missing documents */
  | 'refusalToAccept';

/** Who may receive the service */
export type RecipientKind =
  /** A body of a foreign state */
  | 'foreignStateBody'
  /** An individual (natural person) */
  | 'individual'
  /** An individual entrepreneur */
  | 'individualEntrepreneur'
  /** A legal entity */
  | 'legalEntity';

/** A ground for refusing the service (the list is exhaustive and ordered) */
export type RefusalGround = {
  __typename?: 'RefusalGround';
  /** Clause */
  clause?: Maybe<Scalars['String']['output']>;
  /** Id of the record (UUID) */
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
  /** Number in the list of grounds */
  ordinal: Scalars['Int']['input'];
  /** The ground, as the law words it */
  text: LocalizedTextInput;
};

/** Review deadline of a complaint level */
export type ReviewDeadlineInput = {
  /** The event the review period counts from */
  countsFrom?: InputMaybe<LocalizedTextInput>;
  /** The law that sets it, where the text only refers to one */
  legalBasisId?: InputMaybe<Scalars['ID']['input']>;
  /** Unit; null where the text gives none */
  unit?: InputMaybe<DeadlineUnit>;
  /** Amount; null where the text only refers to another law */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** standard: the complaint route gives the period; referencedLaw: the route refers to a law, whose general term applies; statute: no standard concerned, the Law "On state services" applies; none: no review deadline */
export type ReviewRuleSource =
  /** No review deadline applies (court, a route without one) */
  | 'none'
  /** The route refers to a law (the 2007 law on applications: 15 calendar days) */
  | 'referencedLaw'
  /** The standard's complaint route gives the review period */
  | 'standard'
  /** No standard concerned: the Law "On state services", art. 25 (5 working days; 15 for the quality-control body) */
  | 'statute';

/** What a caller may do (see README, "Roles and access") */
export type Role =
  /** Reads everything, reports and exports; writes nothing */
  | 'analyst'
  /** Configures agencies, legal acts and the standards provided within their agency subtree */
  | 'ministryAdmin'
  /** Processes the applications of their one agency */
  | 'operator'
  /** An API key: what it may do is given by its scopes */
  | 'partner'
  /** Everything, including users and API keys */
  | 'superadmin';

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

/** Opening hours on some days of the week */
export type SchedulePeriodInput = {
  /** Breaks within the period (lunch break …) */
  breaks?: InputMaybe<Array<TimeRangeInput>>;
  /** HH:MM */
  closes: Scalars['String']['input'];
  /** Days of the week the period applies to */
  days: Array<Weekday>;
  /** HH:MM */
  opens: Scalars['String']['input'];
};

/** One version of a state service standard: provider, legal basis, deadlines, fee, channels, required documents, refusal grounds, complaint route, qualification requirements, forms and quality indicators. Published versions are immutable. */
export type ServiceStandard = {
  __typename?: 'ServiceStandard';
  /** Acts that amended this version */
  amendments: Array<StandardAmendment>;
  /** Applications pinned to this version, newest first, within your read scope (operators: your agency's; partners: your own); one statement for every version of a page */
  applications: Array<Application>;
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
  /** When the record was created */
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
  /** Id of the record (UUID) */
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
  /** When the record was last changed */
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
export type ServiceStandardApplicationsArgs = {
  page?: Scalars['Int']['input'];
  perPage?: Scalars['Int']['input'];
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
  /** Only these versions */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** In force on this date */
  inForceOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Text search in code and names (kk, ru, en) */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only versions in this state */
  status?: InputMaybe<StandardStatus>;
};

/** Sort direction */
export type SortOrder =
  /** Ascending (A → Z, oldest first) */
  | 'ASC'
  /** Descending (Z → A, newest first) */
  | 'DESC';

/** Kind of a special day of the production calendar: public, religious or postponed holiday, transferred day off, transferred working day */
export type SpecialDayKind =
  /** The day off that replaces a holiday falling on a weekend */
  | 'postponedHoliday'
  /** A public holiday (a day off by the Labour Code) */
  | 'publicHoliday'
  /** A religious holiday declared a day off (Kurban ait, Orthodox Christmas) */
  | 'religiousHoliday'
  /** A working day made a day off by a government decision (moved from a weekend) */
  | 'transferredDayOff'
  /** A weekend day made a working day by a government decision */
  | 'transferredWorkingDay';

/** Another agency involved in the service (territorial provider, consenting body, PSC branch …) */
export type StandardAgencyRole = {
  __typename?: 'StandardAgencyRole';
  /** The agency */
  agency: Agency;
  /** Id of the agency */
  agencyId: Scalars['ID']['output'];
  /** Clause of the standard */
  clause?: Maybe<Scalars['String']['output']>;
  /** Id of the record (UUID) */
  id: Scalars['ID']['output'];
  /** Remark on the source text */
  note?: Maybe<Scalars['String']['output']>;
  /** Role, e.g. "provider", "consenting", "psc-branch" */
  role: Scalars['String']['output'];
};

/** Another agency involved in the service and its role */
export type StandardAgencyRoleInput = {
  /** The agency */
  agencyId: Scalars['ID']['input'];
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Its role, as the text describes it */
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
  /** Id of the record (UUID) */
  id: Scalars['ID']['output'];
  /** New edition of the whole standard, or amendment of clauses */
  kind: AmendmentKind;
  /** Remark */
  note?: Maybe<Scalars['String']['output']>;
};

/** An act that amended the standard */
export type StandardAmendmentInput = {
  /** The amending act */
  actId: Scalars['ID']['input'];
  /** Clauses it amended */
  clauses: Array<Scalars['String']['input']>;
  /** New edition of the whole standard, or amendment of clauses */
  kind: AmendmentKind;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** An entry of the change feed: a standard version was published or repealed, with what changed against the previous version */
export type StandardChange = {
  __typename?: 'StandardChange';
  /** When the change was recorded */
  at: Scalars['DateTime']['output'];
  /** The differences, section by section, in the order of the standard */
  changes: Array<StandardPartChange>;
  /** Code of the standard */
  code: Scalars['String']['output'];
  /** First day the change applies: the validFrom of a publication, the repeal date of a repeal */
  effectiveDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Published or repealed */
  event: StandardChangeEvent;
  /** Id of the entry (also sent in webhook bodies as change.id) */
  id: Scalars['ID']['output'];
  /** The version the differences are counted from (null for a first publication and for a repeal) */
  previousVersionNumber?: Maybe<Scalars['Int']['output']>;
  /** The standard version published or repealed */
  standard?: Maybe<ServiceStandard>;
  /** Id of the standard version published or repealed */
  standardId: Scalars['ID']['output'];
  /** Number of the version published or repealed */
  versionNumber: Scalars['Int']['output'];
};

/** What happened to a standard: a version was published, or the standard was repealed */
export type StandardChangeEvent =
  /** A version was published (webhook event standard.published) */
  | 'published'
  /** The standard was repealed by an act (webhook event standard.repealed) */
  | 'repealed';

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
  /** Id of the record (UUID) */
  id: Scalars['ID']['output'];
  /** Remark on the source text */
  note?: Maybe<Scalars['String']['output']>;
};

/** A channel the standard offers */
export type StandardChannelInput = {
  /** Agency behind the channel (the provider, the PSC network, a portal) */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** The channel */
  channel: Channel;
  /** Clause of the standard */
  clause?: InputMaybe<Scalars['String']['input']>;
  /** The channel as the law words it */
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
  /** Id of the record (UUID) */
  id: Scalars['ID']['output'];
  /** Remark */
  note?: Maybe<Scalars['String']['output']>;
};

/** An act the service is based on */
export type StandardLegalBasisInput = {
  /** The act */
  actId: Scalars['ID']['input'];
  /** Article or item of the act */
  article?: InputMaybe<Scalars['String']['input']>;
  /** Clause of the standard */
  clause?: InputMaybe<Scalars['String']['input']>;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** One difference between a published version and the version before it */
export type StandardPartChange = {
  __typename?: 'StandardPartChange';
  /** New value: the whole item when added, the changed fields when changed */
  after?: Maybe<Scalars['JSON']['output']>;
  /** Old value: the whole item when removed, the changed fields when changed */
  before?: Maybe<Scalars['JSON']['output']>;
  /** Clause of the standard the item comes from (of the old text for removed items) */
  clause?: Maybe<Scalars['String']['output']>;
  /** Changed fields of the item (empty for added and removed items) */
  fields: Array<Scalars['String']['output']>;
  /** Which item of the section: e.g. "processing/issuance" for a deadline, "issuance/office/3" for a document; the section name for single-valued sections */
  key: Scalars['String']['output'];
  /** Added, removed or changed */
  kind: PartChangeKind;
  /** Section of the standard: deadlines, documents, refusalGrounds, fee, name … ("standard" for a first publication, "status" for a repeal) */
  part: Scalars['String']['output'];
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

/** The result of the service */
export type StandardResultInput = {
  /** Clause of the standard */
  clause?: InputMaybe<Scalars['String']['input']>;
  /** What the applicant receives */
  description: LocalizedTextInput;
  /** Media of the result (electronic, paper) */
  media: Array<Medium>;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Lifecycle of a standard version: draft → published → repealed */
export type StandardStatus =
  /** Being edited; not public */
  | 'draft'
  /** Published and frozen; in force from validFrom (until validTo) */
  | 'published'
  /** Repealed by an act; no longer in force from validTo */
  | 'repealed';

/** A sub-service of the standard (issuance, re-issuance, duplicate, licence annex …) */
export type SubService = {
  __typename?: 'SubService';
  /** Clause */
  clause?: Maybe<Scalars['String']['output']>;
  /** Code, unique within the standard (used by deadlines and documents) */
  code: Scalars['String']['output'];
  /** Id of the record (UUID) */
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
  /** Kind of sub-service */
  kind: SubServiceKind;
  /** Name */
  name: LocalizedTextInput;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Kind of sub-service */
export type SubServiceKind =
  /** Issuance of a duplicate */
  | 'duplicate'
  /** Issuance of the permit, licence or document */
  | 'issuance'
  /** Issuance of an annex to a licence */
  | 'licenceAnnex'
  /** Any other sub-service */
  | 'other'
  /** Registration */
  | 'registration'
  /** Re-issuance (e.g. after a change of name or address) */
  | 'reissuance'
  /** Re-registration */
  | 'reregistration';

/** The applicant's answers about one application: scores 1 (very dissatisfied) to 5 (very satisfied); 4 or 5 counts as satisfied in the indicators; null = skipped or not applicable */
export type SurveyResponse = {
  __typename?: 'SurveyResponse';
  /** The providing agency */
  agency: Agency;
  /** Id of the providing agency */
  agencyId: Scalars['ID']['output'];
  /** When the applicant answered */
  answeredAt: Scalars['DateTime']['output'];
  /** The application (null outside your scope) */
  application?: Maybe<Application>;
  /** Id of the application */
  applicationId: Scalars['ID']['output'];
  /** Channel of the application */
  channel: Channel;
  /** Free comment */
  comment?: Maybe<Scalars['String']['output']>;
  /** Indicator 4.1: satisfaction with the complaint procedure */
  complaintProcedure?: Maybe<Scalars['Int']['output']>;
  /** Indicator 5.1: satisfaction with the courtesy of the staff */
  courtesy?: Maybe<Scalars['Int']['output']>;
  /** Time-ordered UUID */
  id: Scalars['ID']['output'];
  /** Indicator 3.1: satisfaction with the information about the procedure */
  information?: Maybe<Scalars['Int']['output']>;
  /** Indicator 2.1: satisfaction with the process of service delivery */
  process?: Maybe<Scalars['Int']['output']>;
  /** Who recorded it */
  recordedBy: Scalars['String']['output'];
  /** Code of the standard of the application */
  standardCode: Scalars['String']['output'];
  /** Its version pinned by the application */
  standardVersion: Scalars['Int']['output'];
};

/** Filters for the survey answers */
export type SurveyResponseFilter = {
  /** About this agency's applications */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Answered on or after (Astana date) */
  answeredFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Answered on or before (Astana date) */
  answeredTo?: InputMaybe<Scalars['LocalDate']['input']>;
  /** About applications filed through this channel */
  channel?: InputMaybe<Channel>;
  /** Only these responses */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** About applications under this standard */
  standardCode?: InputMaybe<Scalars['String']['input']>;
};

/** A break inside opening hours */
export type TimeRange = {
  __typename?: 'TimeRange';
  /** HH:MM */
  from: Scalars['String']['output'];
  /** HH:MM */
  to: Scalars['String']['output'];
};

/** A time range within a day (a break) */
export type TimeRangeInput = {
  /** Start, HH:MM */
  from: Scalars['String']['input'];
  /** End, HH:MM */
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

/** A variant of the service name found in the sources */
export type TitleVariantInput = {
  /** Remark on the variant */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Where the variant appears (e.g. "resolution item 1") */
  source: Scalars['String']['input'];
  /** The variant */
  title: LocalizedTextInput;
};

/** A person who signs in to the console */
export type User = {
  __typename?: 'User';
  /** Inactive users cannot sign in */
  active: Scalars['Boolean']['output'];
  /** The agency of the scope */
  agency?: Maybe<Agency>;
  /** Agency scope (ministryAdmin: the agency and its subtree; operator: the agency) */
  agencyId?: Maybe<Scalars['ID']['output']>;
  /** When the user was created */
  createdAt: Scalars['DateTime']['output'];
  /** A demo account (disabled outside demo mode) */
  demo: Scalars['Boolean']['output'];
  /** Name shown in the console */
  displayName: Scalars['String']['output'];
  /** Sign-in e-mail (lower case) */
  email: Scalars['String']['output'];
  /** Id of the user */
  id: Scalars['ID']['output'];
  /** Last successful sign-in */
  lastLoginAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the password was last set */
  passwordChangedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the user may do */
  role: Role;
  /** When the user was last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: quote it in updates */
  version: Scalars['Int']['output'];
};

/** Filters for the user list */
export type UserFilter = {
  /** true: active users; false: deactivated ones */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only users scoped to this agency */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these users */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Text search in e-mail and name */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only users of this role */
  role?: InputMaybe<Role>;
};

/** One event sent (or to be sent) to one subscription: the delivery log */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Attempts made so far */
  attempts: Scalars['Int']['output'];
  /** The exact JSON body that is signed and sent */
  body: Scalars['String']['output'];
  /** The change-feed entry it announces */
  changeId?: Maybe<Scalars['ID']['output']>;
  /** When it was enqueued (the commit of the change) */
  createdAt: Scalars['DateTime']['output'];
  /** When the partner acknowledged it with a 2xx answer */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Event name, e.g. standard.published */
  event: Scalars['String']['output'];
  /** Id of the delivery (sent as the X-Qyzmet-Delivery header and as deliveryId in the body) */
  id: Scalars['ID']['output'];
  /** Why the last attempt failed */
  lastError?: Maybe<Scalars['String']['output']>;
  /** HTTP status of the last answer (null when no answer came) */
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due (null once delivered, failed or cancelled) */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the delivery stands */
  status: WebhookDeliveryStatus;
  /** The subscription it goes to */
  subscriptionId: Scalars['ID']['output'];
};

/** Where a webhook delivery stands */
export type WebhookDeliveryStatus =
  /** The subscription was deactivated before delivery */
  | 'cancelled'
  /** The partner answered with a 2xx status */
  | 'delivered'
  /** Every attempt failed; no more are made */
  | 'failed'
  /** Waiting for its next attempt */
  | 'pending'
  /** An attempt is under way */
  | 'sending';

/** A partner URL that receives change-feed events as signed POST requests */
export type WebhookSubscription = {
  __typename?: 'WebhookSubscription';
  /** Whether events are sent */
  active: Scalars['Boolean']['output'];
  /** When the subscription was created */
  createdAt: Scalars['DateTime']['output'];
  /** What the subscription is for, e.g. the partner's name */
  description?: Maybe<Scalars['String']['output']>;
  /** Id of the subscription */
  id: Scalars['ID']['output'];
  /** The partner API key that registered it (null when an administrator did) */
  ownerApiKeyId?: Maybe<Scalars['ID']['output']>;
  /** When the subscription was last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Where events are POSTed (https) */
  url: Scalars['String']['output'];
};

/** Day of the week */
export type Weekday =
  /** Friday */
  | 'fri'
  /** Monday */
  | 'mon'
  /** Saturday */
  | 'sat'
  /** Sunday */
  | 'sun'
  /** Thursday */
  | 'thu'
  /** Tuesday */
  | 'tue'
  /** Wednesday */
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
  /** Id of the record (UUID) */
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
  /** Agency whose hours these are */
  agencyId: Scalars['ID']['input'];
  /** Open around the clock (portals); periods are then empty */
  aroundTheClock?: InputMaybe<Scalars['Boolean']['input']>;
  /** A place in the queue can be booked on the portal (null: the text does not say) */
  bookingViaPortal?: InputMaybe<Scalars['Boolean']['input']>;
  /** Clause of the standard */
  clause?: InputMaybe<Scalars['String']['input']>;
  /** The schedule as the law words it */
  description?: InputMaybe<LocalizedTextInput>;
  /** Served through an electronic queue (null: the text does not say) */
  electronicQueue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Closed on weekends and public holidays (default true) */
  exceptHolidays?: InputMaybe<Scalars['Boolean']['input']>;
  /** Served without an appointment (null: the text does not say) */
  noAppointment?: InputMaybe<Scalars['Boolean']['input']>;
  /** No expedited service (null: the text does not say) */
  noExpeditedService?: InputMaybe<Scalars['Boolean']['input']>;
  /** Remark on the source text */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Opening hours by days of the week */
  periods?: InputMaybe<Array<SchedulePeriodInput>>;
  /** What the hours are for */
  purpose: ContactPurpose;
};
