/**
 * Accounts the server makes by itself at start-up:
 *  - the first superadmin, from ADMIN_EMAIL and ADMIN_PASSWORD, when no superadmin exists yet
 *    (without them the server starts and prints how to create one);
 *  - in demo mode (DEMO_MODE=1, refused with NODE_ENV=production) the documented demo account;
 *    outside demo mode any demo account is disabled and its sessions end.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../common/logger.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { snapshot } from '../audit/audit.service.js';
import type { AccessConfig } from './access.config.js';
import { Session, User } from './user.entity.js';
import { hashPassword, passwordProblem } from './password.js';
import { normaliseEmail } from './auth.service.js';

export const DEMO_LOGIN = { email: 'demo@qyzmet.demo', password: 'qyzmet-demo', displayName: 'Demo superadmin' } as const;
const BOOTSTRAP_ACTOR = 'system:bootstrap';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const FIRST_ADMIN_INSTRUCTIONS = `
No superadmin exists yet, so nobody can sign in to the console.
Create the first one by starting Qyzmet once with
    ADMIN_EMAIL=you@example.kz ADMIN_PASSWORD='a long passphrase' npm start
(the password needs at least 10 characters; it is stored as an argon2id hash and only used when
no superadmin exists). See README, "Roles and access".
`;

export interface BootstrapResult { createdAdmin?: string; demo?: 'created' | 'enabled' | 'disabled' | 'present'; needsAdmin: boolean }

export async function bootstrapAccounts(orm: MikroORM, config: AccessConfig, production: boolean, log: Logger): Promise<BootstrapResult> {
  if (config.demo && production) throw new Error('DEMO_MODE cannot be used with NODE_ENV=production: the demo login is public knowledge');
  const em = orm.em.fork();
  const result: BootstrapResult = { needsAdmin: false };
  const audit = (operation: string, user: object, before: unknown = null) =>
    em.create(AuditEntry, { actor: BOOTSTRAP_ACTOR, operation, entityType: 'User', entityId: (user as { id: string }).id, before, after: strip(snapshot(user)), requestId: null } as never);

  const superadmins = await em.count(User, { role: 'superadmin', demo: false });
  if (!superadmins && config.adminEmail && config.adminPassword) {
    const email = normaliseEmail(config.adminEmail);
    if (!EMAIL.test(email)) throw new Error(`ADMIN_EMAIL "${config.adminEmail}" is not an e-mail address`);
    const problem = passwordProblem(config.adminPassword);
    if (problem) throw new Error(`ADMIN_PASSWORD ${problem}`);
    const existing = await em.findOne(User, { email });
    const passwordHash = await hashPassword(config.adminPassword);
    if (existing) {
      const before = strip(snapshot(existing));
      em.assign(existing, { role: 'superadmin', agency: null, active: true, passwordHash, passwordChangedAt: new Date() } as never);
      audit('update', existing, before);
    } else {
      const user = em.create(User, { email, displayName: 'Administrator', role: 'superadmin', agency: null, active: true, demo: false, passwordHash, passwordChangedAt: new Date() } as never);
      audit('create', user);
    }
    await em.flush();
    result.createdAdmin = email;
    log.info({ email }, 'first superadmin created from ADMIN_EMAIL');
  } else if (!superadmins) {
    result.needsAdmin = true;
  }

  const demoUsers = await em.find(User, { demo: true });
  if (config.demo) {
    const demo = demoUsers.find((u) => u.email === DEMO_LOGIN.email);
    if (!demo) {
      const user = em.create(User, {
        email: DEMO_LOGIN.email, displayName: DEMO_LOGIN.displayName, role: 'superadmin', agency: null, active: true, demo: true,
        passwordHash: await hashPassword(DEMO_LOGIN.password), passwordChangedAt: new Date(),
      } as never);
      audit('create', user);
      result.demo = 'created';
    } else if (!demo.active) {
      demo.active = true;
      result.demo = 'enabled';
    } else result.demo = 'present';
    await em.flush();
    log.warn({ email: DEMO_LOGIN.email }, 'DEMO MODE: the documented demo login is enabled; never expose this server publicly');
  } else if (demoUsers.some((u) => u.active)) {
    for (const user of demoUsers) user.active = false;
    await em.nativeDelete(Session, { user: { $in: demoUsers.map((u) => u.id) } });
    await em.flush();
    result.demo = 'disabled';
    log.warn('demo accounts disabled (DEMO_MODE is off)');
  }

  if (result.needsAdmin) {
    log.warn('no superadmin exists: set ADMIN_EMAIL and ADMIN_PASSWORD and restart to create one');
    if (log.level !== 'silent') process.stderr.write(FIRST_ADMIN_INSTRUCTIONS);
  }
  return result;
}

function strip(plain: Record<string, unknown> | null): Record<string, unknown> | null {
  if (plain) delete plain.passwordHash;
  return plain;
}
