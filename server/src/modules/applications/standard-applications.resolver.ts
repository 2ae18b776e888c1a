/** `ServiceStandard.applications`: the newest applications pinned to a version, for internal readers and their own for partners. */
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ApplicationType } from './application.type.js';
import type { IApplication } from './application.entity.js';
import { applicationReadScope } from './application-scope.js';
import { ServiceStandardType } from '../standards/service-standard.type.js';
import type { IServiceStandard } from '../standards/service-standard.entity.js';
import { CAN_READ_INTERNAL } from '../access/roles.js';
import { assertGranted } from '../access/auth-checker.js';
import { NestedPageArgs, nestedPaging } from '../../common/nested-page.js';
import type { Context } from '../../context.js';

/** Who may read applications at all: the roles and scope of Query.applications. */
const READERS = [...CAN_READ_INTERNAL, 'applications:read-own'];

@Resolver(() => ServiceStandardType)
export class StandardApplicationsResolver {
  @FieldResolver(() => [ApplicationType], { description: 'Applications pinned to this version, newest first, within your read scope (operators: your agency\'s; partners: your own); one statement for every version of a page' })
  async applications(@Root() s: IServiceStandard, @Args(() => NestedPageArgs, { validate: false }) args: NestedPageArgs, @Ctx() ctx: Context): Promise<IApplication[]> {
    // What @Authorized(...READERS) would check, without its async middleware chain on every version of a page.
    assertGranted(ctx.identity, READERS, 'ServiceStandard.applications');
    const { limit, offset } = nestedPaging(args);
    const rows = await ctx.loaders.applicationsByStandard(limit, offset, await applicationReadScope(ctx)).load(s.id);
    rows.forEach((row) => ctx.loaders.application.prime(row.id, row));
    return rows;
  }
}
