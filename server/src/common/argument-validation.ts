/**
 * type-graphql's validation of arguments and inputs (class-validator, as it does by default), with a
 * memory of argument values already found valid. A console or partner sends the same list arguments
 * and filters over and over; class-validator looked up its metadata and ran every rule each time,
 * a twentieth of a list request's CPU. Validation is pure (rules read only the value, never the
 * database), so a value that passed once passes again; values that fail are validated every time,
 * and the error is the one type-graphql throws itself.
 */
import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

/** Values larger than this (serialized) are validated every time: mutations' inputs rarely repeat. */
const MAX_REMEMBERED_LENGTH = 2000;
const CAPACITY = 5000;

const serialize = (value: unknown): string | undefined => {
  try { return JSON.stringify(value); } catch { return undefined; }
};

const shouldBeValidated = (value: unknown): value is object => value !== null && typeof value === 'object';

/** type-graphql's ValidatorFn without the resolver data it does not read (read plans call it outside a resolver). */
export type ArgumentValidation = (value: Parameters<ValidatorFn>[0], type: Parameters<ValidatorFn>[1]) => Promise<void>;

export function rememberingValidation(options: ValidatorOptions): ArgumentValidation {
  // The settings type-graphql applies to its own class-validator calls.
  const settings: ValidatorOptions = { ...options, skipMissingProperties: options.skipMissingProperties ?? true, forbidUnknownValues: options.forbidUnknownValues ?? false };
  const valid = new Set<string>();
  const validate = async (value: object) => {
    try {
      await validateOrReject(value, settings);
    } catch (errors) {
      throw new ArgumentValidationError(errors as ValidationError[]);
    }
  };
  return async (value, type) => {
    if (!shouldBeValidated(value)) return;
    const items = Array.isArray(value) ? value.filter(shouldBeValidated) : [value];
    const serialized = serialize(value);
    const key = serialized !== undefined && serialized.length <= MAX_REMEMBERED_LENGTH ? `${(type as { name?: string }).name ?? ''}\u0000${items.map((item) => item.constructor.name).join(',')}\u0000${serialized}` : undefined;
    if (key && valid.has(key)) return;
    await Promise.all(items.map(validate));
    if (!key) return;
    if (valid.size >= CAPACITY) valid.clear();
    valid.add(key);
  };
}

/** The schema's validation (schema.ts), also run by read plans on the arguments they plan with. */
export const argumentValidation = rememberingValidation({ forbidUnknownValues: false });
