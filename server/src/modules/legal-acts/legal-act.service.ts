/**
 * Writes to legal acts and to the relations between them: validation beyond field syntax (unique
 * code, plausible number and dates, relations between distinct acts in date order), one transaction
 * per mutation, one audit row per record changed. Acts that standards or other acts refer to
 * cannot be deleted; the refusal names the referrers.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { ForeignKeyConstraintViolationException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { LegalAct, LegalActRelation, type ILegalAct, type ILegalActRelation } from './legal-act.entity.js';
import type { AddLegalActRelationArgs, LegalActFields, UpdateLegalActArgs, UpdateLegalActRelationArgs } from './legal-act.inputs.js';
import { findOtherReferencesToLegalAct, findStandardsReferencingLegalAct } from './legal-act.references.js';
import { AppError, InputErrors, invalidInput, notFound } from '../../common/errors.js';
import { assertVersion, inTransaction } from '../../common/transaction.js';
import { toLocalizedText } from '../../common/localized-text.type.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { isId } from '../../common/loader-factories.js';
import type { Context } from '../../context.js';

/** Earliest date accepted for an act or its entry into force: catches typos such as 0212-08-31. */
export const EARLIEST_ACT_DATE = '1900-01-01';
/** Latest accepted entry-into-force date (acts may enter into force in the future, not centuries ahead). */
export const LATEST_ENTRY_INTO_FORCE = '2100-12-31';
/** An act number as printed: letters, digits, spaces and - / . ( ), at least one digit, no "№". */
const NUMBER_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} ./()-]*$/u;

/** Today's date in Kazakhstan (YYYY-MM-DD): an act cannot be dated later. */
export function todayInKazakhstan(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const textOrNull = (value: string | null | undefined): string | null => (value && value.trim() !== '' ? value.trim() : null);

/** A relation's audit snapshot with the two acts as ids (snapshot() would embed them whole when they are loaded). */
function relationSnapshot(relation: ILegalActRelation): Record<string, unknown> {
  return { ...snapshot(relation), source: relation.source.id, target: relation.target.id };
}

function listLabel(items: string[], max = 20): string {
  return items.slice(0, max).join(', ') + (items.length > max ? ' …' : '');
}

/** Collects the changes of `input` over `act` (null on create), adding an error per broken rule. */
async function applyFields(em: EntityManager, act: ILegalAct | null, input: LegalActFields, errors: InputErrors): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = {};
  if (input.code !== undefined && input.code !== null) {
    const clash = await em.findOne(LegalAct, { code: input.code });
    if (clash && clash.id !== act?.id) errors.add('code', `a legal act with code "${input.code}" already exists`);
    data.code = input.code;
  } else if (input.code === null && act) errors.add('code', 'cannot be removed');
  if (input.kind !== undefined) {
    if (input.kind === null) { if (act) errors.add('kind', 'cannot be removed'); }
    else data.kind = input.kind;
  }
  if (input.title !== undefined) {
    if (input.title === null) { if (act) errors.add('title', 'cannot be removed'); }
    else data.title = toLocalizedText(input.title);
  }
  if (input.status !== undefined) {
    if (input.status === null) { if (act) errors.add('status', 'cannot be removed (use unknown)'); }
    else data.status = input.status;
  }
  if (input.number !== undefined) {
    const number = textOrNull(input.number);
    if (number !== null) {
      if (/^(№|No\.?\s|N\s)/i.test(number)) errors.add('number', `write the number without "№" (e.g. "${number.replace(/^(№|No\.?|N)\s*/i, '')}")`);
      else if (!NUMBER_PATTERN.test(number) || !/\p{N}/u.test(number)) errors.add('number', `"${number}" does not look like an act number (e.g. "1130", "88-V", "ҚР ДСМ-304/2020")`);
    }
    data.number = number;
  }
  if (input.date !== undefined) {
    if (input.date !== null) {
      if (input.date < EARLIEST_ACT_DATE) errors.add('date', `${input.date} is implausibly early (before ${EARLIEST_ACT_DATE})`);
      else if (input.date > todayInKazakhstan()) errors.add('date', `${input.date} is in the future; an act is dated when it is adopted`);
    }
    data.date = input.date;
  }
  if (input.entryIntoForce !== undefined) {
    if (input.entryIntoForce !== null && (input.entryIntoForce < EARLIEST_ACT_DATE || input.entryIntoForce > LATEST_ENTRY_INTO_FORCE)) {
      errors.add('entryIntoForce', `${input.entryIntoForce} is implausible (expected between ${EARLIEST_ACT_DATE} and ${LATEST_ENTRY_INTO_FORCE})`);
    }
    data.entryIntoForce = input.entryIntoForce;
  }
  if (input.entryIntoForceEstimated !== undefined) data.entryIntoForceEstimated = input.entryIntoForceEstimated ?? false;
  for (const key of ['publication', 'entryIntoForceRule', 'note'] as const) {
    if (input[key] !== undefined) data[key] = textOrNull(input[key]);
  }

  // Rules across fields, on the record as it will be; the error names the field being changed.
  const merged = { ...(act ?? {}), ...data } as Partial<ILegalAct>;
  if (merged.date && merged.entryIntoForce && merged.entryIntoForce < merged.date) {
    const field = input.entryIntoForce !== undefined || input.date === undefined ? 'entryIntoForce' : 'date';
    errors.add(field, `entry into force (${merged.entryIntoForce}) cannot precede the act's date (${merged.date})`);
  }
  if (merged.entryIntoForceEstimated && !merged.entryIntoForce) {
    const field = input.entryIntoForceEstimated !== undefined ? 'entryIntoForceEstimated' : 'entryIntoForce';
    errors.add(field, 'an estimated entry into force needs an entryIntoForce date');
  }
  if (act && data.date && data.date !== act.date) await checkRelationDates(em, act, data.date as string, errors);
  return data;
}

