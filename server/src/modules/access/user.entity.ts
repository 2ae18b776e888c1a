import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { baseProperties } from '../../common/base.entity.js';
import { Agency } from '../agencies/agency.entity.js';
import { USER_ROLES } from './roles.js';

/**
 * A person who signs in to the console. The password is stored only as an argon2id hash (PHC
 * string). ministryAdmin and operator users are scoped to an agency; the others have none.
 */
export const User = defineEntity({
  name: 'User',
  tableName: 'app_user',
  properties: {
    ...baseProperties,
    /** Lower-case; unique. */
    email: p.string().length(254).unique(),
    displayName: p.string().length(200),
    passwordHash: p.text().lazy().hidden(),
    role: p.enum(USER_ROLES).index(),
    agency: () => p.manyToOne(Agency).ref().nullable().deleteRule('restrict').index(),
    active: p.boolean().default(true),
    /** Created by demo mode; such accounts are disabled when the server starts outside demo mode. */
    demo: p.boolean().default(false),
    lastLoginAt: p.datetime().nullable(),
    passwordChangedAt: p.datetime().nullable(),
  },
});
export type IUser = InferEntity<typeof User>;

/**
 * A console session. The cookie carries a random token; only its SHA-256 is stored, so a leaked
 * table does not let anyone sign in. A session ends at expiresAt, after SESSION_IDLE minutes
 * without a request, or at logout (the row is deleted).
 */
export const Session = defineEntity({
  name: 'Session',
  tableName: 'app_session',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    tokenHash: p.string().length(64).unique(),
    user: () => p.manyToOne(User).ref().deleteRule('cascade').index(),
    createdAt: p.datetime().onCreate(() => new Date()),
    lastSeenAt: p.datetime(),
    expiresAt: p.datetime().index(),
    ip: p.string().length(100).nullable(),
    userAgent: p.string().length(300).nullable(),
  },
});
export type ISession = InferEntity<typeof Session>;
