/**
 * A standard as linked data: JSON-LD following the EU Core Public Service Vocabulary Application
 * Profile 3.2.0 (CPSV-AP), with the official context (served at /open-data/context.jsonld) and a
 * small local context for the few terms CPSV-AP does not define (prefixes of ELI, SKOS, schema.org).
 *
 * The mapping (one flat @graph; every node a resource with its own IRI):
 *   standard                → cpsv:PublicService (identifier = code; name, description kk/ru/en)
 *   provider                → cv:hasCompetentAuthority → cv:PublicOrganisation (also org:Organization, foaf:Agent)
 *   developer, other bodies → cv:hasParticipation → cv:Participation (role, description)
 *   channels                → cv:Channel (type, owner, processing time, documents, opening hours)
 *   required documents      → cv:Evidence (per sub-service × channel × number), forms → cv:EvidenceType
 *   qualification items     → cv:Requirement (also cv:Criterion) with their supporting cv:Evidence
 *   result                  → cv:Output;  fee → cv:Cost (KZT, or MCI multiples)
 *   the standard, deadlines, refusal grounds, complaint levels → cpsv:Rule implementing the acts
 *   acts                    → eli:LegalResource with ELI-like IRIs (/eli/kz/{type}/{year}/{number})
 *   contact points          → cv:ContactPoint (telephone, e-mail, page, address, opening hours)
 *   schedules               → cv:openingHours → time:TemporalEntity (+ schema.org opening hours)
 *   code lists              → skos:Concept (EU authority tables where one exists)
 */
import type { LocalizedText } from '../../common/base.entity.js';
import type { IAgency } from '../agencies/agency.entity.js';
import type { ILegalAct } from '../legal-acts/legal-act.entity.js';
import type { StandardContent } from '../../corpus/corpus.schema.js';
import * as L from './cpsv-ap.labels.js';
import { isoDuration, mainProcessingDeadline } from './processing-time.js';

export type JsonLdNode = { '@id': string; '@type'?: string | string[] } & Record<string, unknown>;

/** One standard version with its content, ready for export. */
export interface ExportedStandard {
  id: string;
  code: string;
  versionNumber: number;
  status: 'draft' | 'published' | 'repealed';
  validFrom: string | null;
  validTo: string | null;
  content: StandardContent;
}

export interface ExportRegistry {
  agencies: Map<string, IAgency>;
  acts: Map<string, ILegalAct>;
}

export const CONTEXT_PATH = '/open-data/context.jsonld';

/** Terms outside CPSV-AP's context: prefixes only, so their properties read as compact IRIs. */
export const LOCAL_CONTEXT = {
  cv: 'http://data.europa.eu/m8g/',
  cpsv: 'http://purl.org/vocab/cpsv#',
  dct: 'http://purl.org/dc/terms/',
  eli: 'http://data.europa.eu/eli/ontology#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  locn: 'http://www.w3.org/ns/locn#',
  org: 'http://www.w3.org/ns/org#',
  owl: 'http://www.w3.org/2002/07/owl#',
  schema: 'https://schema.org/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

export function jsonLdContext(base: string): unknown[] {
  return [base + CONTEXT_PATH, LOCAL_CONTEXT];
}

type Text = { kk?: string | null; ru?: string | null; en?: string | null } | null | undefined;

/** Language-tagged literals of a text (missing languages are left out, never invented). */
export function literals(...texts: Text[]): { '@value': string; '@language': string }[] {
  const out: { '@value': string; '@language': string }[] = [];
  for (const t of texts) {
    if (!t) continue;
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const value = t[lang];
      if (value && value.trim()) out.push({ '@value': value, '@language': lang });
    }
  }
  return out;
}

const id = (iri: string) => ({ '@id': iri });
const date = (d: string) => ({ '@value': d, '@type': 'xsd:date' });
const slug = (s: string) => encodeURIComponent(s.toLowerCase().replace(/[^\p{L}\p{N}.-]+/gu, '-').replace(/^-+|-+$/g, '')) || 'x';

