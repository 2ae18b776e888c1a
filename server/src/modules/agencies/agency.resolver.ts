import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { AgencyType } from './agency.type.js';
import { AgencyFields, AgencyFilter, UpdateAgencyArgs } from './agency.inputs.js';
import { Agency, type IAgency } from './agency.entity.js';
import { createAgency, deleteAgency, updateAgency } from './agency.service.js';
import { ListArgs, ListMetadata } from '../../common/list.js';
import { findPlain, selectedColumns } from '../../common/plain-rows.js';
import type { Context } from '../../context.js';
import { CAN_CONFIGURE, CAN_READ_INTERNAL } from '../access/roles.js';
import { ServiceStandardType } from '../standards/service-standard.type.js';
import { ServiceStandard, type IServiceStandard } from '../standards/service-standard.entity.js';
import { NestedPageArgs } from '../../common/nested-page.js';
import { agencyConditions, agencyPage, agencyStandardsPaging } from './agency-list.js';

/** Field resolvers that read only these properties of the row (for lists that read only the selected columns). */
const AGENCY_RESOLVER_NEEDS = { parentId: ['parent'], children: [], standards: [] } as const;
/** ServiceStandard.applications reads only the version's id. */
const STANDARD_RESOLVER_NEEDS = { applications: [] } as const;

@Resolver(() => AgencyType)
export class AgencyResolver {
  @Authorized(...CAN_READ_INTERNAL)
  @Query(() => AgencyType, { nullable: true, description: 'One agency by id' })
  agency(@Arg('id', () => ID, { description: 'Id of the agency' }) id: string, @Ctx() ctx: Context): Promise<IAgency | null> {
    return ctx.loaders.agency.load(id);
  }

  @Authorized(...CAN_READ_INTERNAL)
  @Query(() => [AgencyType], { description: 'Agencies, filtered, sorted and paged (page is zero-based)' })
  async agencies(@Args(() => ListArgs) args: ListArgs, @Arg('filter', () => AgencyFilter, { nullable: true, description: 'Conditions the agencies must meet' }) filter: AgencyFilter | undefined, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<IAgency[]> {
    const select = selectedColumns(ctx.em, Agency, info, AGENCY_RESOLVER_NEEDS);
    const { where, ...page } = agencyPage(args, filter);
    const rows = await findPlain(ctx.em, Agency, where, { ...page, select });
    // Rows of only some columns must not stand in for whole ones elsewhere in the request.
    if (!select) rows.forEach((row) => ctx.loaders.agency.prime(row.id, row));
    return rows;
  }

  @Authorized(...CAN_READ_INTERNAL)
  @Query(() => ListMetadata, { description: 'Number of agencies matching the filter' })
  async _agenciesMeta(@Arg('filter', () => AgencyFilter, { nullable: true, description: 'Conditions the agencies must meet' }) filter: AgencyFilter | undefined, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await ctx.em.count(Agency, agencyConditions(filter)) };
  }

  @FieldResolver(() => String, { nullable: true, description: 'Id of the parent agency' })
  parentId(@Root() agency: IAgency): string | null {
    return agency.parent?.id ?? null;
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: 'The parent agency' })
  parent(@Root() agency: IAgency, @Ctx() ctx: Context): Promise<IAgency | null> | null {
    return agency.parent ? ctx.loaders.agency.load(agency.parent.id) : null;
  }

  @FieldResolver(() => [AgencyType], { description: 'Direct subordinate agencies' })
  children(@Root() agency: IAgency, @Ctx() ctx: Context): Promise<IAgency[]> {
    return ctx.loaders.agencyChildren.load(agency.id);
  }

  @FieldResolver(() => [ServiceStandardType], { description: 'Standard versions this agency provides, by code then version (anonymous callers and partners: published and repealed only); one statement for every agency of a page' })
  async standards(@Root() agency: IAgency, @Args(() => NestedPageArgs, { validate: false }) args: NestedPageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<IServiceStandard[]> {
    const { limit, offset, publicOnly } = agencyStandardsPaging(ctx, args);
    const select = selectedColumns(ctx.em, ServiceStandard, info, STANDARD_RESOLVER_NEEDS);
    const rows = await ctx.loaders.standardsByProvider(limit, offset, publicOnly, select).load(agency.id);
    // Primed (whole rows only): their parts are then checked against the published-parts cache without reading them again.
    if (!select) rows.forEach((row) => ctx.loaders.standard.prime(row.id, row));
    return rows;
  }

  @Authorized(...CAN_CONFIGURE)
  @Mutation(() => AgencyType, { description: 'Create an agency (a ministryAdmin: below an agency of their subtree)' })
  createAgency(@Args(() => AgencyFields) input: AgencyFields, @Ctx() ctx: Context): Promise<IAgency> {
    return createAgency(ctx, input);
  }

  @Authorized(...CAN_CONFIGURE)
  @Mutation(() => AgencyType, { description: 'Update an agency; quote the version you read (a ministryAdmin: agencies of their subtree)' })
  updateAgency(@Args(() => UpdateAgencyArgs) input: UpdateAgencyArgs, @Ctx() ctx: Context): Promise<IAgency> {
    return updateAgency(ctx, input);
  }

  @Authorized(...CAN_CONFIGURE)
  @Mutation(() => AgencyType, { description: 'Delete an agency that no standard, user and child agency refers to (a ministryAdmin: below their own agency)' })
  deleteAgency(@Arg('id', () => ID, { description: 'Id of the agency' }) id: string, @Ctx() ctx: Context): Promise<IAgency> {
    return deleteAgency(ctx, id);
  }
}
