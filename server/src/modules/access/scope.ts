/**
 * Row-level scope: which agencies a caller may act on, and which standards a caller may see.
 *
 *  superadmin (and system jobs)  every agency
 *  ministryAdmin                 their agency and every agency below it
 *  operator                      their agency only
 *  analyst, partner, anonymous   none (they write nothing agency-bound)
 *
 * Anonymous callers and partner keys see published and repealed standard versions only; drafts
 * are internal.
 */
import { AppError } from '../../common/errors.js';
import { agencySubtree } from '../agencies/agency-tree.js';
import type { Context, Identity } from '../../context.js';
import type { StandardStatus } from '../standards/service-standard.entity.js';

const subtrees = new WeakMap<Identity, Promise<ReadonlySet<string>>>();

export const isSuperadmin = (identity: Identity): boolean => identity.roles.includes('superadmin');

/**
 * The agencies this caller may act on: 'all', or a set of ids (empty when none). Cached per request
 * (the identity object lives as long as the request).
 */
export async function agenciesInScope(ctx: Pick<Context, 'em' | 'identity' | 'caches'>): Promise<'all' | ReadonlySet<string>> {
  const { identity } = ctx;
  if (isSuperadmin(identity)) return 'all';
  if (!identity.agencyId) return new Set();
  if (identity.roles.includes('operator')) return new Set([identity.agencyId]);
  if (!identity.roles.includes('ministryAdmin')) return new Set();
  let subtree = subtrees.get(identity);
  if (!subtree) {
    // Outside any transaction: the scope is the agency tree as the request began.
    subtree = agencySubtree(ctx.em.fork(), identity.agencyId, ctx.caches?.agencyTree);
    subtrees.set(identity, subtree);
  }
  return subtree;
}

export async function inScope(ctx: Pick<Context, 'em' | 'identity' | 'caches'>, agencyId: string | null | undefined): Promise<boolean> {
  const scope = await agenciesInScope(ctx);
  return scope === 'all' || (!!agencyId && scope.has(agencyId));
}

/**
 * Refuses with FORBIDDEN unless every given agency is in the caller's scope. `what` names the
 * record in the message ("the standard's provider").
 */
export async function assertAgenciesInScope(ctx: Pick<Context, 'em' | 'identity' | 'caches'>, agencyIds: (string | null | undefined)[], what: string): Promise<void> {
  const scope = await agenciesInScope(ctx);
  if (scope === 'all') return;
  const outside = agencyIds.filter((id) => !id || !scope.has(id));
  if (outside.length) {
    throw new AppError('FORBIDDEN', `${what} is outside your agency scope; ask an administrator of that agency (or a superadmin)`);
  }
}

/** Callers who only ever see published (or since repealed) standard versions. */
export function seesPublishedStandardsOnly(identity: Identity): boolean {
  return identity.kind === 'anonymous' || identity.kind === 'apiKey';
}

export const PUBLIC_STANDARD_STATUSES: readonly StandardStatus[] = ['published', 'repealed'];

/** A partner key reads standards only with the standards:read scope; anonymous callers may always. */
export function assertMayReadStandards(identity: Identity): void {
  if (identity.kind === 'apiKey' && !identity.scopes.includes('standards:read')) {
    throw new AppError('FORBIDDEN', 'this API key lacks the standards:read scope');
  }
}