/** The last day in force of a half-open validity (validTo is the first day no longer in force). */
export function lastDayInForce(validTo: string): string {
  const d = new Date(`${validTo}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export type ExportStatus = 'inForce' | 'notYetInForce' | 'repealed';
export function exportStatus(s: Pick<ExportedStandard, 'status' | 'validFrom' | 'validTo'>, today: string): ExportStatus {
  if (s.status === 'repealed' || (s.validTo && s.validTo <= today)) return 'repealed';
  if (s.validFrom && s.validFrom > today) return 'notYetInForce';
  return 'inForce';
}

const ELI_TYPES: Record<string, string> = {
  constitution: 'const', code: 'code', law: 'law', presidentialDecree: 'decree', governmentResolution: 'resolution', ministerialOrder: 'order', other: 'act',
};

/** ELI-like IRI of an act: /eli/kz/{type}/{year}/{number}, or /eli/kz/{type}/{code} when undated. */
export function eliIri(base: string, act: Pick<ILegalAct, 'code' | 'kind' | 'number' | 'date'>): string {
  const type = ELI_TYPES[act.kind] ?? 'act';
  return act.number && act.date ? `${base}/eli/kz/${type}/${act.date.slice(0, 4)}/${slug(act.number)}` : `${base}/eli/kz/${type}/${slug(act.code)}`;
}

/** Builds the nodes of one service and every node it refers to; shared nodes repeat across services. */
export function cpsvNodes(s: ExportedStandard, registry: ExportRegistry, base: string, today: string): JsonLdNode[] {
  const c = s.content;
  const svc = `${base}/open-data/cpsv/${encodeURIComponent(s.code)}`;
  const nodes = new Map<string, JsonLdNode>();
  const add = (node: JsonLdNode): string => {
    if (!nodes.has(node['@id'])) nodes.set(node['@id'], node);
    return node['@id'];
  };
  const languages = (['kk', 'ru', 'en'] as const).filter((l) => l !== 'ru' || !!c.name.ru);

  const concept = (scheme: string, value: string, label: LocalizedText | undefined): string => add({
    '@id': `${base}/open-data/concepts/${scheme}/${encodeURIComponent(value)}`, '@type': 'Concept',
    'skos:prefLabel': literals(label ?? { en: value }), 'skos:notation': value, 'skos:inScheme': id(`${base}/open-data/concepts/${scheme}`),
  });
  const euConcept = (iri: string, label: LocalizedText, type: string | string[] = 'Concept') => add({ '@id': iri, '@type': type, 'skos:prefLabel': literals(label) });
  const kaz = euConcept(L.COUNTRY_KAZ, { kk: 'Қазақстан', ru: 'Казахстан', en: 'Kazakhstan' }, 'Location');

  const agency = (code: string | null | undefined): string | null => {
    const a = code ? registry.agencies.get(code) : undefined;
    if (!a) return null;
    const iri = `${base}/open-data/agencies/${encodeURIComponent(a.code)}`;
    const address = a.address ? add({ '@id': `${iri}#address`, '@type': 'Address', 'Address.fullAddress': literals(a.address) }) : null;
    return add({
      '@id': iri, '@type': ['PublicOrganization', 'Organization', 'Agent'],
      'Agent.identifier': a.code, 'Agent.name': literals(a.name), 'PublicOrganization.preferredLabel': literals(a.name),
      'skos:altLabel': literals(a.shortName), 'PublicOrganization.spatial': [kaz],
      ...(address ? { 'Agent.address': [address] } : {}),
      ...(a.bin ? { 'schema:taxID': a.bin } : {}),
      ...(a.website ? { 'foaf:homepage': id(webUrl(a.website)) } : {}),
    });
  };
  const act = (code: string | null | undefined): string | null => {
    const a = code ? registry.acts.get(code) : undefined;
    if (!a) return null;
    return add({
      '@id': eliIri(base, a), '@type': 'LegalResource', 'eli:id_local': a.code, 'eli:title': literals(a.title),
      ...(a.number ? { 'eli:number': a.number } : {}),
      ...(a.date ? { 'eli:date_document': date(a.date) } : {}),
      ...(a.entryIntoForce ? { 'eli:first_date_entry_in_force': date(a.entryIntoForce) } : {}),
      ...(a.publication ? { 'eli:published_in': a.publication } : {}),
    });
  };
  const compact = <T>(xs: (T | null | undefined)[]): T[] => [...new Set(xs.filter((x): x is T => x !== null && x !== undefined))];

  // ------------------------------------------------ legal resources and rules
  const approvingAct = act(c.approvedBy?.act);
  const legalResources = compact([approvingAct, ...c.legalBasis.map((b) => act(b.act)), act(c.fee.legalBasis)]);
  const implementing = (amendedBy?: string) => compact([approvingAct, act(amendedBy)]);
  const rules: string[] = [];
  /** A rule; its type is a rule-type concept, or the deadline kind / complaint level it states. */
  const rule = (key: string, type: string, name: Text, description: Text[], implementsActs: string[], extra: Record<string, unknown> = {}) => {
    const desc = literals(...description);
    rules.push(add({
      '@id': `${svc}#rule-${key}`, '@type': 'Rule', 'Rule.identifier': `${s.code}/rule/${key}`, 'Rule.name': literals(name),
      'Rule.description': desc.length ? desc : literals(name), 'Rule.type': type,
      'Rule.implements': implementsActs, 'Rule.language': languages.map((l) => lang(l)), ...extra,
    }));
  };
  const lang = (l: 'kk' | 'ru' | 'en') => add({ '@id': L.LANGUAGES[l], '@type': 'LinguisticSystem', 'skos:notation': l });

  const approved = c.approvedBy ? registry.acts.get(c.approvedBy.act) : undefined;
  const ruleType = (t: string) => concept('rule-types', t, L.RULE_TYPE_LABELS[t]);
  rule('standard', ruleType('standard'), {
    kk: c.name.kk ? `«${c.name.kk}» мемлекеттік көрсетілетін қызмет стандарты` : null,
    ru: c.name.ru ? `Стандарт государственной услуги «${c.name.ru}»` : null,
    en: `Standard of the state service "${c.name.en}"`,
  }, [{
    en: [`Version ${s.versionNumber}`, approved ? `approved by ${approved.title.en}${c.approvedBy?.clause ? ` (${c.approvedBy.clause})` : ''}` : null,
      s.validFrom ? `in force from ${s.validFrom}` : null, s.validTo ? `until ${lastDayInForce(s.validTo)} inclusive` : null].filter(Boolean).join(', ') + '.',
  }], legalResources, { 'owl:versionInfo': String(s.versionNumber) });
  c.deadlines.forEach((d, i) => {
    const what = L.DEADLINE_KIND_LABELS[d.kind]?.en ?? d.kind;
    const amount = d.value !== null && d.unit ? `${d.comparator ? `${L.COMPARATOR_LABELS[d.comparator]} ` : ''}${d.value} ${L.UNIT_LABELS[d.unit]}` : 'not stated in the text';
    const scope = [d.subServices.length ? `sub-services: ${d.subServices.join(', ')}` : null, d.channels.length ? `channels: ${d.channels.join(', ')}` : null].filter(Boolean).join('; ');
    rule(`deadline-${i + 1}`, concept('deadline-kinds', d.kind, L.DEADLINE_KIND_LABELS[d.kind]), { en: `${what}: ${amount}${scope ? ` (${scope})` : ''}` },
      [d.description ?? d.countsFrom], implementing(d.amendedBy), {
      ...(d.value !== null && d.unit ? { 'schema:duration': { '@value': isoDuration(d.value, d.unit), '@type': 'xsd:duration' } } : {}),
    });
  });
  c.refusalGrounds.forEach((g) => rule(`refusal-${g.ordinal}`, ruleType('refusalGround'), {
    kk: `Бас тарту негізі ${g.ordinal}`, ru: `Основание для отказа ${g.ordinal}`, en: `Ground for refusal ${g.ordinal}`,
  }, [g.text], implementing(g.amendedBy)));
  c.complaintRoute.forEach((x) => rule(`complaint-${x.ordinal}`, concept('complaint-levels', x.level, L.COMPLAINT_LEVEL_LABELS[x.level]), {
    en: `Complaint route, level ${x.ordinal}: ${L.COMPLAINT_LEVEL_LABELS[x.level]?.en ?? x.level}`,
  }, [x.description], implementing(x.amendedBy), {
    ...(agency(x.agency) ? { 'cv:hasCompetentAuthority': id(agency(x.agency)!) } : {}),
  }));

  // ------------------------------------------------ forms, documents and requirements
  const formTypes = new Map<string, string>();
  for (const f of c.forms) {
    formTypes.set(f.code, add({
      '@id': `${svc}#form-${encodeURIComponent(f.code)}`, '@type': 'EvidenceType', 'EvidenceType.identifier': `${s.code}/form/${f.code}`,
      'EvidenceType.evidenceTypeClassification': [concept('form-kinds', f.kind, L.FORM_KIND_LABELS[f.kind])],
      'dct:title': literals(f.title), ...(f.appendix ? { 'schema:position': f.appendix } : {}),
    }));
  }
  const evidenceByChannel = new Map<string, string[]>();
  const documents = c.documents.map((d) => {
    const key = `${d.subService}-${d.channel}-${d.ordinal}`;
    const properties = [
      L.COPY_KIND_LABELS[d.copyKind]?.en ?? d.copyKind,
      d.notarised === 'yes' ? 'notarised' : d.notarised === 'ifOriginalNotPresented' ? 'notarised copy if the original is not presented' : null,
      d.officialTranslation ? 'with an official translation' : null, d.legalisation ? 'legalised' : null,
      d.edsSigned ? 'signed with an electronic digital signature' : null,
      d.fromStateSystems ? 'obtained by the provider from state information systems (not requested from the applicant)' : null,
      d.recipients.length ? `only for: ${d.recipients.join(', ')}` : null,
    ].filter(Boolean).join('; ');
    const iri = add({
      '@id': `${svc}#evidence-${encodeURIComponent(key)}`, '@type': 'Evidence', 'Evidence.identifier': `${s.code}/document/${d.subService}/${d.channel}/${d.ordinal}`,
      'Evidence.name': literals(d.title), 'Evidence.description': literals(d.condition, d.exemption, { en: `${properties}. Sub-service: ${d.subService}; channel: ${d.channel}; number ${d.ordinal} in the list.` }),
      'Evidence.type': concept('copy-kinds', d.copyKind, L.COPY_KIND_LABELS[d.copyKind]),
      ...(d.form && formTypes.has(d.form) ? { 'Evidence.isConformantTo': [formTypes.get(d.form)] } : {}),
    });
    evidenceByChannel.set(d.channel, [...(evidenceByChannel.get(d.channel) ?? []), iri]);
    return iri;
  });
  const requirements: string[] = [];
  const requirementEvidence: string[] = [];
  for (const g of c.qualificationRequirements) {
    const groupConcept = add({
      '@id': `${svc}#qualification-group-${encodeURIComponent(g.code)}`, '@type': 'Concept', 'skos:prefLabel': literals(g.activitySubtype), 'skos:notation': g.code,
    });
    for (const item of g.items) {
      const key = `${g.code}-${item.number}`;
      const iri = `${svc}#requirement-${encodeURIComponent(key)}`;
      const evidence = item.evidence.map((e, i) => add({
        '@id': `${iri}-evidence-${i + 1}`, '@type': 'Evidence', 'Evidence.identifier': `${s.code}/qualification/${g.code}/${item.number}/evidence/${i + 1}`,
        'Evidence.name': literals(e), 'Evidence.supportsRequirement': [iri],
      }));
      requirementEvidence.push(...evidence);
      requirements.push(add({
        '@id': iri, '@type': ['Requirement', 'cv:Criterion'], 'Requirement.identifier': `${s.code}/qualification/${g.code}/${item.number}`,
        'Requirement.name': literals(item.requirement), 'Requirement.type': [groupConcept], 'Requirement.hasSupportingEvidence': evidence,
        ...(item.exemption ? { 'dct:description': literals(item.exemption) } : {}),
      }));
    }
  }

  // ------------------------------------------------ opening hours and contact points
  const hours = c.schedules.map((x, i) => add({
    '@id': `${svc}#hours-${i + 1}`, '@type': 'TemporalEntity',
    'TemporalEntity.description': literals(x.description ?? { en: x.aroundTheClock ? 'Around the clock' : x.periods.map((p) => `${p.days.join(', ')} ${p.opens}–${p.closes}`).join('; ') }),
    'TemporalEntity.frequency': [euConcept(x.aroundTheClock ? L.FREQUENCY.daily : L.FREQUENCY.weekly, { kk: null, en: x.aroundTheClock ? 'daily' : 'weekly' })],
    'schema:hoursAvailable': openingHoursSpecification(x),
  }));
  const scheduleFor = (agencyCode: string | null | undefined, purpose: string) =>
    c.schedules.flatMap((x, i) => (x.agency === agencyCode && x.purpose === purpose ? [hours[i]] : []));
  const usedSchedules = new Set<string>();
  const contactPoint = (key: string, x: { agency: string; purpose: string; address?: Text; room?: string | null; phones?: string[]; fax?: string[] | null; email?: string | null; website?: string | null }) => {
    const opening = scheduleFor(x.agency, x.purpose);
    opening.forEach((h) => usedSchedules.add(h));
    const address = x.address || x.room ? add({
      '@id': `${svc}#${key}-address`, '@type': 'Address', 'Address.fullAddress': literals(x.address),
      ...(x.room ? { 'Address.locatorDesignator': [x.room] } : {}),
    }) : null;
    return add({
      '@id': `${svc}#${key}`, '@type': 'ContactPoint', 'ContactPoint.hasTelephone': x.phones ?? [],
      'ContactPoint.hasEmail': x.email ? [x.email] : [], 'ContactPoint.contactPage': x.website ? [add({ '@id': webUrl(x.website), '@type': 'Document' })] : [],
      'ContactPoint.openingHours': opening, 'schema:contactType': literals(L.CONTACT_PURPOSE_LABELS[x.purpose] ?? { en: x.purpose }),
      ...(x.fax?.length ? { 'schema:faxNumber': x.fax } : {}),
      ...(agency(x.agency) ? { 'cv:ownedBy': id(agency(x.agency)!) } : {}),
      ...(address ? { 'locn:address': id(address) } : {}),
    });
  };
  const contacts = c.contactPoints.map((x, i) => contactPoint(`contact-${i + 1}`, x));
  // Channels take the document-acceptance hours of their agency.
  const channelHours = new Map(c.channels.map((ch) => [ch.channel, scheduleFor(ch.agency ?? (ch.channel === 'office' ? c.provider : null), 'documentAcceptance')]));
  for (const list of channelHours.values()) list.forEach((h) => usedSchedules.add(h));
  // Opening hours that no contact point or channel carries get a contact point of their own.
  c.schedules.forEach((x, i) => {
    if (!usedSchedules.has(hours[i])) contacts.push(contactPoint(`schedule-contact-${i + 1}`, { agency: x.agency, purpose: x.purpose }));
  });

  // ------------------------------------------------ channels, cost, output, participations
  const channels = c.channels.map((ch) => {
    const deadline = mainProcessingDeadline(c, ch.channel);
    const owner = agency(ch.agency ?? (ch.channel === 'office' ? c.provider : null));
    return add({
      '@id': `${svc}#channel-${ch.channel}`, '@type': 'Channel', 'Channel.identifier': `${s.code}/channel/${ch.channel}`,
      'Channel.type': concept('channels', ch.channel, L.CHANNEL_LABELS[ch.channel]),
      'Channel.description': literals(ch.description ?? L.CHANNEL_LABELS[ch.channel]),
      'Channel.ownedBy': owner ? [owner] : [], 'Channel.hasInput': evidenceByChannel.get(ch.channel) ?? [],
      'Channel.openingHours': channelHours.get(ch.channel) ?? [],
      ...(deadline ? { 'Channel.processingTime': isoDuration(deadline.value!, deadline.unit!) } : {}),
    });
  });
  const fee = c.fee;
  const cost = add({
    '@id': `${svc}#cost`, '@type': 'Cost', 'Cost.identifier': `${s.code}/cost`,
    'Cost.description': literals(fee.description ?? L.FEE_KIND_LABELS[fee.kind]),
    ...(fee.kind === 'free' ? { 'Cost.hasValue': 0, 'Cost.currency': euConcept(L.CURRENCY_KZT, { kk: 'Теңге', ru: 'Тенге', en: 'Tenge' }) } : {}),
    ...(fee.kind !== 'free' && fee.amountMci != null ? { 'Cost.hasValue': fee.amountMci, 'Cost.currency': concept('currencies', 'MCI', L.MCI_LABEL) } : {}),
    'dct:type': id(concept('fee-kinds', fee.kind, L.FEE_KIND_LABELS[fee.kind])),
    ...(act(fee.legalBasis) ? { 'cv:hasLegalResource': id(act(fee.legalBasis)!) } : {}),
  });
  const output = add({
    '@id': `${svc}#output`, '@type': 'Output', 'Output.identifier': `${s.code}/output`, 'Output.name': literals(c.result.description),
    'Output.type': c.result.media.map((m) => concept('media', m, L.MEDIUM_LABELS[m])),
  });
  const participations = [
    ...(c.developer ? [{ agency: c.developer, role: 'developer', text: 'developer of the standard' }] : []),
    ...c.otherAgencies.map((x) => ({ agency: x.agency, role: 'involved', text: x.role })),
  ].flatMap((x, i) => {
    const who = agency(x.agency);
    return who ? [add({
      '@id': `${svc}#participation-${i + 1}`, '@type': 'Participation', 'Participation.identifier': `${s.code}/participation/${i + 1}`,
      'Participation.hasParticipant': who, 'Participation.role': [concept('participation-roles', x.role, L.PARTICIPATION_ROLE_LABELS[x.role])],
      'Participation.description': literals({ en: x.text }),
    })] : [];
  });

  // ------------------------------------------------ the service
  const provider = registry.agencies.get(c.provider);
  const main = mainProcessingDeadline(c);
  const status = exportStatus(s, today);
  const service: JsonLdNode = {
    '@id': svc, '@type': 'PublicService', 'PublicService.identifier': s.code,
    'PublicService.name': literals(c.name),
    'PublicService.description': literals({
      kk: c.name.kk ? [`«${c.name.kk}» мемлекеттік көрсетілетін қызметі.`, provider?.name.kk ? `Көрсетілетін қызметті беруші: ${provider.name.kk}.` : '', c.result.description.kk ? `Нәтижесі: ${c.result.description.kk}` : ''].filter(Boolean).join(' ') : null,
      ru: c.name.ru ? [`Государственная услуга «${c.name.ru}».`, provider?.name.ru ? `Услугодатель: ${provider.name.ru}.` : '', c.result.description.ru ? `Результат: ${c.result.description.ru}` : ''].filter(Boolean).join(' ') : null,
      en: [`State service "${c.name.en}".`, provider ? `Provider: ${provider.name.en}.` : '', `Result: ${c.result.description.en}`].filter(Boolean).join(' '),
    }),
    'PublicService.hasCompetentAuthority': compact([agency(c.provider)]),
    'PublicService.hasParticipation': participations,
    'PublicService.hasChannel': channels,
    'PublicService.hasInput': [...documents, ...requirementEvidence],
    'PublicService.hasInputType': [...formTypes.values()],
    'PublicService.holdsRequirement': requirements,
    'PublicService.produces': [output],
    'PublicService.hasCost': [cost],
    'PublicService.follows': rules,
    'PublicService.hasLegalResource': legalResources,
    'PublicService.contactPoint': contacts,
    'PublicService.addressee': c.recipients.map((r) => concept('recipients', r, L.RECIPIENT_LABELS[r])),
    'PublicService.language': languages.map((l) => lang(l)),
    'PublicService.spatial': [kaz],
    'PublicService.status': concept('statuses', status, L.STATUS_LABELS[status]),
    ...(main ? { 'PublicService.processingTime': isoDuration(main.value!, main.unit!) } : {}),
    'owl:versionInfo': String(s.versionNumber),
    ...(s.validFrom ? { 'schema:validFrom': date(s.validFrom) } : {}),
    ...(s.validTo ? { 'schema:validThrough': date(lastDayInForce(s.validTo)) } : {}),
    'schema:identifier': s.id,
  };
  return [service, ...nodes.values()];
}

