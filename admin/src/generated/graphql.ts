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

export type Mutation = {
  __typename?: 'Mutation';
  /** Create an agency */
  createAgency: Agency;
  /** Delete an agency that no standard and no child agency refers to */
  deleteAgency: Agency;
  /** Update an agency; quote the version you read */
  updateAgency: Agency;
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


export type MutationDeleteAgencyArgs = {
  id: Scalars['ID']['input'];
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

export type Query = {
  __typename?: 'Query';
  /** Number of agencies matching the filter */
  _agenciesMeta: ListMetadata;
  /** Agencies, filtered, sorted and paged (page is zero-based) */
  agencies: Array<Agency>;
  /** One agency by id */
  agency?: Maybe<Agency>;
};


export type Query_AgenciesMetaArgs = {
  filter?: InputMaybe<AgencyFilter>;
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

/** Sort direction */
export type SortOrder =
  | 'ASC'
  | 'DESC';
