/** The list fields read plans may answer (common/read-plans), declared by their modules. */
import type { PlannedLists } from './common/read-plans/planned-lists.js';
import { agenciesList, agencyStandardsList } from './modules/agencies/agency.read-plans.js';
import { applicationsList, standardApplicationsList } from './modules/applications/application.read-plans.js';

export const plannedLists: PlannedLists = {
  roots: [agenciesList, applicationsList],
  nested: [agencyStandardsList, standardApplicationsList],
};
