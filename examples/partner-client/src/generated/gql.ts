/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query StandardsInForce($on: LocalDate!) {\n    serviceStandards(filter: { inForceOn: $on }, sortField: \"code\", perPage: 500) {\n      id\n      code\n      versionNumber\n      validFrom\n      name { kk ru en }\n      provider { code name { kk ru en } }\n      channels\n      feeKind\n      feeAmountMci\n    }\n  }\n": typeof types.StandardsInForceDocument,
    "\n  query StandardDetails($id: ID!) {\n    serviceStandard(id: $id) {\n      id\n      code\n      versionNumber\n      validFrom\n      validTo\n      name { kk ru en }\n      recipients\n      feeKind\n      feeAmountMci\n      provider { code name { kk ru en } }\n      channelDetails { channel agency { code } }\n      subServices { code kind ordinal name { kk ru en } }\n      deadlines { kind value unit subServices channels description { en } }\n      documents { subService channel ordinal copyKind notarised recipients fromStateSystems title { kk ru en } condition { en } }\n      refusalGrounds { ordinal text { kk ru en } }\n      complaintRoute { ordinal level reviewValue reviewUnit description { en } agency { code } }\n      qualityIndicators { code group normative target wording { en } }\n    }\n  }\n": typeof types.StandardDetailsDocument,
    "\n  mutation SubmitApplication($idempotencyKey: String!, $input: ApplicationInput!) {\n    submitApplication(idempotencyKey: $idempotencyKey, input: $input) {\n      id\n      status\n      intake\n      standardCode\n      standardVersion\n      subService\n      channel\n      submittedAt\n      dueAt\n      missingDocuments { ordinal }\n    }\n  }\n": typeof types.SubmitApplicationDocument,
};
const documents: Documents = {
    "\n  query StandardsInForce($on: LocalDate!) {\n    serviceStandards(filter: { inForceOn: $on }, sortField: \"code\", perPage: 500) {\n      id\n      code\n      versionNumber\n      validFrom\n      name { kk ru en }\n      provider { code name { kk ru en } }\n      channels\n      feeKind\n      feeAmountMci\n    }\n  }\n": types.StandardsInForceDocument,
    "\n  query StandardDetails($id: ID!) {\n    serviceStandard(id: $id) {\n      id\n      code\n      versionNumber\n      validFrom\n      validTo\n      name { kk ru en }\n      recipients\n      feeKind\n      feeAmountMci\n      provider { code name { kk ru en } }\n      channelDetails { channel agency { code } }\n      subServices { code kind ordinal name { kk ru en } }\n      deadlines { kind value unit subServices channels description { en } }\n      documents { subService channel ordinal copyKind notarised recipients fromStateSystems title { kk ru en } condition { en } }\n      refusalGrounds { ordinal text { kk ru en } }\n      complaintRoute { ordinal level reviewValue reviewUnit description { en } agency { code } }\n      qualityIndicators { code group normative target wording { en } }\n    }\n  }\n": types.StandardDetailsDocument,
    "\n  mutation SubmitApplication($idempotencyKey: String!, $input: ApplicationInput!) {\n    submitApplication(idempotencyKey: $idempotencyKey, input: $input) {\n      id\n      status\n      intake\n      standardCode\n      standardVersion\n      subService\n      channel\n      submittedAt\n      dueAt\n      missingDocuments { ordinal }\n    }\n  }\n": types.SubmitApplicationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardsInForce($on: LocalDate!) {\n    serviceStandards(filter: { inForceOn: $on }, sortField: \"code\", perPage: 500) {\n      id\n      code\n      versionNumber\n      validFrom\n      name { kk ru en }\n      provider { code name { kk ru en } }\n      channels\n      feeKind\n      feeAmountMci\n    }\n  }\n"): (typeof documents)["\n  query StandardsInForce($on: LocalDate!) {\n    serviceStandards(filter: { inForceOn: $on }, sortField: \"code\", perPage: 500) {\n      id\n      code\n      versionNumber\n      validFrom\n      name { kk ru en }\n      provider { code name { kk ru en } }\n      channels\n      feeKind\n      feeAmountMci\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardDetails($id: ID!) {\n    serviceStandard(id: $id) {\n      id\n      code\n      versionNumber\n      validFrom\n      validTo\n      name { kk ru en }\n      recipients\n      feeKind\n      feeAmountMci\n      provider { code name { kk ru en } }\n      channelDetails { channel agency { code } }\n      subServices { code kind ordinal name { kk ru en } }\n      deadlines { kind value unit subServices channels description { en } }\n      documents { subService channel ordinal copyKind notarised recipients fromStateSystems title { kk ru en } condition { en } }\n      refusalGrounds { ordinal text { kk ru en } }\n      complaintRoute { ordinal level reviewValue reviewUnit description { en } agency { code } }\n      qualityIndicators { code group normative target wording { en } }\n    }\n  }\n"): (typeof documents)["\n  query StandardDetails($id: ID!) {\n    serviceStandard(id: $id) {\n      id\n      code\n      versionNumber\n      validFrom\n      validTo\n      name { kk ru en }\n      recipients\n      feeKind\n      feeAmountMci\n      provider { code name { kk ru en } }\n      channelDetails { channel agency { code } }\n      subServices { code kind ordinal name { kk ru en } }\n      deadlines { kind value unit subServices channels description { en } }\n      documents { subService channel ordinal copyKind notarised recipients fromStateSystems title { kk ru en } condition { en } }\n      refusalGrounds { ordinal text { kk ru en } }\n      complaintRoute { ordinal level reviewValue reviewUnit description { en } agency { code } }\n      qualityIndicators { code group normative target wording { en } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitApplication($idempotencyKey: String!, $input: ApplicationInput!) {\n    submitApplication(idempotencyKey: $idempotencyKey, input: $input) {\n      id\n      status\n      intake\n      standardCode\n      standardVersion\n      subService\n      channel\n      submittedAt\n      dueAt\n      missingDocuments { ordinal }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitApplication($idempotencyKey: String!, $input: ApplicationInput!) {\n    submitApplication(idempotencyKey: $idempotencyKey, input: $input) {\n      id\n      status\n      intake\n      standardCode\n      standardVersion\n      subService\n      channel\n      submittedAt\n      dueAt\n      missingDocuments { ordinal }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;