/** The GraphQL schema: the explicit list of resolvers, built once at start-up. */
import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AgencyResolver } from './modules/agencies/agency.resolver.js';
import { LegalActResolver, LegalActRelationResolver } from './modules/legal-acts/legal-act.resolver.js';
import { ServiceStandardResolver } from './modules/standards/service-standard.resolver.js';
import { standardPartResolvers } from './modules/standards/standard-parts.resolver.js';
import { ApplicationResolver, ReceiptResolver } from './modules/applications/application.resolver.js';
import { StandardApplicationsResolver } from './modules/applications/standard-applications.resolver.js';
import { ApplicationComplaintsResolver, ComplaintResolver } from './modules/complaints/complaint.resolver.js';
import { ApplicationSurveyResolver, SurveyResponseResolver } from './modules/surveys/survey.resolver.js';
import { calendarResolvers } from './modules/calendar/calendar.resolver.js';
import { accessResolvers } from './modules/access/access.resolver.js';
import { openDataResolvers } from './modules/open-data/open-data.resolver.js';
import { indicatorResolvers } from './modules/indicators/indicator.resolver.js';
import { auditResolvers } from './modules/audit/audit.resolver.js';
import { authChecker } from './modules/access/auth-checker.js';
import { applyDefaultDeny } from './modules/access/default-deny.js';
import { usePropertyReadsForPlainFields } from './common/plain-fields.js';
import { argumentValidation } from './common/argument-validation.js';

export const resolvers = [AgencyResolver, LegalActResolver, LegalActRelationResolver, ServiceStandardResolver, ...standardPartResolvers, ApplicationResolver, ReceiptResolver, StandardApplicationsResolver, ComplaintResolver, ApplicationComplaintsResolver, SurveyResponseResolver, ApplicationSurveyResolver, ...calendarResolvers, ...accessResolvers, ...openDataResolvers, ...indicatorResolvers, ...auditResolvers] as const;

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...resolvers],
    // class-validator on arguments and inputs, remembering values already found valid (common/argument-validation.ts).
    validateFn: argumentValidation,
    emitSchemaFile: false,
    // @Authorized(...) declarations: roles and partner scopes (modules/access/auth-checker.ts).
    authChecker,
    authMode: 'error',
  });
  // The root types are documented like every other type (test/api/schema-docs.test.ts).
  schema.getQueryType()!.description = 'Reads: the registry of state service standards, agencies, legal acts, the production calendar, applications and reports. Public reads need no sign-in.';
  schema.getMutationType()!.description = 'Changes: every mutation is one transaction with an audit entry; updates quote the version they read.';
  // Root fields without a declaration and not listed as public are closed (modules/access/default-deny.ts).
  // Plain fields read their property directly (no per-field wrapper; common/plain-fields.ts).
  usePropertyReadsForPlainFields(schema);
  return applyDefaultDeny(schema);
}
