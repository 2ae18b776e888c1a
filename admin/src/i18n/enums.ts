/**
 * The schema's enums in the console: their values come from the static schema, their labels from
 * `qyzmet.enums.<Enum>.<value>` and their order from enums.en.ts (values the labels do not know yet
 * come last, under their own name).
 */
import type { IntrospectionEnumType } from 'graphql';
import { types } from '../dataProvider/schema';
import { enEnums, type EnumLabels } from './enums.en';

export type EnumName = keyof EnumLabels;

/** The shape every language's enum labels must have. */
export type EnumMessages = { [E in EnumName]: Record<keyof EnumLabels[E], string> };

export interface EnumChoice {
  id: string;
  name: string;
}

export function enumValues(name: EnumName): string[] {
  const type = types.get(name) as IntrospectionEnumType | undefined;
  if (type?.kind !== 'ENUM') throw new Error(`The schema has no enum ${name}`);
  const order = Object.keys(enEnums[name]);
  const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
  return type.enumValues.map((value) => value.name).sort((a, b) => rank(a) - rank(b));
}

export const enumLabelKey = (name: EnumName, value: string) => `qyzmet.enums.${name}.${value}`;

const cache = new Map<EnumName, EnumChoice[]>();

/** Choices for SelectInput, SelectField, SelectArrayInput …: `{ id: value, name: translation key }`. */
export function enumChoices(name: EnumName): EnumChoice[] {
  let choices = cache.get(name);
  if (!choices) {
    choices = enumValues(name).map((id) => ({ id, name: enumLabelKey(name, id) }));
    cache.set(name, choices);
  }
  return choices;
}
