import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { Max, MaxLength } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { rememberingValidation } from './argument-validation.js';

class PageArgs {
  @Max(100) perPage!: number;
  @MaxLength(5) q?: string;
}

const page = (perPage: number, q?: string) => Object.assign(new PageArgs(), { perPage, q });

describe('argument validation that remembers valid values', () => {
  it('refuses an invalid value every time, also after valid ones of the same type', async () => {
    const validate = rememberingValidation({});
    await validate(page(20), PageArgs);
    await validate(page(20), PageArgs);
    for (let i = 0; i < 2; i++) {
      const error = await Promise.resolve(validate(page(101), PageArgs)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ArgumentValidationError);
      expect((error as ArgumentValidationError).extensions.validationErrors[0]).toMatchObject({ property: 'perPage' });
    }
    await expect(Promise.resolve(validate(page(20, 'too long'), PageArgs))).rejects.toBeInstanceOf(ArgumentValidationError);
  });

  it('validates each object of a list, and leaves scalars alone', async () => {
    const validate = rememberingValidation({});
    await expect(Promise.resolve(validate([page(1), page(500)], PageArgs))).rejects.toBeInstanceOf(ArgumentValidationError);
    await validate([page(1), page(2)], PageArgs);
    await validate('anything', String);
  });
});
