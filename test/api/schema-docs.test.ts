/**
 * Every part of the public GraphQL schema carries a description: types, fields, arguments, enum
 * values and input fields. The test lists each undocumented one, so a new field without a
 * description fails CI with its exact place.
 */
import { describe, expect, it } from 'vitest';
import type { GraphQLEnumType, GraphQLInputObjectType, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { createSchema } from '../../server/src/schema.js';

const missing = (description: string | null | undefined) => !description || !description.trim();

/**
 * The kind of a schema type by its toStringTag ("GraphQLObjectType" …): graphql's isObjectType()
 * and friends refuse types built by another copy of the module (type-graphql loads graphql's CommonJS
 * build, this file its ES module build).
 */
const kindOf = (type: unknown) => Object.prototype.toString.call(type).slice(8, -1);

/** "Type", "Type.field", "Type.field(arg)", "Enum.VALUE", "Input.field" of everything without a description. */
export function undocumented(schema: GraphQLSchema): string[] {
  const out: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (missing(type.description)) out.push(`type ${type.name}`);
    const kind = kindOf(type);
    if (kind === 'GraphQLObjectType' || kind === 'GraphQLInterfaceType') {
      for (const field of Object.values((type as GraphQLObjectType).getFields())) {
        if (missing(field.description)) out.push(`field ${type.name}.${field.name}`);
        for (const arg of field.args) if (missing(arg.description)) out.push(`argument ${type.name}.${field.name}(${arg.name})`);
      }
    } else if (kind === 'GraphQLInputObjectType') {
      for (const field of Object.values((type as GraphQLInputObjectType).getFields())) if (missing(field.description)) out.push(`input field ${type.name}.${field.name}`);
    } else if (kind === 'GraphQLEnumType') {
      for (const value of (type as GraphQLEnumType).getValues()) if (missing(value.description)) out.push(`enum value ${type.name}.${value.name}`);
    } else if (kind !== 'GraphQLScalarType' && kind !== 'GraphQLUnionType') {
      out.push(`unknown kind ${type.name}`);
    }
  }
  return out.sort();
}

describe('schema documentation', () => {
  it('describes every type, field, argument, enum value and input field', async () => {
    const schema = await createSchema();
    expect(undocumented(schema)).toEqual([]);
  });
});
