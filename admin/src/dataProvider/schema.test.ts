import { describe, expect, it } from 'vitest';
import { operationNames, resourceType, typeByResource, types } from './schema';

describe('resources derived from the schema', () => {
  it('names each resource after its list query in kebab case', () => {
    expect(resourceType('agencies')).toBe('Agency');
    for (const [resource, type] of typeByResource) {
      expect(resource).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(types.get(type)?.kind).toBe('OBJECT');
    }
  });

  it('maps react-admin operations to the server grammar', () => {
    const agency = types.get('Agency')!;
    expect(Object.fromEntries(Object.entries(operationNames).map(([method, name]) => [method, name(agency)]))).toEqual({
      GET_LIST: 'agencies', GET_MANY: 'agencies', GET_MANY_REFERENCE: 'agencies', GET_ONE: 'agency',
      CREATE: 'createAgency', UPDATE: 'updateAgency', DELETE: 'deleteAgency',
    });
  });

  it('refuses a resource the schema does not have', () => {
    expect(() => resourceType('nonsense')).toThrow(/Unknown resource "nonsense"/);
  });
});
