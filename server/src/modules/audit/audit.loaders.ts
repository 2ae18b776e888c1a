/**
 * The actor of an audit entry is recorded by name (a user's e-mail, "partner:<slug>", a job's name),
 * so that entries outlive the users they name. A page of entries finds its users in one statement.
 */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User, type IUser } from '../access/user.entity.js';

/** Only e-mail names can be users; the others resolve to null without SQL. */
const mayBeUser = (actor: string) => actor.includes('@') && !actor.includes(':');

export function createAuditLoaders(em: EntityManager) {
  return {
    userByEmail: new DataLoader<string, IUser | null>(async (actors) => {
      const emails = [...new Set(actors.filter(mayBeUser))];
      const users = emails.length ? await em.find(User, { email: { $in: emails } }) : [];
      const byEmail = new Map(users.map((u) => [u.email, u]));
      return actors.map((actor) => byEmail.get(actor) ?? null);
    }),
  };
}
