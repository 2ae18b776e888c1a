/**
 * The life of a standard: drafts are created and edited; publishing freezes a draft and closes the
 * previous version's validity; repealing ends a published version. Published versions never change
 * (except that a successor or a repeal closes their validTo). Every operation is one transaction
 * with one audit row.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { ServiceStandard, type IServiceStandard } from './service-standard.entity.js';
import { LegalAct } from '../legal-acts/legal-act.entity.js';
import type { ServiceStandardFields, UpdateServiceStandardArgs } from './service-standard.inputs.js';
import { applyInput, emptyContent } from './standard-input.js';
import { loadReferences, readStandardContent, referencedCodes, writeStandardContent } from './standard-content.js';
import { standardContent, type StandardContent } from '../../corpus/corpus.schema.js';
import { checkStandardIntegrity } from '../../corpus/corpus.read.js';
import { AppError, InputErrors, invalidInput, notFound } from '../../common/errors.js';
import { assertVersion, inTransaction } from '../../common/transaction.js';
import { isId } from '../../common/loader-factories.js';
import { recordAudit } from '../audit/audit.service.js';
import { recordStandardChange } from '../open-data/standard-change.service.js';
import type { Context } from '../../context.js';
import { assertAgenciesInScope } from '../access/scope.js';

/** A ministryAdmin writes only standards whose provider lies in their agency subtree. */
const assertProviderInScope = (ctx: Context, standard: IServiceStandard) =>
  assertAgenciesInScope(ctx, [standard.provider.id], `the provider of "${standard.code}"`);

/** "$.deadlines.0.value" (corpus path) → "deadlines.0.value" (field path of the mutation). */
const fieldPath = (path: string) => path.replace(/^\$\.?/, '') || 'input';

/** Schema rules (types, required fields, ranges) and cross-part rules, all reported at once. */
async function validateContent(em: EntityManager, content: StandardContent, errors: InputErrors): Promise<StandardContent> {
  const parsed = standardContent.safeParse(content);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors.add(issue.path.join('.') || 'input', issue.message);
    errors.throwIfAny();
  }
  const value = parsed.data!;
  const codes = referencedCodes(value);
  const refs = await loadReferences(em, codes.agencies, codes.acts);
  for (const problem of checkStandardIntegrity(value, new Set(refs.agencies.keys()), new Set(refs.acts.keys()))) {
    errors.add(fieldPath(problem.path), problem.message);
  }
  errors.throwIfAny();
  return value;
}

async function saveContent(em: EntityManager, standard: IServiceStandard, content: StandardContent): Promise<void> {
  const codes = referencedCodes(content);
  await writeStandardContent(em, standard, content, await loadReferences(em, codes.agencies, codes.acts));
  await em.flush();
}

async function findStandard(em: EntityManager, id: string): Promise<IServiceStandard> {
  const standard = isId(id) ? await em.findOne(ServiceStandard, { id }) : null;
  if (!standard) throw notFound('ServiceStandard', id);
  return standard;
}

function assertDraft(standard: IServiceStandard): void {
  if (standard.status !== 'draft') {
    throw new AppError('BAD_USER_INPUT',
      `id: version ${standard.versionNumber} of "${standard.code}" is ${standard.status} and cannot be edited; create a new draft with createStandardDraft("${standard.code}")`,
      { field: 'id' });
  }
}

const summary = (s: IServiceStandard) => ({ code: s.code, versionNumber: s.versionNumber, status: s.status, validFrom: s.validFrom, validTo: s.validTo });

export async function createStandard(ctx: Context, input: ServiceStandardFields): Promise<IServiceStandard> {
  return inTransaction(ctx, async (em) => {
    if (input.providerId) await assertAgenciesInScope(ctx, [input.providerId], 'the provider');
    const errors = new InputErrors();
    if (input.code && (await em.count(ServiceStandard, { code: input.code }))) {
      throw invalidInput('code', `a standard with code "${input.code}" already exists; edit it through createStandardDraft("${input.code}")`);
    }
    const content = await validateContent(em, await applyInput(em, emptyContent() as StandardContent, input, errors), errors);
    const standard = em.create(ServiceStandard, { code: content.code, versionNumber: 1, status: 'draft' } as never);
    await saveContent(em, standard, content);
    recordAudit(em, ctx, 'create', 'ServiceStandard', standard.id, null, content);
    return standard;
  });
}

export async function updateStandard(ctx: Context, input: UpdateServiceStandardArgs): Promise<IServiceStandard> {
  return inTransaction(ctx, async (em) => {
    const standard = await findStandard(em, input.id);
    await assertProviderInScope(ctx, standard);
    if (input.providerId !== undefined && input.providerId !== standard.provider.id) await assertAgenciesInScope(ctx, [input.providerId], 'the new provider');
    assertVersion('ServiceStandard', standard, input.version);
    assertDraft(standard);
    if (input.code !== undefined && input.code !== standard.code) throw invalidInput('code', 'the code of a standard cannot change');
    const before = await readStandardContent(em, standard);
    const errors = new InputErrors();
    const content = await validateContent(em, await applyInput(em, before, input, errors), errors);
    await saveContent(em, standard, content);
    // Parts live in their own tables: bump the standard's version even when only parts changed.
    standard.updatedAt = new Date();
    await em.flush();
    recordAudit(em, ctx, 'update', 'ServiceStandard', standard.id, before, content);
    return standard;
  });
}

