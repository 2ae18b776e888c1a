/**
 * The partner's GraphQL operations. `npm run codegen` reads them and generates, in ./generated,
 * the typed `graphql()` function that returns a TypedDocumentNode per operation: results and
 * variables are typed from the committed schema (schema/schema.graphql).
 */
import { graphql } from './generated/index.ts';

/** The published standards in force on a day (a partner portal's catalogue). */
export const StandardsInForceQuery = graphql(`
  query StandardsInForce($on: LocalDate!) {
    serviceStandards(filter: { inForceOn: $on }, sortField: "code", perPage: 500) {
      id
      code
      versionNumber
      validFrom
      name { kk ru en }
      provider { code name { kk ru en } }
      channels
      feeKind
      feeAmountMci
    }
  }
`);

/** Everything a portal shows about one standard: what to file, where, how long it takes, why it may be refused, where to complain. */
export const StandardDetailsQuery = graphql(`
  query StandardDetails($id: ID!) {
    serviceStandard(id: $id) {
      id
      code
      versionNumber
      validFrom
      validTo
      name { kk ru en }
      recipients
      feeKind
      feeAmountMci
      provider { code name { kk ru en } }
      channelDetails { channel agency { code } }
      subServices { code kind ordinal name { kk ru en } }
      deadlines { kind value unit subServices channels description { en } }
      documents { subService channel ordinal copyKind notarised recipients fromStateSystems title { kk ru en } condition { en } }
      refusalGrounds { ordinal text { kk ru en } }
      complaintRoute { ordinal level reviewValue reviewUnit description { en } agency { code } }
      qualityIndicators { code group normative target wording { en } }
    }
  }
`);

/** Idempotent submission: the same key returns the application the first call created. */
export const SubmitApplicationMutation = graphql(`
  mutation SubmitApplication($idempotencyKey: String!, $input: ApplicationInput!) {
    submitApplication(idempotencyKey: $idempotencyKey, input: $input) {
      id
      status
      intake
      standardCode
      standardVersion
      subService
      channel
      submittedAt
      dueAt
      missingDocuments { ordinal }
    }
  }
`);
