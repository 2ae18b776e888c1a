import { describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { buildOperation, hasOperation } from './operations';

const compact = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('buildOperation', () => {
  it('sends only the arguments the field declares, and selects the sparse fields asked for', () => {
    const operation = buildOperation('mutation', 'publishStandard', { id: 's1', validFrom: '2025-01-01', version: 3, nonsense: 1 }, ['id', 'status']);
    expect(operation.variables).toEqual({ id: 's1', validFrom: '2025-01-01', version: 3 });
    expect(compact(print(operation.document))).toBe(
      'mutation publishStandard($id: ID!, $validFrom: LocalDate!, $version: Int) { data: publishStandard(id: $id, validFrom: $validFrom, version: $version) { id status } }',
    );
  });

  it('selects linked records by id, other objects in full, unless told otherwise', () => {
    const relation = compact(print(buildOperation('mutation', 'addLegalActRelation', { kind: 'amends', sourceId: 'a', targetId: 'b' }).document));
    expect(relation).toContain('source { id }');
    expect(relation).toContain('clauses');
    const standard = compact(print(buildOperation('query', 'serviceStandard', { id: 's' }, ['id', { provider: ['id', 'name'] }, 'result']).document));
    expect(standard).toBe('query serviceStandard($id: ID!) { data: serviceStandard(id: $id) { id provider { id name { en kk ru } } result { clause description { en kk ru } media note } } }');
  });

  it('gives the answer of the field', () => {
    const operation = buildOperation('mutation', 'createStandardDraft', { code: 'x' }, ['id']);
    expect(operation.parse({ data: { data: { id: 'd1' } } })).toEqual({ id: 'd1' });
  });

  it('passes a null answer on as null', () => {
    const operation = buildOperation('query', 'serviceStandard', { id: 'x' }, ['id']);
    expect(operation.parse({ data: { data: null } })).toBeNull();
  });

  it('refuses an operation the schema does not have', () => {
    expect(hasOperation('mutation', 'launchRockets')).toBe(false);
    expect(() => buildOperation('mutation', 'launchRockets')).toThrow(/no mutation "launchRockets"/);
  });
});
