import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AgencyType } from '../agencies/agency.type.js';
import { Agency } from '../agencies/agency.entity.js';
import { ServiceStandard } from '../standards/service-standard.entity.js';
import { CAN_CONFIGURE, CAN_READ_INTERNAL } from '../access/roles.js';
import { agenciesInScope } from '../access/scope.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { inTransaction } from '../../common/transaction.js';
import { InputErrors, invalidInput, notFound } from '../../common/errors.js';
import { isId } from '../../common/loader-factories.js';
import type { Context } from '../../context.js';
import { ClosedIndicatorPeriod, IndicatorManualValueType, IndicatorRankingEntry, IndicatorTargetType, OverdueSummary, QualityReport } from './indicator.types.js';
import { IndicatorManualValueInput, IndicatorTargetInput, QualityReportFilter } from './indicator.inputs.js';
import { closePeriod, overdueApplications, qualityReport, type QualityReportResult } from './indicator.service.js';
import { IndicatorManualValue, IndicatorTarget, type IIndicatorManualValue, type IIndicatorTarget } from './indicator.entities.js';
import { EXTRA_INDICATORS } from './indicator-formulas.js';
import { QualityIndicatorDefinition } from '../standards/quality-indicator-definition.entity.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The agencies a caller may report on: the filter intersected with their scope (operators, ministry admins). */
async function scopedAgencies(ctx: Context, agencyIds: string[] | null | undefined): Promise<string[] | null> {
  const scope = await agenciesInScope(ctx);
  if (scope === 'all' || ctx.identity.roles.includes('analyst')) return agencyIds ?? null;
  return agencyIds ? agencyIds.filter((id) => scope.has(id)) : [...scope];
}

async function checkIndicator(ctx: Context, errors: InputErrors, standardCode: string, indicatorCode: string, year: number, value: number, valueField: string) {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) errors.add('year', 'must be a year between 2000 and 2100');
  if (!Number.isFinite(value) || value < 0 || value > 100) errors.add(valueField, 'must be a percentage from 0 to 100');
  if (!(await ctx.em.count(ServiceStandard, { code: standardCode }))) errors.add('standardCode', `no standard has code "${standardCode}"`);
  else if (!EXTRA_INDICATORS.some((x) => x.code === indicatorCode)
    && !(await ctx.em.count(QualityIndicatorDefinition, { code: indicatorCode, standard: { code: standardCode } }))) {
    errors.add('indicatorCode', `the indicator table of "${standardCode}" has no indicator "${indicatorCode}"`);
  }
}

@Resolver(() => QualityReport)
export class QualityReportResolver {
  @Authorized(...CAN_READ_INTERNAL)
  @Query(() => QualityReport, { description: 'Quality indicators for a year or month range: normative, target and the current value computed from the counters (closed months from their frozen snapshot). Operators and ministry admins see their agencies only.' })
  async qualityReport(@Arg('filter', () => QualityReportFilter, { description: 'Period and narrowing' }) filter: QualityReportFilter, @Ctx() ctx: Context): Promise<QualityReportResult> {
    return qualityReport(ctx.em, { ...filter, agencyIds: await scopedAgencies(ctx, filter.agencyIds) });
  }

  @Authorized(...CAN_CONFIGURE)
  @Mutation(() => ClosedIndicatorPeriod, { description: 'Closes a year (or one month of it): its counters are frozen into a snapshot that reports read from then on, whatever changes later. Only ended months; closing twice changes nothing.' })
  async closeIndicatorPeriod(
    @Arg('year', () => Int, { description: 'Year' }) year: number,
    @Arg('month', () => Int, { nullable: true, description: 'Month 1–12; omit to close the whole year' }) month: number | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<ClosedIndicatorPeriod> {
    return inTransaction(ctx, async (em) => {
      const closedMonths = await closePeriod(em, year, month, ctx.identity.actor);
      recordAudit(em, ctx, 'closePeriod', 'IndicatorPeriod', month ? `${year}-${String(month).padStart(2, '0')}` : String(year), null, { closedMonths });
      await em.flush();
      return { closedMonths };
    });
  }
}

@Resolver(() => IndicatorRankingEntry)
export class IndicatorRankingEntryResolver {
  @FieldResolver(() => AgencyType, { nullable: true, description: 'The agency' })
  agency(@Root() entry: IndicatorRankingEntry, @Ctx() ctx: Context) { return ctx.loaders.agency.load(entry.agencyId); }
}

@Resolver(() => OverdueSummary)
export class OverdueSummaryResolver {
  @Authorized(...CAN_READ_INTERNAL)
  @Query(() => [OverdueSummary], { description: 'Per agency: open applications whose deadline runs, how many are overdue and how many fall due soon (one grouped read of the open-deadline index)' })
  async overdueApplications(
    @Arg('agencyIds', () => [ID], { nullable: true, description: 'Only these agencies (default: all in your scope)' }) agencyIds: string[] | null | undefined,
    @Arg('withinHours', () => Int, { defaultValue: 72, description: 'How far ahead "due soon" looks, in hours' }) withinHours: number,
    @Ctx() ctx: Context,
  ): Promise<OverdueSummary[]> {
    if (withinHours < 0 || withinHours > 24 * 366) throw invalidInput('withinHours', 'must be 0 to 8784 hours');
    return overdueApplications(ctx.em, await scopedAgencies(ctx, agencyIds), withinHours);
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: 'The agency' })
  agency(@Root() summary: OverdueSummary, @Ctx() ctx: Context) { return ctx.loaders.agency.load(summary.agencyId); }
}