/** A new date must keep the act's relations in order: it amends earlier acts and is amended by later ones. */
async function checkRelationDates(em: EntityManager, act: ILegalAct, date: string, errors: InputErrors): Promise<void> {
  const rows = await em.getConnection().execute<{ problem: string }[]>(
    `select 'it ' || r.kind || ' ' || t.code || ' dated ' || t.date as problem
       from legal_act_relation r join legal_act t on t.id = r.target_id
      where r.source_id = ? and t.date > ?
     union all
     select s.code || ' dated ' || s.date || ' ' || r.kind || ' it' from legal_act_relation r join legal_act s on s.id = r.source_id
      where r.target_id = ? and s.date < ?
     union all
     select 'its change to ' || t.code || ' takes effect on ' || r.effective_date from legal_act_relation r join legal_act t on t.id = r.target_id
      where r.source_id = ? and r.effective_date < ?
     order by 1`, [act.id, date, act.id, date, act.id, date]);
  if (rows.length) errors.add('date', `${date} contradicts the act's relations: ${listLabel(rows.map((r) => r.problem))}`);
}

function mapUniqueCode(error: unknown, code: string | undefined): never {
  if (error instanceof UniqueConstraintViolationException) throw invalidInput('code', `a legal act with code "${code}" already exists`);
  throw error;
}

export async function createLegalAct(ctx: Context, input: LegalActFields): Promise<ILegalAct> {
  return inTransaction(ctx, async (em) => {
    const errors = new InputErrors();
    if (!input.code) errors.add('code', 'is required');
    if (!input.kind) errors.add('kind', 'is required');
    if (!input.title) errors.add('title', 'is required');
    const data = await applyFields(em, null, input, errors);
    errors.throwIfAny();
    const act = em.create(LegalAct, { status: 'unknown', entryIntoForceEstimated: false, ...data } as never);
    await em.flush().catch((error) => mapUniqueCode(error, input.code));
    recordAudit(em, ctx, 'create', 'LegalAct', act.id, null, snapshot(act));
    return act;
  });
}

export async function updateLegalAct(ctx: Context, input: UpdateLegalActArgs): Promise<ILegalAct> {
  return inTransaction(ctx, async (em) => {
    const act = await em.findOne(LegalAct, { id: input.id });
    if (!act) throw notFound('LegalAct', input.id);
    assertVersion('LegalAct', act, input.version);
    const before = snapshot(act);
    const errors = new InputErrors();
    const data = await applyFields(em, act, input, errors);
    errors.throwIfAny();
    em.assign(act, data as never);
    await em.flush().catch((error) => mapUniqueCode(error, input.code));
    recordAudit(em, ctx, 'update', 'LegalAct', act.id, before, snapshot(act));
    return act;
  });
}

export async function deleteLegalAct(ctx: Context, id: string): Promise<ILegalAct> {
  return inTransaction(ctx, async (em) => {
    const act = isId(id) ? await em.findOne(LegalAct, { id }) : null;
    if (!act) throw notFound('LegalAct', id);
    const standards = await findStandardsReferencingLegalAct(em, id);
    if (standards.length) {
      throw new AppError('BAD_USER_INPUT',
        `id: legal act "${act.code}" is referenced by standard${standards.length > 1 ? 's' : ''} ${listLabel(standards)}; remove those references first`,
        { field: 'id', standards });
    }
    const others = await findOtherReferencesToLegalAct(em, id);
    if (others.length) {
      throw new AppError('BAD_USER_INPUT', `id: legal act "${act.code}" is referenced by ${listLabel(others)}; remove those references first`, { field: 'id' });
    }
    const incoming = await em.find(LegalActRelation, { target: id }, { populate: ['source'], orderBy: { source: { code: 'asc' }, kind: 'asc' } });
    if (incoming.length) {
      const labels = incoming.map((r) => `${r.source.getEntity().code} (${r.kind})`);
      throw new AppError('BAD_USER_INPUT',
        `id: legal act "${act.code}" is amended or repealed by ${listLabel(labels)}; remove those relations first`,
        { field: 'id', acts: incoming.map((r) => r.source.getEntity().code) });
    }
    // The act's own amendments and repeals of other acts go with it, each with its audit row.
    const outgoing = await em.find(LegalActRelation, { source: id });
    for (const relation of outgoing) {
      recordAudit(em, ctx, 'delete', 'LegalActRelation', relation.id, relationSnapshot(relation), null);
      em.remove(relation);
    }
    const before = snapshot(act);
    em.remove(act);
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof ForeignKeyConstraintViolationException) {
        throw new AppError('CONFLICT', `legal act "${act.code}" was referenced by another change meanwhile; reload and try again`, { field: 'id' });
      }
      throw error;
    }
    recordAudit(em, ctx, 'delete', 'LegalAct', id, before, null);
    return Object.assign({}, act, { id });
  });
}

