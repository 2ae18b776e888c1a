/**
 * Who may see and process which applications (row-level scope, on top of the @Authorized roles):
 *  - superadmin, analyst and system jobs: every application;
 *  - operator: their agency's; ministryAdmin: their agency subtree's (access/scope.ts);
 *  - partner API keys: only the applications the partner submitted (scope applications:read-own).
 * Operators and ministry admins process (transitions, complaints) only inside their scope.
 */
import type { FilterQuery } from '@mikro-orm/core';
import { agenciesInScope, assertAgenciesInScope } from '../access/scope.js';
import type { IApplication } from './application.entity.js';
import type { Context } from '../../context.js';

export type ReadScope = { kind: 'all' } | { kind: 'agencies'; ids: ReadonlySet<string> } | { kind: 'partner'; actor: string };

export async function applicationReadScope(ctx: Pick<Context, 'em' | 'identity'>): Promise<ReadScope> {
  const { identity } = ctx;
  if (identity.kind === 'apiKey') return { kind: 'partner', actor: identity.actor };
  if (identity.kind === 'system' || identity.roles.includes('superadmin') || identity.roles.includes('analyst')) return { kind: 'all' };
  const scope = await agenciesInScope(ctx);
  return scope === 'all' ? { kind: 'all' } : { kind: 'agencies', ids: scope };
}

/** The list condition of a read scope (null: no restriction). */
export function scopeCondition(scope: ReadScope): FilterQuery<IApplication> | null {
  if (scope.kind === 'all') return null;
  if (scope.kind === 'partner') return { intake: 'partner', submittedBy: scope.actor };
  return { agency: { $in: [...scope.ids] } };
}

export function mayRead(scope: ReadScope, application: Pick<IApplication, 'agency' | 'intake' | 'submittedBy'>): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'partner') return application.intake === 'partner' && application.submittedBy === scope.actor;
  return scope.ids.has(application.agency.id);
}

export function assertMayProcess(ctx: Pick<Context, 'em' | 'identity'>, agencyId: string, what = 'the application\'s agency'): Promise<void> {
  return assertAgenciesInScope(ctx, [agencyId], what);
}
