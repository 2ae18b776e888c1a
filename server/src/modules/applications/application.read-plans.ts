/** Lists of applications a read plan may answer (common/read-plans): the resolvers' pages, selected in SQL. */
import { Application } from './application.entity.js';
import { ApplicationFilter } from './application.inputs.js';
import { applicationPage } from './application-list.js';
import { applicationsOfStandardPage } from './application.loaders.js';
import { standardApplicationsPaging } from './standard-applications.resolver.js';
import { ListArgs } from '../../common/list.js';
import { NestedPageArgs } from '../../common/nested-page.js';
import { listStatement } from '../../common/list-statements.js';
import { argumentValidation } from '../../common/argument-validation.js';
import { asInstance, type PlannedNestedList, type PlannedRootList } from '../../common/read-plans/planned-lists.js';

/** Query.applications: validated as type-graphql validates its arguments, then the resolver's page. */
export const applicationsList: PlannedRootList = {
  field: 'applications',
  entity: Application,
  async statement(ctx, { filter, ...paging }, properties) {
    const args = asInstance(ListArgs, paging)!;
    const filters = asInstance(ApplicationFilter, filter as Record<string, unknown> | null);
    await argumentValidation(args, ListArgs);
    if (filters) await argumentValidation(filters, ApplicationFilter);
    const { where, ...page } = await applicationPage(ctx, args, filters);
    return listStatement(ctx.em, Application, where, { ...page, properties });
  },
};

/** ServiceStandard.applications: the newest applications of each version within the caller's scope. */
export const standardApplicationsList: PlannedNestedList = {
  parentType: 'ServiceStandard',
  field: 'applications',
  entity: Application,
  async page(ctx, args) {
    const { limit, offset, scope } = await standardApplicationsPaging(ctx, asInstance(NestedPageArgs, args)!);
    return applicationsOfStandardPage(limit, offset, scope);
  },
};
