/**
 * Read-your-writes for the caches of the row-change feed: after a mutation, the answer is sent only once
 * the feed has delivered every change committed so far (RowChanges.sync, one round trip), so the
 * caller's next request (signed out, key revoked, standard published, agency added) never meets a
 * stale cache. The application flow's mutations, the hot write path, touch no cached table and skip it.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { RowChanges } from '../database/row-changes.js';

/** Mutations that write only applications, their events, complaints, surveys and counters. */
const TOUCH_NO_CACHED_TABLE = new Set([
  'submitApplication', 'registerApplication', 'acceptApplication', 'startApplicationReview', 'suspendApplication', 'resumeApplication',
  'handOverApplication', 'issueApplication', 'refuseApplication', 'refuseToAcceptApplication', 'markDeemedIssued',
  'registerComplaint', 'resolveComplaint', 'recordSurveyResponse',
]);

export function rowChangesFencePlugin<C extends object>(feed: RowChanges): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation !== 'mutation' || !feed.live) return;
          const touchesCached = operation.selectionSet.selections.some((s) => s.kind !== 'Field' || !TOUCH_NO_CACHED_TABLE.has(s.name.value));
          if (touchesCached) await feed.sync();
        },
      };
    },
  };
}
