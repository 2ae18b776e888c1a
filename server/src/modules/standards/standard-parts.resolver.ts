/**
 * Field resolvers of the parts that point at agencies or acts. One small resolver per GraphQL type,
 * built from two factories so the batching logic is written once.
 */
import { Ctx, FieldResolver, ID, Resolver, Root, type ClassType } from 'type-graphql';
import { AgencyType } from '../agencies/agency.type.js';
import { LegalActType } from '../legal-acts/legal-act.type.js';
import { StandardAgencyRoleType, StandardAmendmentType, StandardChannelType, StandardLegalBasisType } from './standard-links.types.js';
import { ComplaintLevelType, ContactPointType, WorkScheduleType } from './standard-contacts.types.js';
import { DeadlineRuleType, DocumentRequirementType } from './standard-parts.types.js';
import type { Context } from '../../context.js';

type WithRef<K extends string> = { [P in K]?: { id: string } | null };

/** `agencyId` and `agency` for a part with an `agency` reference. */
function agencyFields<T extends object>(type: ClassType<T>, nullable: boolean) {
  @Resolver(() => type)
  class PartAgencyResolver {
    @FieldResolver(() => ID, { nullable, description: 'Id of the agency' })
    agencyId(@Root() part: WithRef<'agency'>) { return part.agency?.id ?? null; }

    @FieldResolver(() => AgencyType, { nullable, description: 'The agency' })
    agency(@Root() part: WithRef<'agency'>, @Ctx() ctx: Context) { return part.agency ? ctx.loaders.agency.load(part.agency.id) : null; }
  }
  return PartAgencyResolver;
}

/** `<field>Id` and `<field>` for a part with a reference to a legal act. */
function actFields<T extends object>(type: ClassType<T>, field: 'act' | 'amendedBy' | 'reviewLegalBasis', nullable: boolean, description: string) {
  @Resolver(() => type)
  class PartActResolver {
    @FieldResolver(() => ID, { name: `${field}Id`, nullable, description: `Id of ${description}` })
    refId(@Root() part: WithRef<typeof field>) { return part[field]?.id ?? null; }

    @FieldResolver(() => LegalActType, { name: field, nullable, description })
    ref(@Root() part: WithRef<typeof field>, @Ctx() ctx: Context) { const ref = part[field]; return ref ? ctx.loaders.legalAct.load(ref.id) : null; }
  }
  return PartActResolver;
}

export const standardPartResolvers = [
  agencyFields(StandardChannelType, true),
  agencyFields(StandardAgencyRoleType, false),
  agencyFields(ComplaintLevelType, true),
  agencyFields(ContactPointType, false),
  agencyFields(WorkScheduleType, false),
  actFields(StandardLegalBasisType, 'act', false, 'the act'),
  actFields(StandardAmendmentType, 'act', false, 'the amending act'),
  actFields(ComplaintLevelType, 'reviewLegalBasis', true, 'the law that sets the review deadline'),
  actFields(DeadlineRuleType, 'amendedBy', true, 'the act that amended this rule'),
  actFields(DocumentRequirementType, 'amendedBy', true, 'the act that amended this requirement'),
] as const;
