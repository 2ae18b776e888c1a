/**
 * What the console offers to whom (the server decides for real; this hides what would be refused).
 * The roles are the server's (server/src/modules/access/roles.ts):
 *
 *  superadmin     everything, including users and API keys
 *  ministryAdmin  edits agencies, legal acts and standards (the server limits it to their agency subtree)
 *  operator       reads; processes applications, complaints and survey answers (also ministryAdmin)
 *  analyst        reads everything (also the audit log, with superadmins), writes nothing
 *
 * Record rules hold for everyone: only a draft standard is edited, deleted or published, only a
 * published one repealed. Actions are react-admin's (list, show, create, edit, delete, export) and
 * the console's own (publish, repeal, newDraft).
 */
export const CONFIGURING_ROLES = ['superadmin', 'ministryAdmin'] as const;
/** Who registers applications, moves them along and records complaints and survey answers (the server's CAN_PROCESS_APPLICATIONS). */
export const PROCESSING_ROLES = ['superadmin', 'ministryAdmin', 'operator'] as const;
const PROCESSING_RESOURCES = new Set(['applications', 'complaints', 'survey-responses']);
const SUPERADMIN_RESOURCES = new Set(['users', 'api-keys']);
/** The audit log is read by superadmins and analysts only (the server's CAN_READ_AUDIT), and written by no one. */
const AUDIT_RESOURCE = 'audit-entries';
const READ_ACTIONS = new Set(['list', 'show', 'export']);

export interface AccessRequest {
  action: string;
  resource: string;
  record?: { id?: unknown; status?: unknown };
}

/**
 * Whether a standard version in this state allows the action (undefined record: not known yet,
 * allow). Also for the buttons of a page whose record changes state (publish, repeal):
 * react-admin remembers canAccess answers per record id, not per state.
 */
export function standardAllows(action: string, record: AccessRequest['record']): boolean {
  if (!record?.status) return true;
  switch (action) {
    case 'edit':
    case 'delete':
    case 'publish':
      return record.status === 'draft';
    case 'repeal':
      return record.status === 'published';
    case 'newDraft':
      return record.status !== 'draft';
    default:
      return true;
  }
}

/**
 * For useCanAccess on a page whose record changes state: asks about the role only (react-admin
 * caches the answer per record id); the page checks the state itself with standardAllows.
 */
export const ANY_RECORD = Object.freeze({});

export function canAccess(roles: readonly string[], { action, resource, record }: AccessRequest): boolean {
  if (resource === 'service-standards' && !standardAllows(action, record)) return false;
  if (resource === AUDIT_RESOURCE) return READ_ACTIONS.has(action) && roles.some((role) => role === 'superadmin' || role === 'analyst');
  if (roles.includes('superadmin')) return true;
  if (SUPERADMIN_RESOURCES.has(resource)) return false;
  if (READ_ACTIONS.has(action)) return roles.length > 0;
  if (PROCESSING_RESOURCES.has(resource)) return roles.some((role) => (PROCESSING_ROLES as readonly string[]).includes(role));
  return roles.some((role) => (CONFIGURING_ROLES as readonly string[]).includes(role));
}
