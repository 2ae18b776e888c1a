/** The GraphQL schema: the explicit list of resolvers, built once at start-up. */
import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AgencyResolver } from './modules/agencies/agency.resolver.js';
import { LegalActResolver, LegalActRelationResolver } from './modules/legal-acts/legal-act.resolver.js';
import { ServiceStandardResolver } from './modules/standards/service-standard.resolver.js';
import { standardPartResolvers } from './modules/standards/standard-parts.resolver.js';

export const resolvers = [AgencyResolver, LegalActResolver, LegalActRelationResolver, ServiceStandardResolver, ...standardPartResolvers] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers],
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}
