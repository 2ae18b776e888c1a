/**
 * The roles a console user can have (the server's USER_ROLES; partners are API keys) and which of
 * them act within an agency (the server's SCOPED_ROLES): a ministryAdmin or operator needs one,
 * the others must have none.
 */
import type { Role } from '../generated/graphql.js';

export const USER_ROLES = ['superadmin', 'ministryAdmin', 'operator', 'analyst'] as const satisfies readonly Role[];
const SCOPED_ROLES: readonly string[] = ['ministryAdmin', 'operator'];

export const needsAgency = (role: unknown): boolean => typeof role === 'string' && SCOPED_ROLES.includes(role);

export const roleLabelKey = (role: string) => `resources.users.roles.${role}`;
export const roleChoices = USER_ROLES.map((id) => ({ id, name: roleLabelKey(id) }));

/**
 * What the form sends: no agency for a role without one (the server refuses it), and no password
 * unless one was typed (on edit an empty field keeps the current password).
 */
export function userPayload<T extends Record<string, unknown>>(data: T): T {
  const { agency: _agency, ...rest } = data;
  const password = typeof data.password === 'string' && data.password !== '' ? data.password : null;
  return { ...rest, agencyId: needsAgency(data.role) ? (data.agencyId ?? null) : null, password } as unknown as T;
}
