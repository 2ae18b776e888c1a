import { describe, expect, it } from 'vitest';
import { localDateTimeToIso } from '../common/localDateTime';
import { defaultExpiry, keyState, scopeChoices, scopeLabelKey } from './apiKeyScopes';

describe('API key helpers', () => {
  const now = Date.parse('2026-06-01T00:00:00Z');

  it('tell an active key from a revoked or expired one', () => {
    expect(keyState({ revokedAt: null, expiresAt: '2027-01-01T00:00:00Z' }, now)).toBe('active');
    expect(keyState({ revokedAt: '2026-05-01T00:00:00Z', expiresAt: '2027-01-01T00:00:00Z' }, now)).toBe('revoked');
    expect(keyState({ revokedAt: null, expiresAt: '2026-06-01T00:00:00Z' }, now)).toBe('expired');
  });

  it('offer the server\'s scopes with labels', () => {
    expect(scopeChoices.map((c) => c.id)).toEqual(['standards:read', 'applications:submit', 'applications:read-own']);
    expect(scopeLabelKey('applications:read-own')).toBe('resources.api-keys.scopes.applications_read_own');
  });

  it('send instants, and start from a year ahead', () => {
    expect(localDateTimeToIso('')).toBeNull();
    expect(localDateTimeToIso('nonsense')).toBeNull();
    expect(localDateTimeToIso('2027-01-01T00:00:00Z')).toBe('2027-01-01T00:00:00.000Z');
    expect(defaultExpiry(now)).toBe('2027-06-01T00:00:00.000Z');
  });
});
