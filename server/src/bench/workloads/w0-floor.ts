/**
 * W0: the floor of each stack, `{ __typename }` as the signed-in client of the other workloads: HTTP,
 * parsing, access checks and answer writing, no data. Not a target of issue #9; it shows how much of
 * a workload's time is the fixed cost of a request rather than its data (for Qyzmet: Express, Apollo,
 * identity, a forked EntityManager and its loaders).
 */
import type { ReadWorkloadFactory } from './types.js';

export const w0Floor: ReadWorkloadFactory = async () => ({
  id: 'W0',
  title: 'floor: `{ __typename }` (no data; fixed cost of a request)',
  qyzmet: { query: '{ __typename }', normalise: (d) => d.__typename },
  postgraphile: { query: '{ __typename }', normalise: (d) => d.__typename },
  limit: { text: `select 'Query' as t`, values: [], normalise: (rows) => rows[0].t },
});
