/**
 * Who may do what. The roles are fixed; resolvers declare the roles allowed with type-graphql's
 * @Authorized(...) and services apply row-level scope (an operator's agency, a ministry admin's
 * agency subtree, a partner's own applications) through the identity in the context.
 *
 *  superadmin     everything, including users and API keys
 *  ministryAdmin  edits agencies, acts and standards whose provider is in their agency subtree
 *  operator       processes the applications of their one agency
 *  analyst        reads everything, reports and exports; writes nothing
 *  partner        API key with scopes: standards:read, applications:submit, applications:read-own
 *  (anonymous)    reads published standards and public reports only
 */
export const ROLES = ['superadmin', 'ministryAdmin', 'operator', 'analyst', 'partner'] as const;
export type Role = (typeof ROLES)[number];

export const PARTNER_SCOPES = ['standards:read', 'applications:submit', 'applications:read-own'] as const;
export type PartnerScope = (typeof PARTNER_SCOPES)[number];

/** Role groups used in @Authorized(...) declarations. */
export const CAN_CONFIGURE: Role[] = ['superadmin', 'ministryAdmin'];
export const CAN_PROCESS_APPLICATIONS: Role[] = ['superadmin', 'ministryAdmin', 'operator'];
export const CAN_READ_INTERNAL: Role[] = ['superadmin', 'ministryAdmin', 'operator', 'analyst'];