export async function deleteStandard(ctx: Context, id: string): Promise<IServiceStandard> {
  return inTransaction(ctx, async (em) => {
    const standard = await findStandard(em, id);
    await assertProviderInScope(ctx, standard);
    assertDraft(standard);
    const before = await readStandardContent(em, standard);
    em.remove(standard);
    await em.flush();
    recordAudit(em, ctx, 'delete', 'ServiceStandard', id, before, null);
    return Object.assign(Object.create(Object.getPrototypeOf(standard)), standard, { id });
  });
}

/** Copies the newest version of `code` into a new draft (one draft per code at a time). */
export async function createStandardDraft(ctx: Context, code: string): Promise<IServiceStandard> {
  return inTransaction(ctx, async (em) => {
    const versions = await em.find(ServiceStandard, { code }, { orderBy: { versionNumber: 'desc' } });
    if (!versions.length) throw invalidInput('code', `no standard has code "${code}"`);
    await assertProviderInScope(ctx, versions[0]);
    const draft = versions.find((v) => v.status === 'draft');
    if (draft) throw new AppError('CONFLICT', `code: "${code}" already has a draft (version ${draft.versionNumber}, id ${draft.id}); edit or delete it first`, { field: 'code', id: draft.id });
    const latest = versions[0];
    const content = await readStandardContent(em, latest);
    const copy = em.create(ServiceStandard, { code, versionNumber: latest.versionNumber + 1, status: 'draft', basedOn: latest } as never);
    await saveContent(em, copy, { ...content, validFrom: null, validTo: null, repealedBy: null, validFromEstimated: false });
    recordAudit(em, ctx, 'createDraft', 'ServiceStandard', copy.id, null, { ...summary(copy), basedOn: latest.id });
    return copy;
  });
}

/**
 * Publishes a draft from `validFrom`. The version in force before it ends the day before
 * (validTo = validFrom, exclusive); publishing before that version began is refused.
 */
export async function publishStandard(ctx: Context, id: string, validFrom: string, version: number | undefined): Promise<IServiceStandard> {
  return inTransaction(ctx, async (em) => {
    const standard = await findStandard(em, id);
    await assertProviderInScope(ctx, standard);
    if (version !== undefined) assertVersion('ServiceStandard', standard, version);
    assertDraft(standard);
    if (!standard.approvedBy) throw invalidInput('approvedById', 'a standard is published by an approving act: set approvedById on the draft first');
    const previous = await em.find(ServiceStandard, { code: standard.code, status: 'published', id: { $ne: standard.id } }, { orderBy: { versionNumber: 'desc' } });
    for (const p of previous) {
      if (p.validFrom && p.validFrom >= validFrom) {
        throw invalidInput('validFrom', `must be after ${p.validFrom}, when version ${p.versionNumber} came into force`);
      }
      if (!p.validTo || p.validTo > validFrom) {
        const before = summary(p);
        p.validTo = validFrom;
        recordAudit(em, ctx, 'supersede', 'ServiceStandard', p.id, before, summary(p));
      }
    }
    const before = summary(standard);
    standard.status = 'published';
    standard.validFrom = validFrom;
    standard.validTo = null;
    standard.publishedAt = new Date();
    await em.flush();
    recordAudit(em, ctx, 'publish', 'ServiceStandard', standard.id, before, summary(standard));
    await recordStandardChange(em, ctx, 'published', standard);
    return standard;
  });
}

/** Repeals the published version of `code` in force on `date` (and any later one) by an act. */
export async function repealStandard(ctx: Context, code: string, actId: string, date: string): Promise<IServiceStandard> {
  return inTransaction(ctx, async (em) => {
    const published = await em.find(ServiceStandard, { code, status: 'published' }, { orderBy: { versionNumber: 'desc' } });
    for (const s of published) await assertProviderInScope(ctx, s);
    const act = isId(actId) ? await em.findOne(LegalAct, { id: actId }) : null;
    if (!act) throw invalidInput('actId', `legal act "${actId}" does not exist`);
    if (!published.length) throw invalidInput('code', `no published version of "${code}" to repeal`);
    const latest = published[0];
    if (latest.validFrom && date <= latest.validFrom) throw invalidInput('date', `must be after ${latest.validFrom}, when version ${latest.versionNumber} came into force`);
    for (const s of published) {
      if (s.validTo && s.validTo <= date) continue;
      const before = summary(s);
      Object.assign(s, { status: 'repealed', validTo: date, repealedBy: act, repealedOn: date });
      recordAudit(em, ctx, 'repeal', 'ServiceStandard', s.id, before, { ...summary(s), repealedBy: act.code });
    }
    await em.flush();
    await recordStandardChange(em, ctx, 'repealed', latest);
    return latest;
  });
}