@Resolver(() => IndicatorTargetType)
export class IndicatorTargetResolver {
  @Authorized(...CAN_READ_INTERNAL)
  @Query(() => [IndicatorTargetType], { description: 'Approved yearly targets' })
  indicatorTargets(
    @Arg('year', () => Int, { nullable: true, description: 'Only this year' }) year: number | null | undefined,
    @Arg('standardCode', () => String, { nullable: true, description: 'Only this standard' }) standardCode: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<IIndicatorTarget[]> {
    return ctx.em.find(IndicatorTarget, { ...(year != null ? { year } : {}), ...(standardCode ? { standardCode } : {}) },
      { orderBy: { year: 'desc', standardCode: 'asc', indicatorCode: 'asc' }, limit: 5000 });
  }

  @Authorized(...CAN_CONFIGURE)
  @Mutation(() => IndicatorTargetType, { description: 'Sets the approved target of an indicator for a year (replaces the one set before)' })
  async setIndicatorTarget(@Arg('input', () => IndicatorTargetInput, { description: 'The target and its approving order' }) input: IndicatorTargetInput, @Ctx() ctx: Context): Promise<IIndicatorTarget> {
    const errors = new InputErrors();
    await checkIndicator(ctx, errors, input.standardCode, input.indicatorCode, input.year, input.target, 'target');
    if (!DATE.test(input.approvedAt) || Number.isNaN(Date.parse(input.approvedAt))) errors.add('approvedAt', 'must be a date as YYYY-MM-DD');
    if (!input.approvedBy.trim()) errors.add('approvedBy', 'name the approving order');
    errors.throwIfAny();
    return inTransaction(ctx, async (em) => {
      const existing = await em.findOne(IndicatorTarget, { standardCode: input.standardCode, indicatorCode: input.indicatorCode, year: input.year });
      const before = snapshot(existing);
      const fields = { target: input.target, approvedBy: input.approvedBy.trim(), approvedAt: input.approvedAt, approver: input.approver ?? null };
      const target = existing ? em.assign(existing, fields) : em.create(IndicatorTarget, { ...input, ...fields } as never);
      await em.flush();
      recordAudit(em, ctx, existing ? 'update' : 'create', 'IndicatorTarget', target.id, before, snapshot(target));
      await em.flush();
      return target;
    });
  }

  @Authorized(...CAN_CONFIGURE)
  @Mutation(() => Boolean, { description: 'Deletes an approved target (the printed target applies again)' })
  async deleteIndicatorTarget(@Arg('id', () => ID, { description: 'Id of the target' }) id: string, @Ctx() ctx: Context): Promise<boolean> {
    if (!isId(id)) throw notFound('IndicatorTarget', id);
    return inTransaction(ctx, async (em) => {
      const target = await em.findOne(IndicatorTarget, { id });
      if (!target) throw notFound('IndicatorTarget', id);
      recordAudit(em, ctx, 'delete', 'IndicatorTarget', id, snapshot(target), null);
      em.remove(target);
      await em.flush();
      return true;
    });
  }
}

@Resolver(() => IndicatorManualValueType)
export class IndicatorManualValueResolver {
  @Authorized(...CAN_READ_INTERNAL)
  @Query(() => [IndicatorManualValueType], { description: 'Indicator values entered by hand' })
  indicatorManualValues(
    @Arg('year', () => Int, { nullable: true, description: 'Only this year' }) year: number | null | undefined,
    @Arg('standardCode', () => String, { nullable: true, description: 'Only this standard' }) standardCode: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<IIndicatorManualValue[]> {
    return ctx.em.find(IndicatorManualValue, { ...(year != null ? { year } : {}), ...(standardCode ? { standardCode } : {}) },
      { orderBy: { year: 'desc', standardCode: 'asc', indicatorCode: 'asc' }, limit: 5000 });
  }

  @Authorized(...CAN_CONFIGURE)
  @Mutation(() => IndicatorManualValueType, { description: 'Enters the value of an indicator that has no event source (replaces the value set before for the same standard, indicator, agency and year)' })
  async setIndicatorManualValue(@Arg('input', () => IndicatorManualValueInput, { description: 'The value and its source' }) input: IndicatorManualValueInput, @Ctx() ctx: Context): Promise<IIndicatorManualValue> {
    const errors = new InputErrors();
    await checkIndicator(ctx, errors, input.standardCode, input.indicatorCode, input.year, input.value, 'value');
    if (input.agencyId && (!isId(input.agencyId) || !(await ctx.em.count(Agency, { id: input.agencyId })))) errors.add('agencyId', `agency "${input.agencyId}" does not exist`);
    if (!input.sourceNote.trim()) errors.add('sourceNote', 'say where the value comes from');
    errors.throwIfAny();
    return inTransaction(ctx, async (em) => {
      const existing = await em.findOne(IndicatorManualValue, { standardCode: input.standardCode, indicatorCode: input.indicatorCode, year: input.year, agencyId: input.agencyId ?? null });
      const before = snapshot(existing);
      const fields = { value: input.value, sourceNote: input.sourceNote.trim(), recordedBy: ctx.identity.actor };
      const value = existing ? em.assign(existing, fields) : em.create(IndicatorManualValue, { ...input, agencyId: input.agencyId ?? null, ...fields } as never);
      await em.flush();
      recordAudit(em, ctx, existing ? 'update' : 'create', 'IndicatorManualValue', value.id, before, snapshot(value));
      await em.flush();
      return value;
    });
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: 'The agency; null = the standard as a whole' })
  agency(@Root() value: IIndicatorManualValue, @Ctx() ctx: Context) { return value.agencyId ? ctx.loaders.agency.load(value.agencyId) : null; }
}

export const indicatorResolvers = [QualityReportResolver, IndicatorRankingEntryResolver, OverdueSummaryResolver, IndicatorTargetResolver, IndicatorManualValueResolver] as const;
