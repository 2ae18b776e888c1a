/**
 * Writes to agencies: validation beyond field syntax (unique code, existing parent, no cycles,
 * referenced agencies cannot be deleted), one transaction, one audit row per change.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency, type IAgency } from './agency.entity.js';
import type { AgencyFields, UpdateAgencyArgs } from './agency.inputs.js';
import { InputErrors, AppError, notFound } from '../../common/errors.js';
import { inTransaction, assertVersion } from '../../common/transaction.js';
import { toLocalizedText } from '../../common/localized-text.type.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { findStandardsReferencingAgency } from '../standards/standard-references.js';
import type { Context } from '../../context.js';
import { assertAgenciesInScope } from '../access/scope.js';
import { User } from '../access/user.entity.js';
import { isId } from '../../common/loader-factories.js';

async function applyFields(em: EntityManager, agency: IAgency | null, input: AgencyFields, errors: InputErrors): Promise<Partial<IAgency>> {
  const data: Record<string, unknown> = {};
  if (input.code !== undefined) {
    const clash = await em.findOne(Agency, { code: input.code });
    if (clash && clash.id !== agency?.id) errors.add('code', `an agency with code "${input.code}" already exists`);
    data.code = input.code;
  }
  if (input.kind !== undefined) data.kind = input.kind;
  if (input.name !== undefined) data.name = toLocalizedText(input.name);
  if (input.shortName !== undefined) data.shortName = input.shortName ? toLocalizedText(input.shortName) : null;
  if (input.address !== undefined) data.address = input.address ? toLocalizedText(input.address) : null;
  for (const key of ['bin', 'email', 'website', 'note'] as const) {
    if (input[key] !== undefined) data[key] = input[key] || null;
  }
  if (input.phones !== undefined) data.phones = input.phones;
  if (input.parentId !== undefined) {
    if (input.parentId === null) data.parent = null;
    else if (input.parentId === agency?.id) errors.add('parentId', 'an agency cannot be its own parent');
    else {
      const parent = await em.findOne(Agency, { id: input.parentId });
      if (!parent) errors.add('parentId', `agency "${input.parentId}" does not exist`);
      else if (agency && (await isDescendant(em, parent.id, agency.id))) errors.add('parentId', 'the parent cannot be one of the agency\'s own descendants');
      else data.parent = parent;
    }
  }
  return data as Partial<IAgency>;
}

/** True when `candidate` lies in the subtree below `root`. */
async function isDescendant(em: EntityManager, candidate: string, root: string): Promise<boolean> {
  const rows = await em.getConnection().execute<{ found: boolean }[]>(
    `with recursive sub as (select id from agency where parent_id = ? union all select a.id from agency a join sub on a.parent_id = sub.id)
     select exists(select 1 from sub where id = ?) as found`, [root, candidate]);
  return rows[0]?.found === true;
}

export async function createAgency(ctx: Context, input: AgencyFields): Promise<IAgency> {
  return inTransaction(ctx, async (em) => {
    // A ministryAdmin adds agencies below their subtree (never a new root).
    await assertAgenciesInScope(ctx, [input.parentId], 'the parent agency');
    const errors = new InputErrors();
    if (!input.code) errors.add('code', 'is required');
    if (!input.kind) errors.add('kind', 'is required');
    if (!input.name) errors.add('name', 'is required');
    const data = await applyFields(em, null, input, errors);
    errors.throwIfAny();
    const agency = em.create(Agency, data as never);
    await em.flush();
    recordAudit(em, ctx, 'create', 'Agency', agency.id, null, snapshot(agency));
    return agency;
  });
}

export async function updateAgency(ctx: Context, input: UpdateAgencyArgs): Promise<IAgency> {
  return inTransaction(ctx, async (em) => {
    const agency = await em.findOne(Agency, { id: input.id });
    if (!agency) throw notFound('Agency', input.id);
    await assertAgenciesInScope(ctx, [agency.id], `agency "${agency.code}"`);
    if (input.parentId !== undefined && input.parentId !== (agency.parent?.id ?? null)) {
      await assertAgenciesInScope(ctx, [input.parentId], 'the new parent agency');
    }
    assertVersion('Agency', agency, input.version);
    const before = snapshot(agency);
    const errors = new InputErrors();
    const data = await applyFields(em, agency, input, errors);
    errors.throwIfAny();
    em.assign(agency, data as never);
    await em.flush();
    recordAudit(em, ctx, 'update', 'Agency', agency.id, before, snapshot(agency));
    return agency;
  });
}

export async function deleteAgency(ctx: Context, id: string): Promise<IAgency> {
  return inTransaction(ctx, async (em) => {
    const agency = isId(id) ? await em.findOne(Agency, { id }) : null;
    if (!agency) throw notFound('Agency', id);
    // A ministryAdmin deletes below their own agency, never the agency that defines their scope.
    await assertAgenciesInScope(ctx, [agency.id], `agency "${agency.code}"`);
    if (ctx.identity.agencyId === agency.id) throw new AppError('FORBIDDEN', `agency "${agency.code}" is your own scope; only a superadmin can delete it`);
    const standards = await findStandardsReferencingAgency(em, id);
    if (standards.length) {
      throw new AppError('BAD_USER_INPUT',
        `id: agency "${agency.code}" is referenced by standard${standards.length > 1 ? 's' : ''} ${standards.slice(0, 20).join(', ')}${standards.length > 20 ? ' …' : ''}; remove those references first`,
        { field: 'id', standards });
    }
    const users = await em.count(User, { agency: id });
    if (users) throw new AppError('BAD_USER_INPUT', `id: agency "${agency.code}" is the scope of ${users} user${users > 1 ? 's' : ''}; change or delete them first`, { field: 'id' });
    const children = await em.count(Agency, { parent: id });
    if (children) throw new AppError('BAD_USER_INPUT', `id: agency "${agency.code}" has ${children} child agenc${children > 1 ? 'ies' : 'y'}; move or delete them first`, { field: 'id' });
    const before = snapshot(agency);
    em.remove(agency);
    await em.flush();
    recordAudit(em, ctx, 'delete', 'Agency', id, before, null);
    return Object.assign({}, agency, { id });
  });
}
