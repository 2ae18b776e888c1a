/**
 * type-graphql's authChecker: runs before every field declared with @Authorized(...).
 *
 *  @Authorized()                      any signed-in user or API key
 *  @Authorized('superadmin', …)       one of these roles
 *  @Authorized(…, 'applications:submit')  also a partner key with that scope
 *
 * Anonymous callers get UNAUTHENTICATED, everyone else FORBIDDEN. Row-level scope (which agency,
 * whose applications) is the services' job, through access/scope.ts.
 */
import type { AuthChecker } from 'type-graphql';
import { AppError } from '../../common/errors.js';
import type { Context, Identity } from '../../context.js';

export function isGranted(identity: Identity, grants: readonly string[]): boolean {
  if (identity.kind === 'anonymous') return false;
  if (grants.length === 0) return true;
  if (identity.roles.some((role) => grants.includes(role))) return true;
  return identity.kind === 'apiKey' && identity.scopes.some((scope) => grants.includes(scope));
}

export function assertGranted(identity: Identity, grants: readonly string[], what: string): void {
  if (isGranted(identity, grants)) return;
  if (identity.kind === 'anonymous') {
    throw new AppError('UNAUTHENTICATED', `${what}: sign in, or send an API key as "Authorization: Bearer qz_…"`);
  }
  const held = identity.kind === 'apiKey' ? `an API key with scopes [${identity.scopes.join(', ')}]` : `role ${identity.roles.join(', ') || 'none'}`;
  throw new AppError('FORBIDDEN', `${what}: not allowed for ${held}`);
}

export const authChecker: AuthChecker<Context, string> = ({ context, info }, grants) => {
  assertGranted(context.identity, grants, `${info.parentType.name}.${info.fieldName}`);
  return true;
};
