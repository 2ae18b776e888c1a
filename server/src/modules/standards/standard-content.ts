/**
 * Converts between a standard version's rows (the standard and its part tables) and its content in
 * the corpus shape (`StandardContent`, agencies and acts referred to by code). One write path
 * serves the corpus loader, the GraphQL mutations and the copying of a version into a new draft,
 * and one read path serves drafts, diffs and the fidelity tests.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ref } from '@mikro-orm/core';
import type { StandardContent } from '../../corpus/corpus.schema.js';
import type { LocalizedText } from '../../common/base.entity.js';
import { Agency, type IAgency } from '../agencies/agency.entity.js';
import { LegalAct, type ILegalAct } from '../legal-acts/legal-act.entity.js';
import { ServiceStandard, type IServiceStandard } from './service-standard.entity.js';
import { StandardAgencyRole, StandardAmendment, StandardChannel, StandardLegalBasis } from './standard-links.entity.js';
import { SubService } from './sub-service.entity.js';
import { DeadlineRule } from './deadline-rule.entity.js';
import { DocumentRequirement } from './document-requirement.entity.js';
import { RefusalGround } from './refusal-ground.entity.js';
import { ComplaintLevel } from './complaint-level.entity.js';
import { ContactPoint } from './contact-point.entity.js';
import { WorkSchedule } from './work-schedule.entity.js';
import { QualificationGroup } from './qualification-requirement.entity.js';
import { FormTemplate } from './form-template.entity.js';
import { QualityIndicatorDefinition } from './quality-indicator-definition.entity.js';

/** Every part table of a standard version, in the order the law presents them. */
export const PART_ENTITIES = [
  StandardChannel, StandardAgencyRole, StandardLegalBasis, StandardAmendment, SubService, DeadlineRule,
  DocumentRequirement, RefusalGround, ComplaintLevel, ContactPoint, WorkSchedule, QualificationGroup, FormTemplate,
  QualityIndicatorDefinition,
] as const;

/** Agencies and acts by code, for turning content references into rows. */
export interface References {
  agencies: Map<string, IAgency>;
  acts: Map<string, ILegalAct>;
}

export async function loadReferences(em: EntityManager, agencyCodes: Iterable<string>, actCodes: Iterable<string>): Promise<References> {
  const [agencies, acts] = await Promise.all([
    em.find(Agency, { code: { $in: [...new Set(agencyCodes)] } }),
    em.find(LegalAct, { code: { $in: [...new Set(actCodes)] } }),
  ]);
  return { agencies: new Map(agencies.map((a) => [a.code, a])), acts: new Map(acts.map((a) => [a.code, a])) };
}

/** The agency and act codes a content refers to. */
export function referencedCodes(c: StandardContent): { agencies: string[]; acts: string[] } {
  const agencies = [c.provider, c.developer, ...c.otherAgencies.map((x) => x.agency), ...c.channels.map((x) => x.agency),
    ...c.complaintRoute.map((x) => x.agency), ...c.contactPoints.map((x) => x.agency), ...c.schedules.map((x) => x.agency)];
  const acts = [c.approvedBy?.act, c.repealedBy?.act, c.fee.legalBasis, ...c.legalBasis.map((x) => x.act), ...c.amendments.map((x) => x.act),
    ...c.complaintRoute.map((x) => x.reviewDeadline?.legalBasis), ...c.deadlines.map((x) => x.amendedBy), ...c.documents.map((x) => x.amendedBy)];
  return { agencies: agencies.filter((x): x is string => !!x), acts: acts.filter((x): x is string => !!x) };
}

const orNull = <T>(v: T | undefined | null): T | null => (v === undefined ? null : v);
const text = (t: { kk: string | null; ru?: string | null; en: string } | null | undefined): LocalizedText | null => (t ? { kk: t.kk, ru: t.ru ?? null, en: t.en } : null);

