/** Lists of agencies and of their standards a read plan may answer (common/read-plans): the resolvers' pages, selected in SQL. */
import { Agency } from './agency.entity.js';
import { AgencyFilter } from './agency.inputs.js';
import { agencyPage, agencyStandardsPaging } from './agency-list.js';
import { ServiceStandard } from '../standards/service-standard.entity.js';
import { standardsOfProviderPage } from '../standards/standard.loaders.js';
import { NestedPageArgs } from '../../common/nested-page.js';
import { asInstance, pagedRootList, type PlannedNestedList } from '../../common/read-plans/planned-lists.js';

/** Query.agencies: the resolver's page. */
export const agenciesList = pagedRootList('agencies', Agency, AgencyFilter, (_ctx, args, filter) => agencyPage(args, filter));

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
