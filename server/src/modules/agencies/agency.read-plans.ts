/** Lists of agencies and of their standards a read plan may answer (common/read-plans): the resolvers' pages, selected in SQL. */
import { Agency } from './agency.entity.js';
import { AgencyFilter } from './agency.inputs.js';
import { agencyPage, agencyStandardsPaging } from './agency-list.js';
import { ServiceStandard } from '../standards/service-standard.entity.js';
import { standardsOfProviderPage } from '../standards/standard.loaders.js';
import { ListArgs } from '../../common/list.js';
import { NestedPageArgs } from '../../common/nested-page.js';
import { listStatement } from '../../common/list-statements.js';
import { argumentValidation } from '../../common/argument-validation.js';
import { asInstance, type PlannedNestedList, type PlannedRootList } from '../../common/read-plans/planned-lists.js';

/** Query.agencies: validated as type-graphql validates its arguments, then the resolver's page. */
export const agenciesList: PlannedRootList = {
  field: 'agencies',
  entity: Agency,
  async statement(ctx, { filter, ...paging }, properties) {
    const args = asInstance(ListArgs, paging)!;
    const filters = asInstance(AgencyFilter, filter as Record<string, unknown> | null);
    await argumentValidation(args, ListArgs);
    if (filters) await argumentValidation(filters, AgencyFilter);
    const { where, ...page } = agencyPage(args, filters);
    return listStatement(ctx.em, Agency, where, { ...page, properties });
  },
};

/** Agency.standards: the versions each agency provides, by code then version. */
export const agencyStandardsList: PlannedNestedList = {
  parentType: 'Agency',
  field: 'standards',
  entity: ServiceStandard,
  page(ctx, args) {
    const { limit, offset, publicOnly } = agencyStandardsPaging(ctx, asInstance(NestedPageArgs, args)!);
    return standardsOfProviderPage(limit, offset, publicOnly);
  },
};
