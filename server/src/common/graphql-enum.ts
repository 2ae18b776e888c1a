import { registerEnumType } from 'type-graphql';

/**
 * Registers a GraphQL enum from a constant list (the same list the entities and the corpus use, so
 * they can never disagree). Values keep their code spelling. Every value needs a description — the
 * type makes a missing one a compile error — so the schema documents what each value means.
 */
export function graphqlEnum<const T extends readonly string[]>(
  values: T,
  name: string,
  description: string,
  valueDescriptions: Record<T[number], string>,
): { [K in T[number]]: K } {
  const object = Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
  const valuesConfig = Object.fromEntries(values.map((v) => [v, { description: valueDescriptions[v as T[number]] }]));
  registerEnumType(object, { name, description, valuesConfig: valuesConfig as never });
  return object;
}
