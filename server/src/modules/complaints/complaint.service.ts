/**
 * Registering and resolving complaints: the review deadline is fixed at registration from the
 * complaint route (complaint-rules.ts); each change is one transaction with one audit row.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Complaint, type IComplaint } from './complaint.entity.js';
import type { RegisterComplaintArgs, ResolveComplaintArgs } from './complaint.inputs.js';
import { routeReviewRule, statutoryReviewRule, type ReviewRule } from './complaint-rules.js';
import { Application, type IApplication } from '../applications/application.entity.js';
import { ServiceStandard, type IServiceStandard } from '../standards/service-standard.entity.js';
import { ComplaintLevel, type IComplaintLevel } from '../standards/complaint-level.entity.js';
import { LegalAct } from '../legal-acts/legal-act.entity.js';
import { Agency } from '../agencies/agency.entity.js';
import { currentCalendar } from '../calendar/calendar.provider.js';
import { computeDueDate } from '../calendar/due-date.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { InputErrors, invalidInput, notFound } from '../../common/errors.js';
import { assertVersion, inTransaction } from '../../common/transaction.js';
import { isId } from '../../common/loader-factories.js';
import type { Context } from '../../context.js';
import { assertAgenciesInScope } from '../access/scope.js';

const FUTURE_TOLERANCE_MS = 5 * 60_000;

interface Route { standard: IServiceStandard | null; entry: IComplaintLevel | null; rule: ReviewRule | null }

/** The route entry and review rule for a level of a standard's complaint route (or the statute). */
async function reviewRoute(em: EntityManager, standard: IServiceStandard | null, level: IComplaint['level'], errors: InputErrors): Promise<Route> {
  if (!standard) return { standard: null, entry: null, rule: statutoryReviewRule(level) };
  const route = await em.find(ComplaintLevel, { standard: standard.id }, { orderBy: { ordinal: 'asc' } });
  const entry = route.find((r) => r.level === level) ?? null;
  if (!entry) {
    errors.add('level', `the complaint route of ${standard.code} v${standard.versionNumber} has no ${level} level (it has ${[...new Set(route.map((r) => r.level))].join(', ') || 'no levels'})`);
    return { standard, entry: null, rule: null };
  }
  const legalBasis = entry.reviewLegalBasis ? await em.findOne(LegalAct, { id: entry.reviewLegalBasis.id }) : null;
  return { standard, entry, rule: routeReviewRule({ reviewValue: entry.reviewValue, reviewUnit: entry.reviewUnit, legalBasisCode: legalBasis?.code ?? null }) };
}

export async function registerComplaint(ctx: Context, args: RegisterComplaintArgs): Promise<IComplaint> {
  return inTransaction(ctx, async (em) => {
    const errors = new InputErrors();
    const now = new Date();
    const registeredAt = args.registeredAt ?? now;
    if (registeredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) errors.add('registeredAt', 'cannot be in the future');
    let application: IApplication | null = null;
    let agencyId: string | null = null;
    let standard: IServiceStandard | null = null;
    if (args.applicationId && (args.agencyId || args.standardId)) {
      throw invalidInput(args.agencyId ? 'agencyId' : 'standardId', 'give either applicationId (the agency and standard are the application\'s) or agencyId with an optional standardId, not both');
    }
    if (args.applicationId) {
      application = await em.findOne(Application, { id: args.applicationId });
      if (!application) throw invalidInput('applicationId', `application "${args.applicationId}" does not exist`);
      agencyId = application.agency.id;
      standard = await em.findOne(ServiceStandard, { id: application.standard.id });
      if (registeredAt.getTime() < application.submittedAt.getTime()) errors.add('registeredAt', `cannot be before the application was submitted (${application.submittedAt.toISOString()})`);
    } else if (args.agencyId) {
      if (!(await em.count(Agency, { id: args.agencyId }))) errors.add('agencyId', `agency "${args.agencyId}" does not exist`);
      agencyId = args.agencyId;
      if (args.standardId) {
        standard = await em.findOne(ServiceStandard, { id: args.standardId });
        if (!standard) errors.add('standardId', `standard version "${args.standardId}" does not exist`);
        else if (standard.status === 'draft') errors.add('standardId', `${standard.code} v${standard.versionNumber} is a draft: complaints concern published versions`);
      }
    } else {
      throw invalidInput('applicationId', 'a complaint is about an application (applicationId) or a provider (agencyId)');
    }
    if (agencyId && !errors.size) await assertAgenciesInScope(ctx, [agencyId], 'the agency complained about');
    const route = await reviewRoute(em, errors.size ? null : standard, args.level, errors);
    errors.throwIfAny();
    const calendar = await currentCalendar(em);
    const rule = route.rule;
    const complaint = em.create(Complaint, {
      application,
      agency: em.getReference(Agency, agencyId!),
      standard,
      standardCode: standard?.code ?? null,
      standardVersion: standard?.versionNumber ?? null,
      channel: application?.channel ?? null,
      level: args.level,
      complaintLevel: route.entry,
      complainant: args.complainant.trim(),
      subject: args.subject,
      registeredAt,
      reviewValue: rule?.value ?? null,
      reviewUnit: rule?.unit ?? null,
      reviewRuleSource: rule?.source ?? 'none',
      reviewDueAt: rule ? computeDueDate({ start: registeredAt, value: rule.value, unit: rule.unit, excludeStartDay: true, calendar }) : null,
      registeredBy: ctx.identity.actor,
    } as never);
    await em.flush();
    recordAudit(em, ctx, 'registerComplaint', 'Complaint', complaint.id, null, { ...snapshot(complaint), reviewBasis: rule?.basis ?? null });
    return complaint;
  });
}

export async function resolveComplaint(ctx: Context, args: ResolveComplaintArgs): Promise<IComplaint> {
  return inTransaction(ctx, async (em) => {
    const complaint = isId(args.id) ? await em.findOne(Complaint, { id: args.id }) : null;
    if (!complaint) throw notFound('Complaint', args.id);
    await assertAgenciesInScope(ctx, [complaint.agency.id], 'the agency complained about');
    if (args.version !== null && args.version !== undefined) assertVersion('Complaint', complaint, args.version);
    if (complaint.resolvedAt) throw invalidInput('id', `the complaint was already resolved at ${complaint.resolvedAt.toISOString()}`);
    const now = new Date();
    const resolvedAt = args.resolvedAt ?? now;
    if (resolvedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) throw invalidInput('resolvedAt', 'cannot be in the future');
    if (resolvedAt.getTime() < complaint.registeredAt.getTime()) throw invalidInput('resolvedAt', `cannot be before the complaint was registered (${complaint.registeredAt.toISOString()})`);
    const before = snapshot(complaint);
    complaint.resolvedAt = resolvedAt;
    complaint.justified = args.justified;
    complaint.resolution = args.resolution ?? null;
    complaint.resolvedOnTime = complaint.reviewDueAt ? resolvedAt.getTime() <= complaint.reviewDueAt.getTime() : null;
    await em.flush();
    recordAudit(em, ctx, 'resolveComplaint', 'Complaint', complaint.id, before, snapshot(complaint));
    return complaint;
  });
}