/** Sets the standard's own columns and replaces all of its parts with the content's. */
export async function writeStandardContent(em: EntityManager, standard: IServiceStandard, c: StandardContent, refs: References): Promise<void> {
  const agency = (code: string) => refs.agencies.get(code)!;
  const maybeAgency = (code: string | null | undefined) => (code ? agency(code) : null);
  const maybeAct = (code: string | null | undefined) => (code ? refs.acts.get(code)! : null);

  em.assign(standard, {
    name: text(c.name)!,
    titleVariants: c.titleVariants.map((v) => ({ source: v.source, title: text(v.title)!, note: v.note ?? null })),
    approvedBy: maybeAct(c.approvedBy?.act),
    approvedClause: c.approvedBy?.clause ?? null,
    validFrom: c.validFrom,
    validTo: c.validTo,
    validFromEstimated: c.validFromEstimated ?? false,
    repealedBy: maybeAct(c.repealedBy?.act),
    repealedOn: c.repealedBy?.date ?? null,
    repealEstimated: c.repealedBy?.estimated ?? false,
    developer: maybeAgency(c.developer),
    provider: agency(c.provider),
    automation: c.form.automation,
    media: c.form.media,
    formClause: c.form.clause ?? null,
    formNote: c.form.note ?? null,
    recipients: c.recipients,
    result: { description: text(c.result.description)!, media: c.result.media, clause: c.result.clause ?? null, note: c.result.note ?? null },
    feeKind: c.fee.kind,
    feeAmountMci: orNull(c.fee.amountMci),
    feeLegalBasis: maybeAct(c.fee.legalBasis),
    feeDescription: text(c.fee.description),
    feeClause: c.fee.clause ?? null,
    feeNote: c.fee.note ?? null,
    channels: c.channels.map((x) => x.channel),
    workPrinciples: c.workPrinciples.map((t) => text(t)!),
    notes: c.notes,
  } as never);

  if (standard.id) {
    for (const entity of PART_ENTITIES) await em.nativeDelete(entity as never, { standard: standard.id } as never);
    // Rewriting a frozen version's parts (the corpus loader correcting a shipped standard) must give
    // the row a new `version` even when its own columns stay the same: that is the stamp every
    // process checks before serving parts from its published-parts cache.
    if (standard.status !== 'draft') standard.updatedAt = new Date();
  }
  const common = (i: number, p: { clause?: string | null; note?: string; amendedBy?: string }) => ({
    standard, ordinal: i + 1, clause: p.clause ?? null, note: p.note ?? null, amendedBy: maybeAct(p.amendedBy),
  });
  c.channels.forEach((x, i) => em.create(StandardChannel, { ...common(i, x), channel: x.channel, agency: maybeAgency(x.agency), description: text(x.description) } as never));
  c.otherAgencies.forEach((x, i) => em.create(StandardAgencyRole, { ...common(i, x), agency: agency(x.agency), role: x.role } as never));
  c.legalBasis.forEach((x, i) => em.create(StandardLegalBasis, { ...common(i, x), act: maybeAct(x.act), article: x.article ?? null } as never));
  c.amendments.forEach((x, i) => em.create(StandardAmendment, { ...common(i, {}), note: x.note ?? null, act: maybeAct(x.act), kind: x.kind, clauses: x.clauses } as never));
  c.subServices.forEach((x, i) => em.create(SubService, { ...common(i, x), code: x.code, kind: x.kind, name: text(x.name) } as never));
  c.deadlines.forEach((x, i) => em.create(DeadlineRule, {
    ...common(i, x), kind: x.kind, value: x.value, unit: x.unit, comparator: x.comparator ?? null, countsFrom: text(x.countsFrom),
    excludeStartDay: x.excludeStartDay, owedBy: x.owedBy, subServices: x.subServices, channels: x.channels, description: text(x.description),
  } as never));
  c.documents.forEach((x, i) => em.create(DocumentRequirement, {
    ...common(i, x), ordinal: x.ordinal, subService: x.subService, channel: x.channel, title: text(x.title), copyKind: x.copyKind,
    notarised: x.notarised, officialTranslation: x.officialTranslation, legalisation: x.legalisation, edsSigned: x.edsSigned,
    fromStateSystems: x.fromStateSystems, recipients: x.recipients, condition: text(x.condition), exemption: text(x.exemption), formCode: x.form ?? null,
  } as never));
  c.refusalGrounds.forEach((x, i) => em.create(RefusalGround, { ...common(i, x), ordinal: x.ordinal, text: text(x.text) } as never));
  c.complaintRoute.forEach((x, i) => em.create(ComplaintLevel, {
    ...common(i, x), ordinal: x.ordinal, level: x.level, agency: maybeAgency(x.agency), description: text(x.description), address: text(x.address),
    room: x.room ?? null, phones: x.phones ?? [], hasReviewDeadline: x.reviewDeadline !== null, reviewValue: x.reviewDeadline?.value ?? null,
    reviewUnit: x.reviewDeadline?.unit ?? null, reviewCountsFrom: text(x.reviewDeadline?.countsFrom), reviewLegalBasis: maybeAct(x.reviewDeadline?.legalBasis),
  } as never));
  c.contactPoints.forEach((x, i) => em.create(ContactPoint, {
    ...common(i, x), agency: agency(x.agency), purpose: x.purpose, address: text(x.address), room: x.room ?? null, phones: x.phones,
    fax: x.fax ?? [], email: x.email ?? null, website: x.website ?? null,
  } as never));
  c.schedules.forEach((x, i) => em.create(WorkSchedule, {
    ...common(i, x), agency: agency(x.agency), purpose: x.purpose, aroundTheClock: x.aroundTheClock, periods: x.periods,
    noAppointment: orNull(x.noAppointment), noExpeditedService: orNull(x.noExpeditedService), electronicQueue: orNull(x.electronicQueue),
    bookingViaPortal: orNull(x.bookingViaPortal), exceptHolidays: x.exceptHolidays, description: text(x.description),
  } as never));
  c.qualificationRequirements.forEach((x, i) => em.create(QualificationGroup, {
    ...common(i, x), code: x.code, activitySubtype: text(x.activitySubtype),
    items: x.items.map((item) => ({ number: item.number, requirement: text(item.requirement)!, evidence: item.evidence.map((e) => text(e)!), exemption: text(item.exemption), clause: item.clause ?? null, note: item.note ?? null })),
  } as never));
  c.forms.forEach((x, i) => em.create(FormTemplate, {
    ...common(i, x), code: x.code, kind: x.kind, appendix: x.appendix, title: text(x.title),
    fields: x.fields.map((f) => ({ ordinal: f.ordinal, label: text(f.label)!, type: f.type, repeatingGroup: f.repeatingGroup ?? null, options: f.options?.map((o) => text(o)!) ?? [], note: f.note ?? null })),
  } as never));
  c.qualityIndicators.forEach((x, i) => em.create(QualityIndicatorDefinition, {
    ...common(i, x), group: x.group, groupTitle: text(x.groupTitle), code: x.code, wording: text(x.wording), unit: x.unit,
    normative: x.normative, target: x.target, current: x.current,
  } as never));
}

