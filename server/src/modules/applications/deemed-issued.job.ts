/**
 * The registry applies the "deemed issued" rule by itself: at start-up and then every
 * DEEMED_ISSUED_SWEEP_MINUTES (default 10; 0 turns the job off) it marks every application whose
 * deadline passed without a decision, where the standard provides for it (application.service.ts,
 * sweepDeemedIssued). Transitions apply the same rule to their own application first, so between
 * two sweeps nothing can be decided against it.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../common/logger.js';
import { createContext, systemIdentity } from '../../context.js';
import { sweepDeemedIssued } from './application.service.js';

export function startDeemedIssuedJob(orm: MikroORM, log: Logger, minutes = Number(process.env.DEEMED_ISSUED_SWEEP_MINUTES ?? 10)): () => Promise<void> {
  if (!Number.isFinite(minutes) || minutes <= 0) return async () => undefined;
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= (async () => {
      try {
        const ctx = createContext(orm.em, 'deemed-issued-sweep', systemIdentity('system:deadline-sweep'), log);
        const marked = await sweepDeemedIssued(ctx);
        if (marked) log.info({ marked }, 'applications deemed issued');
      } catch (error) {
        log.error({ err: error }, 'deemed-issued sweep failed');
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
  void run();
  const timer = setInterval(run, minutes * 60_000);
  timer.unref();
  return async () => { clearInterval(timer); await running; };
}
