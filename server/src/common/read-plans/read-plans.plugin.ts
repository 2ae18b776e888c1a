/**
 * Read plans: a query that only lists stored columns through planned lists (planned-lists.ts) is
 * answered by one statement in which PostgreSQL writes the answer's JSON (plan-statement.ts); the
 * server neither maps rows nor walks them field by field, and sends the text as it is. On the
 * nested page of the benchmark (W3: 10 agencies × 5 versions × 5 applications) graphql-js's
 * per-value completion and the JSON of its result were most of the server's time.
 *
 * The statement runs prepared (prepared-statements.ts).
 *
 * Nothing changes for the caller: the same rows, values, order and names as the resolvers'
 * (test/api/read-plans.test.ts compares the bytes), the same grants and argument validation. A
 * plan answers only when all of it succeeds; any refusal, error or unplanned shape is left to the
 * resolvers, which give their usual answer or error. READ_PLANS=off turns plans off.
 */
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, type GraphQLSchema } from 'graphql';
import type { MetadataStorage } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { isGranted } from '../../modules/access/auth-checker.js';
import { declaredQueryGrants } from '../../modules/access/default-deny.js';
import { dataOfJson } from '../stringify-result.js';
import { compilePlan, type RootPlan } from './compile-plan.js';
import { planStatement } from './plan-statement.js';
import { queryPrepared } from './prepared-statements.js';
import type { PlannedLists } from './planned-lists.js';

/** Requests answered by a plan, and planned requests handed back to the resolvers (for tests). */
export const readPlanCounts = { answered: 0, handedBack: 0 };

const MAX_DOCUMENTS = 1000;

export function readPlansPlugin(schema: GraphQLSchema, metadata: MetadataStorage, lists: PlannedLists): ApolloServerPlugin<Context> {
  // Plans by query hash and operation name, with the root field's @Authorized grants: a document is analysed once.
  const plans = new Map<string, { plan: RootPlan; grants: readonly string[] | undefined } | null>();
  const planOf = (hash: string, compile: () => RootPlan | null) => {
    let found = plans.get(hash);
    if (found === undefined) {
      if (plans.size >= MAX_DOCUMENTS) plans.clear();
      const plan = compile();
      plans.set(hash, (found = plan && { plan, grants: declaredQueryGrants(plan.list.field) }));
    }
    return found;
  };
  return {
    async requestDidStart() {
      return {
        async responseForOperation(rc) {
          const found = planOf(`${rc.queryHash}\u0000${rc.operationName ?? ''}`, () => compilePlan({ schema, metadata, lists }, rc.operation));
          if (!found) return null;
          const { plan, grants } = found;
          const ctx = rc.contextValue;
          const variables = getVariableValues(schema, rc.operation.variableDefinitions ?? [], rc.request.variables ?? {});
          if (!grants || !isGranted(ctx.identity, grants) || variables.errors) return handBack();
          let json: string;
          try {
            const statement = await planStatement(ctx, plan, variables.coerced);
            if (!statement) return handBack();
            json = (await queryPrepared<{ j: string }>(ctx.em, statement))[0].j;
          } catch {
            return handBack();
          }
          readPlanCounts.answered++;
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: dataOfJson(plan.key, json) } } };
        },
      };
    },
  };
}

function handBack(): null {
  readPlanCounts.handedBack++;
  return null;
}
