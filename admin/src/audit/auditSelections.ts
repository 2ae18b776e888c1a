/**
 * What the audit screens ask for (sparse fields: operations.ts): the list leaves out before and
 * after (whole records), the show page has them. No imports, so the end-to-end tests (NodeNext) can
 * send the very same selections.
 */

export const AUDIT_LIST_FIELDS = ['id', 'at', 'actor', 'action', 'entityType', 'entityId', { actorUser: ['id', 'displayName'] }];

export const AUDIT_SHOW_FIELDS = [
  'id', 'at', 'actor', 'action', 'entityType', 'entityId', 'before', 'after', 'requestId', { actorUser: ['id', 'displayName', 'email'] },
];
