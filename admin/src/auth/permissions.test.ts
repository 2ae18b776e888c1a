import { describe, expect, it } from 'vitest';
import { canAccess } from './permissions';

const draft = { id: 'd', status: 'draft' };
const published = { id: 'p', status: 'published' };

describe('canAccess', () => {
  it('lets everyone signed in read, and only configuring roles write', () => {
    for (const role of ['superadmin', 'ministryAdmin', 'operator', 'analyst']) {
      expect(canAccess([role], { action: 'list', resource: 'service-standards' })).toBe(true);
      expect(canAccess([role], { action: 'show', resource: 'legal-acts' })).toBe(true);
    }
    expect(canAccess(['analyst'], { action: 'edit', resource: 'agencies' })).toBe(false);
    expect(canAccess(['operator'], { action: 'create', resource: 'legal-acts' })).toBe(false);
    expect(canAccess(['ministryAdmin'], { action: 'edit', resource: 'agencies' })).toBe(true);
    expect(canAccess([], { action: 'list', resource: 'agencies' })).toBe(false);
  });

  it('shows the audit log to superadmins and analysts only, read-only', () => {
    expect(canAccess(['superadmin'], { action: 'list', resource: 'audit-entries' })).toBe(true);
    expect(canAccess(['analyst'], { action: 'show', resource: 'audit-entries' })).toBe(true);
    expect(canAccess(['ministryAdmin'], { action: 'list', resource: 'audit-entries' })).toBe(false);
    expect(canAccess(['operator'], { action: 'list', resource: 'audit-entries' })).toBe(false);
    expect(canAccess(['superadmin'], { action: 'delete', resource: 'audit-entries' })).toBe(false);
  });

  it('keeps users and API keys to superadmins', () => {
    expect(canAccess(['superadmin'], { action: 'list', resource: 'users' })).toBe(true);
    expect(canAccess(['ministryAdmin'], { action: 'list', resource: 'users' })).toBe(false);
    expect(canAccess(['analyst'], { action: 'list', resource: 'api-keys' })).toBe(false);
  });

  it('edits, deletes and publishes drafts only, repeals published versions only', () => {
    const admin = ['superadmin'];
    expect(canAccess(admin, { action: 'edit', resource: 'service-standards', record: draft })).toBe(true);
    expect(canAccess(admin, { action: 'edit', resource: 'service-standards', record: published })).toBe(false);
    expect(canAccess(admin, { action: 'delete', resource: 'service-standards', record: published })).toBe(false);
    expect(canAccess(admin, { action: 'publish', resource: 'service-standards', record: draft })).toBe(true);
    expect(canAccess(admin, { action: 'repeal', resource: 'service-standards', record: draft })).toBe(false);
    expect(canAccess(admin, { action: 'repeal', resource: 'service-standards', record: published })).toBe(true);
    expect(canAccess(admin, { action: 'newDraft', resource: 'service-standards', record: { id: 'r', status: 'repealed' } })).toBe(true);
    expect(canAccess(admin, { action: 'newDraft', resource: 'service-standards', record: draft })).toBe(false);
  });

  it('does not let an analyst change even a draft', () => {
    expect(canAccess(['analyst'], { action: 'edit', resource: 'service-standards', record: draft })).toBe(false);
    expect(canAccess(['analyst'], { action: 'publish', resource: 'service-standards', record: draft })).toBe(false);
  });

  it('lets operators, not analysts, register and process applications, complaints and survey answers', () => {
    for (const resource of ['applications', 'complaints', 'survey-responses']) {
      for (const role of ['superadmin', 'ministryAdmin', 'operator']) expect(canAccess([role], { action: 'create', resource }), `${role} ${resource}`).toBe(true);
      expect(canAccess(['analyst'], { action: 'create', resource })).toBe(false);
      expect(canAccess(['analyst'], { action: 'list', resource })).toBe(true);
    }
    expect(canAccess(['operator'], { action: 'edit', resource: 'complaints' })).toBe(true);
  });
});
