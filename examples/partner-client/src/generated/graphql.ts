/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An application as handed in: who applies, for what, where, with which documents */
export type ApplicationInput = {
  /** Providing agency: the standard's provider (default), one of its subordinate bodies, or an agency the standard names */
  agencyId?: string | number | null | undefined;
  /** IIN or BIN: 12 digits with the official check digit; required except for foreign state bodies */
  applicantIdentifier?: string | null | undefined;
  /** Individual or individual entrepreneur (IIN), legal entity (BIN), foreign state body */
  applicantKind: RecipientKind;
  /** Full name, or the name of the organisation */
  applicantName: string;
  /** Where it is filed: one the standard offers for the sub-service */
  channel: Channel;
  /** Ordinals of the documents presented, from the standard's list for this sub-service and channel */
  documents: Array<number>;
  /** In-person channels (office, psc): minutes waited in the queue */
  queueWaitMinutes?: number | null | undefined;
  /** The responsible operator */
  responsibleOperator?: string | null | undefined;
  /** In-person channels (office, psc): minutes served at the counter */
  serviceMinutes?: number | null | undefined;
  /** Code of the standard; the version in force on the submission date is pinned */
  standardCode: string;
  /** Sub-service code of that version (issuance, reissuance …) */
  subService: string;
  /** When the documents were handed in (operators registering a paper application after the fact); default now. Partners cannot set it. */
  submittedAt?: string | null | undefined;
};

/** Who put the application into the registry: an operator or a partner system */
export type ApplicationIntake =
  /** Registered by an operator (at a counter, by post, or after the fact) */
  | 'operator'
  /** Submitted by a partner system through submitApplication */
  | 'partner';

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

/** Whether a copy must be notarised */
export type Notarisation =
  /** Notarised only when the original is not shown for comparison */
  | 'ifOriginalNotPresented'
  /** No notarisation */
  | 'no'
  /** The copy must be notarised */
  | 'yes';

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

export type StandardsInForceQueryVariables = Exact<{
  on: string;
}>;


export type StandardsInForceQuery = { serviceStandards: Array<{ id: string, code: string, versionNumber: number, validFrom: string | null, channels: Array<Channel>, feeKind: FeeKind, feeAmountMci: number | null, name: { kk: string | null, ru: string | null, en: string }, provider: { code: string, name: { kk: string | null, ru: string | null, en: string } } }> };

export type StandardDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type StandardDetailsQuery = { serviceStandard: { id: string, code: string, versionNumber: number, validFrom: string | null, validTo: string | null, recipients: Array<RecipientKind>, feeKind: FeeKind, feeAmountMci: number | null, name: { kk: string | null, ru: string | null, en: string }, provider: { code: string, name: { kk: string | null, ru: string | null, en: string } }, channelDetails: Array<{ channel: Channel, agency: { code: string } | null }>, subServices: Array<{ code: string, kind: SubServiceKind, ordinal: number, name: { kk: string | null, ru: string | null, en: string } }>, deadlines: Array<{ kind: DeadlineKind, value: number | null, unit: DeadlineUnit | null, subServices: Array<string>, channels: Array<Channel>, description: { en: string } | null }>, documents: Array<{ subService: string, channel: Channel, ordinal: number, copyKind: CopyKind, notarised: Notarisation, recipients: Array<RecipientKind>, fromStateSystems: boolean, title: { kk: string | null, ru: string | null, en: string }, condition: { en: string } | null }>, refusalGrounds: Array<{ ordinal: number, text: { kk: string | null, ru: string | null, en: string } }>, complaintRoute: Array<{ ordinal: number, level: ComplaintLevelKind, reviewValue: number | null, reviewUnit: DeadlineUnit | null, description: { en: string }, agency: { code: string } | null }>, qualityIndicators: Array<{ code: string, group: IndicatorGroup, normative: number | null, target: number | null, wording: { en: string } }> } | null };

export type SubmitApplicationMutationVariables = Exact<{
  idempotencyKey: string;
  input: ApplicationInput;
}>;


export type SubmitApplicationMutation = { submitApplication: { id: string, status: ApplicationStatus, intake: ApplicationIntake, standardCode: string, standardVersion: number, subService: string, channel: Channel, submittedAt: string, dueAt: string | null, missingDocuments: Array<{ ordinal: number }> } };


export const StandardsInForceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StandardsInForce"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceStandards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"inForceOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sortField"},"value":{"kind":"StringValue","value":"code","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"feeKind"}},{"kind":"Field","name":{"kind":"Name","value":"feeAmountMci"}}]}}]}}]} as unknown as DocumentNode<StandardsInForceQuery, StandardsInForceQueryVariables>;
export const StandardDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StandardDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"feeKind"}},{"kind":"Field","name":{"kind":"Name","value":"feeAmountMci"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"channelDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"subServices"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subService"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"copyKind"}},{"kind":"Field","name":{"kind":"Name","value":"notarised"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"fromStateSystems"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reviewValue"}},{"kind":"Field","name":{"kind":"Name","value":"reviewUnit"}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualityIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"normative"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StandardDetailsQuery, StandardDetailsQueryVariables>;
export const SubmitApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intake"}},{"kind":"Field","name":{"kind":"Name","value":"standardCode"}},{"kind":"Field","name":{"kind":"Name","value":"standardVersion"}},{"kind":"Field","name":{"kind":"Name","value":"subService"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitApplicationMutation, SubmitApplicationMutationVariables>;