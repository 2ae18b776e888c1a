/**
 * The change feed: publishing or repealing a standard records what changed (against the version
 * before it, part by part) and enqueues the webhooks that announce it, all in the transaction of
 * the publication itself.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { ServiceStandard, type IServiceStandard } from '../standards/service-standard.entity.js';
import { readStandardContent } from '../standards/standard-content.js';
import { LegalAct } from '../legal-acts/legal-act.entity.js';
import { StandardChange, type IStandardChange, type StandardChangeEvent } from './standard-change.entity.js';
import { diffStandardContent, type PartChange } from './standard-diff.js';
import { enqueueWebhooks } from './webhook.service.js';
import type { Context } from '../../context.js';

/** The version a newly published one replaces: the newest earlier non-draft version of its code. */
async function previousVersion(em: EntityManager, standard: IServiceStandard): Promise<IServiceStandard | null> {
  return em.findOne(ServiceStandard, {
    code: standard.code, status: { $in: ['published', 'repealed'] }, versionNumber: { $lt: standard.versionNumber },
  }, { orderBy: { versionNumber: 'desc' } });
}

async function changesOf(em: EntityManager, event: StandardChangeEvent, standard: IServiceStandard, previous: IServiceStandard | null): Promise<PartChange[]> {
  if (event === 'repealed') {
    const act = standard.repealedBy ? await em.findOne(LegalAct, { id: standard.repealedBy.id }) : null;
    return [{
      part: 'status', kind: 'changed', key: 'status', clause: null, fields: ['status', 'validTo', 'repealedBy'],
      before: { status: 'published' }, after: { status: 'repealed', validTo: standard.validTo ?? null, repealedBy: act?.code ?? null },
    }];
  }
  if (!previous) return [{ part: 'standard', kind: 'added', key: standard.code, clause: null, fields: [], before: null, after: { code: standard.code, versionNumber: standard.versionNumber } }];
  const [before, after] = await Promise.all([readStandardContent(em, previous), readStandardContent(em, standard)]);
  return diffStandardContent(before, after);
}

/** The webhook body of a change (the delivery id and event name are added per delivery). */
export function changePayload(change: IStandardChange): Record<string, unknown> {
  return {
    occurredAt: change.at.toISOString(),
    change: {
      id: change.id, event: change.event, code: change.code, standardId: change.standard.id, versionNumber: change.versionNumber,
      previousVersionNumber: change.previousVersionNumber ?? null, effectiveDate: change.effectiveDate ?? null, changes: change.changes,
    },
  };
}

/**
 * Records that `standard` was just published or repealed (called by the standards service inside
 * its transaction, after its own flush) and enqueues one webhook delivery per active subscription.
 */
export async function recordStandardChange(em: EntityManager, ctx: Pick<Context, 'requestId'>, event: StandardChangeEvent, standard: IServiceStandard): Promise<IStandardChange> {
  const previous = event === 'published' ? await previousVersion(em, standard) : null;
  const change = em.create(StandardChange, {
    id: randomUUID(), event, code: standard.code, standard, versionNumber: standard.versionNumber, previousVersionNumber: previous?.versionNumber ?? null,
    effectiveDate: event === 'published' ? standard.validFrom ?? null : standard.repealedOn ?? standard.validTo ?? null,
    changes: await changesOf(em, event, standard, previous), requestId: ctx.requestId, at: new Date(),
  } as never);
  await enqueueWebhooks(em, `standard.${event}`, change.id, changePayload(change));
  await em.flush();
  return change;
}
