/**
 * Field errors for a form that calls a mutation itself (registerApplication, registerComplaint …):
 * the server's BAD_USER_INPUT problems in react-admin's shape (dataProvider/errors.ts), with fields
 * of an `input` argument (`input.applicantIdentifier`) moved to the form's own names.
 */
import { HttpError } from 'react-admin';
import type { ServerErrorBody } from '../dataProvider/errors';

export function formErrors(error: unknown): Record<string, unknown> | undefined {
  const body = error instanceof HttpError ? (error.body as ServerErrorBody | undefined) : undefined;
  const errors = body?.errors as Record<string, unknown> | undefined;
  if (!errors) return undefined;
  const input = errors.input;
  return input && typeof input === 'object' ? { ...errors, ...(input as Record<string, unknown>) } : errors;
}

