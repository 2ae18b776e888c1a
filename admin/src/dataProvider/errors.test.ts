import { describe, expect, it } from 'vitest';
import { HttpError } from 'react-admin';
import { toHttpError, type ServerErrorBody } from './errors';

/** What ra-data-graphql throws: an HttpError with status 200 whose body is the Apollo error. */
const fromGraphQL = (...graphQLErrors: { message: string; extensions?: Record<string, unknown> }[]) =>
  new HttpError(graphQLErrors[0].message, 200, { graphQLErrors });

describe('toHttpError', () => {
  it('keeps the server message and gives the code and a status', () => {
    const error = toHttpError(fromGraphQL({
      message: 'Agency "a1" was changed by someone else (your version 1, current version 2); reload it and apply your change again',
      extensions: { code: 'CONFLICT', currentVersion: 2, requestId: 'r1' },
    })) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.message).toMatch(/changed by someone else/);
    expect(error.status).toBe(409);
    expect(error.body).toMatchObject({ code: 'CONFLICT', requestId: 'r1' });
    expect((error.body as ServerErrorBody).errors).toBeUndefined();
  });

  it('maps BAD_USER_INPUT problems to react-admin form errors', () => {
    const error = toHttpError(fromGraphQL({
      message: 'code: an agency with code "minfin" already exists; name.en: en must be longer than or equal to 1 characters',
      extensions: {
        code: 'BAD_USER_INPUT', field: 'code',
        problems: [
          { field: 'code', message: 'an agency with code "minfin" already exists' },
          { field: 'name.en', message: 'en must be longer than or equal to 1 characters' },
        ],
      },
    })) as HttpError;
    expect(error.status).toBe(400);
    expect(error.body).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'code',
      errors: {
        code: 'an agency with code "minfin" already exists',
        name: { en: 'en must be longer than or equal to 1 characters' },
        root: { serverError: error.message },
      },
    });
  });

  it('uses extensions.field without the "field: " prefix of the message', () => {
    const error = toHttpError(fromGraphQL({ message: 'parentId: an agency cannot be its own parent', extensions: { code: 'BAD_USER_INPUT', field: 'parentId' } })) as HttpError;
    expect((error.body as ServerErrorBody).errors).toMatchObject({ parentId: 'an agency cannot be its own parent' });
  });

  it('finds the field of an invalid variable', () => {
    const error = toHttpError(fromGraphQL({
      message: 'Variable "$address" got invalid value null at "address.en"; Expected non-nullable type "String!" not to be null.',
      extensions: { code: 'BAD_USER_INPUT' },
    })) as HttpError;
    expect((error.body as ServerErrorBody).errors).toMatchObject({ address: { en: 'Expected non-nullable type "String!" not to be null.' } });
  });

  it('gives 401 and 403 for authentication and permission errors', () => {
    expect((toHttpError(fromGraphQL({ message: 'log in', extensions: { code: 'UNAUTHENTICATED' } })) as HttpError).status).toBe(401);
    expect((toHttpError(fromGraphQL({ message: 'no', extensions: { code: 'FORBIDDEN' } })) as HttpError).status).toBe(403);
  });

  it('leaves network failures and other errors alone', () => {
    const network = new HttpError('Failed to fetch', undefined as unknown as number);
    expect(toHttpError(network)).toBe(network);
    const other = new Error('boom');
    expect(toHttpError(other)).toBe(other);
  });

  it('unwraps an HttpError raised while parsing the response', () => {
    const notFound = new HttpError('ra.notification.item_doesnt_exist', 404, { code: 'NOT_FOUND' });
    expect(toHttpError(new HttpError(notFound.message, 200, notFound))).toBe(notFound);
  });
});
