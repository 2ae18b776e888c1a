import { describe, expect, it } from 'vitest';
import { actionChoices, resourceOfEntityType } from './auditLabels';

describe('audit labels', () => {
  it('map kinds of record to the console\'s resources', () => {
    expect(resourceOfEntityType('LegalAct')).toBe('legal-acts');
    expect(resourceOfEntityType('ServiceStandard')).toBe('service-standards');
    expect(resourceOfEntityType('ApiKey')).toBe('api-keys');
    expect(resourceOfEntityType('Nothing')).toBeUndefined();
  });

  it('offer every action once', () => {
    const ids = actionChoices.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('revoke');
  });
});
