/**
 * type-graphql gives every plain `@Field` a resolver function of its own (room for middlewares and
 * auth checks), even a field that has neither: on a page of standards that wrapper runs for every
 * scalar of every part row. Fields with no field resolver, no @Authorized and no middleware get
 * graphql-js's default resolver instead, which reads the same property. The schema is built without
 * global middlewares (schema.ts); with any, this must not be applied.
 */
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

export function usePropertyReadsForPlainFields(schema: GraphQLSchema): number {
  const storage = getMetadataStorage();
  const withResolver = new Set(storage.fieldResolvers.map((r) => `${r.getObjectType?.()?.name}.${r.methodName}`));
  let changed = 0;
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name) as GraphQLObjectType | undefined;
    if (!type || !('getFields' in type) || type.constructor.name !== 'GraphQLObjectType') continue;
    const fields = type.getFields();
    for (const field of objectType.fields ?? []) {
      const plain = field.name === field.schemaName && !field.roles && !field.middlewares?.length && !withResolver.has(`${field.target.name}.${field.name}`);
      if (plain && fields[field.schemaName]?.resolve) {
        fields[field.schemaName].resolve = undefined;
        changed++;
      }
    }
  }
  return changed;
}
