/**
 * What every part of a standard (deadline, document, refusal ground …) has: the version it belongs
 * to (parts are copied with the version, never shared), its place in the law's order, and its
 * provenance (clause, amending act, a note flagging errors of the source text).
 */
import { p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ServiceStandard } from './service-standard.entity.js';
import { LegalAct } from '../legal-acts/legal-act.entity.js';

export const standardPartProperties = {
  id: p.uuid().primary().onCreate(() => randomUUID()),
  standard: () => p.manyToOne(ServiceStandard).ref().deleteRule('cascade').index(),
  ordinal: p.integer(),
  clause: p.string().nullable(),
  amendedBy: () => p.manyToOne(LegalAct).ref().nullable().deleteRule('restrict'),
  note: p.text().nullable(),
};
