import { describe, expect, it } from 'vitest';
import { TRANSITIONS as SERVER_TRANSITIONS } from '../../../server/src/modules/applications/application-states';
import { CAN_PROCESS_APPLICATIONS } from '../../../server/src/modules/access/roles';
import { mutation } from '../dataProvider/schema';
import { PROCESSING_ROLES } from '../auth/permissions';
import { TRANSITIONS, allowedTransitions } from './transitions';

describe('application transitions in the console', () => {
  it('mirror the server\'s state machine, except the system\'s deemIssued', () => {
    const server = Object.entries(SERVER_TRANSITIONS).filter(([name]) => name !== 'deemIssued');
    expect(TRANSITIONS.map((t) => t.name).sort()).toEqual(server.map(([name]) => name).sort());
    for (const [name, rule] of server) {
      expect(TRANSITIONS.find((t) => t.name === name)?.from, name).toEqual(rule.from);
    }
  });

  it('each calls a mutation of the schema that takes the application id', () => {
    for (const transition of TRANSITIONS) {
      expect(mutation(transition.mutation)?.args.map((a) => a.name), transition.mutation).toContain('id');
    }
  });

  it('are offered to the roles the server lets process applications', () => {
    expect([...PROCESSING_ROLES].sort()).toEqual([...CAN_PROCESS_APPLICATIONS].sort());
    expect(allowedTransitions('inReview', ['analyst'])).toEqual([]);
    expect(allowedTransitions('inReview', [])).toEqual([]);
    expect(allowedTransitions('inReview', ['operator']).map((t) => t.mutation)).toEqual(['issueApplication', 'refuseApplication', 'suspendApplication']);
  });

  it('follow the status: submit → accept → start review → issue → hand over', () => {
    const names = (status: Parameters<typeof allowedTransitions>[0]) => allowedTransitions(status, ['superadmin']).map((t) => t.name);
    expect(names('submitted')).toEqual(['accept', 'refuseToAccept']);
    expect(names('accepted')).toEqual(['startReview', 'suspend']);
    expect(names('suspended')).toEqual(['resume']);
    expect(names('issued')).toEqual(['handOver']);
    expect(names('deemedIssued')).toEqual(['handOver']);
    expect(names('handedOver')).toEqual([]);
    expect(names('notAccepted')).toEqual([]);
    expect(names(undefined)).toEqual([]);
  });
});
