/**
 * Whole answers of `serviceStandardInForce` for published versions (W1 of the benchmark), kept in
 * process: a partner asking again for the same standard gets the answer without re-running the
 * field resolvers over its tree.
 *
 * What makes it safe:
 *  - Only queries whose single root field is `serviceStandardInForce` and whose selection reads
 *    nothing but the version's own columns and its part lists (FROZEN_TYPES, FROZEN_RESOLVED):
 *    a selection that reaches an agency, an act, another version or applications (which can change
 *    without the version changing) is executed normally. No fragments, no directives (kept simple).
 *  - Every request still reads the version in force (one statement, the same the resolver uses),
 *    and the key holds that row's id and optimistic-lock `version`: publishing (a new id), repealing
 *    or superseding (a new version) and rewriting parts (a new version, writeStandardContent) change
 *    the key at once, in every process. Drafts are never in force, so never cached.
 *  - Access control runs as for any request: the query's own checks (assertMayReadStandards) are
 *    made before a cached answer is given; callers who would get an error are executed normally.
 */
import type { ApolloServerPlugin, GraphQLRequestContextResponseForOperation } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { Kind, type GraphQLSchema, type SelectionSetNode, type ValueNode } from 'graphql';
import type { Context } from '../../context.js';
import { assertMayReadStandards } from '../access/scope.js';
import { versionInForce } from './standard-in-force.js';
import { serializeOnce } from '../../common/stringify-result.js';
import { Lru } from '../../common/lru.js';

/** Types whose fields are columns of a version or of its parts (or values inside them). */
const FROZEN_TYPES = new Set([
  'ServiceStandard', 'LocalizedText', 'TitleVariant', 'StandardResult', 'StandardChannel', 'StandardAgencyRole', 'StandardLegalBasis',
  'StandardAmendment', 'SubService', 'DeadlineRule', 'DocumentRequirement', 'RefusalGround', 'ComplaintLevel', 'ContactPoint', 'WorkSchedule',
  'SchedulePeriod', 'TimeRange', 'QualificationGroup', 'QualificationItem', 'FormTemplate', 'FormField', 'QualityIndicatorDefinition',
]);

/** Fields with a resolver that still only read the version's parts or its own columns. */
const FROZEN_RESOLVED = new Set([
  'ServiceStandard.providerId', 'ServiceStandard.developerId', 'ServiceStandard.approvedById', 'ServiceStandard.feeLegalBasisId',
  'ServiceStandard.channelDetails', 'ServiceStandard.otherAgencies', 'ServiceStandard.legalBasis', 'ServiceStandard.amendments',
  'ServiceStandard.subServices', 'ServiceStandard.deadlines', 'ServiceStandard.documents', 'ServiceStandard.refusalGrounds',
  'ServiceStandard.complaintRoute', 'ServiceStandard.contactPoints', 'ServiceStandard.schedules', 'ServiceStandard.qualificationRequirements',
  'ServiceStandard.forms', 'ServiceStandard.qualityIndicators',
  'StandardChannel.agencyId', 'StandardAgencyRole.agencyId', 'ComplaintLevel.agencyId', 'ContactPoint.agencyId', 'WorkSchedule.agencyId',
  'StandardLegalBasis.actId', 'StandardAmendment.actId', 'ComplaintLevel.reviewLegalBasisId', 'DeadlineRule.amendedById', 'DocumentRequirement.amendedById',
]);

const ROOT_FIELD = 'serviceStandardInForce';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

type NamedType = { name: string; getFields?: () => Record<string, { type: unknown; resolve?: unknown }> };
const namedType = (type: unknown): NamedType => {
  let t = type as { ofType?: unknown };
  while (t.ofType) t = t.ofType as { ofType?: unknown };
  return t as unknown as NamedType;
};

/** True when every field of the selection is frozen with its version. */
function readsOnlyFrozen(schema: GraphQLSchema, typeName: string, selectionSet: SelectionSetNode | undefined): boolean {
  if (!selectionSet) return true;
  const type = schema.getType(typeName) as unknown as NamedType | undefined;
  const fields = type?.getFields?.();
  if (!fields || !FROZEN_TYPES.has(typeName)) return false;
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.directives?.length) return false;
    const name = selection.name.value;
    if (name === '__typename') continue;
    const field = fields[name];
    if (!field) return false;
    if (field.resolve !== undefined && !FROZEN_RESOLVED.has(`${typeName}.${name}`)) return false;
    const child = namedType(field.type);
    if (child.getFields && !readsOnlyFrozen(schema, child.name, selection.selectionSet)) return false;
  }
  return true;
}

interface Plan { code: ValueNode; on: ValueNode }

/** The root field's arguments when the operation qualifies, else null. */
function plan(schema: GraphQLSchema, rc: GraphQLRequestContextResponseForOperation<Context>): Plan | null {
  const { operation } = rc;
  if (operation.operation !== 'query' || operation.directives?.length || operation.selectionSet.selections.length !== 1) return null;
  const root = operation.selectionSet.selections[0];
  if (root.kind !== Kind.FIELD || root.name.value !== ROOT_FIELD || root.directives?.length) return null;
  const code = root.arguments?.find((a) => a.name.value === 'code')?.value;
  const on = root.arguments?.find((a) => a.name.value === 'on')?.value;
  if (!code || !on || !readsOnlyFrozen(schema, 'ServiceStandard', root.selectionSet)) return null;
  return { code, on };
}

const argument = (node: ValueNode, variables: Record<string, unknown> | undefined): unknown =>
  node.kind === Kind.VARIABLE ? variables?.[node.name.value] : node.kind === Kind.STRING ? node.value : undefined;

/** 256 answers of some tens of kilobytes each. */
export const standardAnswers = new Lru<Record<string, unknown>>(256);

export function standardAnswerCachePlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  // Which documents qualify, by query hash (a document is analysed once).
  const plans = new Map<string, Plan | null>();
  return {
    async requestDidStart() {
      let storeAs: string | undefined;
      return {
        async responseForOperation(rc) {
          const hash = `${rc.queryHash}\u0000${rc.operationName ?? ''}`;
          let found = plans.get(hash);
          if (found === undefined) {
            found = plan(schema, rc);
            if (plans.size > 1000) plans.clear();
            plans.set(hash, found);
          }
          if (!found) return null;
          const code = argument(found.code, rc.request.variables);
          const on = argument(found.on, rc.request.variables);
          if (typeof code !== 'string' || typeof on !== 'string' || !DAY.test(on) || Number.isNaN(Date.parse(on))) return null;
          try { assertMayReadStandards(rc.contextValue.identity); } catch { return null; }
          const version = await versionInForce(rc.contextValue, code, on);
          if (!version) return null;
          const key = `${hash}\u0000${JSON.stringify(rc.request.variables ?? {})}\u0000${version.id}\u0000${version.version}`;
          const data = standardAnswers.get(key);
          if (data === undefined) { storeAs = key; return null; }
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } };
        },
        async willSendResponse(rc) {
          const { body } = rc.response;
          if (storeAs && body.kind === 'single' && !body.singleResult.errors?.length && body.singleResult.data) {
            serializeOnce(body.singleResult.data);
            standardAnswers.set(storeAs, body.singleResult.data);
          }
        },
      };
    },
  };
}