// ---------------------------------------------------------------- relations between acts

function checkEffectiveDate(source: ILegalAct, effectiveDate: string | null | undefined, errors: InputErrors): void {
  if (!effectiveDate) return;
  if (effectiveDate < EARLIEST_ACT_DATE || effectiveDate > LATEST_ENTRY_INTO_FORCE) {
    errors.add('effectiveDate', `${effectiveDate} is implausible (expected between ${EARLIEST_ACT_DATE} and ${LATEST_ENTRY_INTO_FORCE})`);
  } else if (source.date && effectiveDate < source.date) {
    errors.add('effectiveDate', `${effectiveDate} precedes the date of ${source.code} (${source.date}); a change cannot take effect before it is made`);
  }
}

export async function addLegalActRelation(ctx: Context, input: AddLegalActRelationArgs): Promise<ILegalActRelation> {
  return inTransaction(ctx, async (em) => {
    const errors = new InputErrors();
    const acts = await em.find(LegalAct, { id: { $in: [input.sourceId, input.targetId] } });
    const source = acts.find((a) => a.id === input.sourceId);
    const target = acts.find((a) => a.id === input.targetId);
    if (!source) errors.add('sourceId', `legal act "${input.sourceId}" does not exist`);
    if (!target) errors.add('targetId', `legal act "${input.targetId}" does not exist`);
    if (input.sourceId === input.targetId) errors.add('targetId', `an act cannot ${input.kind === 'amends' ? 'amend' : 'repeal'} itself`);
    else if (source && target) {
      if (source.date && target.date && target.date > source.date) {
        errors.add('targetId', `${target.code} (${target.date}) is later than ${source.code} (${source.date}); an act can only amend or repeal an earlier act`);
      }
      const existing = await em.findOne(LegalActRelation, { source: source.id, target: target.id, kind: input.kind });
      if (existing) errors.add('targetId', `${source.code} already ${input.kind} ${target.code} (relation ${existing.id}); update that relation instead`);
    }
    if (source) checkEffectiveDate(source, input.effectiveDate, errors);
    errors.throwIfAny();
    const relation = em.create(LegalActRelation, {
      kind: input.kind,
      source: source!,
      target: target!,
      clauses: input.clauses ?? [],
      effectiveDate: input.effectiveDate ?? null,
      note: textOrNull(input.note),
    } as never);
    await em.flush();
    recordAudit(em, ctx, 'create', 'LegalActRelation', relation.id, null, relationSnapshot(relation));
    return relation;
  });
}

export async function updateLegalActRelation(ctx: Context, input: UpdateLegalActRelationArgs): Promise<ILegalActRelation> {
  return inTransaction(ctx, async (em) => {
    const relation = await em.findOne(LegalActRelation, { id: input.id }, { populate: ['source'] });
    if (!relation) throw notFound('LegalActRelation', input.id);
    assertVersion('LegalActRelation', relation, input.version);
    const before = relationSnapshot(relation);
    const errors = new InputErrors();
    const data: Record<string, unknown> = {};
    if (input.clauses !== undefined) data.clauses = input.clauses ?? [];
    if (input.effectiveDate !== undefined) {
      checkEffectiveDate(relation.source.getEntity(), input.effectiveDate, errors);
      data.effectiveDate = input.effectiveDate;
    }
    if (input.note !== undefined) data.note = textOrNull(input.note);
    errors.throwIfAny();
    em.assign(relation, data as never);
    await em.flush();
    recordAudit(em, ctx, 'update', 'LegalActRelation', relation.id, before, relationSnapshot(relation));
    return relation;
  });
}

export async function removeLegalActRelation(ctx: Context, id: string): Promise<ILegalActRelation> {
  return inTransaction(ctx, async (em) => {
    const relation = isId(id) ? await em.findOne(LegalActRelation, { id }) : null;
    if (!relation) throw notFound('LegalActRelation', id);
    const before = relationSnapshot(relation);
    em.remove(relation);
    await em.flush();
    recordAudit(em, ctx, 'delete', 'LegalActRelation', id, before, null);
    return Object.assign({}, relation, { id });
  });
}
