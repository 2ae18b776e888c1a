/**
 * Turns the GraphQL arguments of createServiceStandard/updateServiceStandard into a standard's
 * content (the corpus shape), so the API and the corpus share one set of validation rules.
 * Agencies and acts arrive as ids; unknown ids are reported with the field that carried them.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency } from '../agencies/agency.entity.js';
import { LegalAct } from '../legal-acts/legal-act.entity.js';
import { isId } from '../../common/loader-factories.js';
import type { InputErrors } from '../../common/errors.js';
import type { StandardContent } from '../../corpus/corpus.schema.js';
import type { ServiceStandardFields } from './service-standard.inputs.js';
import type { LocalizedTextInput } from '../../common/localized-text.type.js';

type Any = Record<string, any>;

/** Collects every agency and act id in the input (with the field path that carried it). */
function collectIds(input: Any): { agencies: Map<string, string>; acts: Map<string, string> } {
  const agencies = new Map<string, string>();
  const acts = new Map<string, string>();
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}.${i}`));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        const p = path ? `${path}.${k}` : k;
        if (typeof v === 'string' && /^(agencyId|providerId|developerId)$/.test(k)) agencies.set(p, v);
        else if (typeof v === 'string' && /^(actId|approvedById|feeLegalBasisId|legalBasisId|amendedById)$/.test(k)) acts.set(p, v);
        else visit(v, p);
      }
    }
  };
  visit(input, '');
  return { agencies, acts };
}

const text = (t: LocalizedTextInput | null | undefined) => (t ? { kk: t.kk?.trim() ? t.kk : null, ru: t.ru?.trim() ? t.ru : null, en: t.en } : t);
const texts = (list: LocalizedTextInput[] | undefined) => list?.map((t) => text(t)!);

/**
 * Applies the given fields onto `base` (the current content of a draft, or an empty one). A list
 * given replaces the whole list; a field left out keeps its value.
 */
export async function applyInput(em: EntityManager, base: StandardContent, input: ServiceStandardFields, errors: InputErrors): Promise<StandardContent> {
  const ids = collectIds(input);
  const wantedAgencies = [...new Set(ids.agencies.values())].filter(isId);
  const wantedActs = [...new Set(ids.acts.values())].filter(isId);
  const [agencies, acts] = await Promise.all([
    wantedAgencies.length ? em.find(Agency, { id: { $in: wantedAgencies } }) : [],
    wantedActs.length ? em.find(LegalAct, { id: { $in: wantedActs } }) : [],
  ]);
  const agencyCode = new Map(agencies.map((a) => [a.id, a.code]));
  const actCode = new Map(acts.map((a) => [a.id, a.code]));
  for (const [path, id] of ids.agencies) if (!agencyCode.has(id)) errors.add(path, `agency "${id}" does not exist`);
  for (const [path, id] of ids.acts) if (!actCode.has(id)) errors.add(path, `legal act "${id}" does not exist`);
  const ag = (id: string | null | undefined) => (id ? agencyCode.get(id) ?? id : null);
  const act = (id: string | null | undefined) => (id ? actCode.get(id) ?? id : undefined);
  const prov = (x: Any) => ({ clause: x.clause ?? null, note: x.note ?? undefined, ...(x.amendedById ? { amendedBy: act(x.amendedById) } : {}) });

  const c: Any = structuredClone(base);
  const set = <K extends keyof StandardContent>(key: K, value: unknown) => { if (value !== undefined) c[key] = value; };
  set('code', input.code);
  set('name', text(input.name));
  set('titleVariants', input.titleVariants?.map((v) => ({ source: v.source, title: text(v.title), note: v.note ?? undefined })));
  if (input.approvedById !== undefined || input.approvedClause !== undefined) {
    const actId = input.approvedById !== undefined ? input.approvedById : null;
    c.approvedBy = actId ? { act: act(actId), clause: input.approvedClause ?? c.approvedBy?.clause ?? '—' } : (input.approvedById === null ? null : c.approvedBy && { ...c.approvedBy, clause: input.approvedClause ?? c.approvedBy.clause });
  }
  set('validFrom', input.validFrom);
  set('validFromEstimated', input.validFromEstimated);
  if (input.developerId !== undefined) c.developer = ag(input.developerId);
  if (input.providerId !== undefined) c.provider = ag(input.providerId);
  set('otherAgencies', input.otherAgencies?.map((x) => ({ agency: ag(x.agencyId), role: x.role, note: x.note ?? undefined })));
  if (input.automation !== undefined || input.media !== undefined || input.formClause !== undefined) {
    c.form = { ...c.form, ...(input.automation !== undefined && { automation: input.automation }), ...(input.media && { media: input.media }), ...(input.formClause !== undefined && { clause: input.formClause }) };
  }
  set('recipients', input.recipients);
  if (input.result) c.result = { description: text(input.result.description), media: input.result.media, clause: input.result.clause ?? null, note: input.result.note ?? undefined };
  if (input.feeKind !== undefined || input.feeAmountMci !== undefined || input.feeLegalBasisId !== undefined || input.feeDescription !== undefined || input.feeClause !== undefined) {
    c.fee = {
      ...c.fee,
      ...(input.feeKind !== undefined && { kind: input.feeKind }),
      ...(input.feeAmountMci !== undefined && { amountMci: input.feeAmountMci }),
      ...(input.feeLegalBasisId !== undefined && { legalBasis: input.feeLegalBasisId ? act(input.feeLegalBasisId) : null }),
      ...(input.feeDescription !== undefined && { description: text(input.feeDescription) }),
      ...(input.feeClause !== undefined && { clause: input.feeClause }),
    };
  }
  set('channels', input.channelDetails?.map((x) => ({ channel: x.channel, agency: ag(x.agencyId), description: text(x.description) ?? undefined, ...prov(x) })));
  set('legalBasis', input.legalBasis?.map((x) => ({ act: act(x.actId), article: x.article ?? null, ...prov(x) })));
  set('workPrinciples', texts(input.workPrinciples));
  set('subServices', input.subServices?.map((x) => ({ code: x.code, kind: x.kind, name: text(x.name), ...prov(x) })));
  set('deadlines', input.deadlines?.map((x) => ({
    kind: x.kind, value: x.value, unit: x.unit, comparator: x.comparator ?? null, countsFrom: text(x.countsFrom) ?? null,
    excludeStartDay: x.excludeStartDay ?? false, owedBy: x.owedBy, subServices: x.subServices ?? [], channels: x.channels ?? [],
    description: text(x.description) ?? undefined, ...prov(x),
  })));
  set('documents', input.documents?.map((x) => ({
    subService: x.subService, channel: x.channel, ordinal: x.ordinal, title: text(x.title), copyKind: x.copyKind,
    notarised: x.notarised ?? 'no', officialTranslation: x.officialTranslation ?? false, legalisation: x.legalisation ?? false,
    edsSigned: x.edsSigned ?? false, fromStateSystems: x.fromStateSystems ?? false, recipients: x.recipients ?? [],
    condition: text(x.condition) ?? null, exemption: text(x.exemption) ?? null, form: x.form ?? null, ...prov(x),
  })));
  set('refusalGrounds', input.refusalGrounds?.map((x) => ({ ordinal: x.ordinal, text: text(x.text), ...prov(x) })));
  set('complaintRoute', input.complaintRoute?.map((x) => ({
    ordinal: x.ordinal, level: x.level, agency: ag(x.agencyId), description: text(x.description), address: text(x.address) ?? null,
    room: x.room ?? null, phones: x.phones ?? [],
    reviewDeadline: x.reviewDeadline ? { value: x.reviewDeadline.value, unit: x.reviewDeadline.unit, countsFrom: text(x.reviewDeadline.countsFrom) ?? null, legalBasis: x.reviewDeadline.legalBasisId ? act(x.reviewDeadline.legalBasisId) : null } : null,
    ...prov(x),
  })));
  set('contactPoints', input.contactPoints?.map((x) => ({
    agency: ag(x.agencyId), purpose: x.purpose, address: text(x.address) ?? null, room: x.room ?? null, phones: x.phones ?? [],
    fax: x.fax ?? [], email: x.email ?? null, website: x.website ?? null, ...prov(x),
  })));
  set('schedules', input.schedules?.map((x) => ({
    agency: ag(x.agencyId), purpose: x.purpose, aroundTheClock: x.aroundTheClock ?? false,
    periods: (x.periods ?? []).map((p) => ({ days: p.days, opens: p.opens, closes: p.closes, breaks: p.breaks ?? [] })),
    noAppointment: x.noAppointment ?? undefined, noExpeditedService: x.noExpeditedService ?? undefined, electronicQueue: x.electronicQueue ?? undefined,
    bookingViaPortal: x.bookingViaPortal ?? undefined, exceptHolidays: x.exceptHolidays ?? true, description: text(x.description) ?? undefined, ...prov(x),
  })));
  set('qualificationRequirements', input.qualificationRequirements?.map((x) => ({
    code: x.code, activitySubtype: text(x.activitySubtype), ...prov(x),
    items: x.items.map((it) => ({ number: it.number, requirement: text(it.requirement), evidence: texts(it.evidence) ?? [], exemption: text(it.exemption) ?? null, clause: it.clause ?? null, note: it.note ?? undefined })),
  })));
  set('forms', input.forms?.map((x) => ({
    code: x.code, kind: x.kind, appendix: x.appendix, title: text(x.title), ...prov(x),
    fields: (x.fields ?? []).map((f) => ({ ordinal: f.ordinal, label: text(f.label), type: f.type, repeatingGroup: f.repeatingGroup ?? null, options: texts(f.options), note: f.note ?? undefined })),
  })));
  set('qualityIndicators', input.qualityIndicators?.map((x) => ({
    group: x.group, groupTitle: text(x.groupTitle), code: x.code, wording: text(x.wording), unit: 'percent',
    normative: x.normative, target: x.target ?? null, current: x.current ?? null, ...prov(x),
  })));
  set('amendments', input.amendments?.map((x) => ({ act: act(x.actId), clauses: x.clauses, kind: x.kind, note: x.note ?? undefined })));
  set('notes', input.notes);
  return c as StandardContent;
}

/** The starting point of a new standard: what a create must fill in. */
export function emptyContent(): Any {
  return {
    code: undefined, approvedBy: null, validFrom: null, validTo: null, repealedBy: null, name: undefined, titleVariants: [],
    developer: null, provider: undefined, otherAgencies: [], form: { automation: null, media: [] }, recipients: [],
    result: undefined, fee: { kind: undefined }, channels: [], legalBasis: [], workPrinciples: [], subServices: [], deadlines: [],
    documents: [], refusalGrounds: [], complaintRoute: [], contactPoints: [], schedules: [], qualificationRequirements: [],
    forms: [], qualityIndicators: [], amendments: [], notes: [],
  };
}