/** "www.emer.kz" → "http://www.emer.kz" (the sites are published without a scheme). */
function webUrl(site: string): string {
  return /^https?:\/\//i.test(site) ? site : `http://${site.replace(/^\/+/, '')}`;
}

const SCHEMA_DAYS: Record<string, string> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};

/** schema.org opening hours of a schedule; a break splits a period in two. */
function openingHoursSpecification(x: StandardContent['schedules'][number]): Record<string, unknown>[] {
  const time = (hhmm: string) => ({ '@value': `${hhmm === '24:00' ? '23:59' : hhmm}:00`, '@type': 'xsd:time' });
  const spec = (days: string[], opens: string, closes: string) => ({
    '@type': 'schema:OpeningHoursSpecification', 'schema:dayOfWeek': days.map((d) => ({ '@id': `https://schema.org/${SCHEMA_DAYS[d]}` })),
    'schema:opens': time(opens), 'schema:closes': time(closes),
  });
  if (x.aroundTheClock) return [spec(Object.keys(SCHEMA_DAYS), '00:00', '24:00')];
  return x.periods.flatMap((p) => {
    const bounds = [p.opens, ...[...p.breaks].sort((a, b) => a.from.localeCompare(b.from)).flatMap((b) => [b.from, b.to]), p.closes];
    const out = [];
    for (let i = 0; i < bounds.length; i += 2) out.push(spec(p.days, bounds[i], bounds[i + 1]));
    return out;
  });
}

/** One JSON-LD document for many services: shared nodes (agencies, acts, concepts) appear once. */
export function cpsvDocument(base: string, graphs: JsonLdNode[][], extra: JsonLdNode[] = []): Record<string, unknown> {
  const byId = new Map<string, JsonLdNode>();
  for (const node of [...extra, ...graphs.flat()]) if (!byId.has(node['@id'])) byId.set(node['@id'], node);
  return { '@context': jsonLdContext(base), '@graph': [...byId.values()] };
}
