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

/**
 * What an @Authorized(...) list may contain: roles, and partner scopes. A partner key passes when
 * the list names `partner` (any key) or one of the key's scopes, e.g.
 * `@Authorized(...CAN_PROCESS_APPLICATIONS, 'applications:submit')`.
 */
export type Grant = Role | PartnerScope;

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
export const isPartnerScope = (value: string): value is PartnerScope => (PARTNER_SCOPES as readonly string[]).includes(value);

/** Roles a person can have (partners are API keys, never console users). */
export const USER_ROLES = ['superadmin', 'ministryAdmin', 'operator', 'analyst'] as const satisfies readonly Role[];
export type UserRole = (typeof USER_ROLES)[number];

/** Roles that act within an agency: ministryAdmin (the agency and everything below it) and operator (the agency only). */
export const SCOPED_ROLES: readonly Role[] = ['ministryAdmin', 'operator'];

/**
 * Root fields anyone may call, also anonymously (no @Authorized). Every other root field without
 * an @Authorized declaration is closed by default: queries to CAN_READ_INTERNAL, mutations to
 * superadmin (see access/default-deny.ts). Add a public query of your module here.
 */
export const PUBLIC_OPERATIONS: readonly string[] = [
  'Query.serviceStandard', 'Query.serviceStandards', 'Query._serviceStandardsMeta', 'Query.serviceStandardInForce',
  'Query.me', 'Mutation.login', 'Mutation.logout',
  'Query.calendarYear', 'Query.computeDueDate', 'Query.calendarDays', 'Query._calendarDaysMeta', 'Query.calendarDay',
  'Query.standardChanges',
];
