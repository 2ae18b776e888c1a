/** Which standards point at an agency (through any of their parts): deleting it is refused then. */
import type { EntityManager } from '@mikro-orm/postgresql';

const AGENCY_REFERENCES = [
  'select id as standard_id from service_standard where provider_id = ? or developer_id = ?',
  'select standard_id from standard_channel where agency_id = ?',
  'select standard_id from standard_agency_role where agency_id = ?',
  'select standard_id from complaint_level where agency_id = ?',
  'select standard_id from contact_point where agency_id = ?',
  'select standard_id from work_schedule where agency_id = ?',
];

export async function findStandardsReferencingAgency(em: EntityManager, agencyId: string): Promise<string[]> {
  const params = AGENCY_REFERENCES.flatMap((sql) => Array(sql.split('?').length - 1).fill(agencyId));
  const rows = await em.getConnection().execute<{ label: string }[]>(
    `select distinct s.code || ' v' || s.version_number as label from service_standard s
     where s.id in (${AGENCY_REFERENCES.join(' union ')}) order by label`, params);
  return rows.map((r) => r.label);
}
