import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { baseProperties } from '../../common/base.entity.js';
import type { PartnerScope } from './roles.js';

/**
 * A partner's API key (`Authorization: Bearer qz_…`). The secret is shown once, at creation; only
 * its SHA-256 is stored. A key belongs to a partner (a slug such as "kaspi-gov"): applications a
 * partner submits are theirs whichever of their keys submitted them.
 */
export const ApiKey = defineEntity({
  name: 'ApiKey',
  tableName: 'api_key',
  properties: {
    ...baseProperties,
    name: p.string().length(200),
    partner: p.string().length(100).index(),
    /** The first characters of the secret, to recognise a key in lists and logs. */
    prefix: p.string().length(20),
    keyHash: p.string().length(64).unique(),
    scopes: p.array<PartnerScope>().default([]),
    expiresAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
    lastUsedAt: p.datetime().nullable(),
    createdBy: p.string().length(300),
  },
});
export type IApiKey = InferEntity<typeof ApiKey>;
