/**
 * Agency kinds in the order the console lists them (from the government down to the public
 * service centres). `satisfies` checks the list against the generated AgencyKind type, so a kind
 * added to the schema does not compile until it is placed here and translated in i18n/.
 */
import type { AgencyKind } from '../generated/graphql';

const ORDER = {
  government: 1,
  ministry: 2,
  committee: 3,
  territorialBody: 4,
  localExecutiveBody: 5,
  qualityControlBody: 6,
  pscEnterprise: 7,
  pscBranch: 8,
  pscOffice: 9,
  portal: 10,
  contactCentre: 11,
  other: 12,
} satisfies Record<AgencyKind, number>;

export const AGENCY_KINDS = (Object.keys(ORDER) as AgencyKind[]).sort((a, b) => ORDER[a] - ORDER[b]);

/** Choices for SelectInput / SelectField; names are translation keys. */
export const agencyKindChoices = AGENCY_KINDS.map((id) => ({ id, name: `resources.agencies.kinds.${id}` }));
