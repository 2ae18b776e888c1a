/** `ServiceStandard.applications`: the newest applications pinned to a version, for internal readers and their own for partners. */
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ApplicationType } from './application.type.js';
import { Application, type IApplication } from './application.entity.js';
import { APPLICATION_RESOLVER_NEEDS } from './application.resolver.js';
import { applicationReadScope, type ReadScope } from './application-scope.js';
import { ServiceStandardType } from '../standards/service-standard.type.js';
import type { IServiceStandard } from '../standards/service-standard.entity.js';
import { CAN_READ_INTERNAL } from '../access/roles.js';
import { assertGranted } from '../access/auth-checker.js';
import { NestedPageArgs, nestedPaging } from '../../common/nested-page.js';
import { selectedColumns } from '../../common/plain-rows.js';
import type { Context } from '../../context.js';

/** Who may read applications at all: the roles and scope of Query.applications. */
const READERS = [...CAN_READ_INTERNAL, 'applications:read-own'];

/** Who may read, the page and the read scope: checked first by ServiceStandard.applications and by its read plan. */
export async function standardApplicationsPaging(ctx: Context, args: NestedPageArgs): Promise<{ limit: number; offset: number; scope: ReadScope }> {
  // What @Authorized(...READERS) would check, without its async middleware chain on every version of a page.
  assertGranted(ctx.identity, READERS, 'ServiceStandard.applications');
  return { ...nestedPaging(args), scope: await applicationReadScope(ctx) };
}

@Resolver(() => ServiceStandardType)
export class StandardApplicationsResolver {
  @FieldResolver(() => [ApplicationType], { description: 'Applications pinned to this version, newest first, within your read scope (operators: your agency\'s; partners: your own); one statement for every version of a page' })
  async applications(@Root() s: IServiceStandard, @Args(() => NestedPageArgs, { validate: false }) args: NestedPageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<IApplication[]> {
    const { limit, offset, scope } = await standardApplicationsPaging(ctx, args);
    const select = selectedColumns(ctx.em, Application, info, APPLICATION_RESOLVER_NEEDS);
    const rows = await ctx.loaders.applicationsByStandard(limit, offset, scope, select).load(s.id);
    // Rows of only some columns must not stand in for whole ones elsewhere in the request.
    if (!select) rows.forEach((row) => ctx.loaders.application.prime(row.id, row));
    return rows;
  }
}
