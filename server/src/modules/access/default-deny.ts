/**
 * Closed by default: a root query or mutation that declares no @Authorized(...) and is not listed
 * in PUBLIC_OPERATIONS is not open to everyone. Undeclared queries answer CAN_READ_INTERNAL roles
 * only, undeclared mutations superadmin only. So a resolver that forgets its declaration fails
 * safe, and anonymous callers can reach nothing that is not listed as public.
 */
import { defaultFieldResolver, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { CAN_READ_INTERNAL, PUBLIC_OPERATIONS, type Role } from './roles.js';
import { assertGranted } from './auth-checker.js';
import type { Context } from '../../context.js';

const DEFAULT_GRANTS: Record<string, readonly Role[]> = { Query: CAN_READ_INTERNAL, Mutation: ['superadmin'], Subscription: ['superadmin'] };

/** `Query.x` / `Mutation.y` of every root field declared with @Authorized. */
export function declaredRootFields(): Set<string> {
  const storage = getMetadataStorage();
  const declared = new Set<string>();
  for (const [root, defs] of [['Query', storage.queries], ['Mutation', storage.mutations], ['Subscription', storage.subscriptions]] as const) {
    for (const def of defs) if (def.roles !== undefined) declared.add(`${root}.${def.schemaName}`);
  }
  return declared;
}

/** The grants a root query declares with @Authorized(...); undefined when it declares none. */
export function declaredQueryGrants(field: string): readonly string[] | undefined {
  return getMetadataStorage().queries.find((def) => def.schemaName === field)?.roles;
}

/** Root fields that get the default grants (neither declared nor public), for the report and tests. */
export function undeclaredRootFields(schema: GraphQLSchema): string[] {
  const declared = declaredRootFields();
  const result: string[] = [];
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const name of Object.keys(type?.getFields() ?? {})) {
      const key = `${type!.name}.${name}`;
      if (!declared.has(key) && !PUBLIC_OPERATIONS.includes(key)) result.push(key);
    }
  }
  return result;
}

export function applyDefaultDeny(schema: GraphQLSchema): GraphQLSchema {
  const declared = declaredRootFields();
  const roots: (GraphQLObjectType | null | undefined)[] = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  for (const type of roots) {
    if (!type) continue;
    const grants = DEFAULT_GRANTS[type.name] ?? ['superadmin'];
    for (const field of Object.values(type.getFields())) {
      const key = `${type.name}.${field.name}`;
      if (declared.has(key) || PUBLIC_OPERATIONS.includes(key)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Context, info) => {
        assertGranted(context.identity, grants, key);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
