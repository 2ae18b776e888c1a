import { describe, expect, it } from 'vitest';
import { needsAgency, roleChoices, userPayload } from './userRoles';

describe('user roles', () => {
  it('scope ministry admins and operators to an agency only', () => {
    expect(needsAgency('ministryAdmin')).toBe(true);
    expect(needsAgency('operator')).toBe(true);
    expect(needsAgency('analyst')).toBe(false);
    expect(needsAgency('superadmin')).toBe(false);
    expect(needsAgency(undefined)).toBe(false);
    expect(roleChoices.map((c) => c.id)).toEqual(['superadmin', 'ministryAdmin', 'operator', 'analyst']);
  });

  it('send no agency for a role without one, and no empty password', () => {
    const record = { id: 'u', role: 'analyst', agencyId: 'a', agency: { id: 'a' }, password: '', email: 'x@y.kz' };
    expect(userPayload(record)).toEqual({ id: 'u', role: 'analyst', agencyId: null, password: null, email: 'x@y.kz' });
    expect(userPayload({ role: 'operator', agencyId: 'a', password: 'long enough pass' })).toEqual({ role: 'operator', agencyId: 'a', password: 'long enough pass' });
    expect(userPayload({ role: 'operator' })).toEqual({ role: 'operator', agencyId: null, password: null });
  });
});
