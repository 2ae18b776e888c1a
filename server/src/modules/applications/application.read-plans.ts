/** Lists of applications a read plan may answer (common/read-plans): the resolvers' pages, selected in SQL. */
import { Application } from './application.entity.js';
import { ApplicationFilter } from './application.inputs.js';
import { applicationPage, standardApplicationsPaging } from './application-list.js';
import { applicationsOfStandardPage } from './application.loaders.js';
import { NestedPageArgs } from '../../common/nested-page.js';
import { asInstance, pagedRootList, type PlannedNestedList } from '../../common/read-plans/planned-lists.js';

/** Query.applications: the resolver's page (scope, filters, an order its indexes serve). */
export const applicationsList = pagedRootList('applications', Application, ApplicationFilter, applicationPage);

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
