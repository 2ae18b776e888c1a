/**
 * W1: one standard in force by code, with its whole tree (sub-services, deadlines, documents,
 * refusal grounds, complaint route, quality indicators). Published versions never change, which is
 * what a cache of standard trees can exploit. PostGraphile has no "in force on a date" lookup: it
 * selects by code the newest published version, which is the same row here (one version per code).
 */
import { CLONES_VALID_FROM } from '../clone-standards.js';
import { day, nodes, num, text } from './normalise.js';
import type { ReadWorkloadFactory } from './types.js';

const ON = '2026-06-01';

const PARTS = `subServices { code kind name { kk ru en } }
  deadlines { kind value unit excludeStartDay subServices channels }
  documents { subService channel ordinal title { kk ru en } recipients fromStateSystems }
  refusalGrounds { ordinal text { kk ru en } }
  complaintRoute { level ordinal reviewValue reviewUnit }
  qualityIndicators { code ordinal normative target unit wording { kk ru en } }`;

const pglList = (relation: string, fields: string) => `${relation}(orderBy: [ORDINAL_ASC]) { nodes { ${fields} } }`;

function tree(s: any, get: (s: any, part: string) => any[]) {
  return {
    code: s.code, versionNumber: s.versionNumber, name: text(s.name), validFrom: day(s.validFrom), feeKind: s.feeKind, channels: s.channels,
    subServices: get(s, 'subServices').map((x) => ({ code: x.code, kind: x.kind, name: text(x.name) })),
    deadlines: get(s, 'deadlines').map((x) => ({ kind: x.kind, value: num(x.value), unit: x.unit, excludeStartDay: x.excludeStartDay, subServices: x.subServices, channels: x.channels })),
    // Document numbers restart per sub-service × channel: compared in (sub-service, channel, number) order.
    documents: get(s, 'documents').map((x) => ({ subService: x.subService, channel: x.channel, ordinal: x.ordinal, title: text(x.title), recipients: x.recipients, fromStateSystems: x.fromStateSystems }))
      .sort((a, b) => a.subService.localeCompare(b.subService) || a.channel.localeCompare(b.channel) || a.ordinal - b.ordinal),
    refusalGrounds: get(s, 'refusalGrounds').map((x) => ({ ordinal: x.ordinal, text: text(x.text) })),
    complaintRoute: get(s, 'complaintRoute').map((x) => ({ level: x.level, ordinal: x.ordinal, reviewValue: num(x.reviewValue), reviewUnit: x.reviewUnit })),
    qualityIndicators: get(s, 'qualityIndicators').map((x) => ({ code: x.code, ordinal: x.ordinal, normative: num(x.normative), target: num(x.target), unit: x.unit, wording: text(x.wording) })),
  };
}

const PGL_RELATION: Record<string, string> = {
  subServices: 'subServicesByStandardId', deadlines: 'deadlineRulesByStandardId', documents: 'documentRequirementsByStandardId',
  refusalGrounds: 'refusalGroundsByStandardId', complaintRoute: 'complaintLevelsByStandardId', qualityIndicators: 'qualityIndicatorDefinitionsByStandardId',
};

const agg = (table: string, fields: string) =>
  `(select coalesce(json_agg(json_build_object(${fields}) order by x.ordinal), '[]'::json) from ${table} x where x.standard_id = s.id)`;

export const w1StandardTree: ReadWorkloadFactory = async (db) => {
  const code = (await db.query(`select code from service_standard where valid_from = $1 order by code limit 1`, [CLONES_VALID_FROM])).rows[0].code as string;
  const pglParts = PARTS.split('\n').map((line) => {
    const [part, fields] = [line.trim().split(' ')[0], line.trim().slice(line.trim().indexOf('{') + 1, -1)];
    return pglList(PGL_RELATION[part], fields.replace(/(name|title|text|wording) \{ kk ru en \}/g, '$1'));
  }).join('\n  ');
  return {
    id: 'W1',
    title: 'one standard in force by code, whole tree',
    qyzmet: {
      query: `query($code: String!, $on: LocalDate!) { serviceStandardInForce(code: $code, on: $on) { code versionNumber name { kk ru en } validFrom feeKind channels
        ${PARTS} } }`,
      variables: { code, on: ON },
      normalise: (d) => tree(d.serviceStandardInForce, (s, part) => s[part]),
    },
    postgraphile: {
      query: `query($code: String!) { allServiceStandards(condition: { code: $code, status: "published" }, orderBy: [VERSION_NUMBER_DESC], first: 1) { nodes {
        code versionNumber name validFrom feeKind channels
        ${pglParts} } } }`,
      variables: { code },
      normalise: (d) => tree(nodes(d.allServiceStandards)[0], (s, part) => nodes(s[PGL_RELATION[part]])),
    },
    postgraphileNote: 'by code (no in-force-on-date lookup in the generated schema; one version per code here)',
    limit: {
      text: `select json_build_object('code', s.code, 'versionNumber', s.version_number, 'name', s.name, 'validFrom', s.valid_from, 'feeKind', s.fee_kind, 'channels', s.channels,
        'subServices', ${agg('sub_service', `'code', x.code, 'kind', x.kind, 'name', x.name`)},
        'deadlines', ${agg('deadline_rule', `'kind', x.kind, 'value', x.value, 'unit', x.unit, 'excludeStartDay', x.exclude_start_day, 'subServices', x.sub_services, 'channels', x.channels`)},
        'documents', ${agg('document_requirement', `'subService', x.sub_service, 'channel', x.channel, 'ordinal', x.ordinal, 'title', x.title, 'recipients', x.recipients, 'fromStateSystems', x.from_state_systems`)},
        'refusalGrounds', ${agg('refusal_ground', `'ordinal', x.ordinal, 'text', x.text`)},
        'complaintRoute', ${agg('complaint_level', `'level', x.level, 'ordinal', x.ordinal, 'reviewValue', x.review_value, 'reviewUnit', x.review_unit`)},
        'qualityIndicators', ${agg('quality_indicator_definition', `'code', x.code, 'ordinal', x.ordinal, 'normative', x.normative, 'target', x.target, 'unit', x.unit, 'wording', x.wording`)}
      ) as tree
      from service_standard s
      where s.code = $1 and s.status in ('published', 'repealed') and s.valid_from <= $2::date and (s.valid_to is null or s.valid_to > $2::date)
      order by s.version_number desc limit 1`,
      values: [code, ON],
      normalise: (rows) => tree(rows[0].tree, (s, part) => s[part]),
    },
  };
};