/**
 * Documents are numbered per sub-service × channel list, so their canonical order is by sub-service
 * (as the standard lists them), then channel, then number in the list.
 */
export function inCanonicalDocumentOrder<T extends Pick<StandardContent, 'subServices' | 'channels' | 'documents'>>(c: T): T {
  const sub = new Map(c.subServices.map((x, i) => [x.code, i]));
  const chan = new Map(c.channels.map((x, i) => [x.channel, i]));
  const rank = (d: StandardContent['documents'][number]) => [sub.get(d.subService) ?? 99, chan.get(d.channel) ?? 99, d.ordinal];
  const documents = [...c.documents].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
  return { ...c, documents };
}

type Row = Record<string, any>;
const code = (ref: Ref<{ code: string }> | { code: string } | null | undefined, byId: Map<string, { code: string }>): string | null =>
  ref ? byId.get((ref as { id?: string }).id ?? '')?.code ?? (ref as { code: string }).code : null;
const drop = <T extends Row>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;
const prov = (r: Row, acts: Map<string, { code: string }>) => drop({ clause: r.clause, note: r.note, amendedBy: r.amendedBy ? code(r.amendedBy, acts) : null });

/** Reads a version back into the corpus shape (used to copy drafts, diff versions and test fidelity). */
export async function readStandardContent(em: EntityManager, standard: IServiceStandard): Promise<StandardContent> {
  const id = standard.id;
  const by = { orderBy: { ordinal: 'asc' } } as never;
  const [channels, roles, bases, amendments, subs, deadlines, documents, grounds, complaints, contacts, schedules, groups, forms, indicators] = await Promise.all(
    PART_ENTITIES.map((entity) => em.find(entity as never, { standard: id } as never, by) as Promise<Row[]>));
  const agencies = new Map((await em.find(Agency, {})).map((a) => [a.id, a]));
  const acts = new Map((await em.find(LegalAct, {})).map((a) => [a.id, a]));
  const ag = (r: Ref<IAgency> | null | undefined) => code(r as never, agencies);
  const act = (r: Ref<ILegalAct> | null | undefined) => code(r as never, acts);
  const s = standard as Row;
  return inCanonicalDocumentOrder({
    code: s.code,
    approvedBy: s.approvedBy ? { act: act(s.approvedBy)!, clause: s.approvedClause ?? '' } : null,
    validFrom: s.validFrom ?? null,
    validTo: s.validTo ?? null,
    validFromEstimated: s.validFromEstimated,
    repealedBy: s.repealedBy ? drop({ act: act(s.repealedBy)!, date: s.repealedOn ?? null, estimated: s.repealEstimated || undefined }) as never : null,
    name: s.name,
    titleVariants: s.titleVariants.map((v: Row) => drop(v)),
    developer: ag(s.developer),
    provider: ag(s.provider)!,
    otherAgencies: roles.map((r) => drop({ agency: ag(r.agency)!, role: r.role, note: r.note })) as never,
    form: { automation: s.automation ?? null, ...drop({ media: s.media, clause: s.formClause, note: s.formNote }) } as never,
    recipients: s.recipients,
    result: drop(s.result) as never,
    fee: drop({ kind: s.feeKind, amountMci: s.feeAmountMci, legalBasis: act(s.feeLegalBasis), description: s.feeDescription, clause: s.feeClause, note: s.feeNote }) as never,
    channels: channels.map((r) => drop({ channel: r.channel, agency: ag(r.agency), description: r.description, ...prov(r, acts) })) as never,
    legalBasis: bases.map((r) => drop({ act: act(r.act)!, article: r.article, ...prov(r, acts) })) as never,
    workPrinciples: s.workPrinciples,
    subServices: subs.map((r) => drop({ code: r.code, kind: r.kind, name: r.name, ...prov(r, acts) })) as never,
    deadlines: deadlines.map((r) => ({ value: r.value ?? null, unit: r.unit ?? null, ...drop({ kind: r.kind, comparator: r.comparator, countsFrom: r.countsFrom, excludeStartDay: r.excludeStartDay, owedBy: r.owedBy, subServices: r.subServices, channels: r.channels, description: r.description, ...prov(r, acts) }) })) as never,
    documents: documents.map((r) => drop({ subService: r.subService, channel: r.channel, ordinal: r.ordinal, title: r.title, copyKind: r.copyKind, notarised: r.notarised, officialTranslation: r.officialTranslation, legalisation: r.legalisation, edsSigned: r.edsSigned, fromStateSystems: r.fromStateSystems, recipients: r.recipients, condition: r.condition, exemption: r.exemption, form: r.formCode, ...prov(r, acts) })) as never,
    refusalGrounds: grounds.map((r) => drop({ ordinal: r.ordinal, text: r.text, ...prov(r, acts) })) as never,
    complaintRoute: complaints.map((r) => ({ ...drop({ ordinal: r.ordinal, level: r.level, agency: ag(r.agency), description: r.description, address: r.address, room: r.room, phones: r.phones, ...prov(r, acts) }), reviewDeadline: r.hasReviewDeadline ? { value: r.reviewValue ?? null, unit: r.reviewUnit ?? null, ...drop({ countsFrom: r.reviewCountsFrom, legalBasis: act(r.reviewLegalBasis) }) } : null })) as never,
    contactPoints: contacts.map((r) => drop({ agency: ag(r.agency)!, purpose: r.purpose, address: r.address, room: r.room, phones: r.phones, fax: r.fax?.length ? r.fax : null, email: r.email, website: r.website, ...prov(r, acts) })) as never,
    schedules: schedules.map((r) => drop({ agency: ag(r.agency)!, purpose: r.purpose, aroundTheClock: r.aroundTheClock, periods: r.periods, noAppointment: r.noAppointment, noExpeditedService: r.noExpeditedService, electronicQueue: r.electronicQueue, bookingViaPortal: r.bookingViaPortal, exceptHolidays: r.exceptHolidays, description: r.description, ...prov(r, acts) })) as never,
    qualificationRequirements: groups.map((r) => drop({ code: r.code, activitySubtype: r.activitySubtype, items: r.items.map((it: Row) => drop(it)), ...prov(r, acts) })) as never,
    forms: forms.map((r) => ({ appendix: r.appendix ?? null, ...drop({ code: r.code, kind: r.kind, title: r.title, fields: r.fields.map((f: Row) => drop({ ...f, options: f.options?.length ? f.options : null })), ...prov(r, acts) }) })) as never,
    qualityIndicators: indicators.map((r) => ({ normative: r.normative ?? null, target: r.target ?? null, current: r.current ?? null, ...drop({ group: r.group, groupTitle: r.groupTitle, code: r.code, wording: r.wording, unit: r.unit, ...prov(r, acts) }) })) as never,
    amendments: amendments.map((r) => drop({ act: act(r.act)!, clauses: r.clauses, kind: r.kind, note: r.note })) as never,
    notes: s.notes,
  });
}

export { ServiceStandard };
