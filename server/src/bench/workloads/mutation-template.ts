/**
 * The input the write workloads submit: an issued application of a standard in force (a complete
 * document set, an online channel, a legal entity) taken from the dataset, so that every submission
 * passes validation and can be accepted and issued.
 */
import type pg from 'pg';
import { CLONES_VALID_FROM } from '../clone-standards.js';

export interface MutationTemplate {
  /** The dataset row that plain INSERTs copy. */
  rowId: string;
  input: Record<string, unknown>;
}

export async function mutationTemplate(db: pg.Pool): Promise<MutationTemplate> {
  const { rows } = await db.query(`select a.id, a.standard_code, a.sub_service, a.channel, a.applicant_kind, a.applicant_identifier, a.applicant_name, a.presented_documents
    from application a join service_standard s on s.id = a.standard_id
    where s.valid_from = $1 and exists (select 1 from quality_indicator_definition q where q.standard_id = s.id and q.code = '1.1') and a.status in ('issued', 'handedOver') and a.applicant_kind = 'legalEntity' and a.channel in ('elicense', 'egov')
    order by a.submitted_at, a.id limit 1`, [CLONES_VALID_FROM]);
  if (!rows.length) throw new Error('no issued online application of a standard in force in the dataset');
  const r = rows[0];
  return {
    rowId: r.id,
    input: {
      standardCode: r.standard_code, subService: r.sub_service, channel: r.channel, applicantKind: r.applicant_kind,
      applicantIdentifier: r.applicant_identifier, applicantName: r.applicant_name, documents: r.presented_documents,
    },
  };
}
