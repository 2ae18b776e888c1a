/**
 * Properties every persisted record has: a UUID, timestamps, and an optimistic-lock version that
 * every update must quote (a stale version fails with CONFLICT instead of overwriting).
 */
import { p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export const baseProperties = {
  id: p.uuid().primary().onCreate(() => randomUUID()),
  createdAt: p.datetime().onCreate(() => new Date()),
  updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  version: p.integer().version(),
};

/** Multilingual text: Kazakh is the original; Russian only where known. */
export interface LocalizedText {
  kk: string | null;
  ru?: string | null;
  en: string;
}
