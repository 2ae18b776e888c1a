/** Client-side checks that mirror the server's rules (server/src/common/validation.ts), for early feedback. */
import { maxLength, regex, required } from 'react-admin';

/** Stable codes: lower-case Latin slugs ("mint-industry-committee", "res-1130-2012"). */
export const CODE_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

export const validateCode = [required(), regex(CODE_PATTERN, 'qyzmet.validation.code'), maxLength(100)];

/** "09:00" */
export const validateTime = [required(), regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'qyzmet.validation.time')];
