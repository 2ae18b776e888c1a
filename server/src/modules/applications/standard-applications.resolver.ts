/** `ServiceStandard.applications`: the newest applications pinned to a version, for internal readers and their own for partners. */
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ApplicationType } from './application.type.js';
import { Application, type IApplication } from './application.entity.js';
import { APPLICATION_RESOLVER_NEEDS } from './application.resolver.js';
import { standardApplicationsPaging } from './application-list.js';
import { ServiceStandardType } from '../standards/service-standard.type.js';
import type { IServiceStandard } from '../standards/service-standard.entity.js';
import { NestedPageArgs } from '../../common/nested-page.js';
import { selectedColumns } from '../../common/plain-rows.js';
import type { Context } from '../../context.js';

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
