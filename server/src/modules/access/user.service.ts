/**
 * Users (superadmin only): create, update, delete, with the rules the roles need. ministryAdmin and
 * operator users must have an agency, the others none. The last active superadmin cannot be
 * demoted, deactivated or deleted. A new password, deactivation or deletion ends the user's sessions.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { AppError, InputErrors, invalidInput, notFound } from '../../common/errors.js';
import { assertVersion, inTransaction } from '../../common/transaction.js';
import { isId } from '../../common/loader-factories.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { Agency } from '../agencies/agency.entity.js';
import type { Context } from '../../context.js';
import { Session, User, type IUser } from './user.entity.js';
import type { UpdateUserArgs, UserFields } from './access.inputs.js';
import { USER_ROLES, SCOPED_ROLES, type Role } from './roles.js';
import { hashPassword, passwordProblem } from './password.js';
import { normaliseEmail } from './auth.service.js';

/** Audit snapshot of a user: never the password hash. */
function userSnapshot(user: IUser): Record<string, unknown> | null {
  const plain = snapshot(user);
  if (plain) delete plain.passwordHash;
  return plain;
}

async function applyFields(em: EntityManager, user: IUser | null, input: UserFields, errors: InputErrors): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = {};
  if (input.email !== undefined && input.email !== null) {
    const email = normaliseEmail(input.email);
    const clash = await em.findOne(User, { email });
    if (clash && clash.id !== user?.id) errors.add('email', `a user with e-mail "${email}" already exists`);
    data.email = email;
  }
  if (input.displayName !== undefined && input.displayName !== null) {
    if (!input.displayName.trim()) errors.add('displayName', 'must not be empty');
    data.displayName = input.displayName;
  }
  if (input.role !== undefined && input.role !== null) {
    if (!(USER_ROLES as readonly string[]).includes(input.role)) errors.add('role', `"${input.role}" is not a user role: partners use API keys (createApiKey)`);
    data.role = input.role;
  }
  if (input.active !== undefined && input.active !== null) data.active = input.active;
  if (input.password !== undefined && input.password !== null) {
    const problem = passwordProblem(input.password);
    if (problem) errors.add('password', problem);
    else {
      data.passwordHash = await hashPassword(input.password);
      data.passwordChangedAt = new Date();
    }
  }
  const role = (data.role ?? user?.role) as Role | undefined;
  const agencyId = input.agencyId !== undefined ? input.agencyId : user?.agency?.id ?? null;
  if (role && SCOPED_ROLES.includes(role)) {
    if (!agencyId) errors.add('agencyId', `a ${role} needs an agency`);
    else {
      const agency = await em.findOne(Agency, { id: agencyId });
      if (!agency) errors.add('agencyId', `agency "${agencyId}" does not exist`);
      else data.agency = agency;
    }
  } else if (input.agencyId) {
    errors.add('agencyId', `a ${role ?? 'user of this role'} has no agency scope; leave it empty`);
  } else {
    data.agency = null;
  }
  return data;
}

async function assertNotLastSuperadmin(em: EntityManager, user: IUser, field: string, what: string): Promise<void> {
  if (user.role !== 'superadmin' || !user.active) return;
  const others = await em.count(User, { role: 'superadmin', active: true, id: { $ne: user.id } });
  if (!others) throw invalidInput(field, `${user.email} is the last active superadmin and cannot be ${what}; make another superadmin first`);
}

function mapUnique(error: unknown): never {
  if (error instanceof UniqueConstraintViolationException) throw invalidInput('email', 'a user with this e-mail already exists');
  throw error;
}

export async function createUser(ctx: Context, input: UserFields): Promise<IUser> {
  return inTransaction(ctx, async (em) => {
    const errors = new InputErrors();
    if (!input.email) errors.add('email', 'is required');
    if (!input.displayName) errors.add('displayName', 'is required');
    if (!input.role) errors.add('role', 'is required');
    if (!input.password) errors.add('password', 'is required');
    const data = await applyFields(em, null, input, errors);
    errors.throwIfAny();
    const user = em.create(User, { active: true, demo: false, ...data } as never);
    await em.flush().catch(mapUnique);
    recordAudit(em, ctx, 'create', 'User', user.id, null, userSnapshot(user));
    return user;
  });
}

export async function updateUser(ctx: Context, input: UpdateUserArgs): Promise<IUser> {
  return inTransaction(ctx, async (em) => {
    const user = await em.findOne(User, { id: input.id });
    if (!user) throw notFound('User', input.id);
    assertVersion('User', user, input.version);
    const before = userSnapshot(user);
    const errors = new InputErrors();
    const data = await applyFields(em, user, input, errors);
    errors.throwIfAny();
    if (data.role !== undefined && data.role !== 'superadmin') await assertNotLastSuperadmin(em, user, 'role', 'demoted');
    if (data.active === false) await assertNotLastSuperadmin(em, user, 'active', 'deactivated');
    em.assign(user, data as never);
    await em.flush().catch(mapUnique);
    if (data.passwordHash || data.active === false) {
      // A new password or deactivation ends every session of the user (except the caller's own when changing their own password).
      const keep = data.active === false ? undefined : ctx.identity.userId === user.id ? ctx.identity.sessionId : undefined;
      await em.nativeDelete(Session, keep ? { user: user.id, id: { $ne: keep } } : { user: user.id });
    }
    recordAudit(em, ctx, 'update', 'User', user.id, before, userSnapshot(user));
    return user;
  });
}

export async function deleteUser(ctx: Context, id: string): Promise<IUser> {
  return inTransaction(ctx, async (em) => {
    const user = isId(id) ? await em.findOne(User, { id }) : null;
    if (!user) throw notFound('User', id);
    await assertNotLastSuperadmin(em, user, 'id', 'deleted');
    if (ctx.identity.userId === user.id) throw new AppError('BAD_USER_INPUT', 'id: you cannot delete your own account', { field: 'id' });
    const before = userSnapshot(user);
    await em.nativeDelete(Session, { user: user.id });
    em.remove(user);
    await em.flush();
    recordAudit(em, ctx, 'delete', 'User', id, before, null);
    return Object.assign({}, user, { id });
  });
}
