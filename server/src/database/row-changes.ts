/**
 * Changes to a few rarely-written tables, pushed by PostgreSQL: triggers (migration
 * …_row_changes) `pg_notify('qz_row_change', '<table>[:<key>]')` when a row of app_session, app_user,
 * api_key, agency or service_standard changes, and this process LISTENs on one connection of its own.
 *
 * It lets per-process caches of those rows (who a session belongs to, the agency tree, which
 * standard version is in force) skip a statement per request and still see every change, whoever
 * made it: another Qyzmet process, a migration, an operator with psql. A notification is sent at
 * commit, so a cache never sees a change the database may still roll back.
 *
 * Caches may serve entries only while `live`: when the listening connection drops (database
 * restart, network), nothing is known about changes made meanwhile, so every subscriber is told to
 * forget everything (key null) and caches fall back to reading the database until LISTEN is back.
 * ROW_CACHES=off keeps it down for good (e.g. behind a transaction-pooling proxy that loses
 * notifications).
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Logger } from '../common/logger.js';

export const CHANGE_CHANNEL = 'qz_row_change';

/** `key` is the row's key named by the trigger (e.g. a session's token hash), or null for "anything may have changed". */
export type ChangeListener = (key: string | null) => void;

const RETRY_MS = [100, 250, 500, 1000, 2000, 5000];
/** A fence that has not come back by then means the connection is broken: start over. */
const FENCE_TIMEOUT_MS = 2000;
const FENCE = 'fence';

export class RowChanges {
  private client: pg.Client | undefined;
  private readonly listeners = new Map<string, Set<ChangeListener>>();
  private stopped = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private attempts = 0;
  private isLive = false;
  /** Fences sent and not yet received back, by id (ids are unique across processes). */
  private readonly fences = new Map<string, () => void>();
  private readonly fencePrefix = randomUUID();
  private fenceCount = 0;

  constructor(private readonly connectionString: string | null, private readonly log: Logger) {}

  /** True while changes are being received: only then may a cache answer from memory. */
  get live(): boolean {
    return this.isLive;
  }

  /** Calls `listener` on every change to `table`; returns the unsubscribe function. */
  on(table: string, listener: ChangeListener): () => void {
    let set = this.listeners.get(table);
    if (!set) this.listeners.set(table, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /** Connects and listens; never throws (a database that is down now is retried in the background). */
  async start(): Promise<void> {
    if (!this.connectionString) return;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.goDown();
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /**
   * Resolves once every change committed before the call has been delivered to the listeners, so a
   * write this process just made is never answered from a stale cache by its next request.
   * Notifications of different transactions arrive in commit order: a notification of our own,
   * sent now, comes back after all of them. Immediate when the feed is not live (caches are off).
   */
  async sync(): Promise<void> {
    const client = this.client;
    if (!this.isLive || !client) return;
    const id = `${this.fencePrefix}.${++this.fenceCount}`;
    let timer: NodeJS.Timeout | undefined;
    const back = new Promise<boolean>((resolve) => {
      this.fences.set(id, () => resolve(true));
      timer = setTimeout(() => resolve(false), FENCE_TIMEOUT_MS);
    });
    try {
      await client.query('select pg_notify($1, $2)', [CHANGE_CHANNEL, `${FENCE}:${id}`]);
      if (!(await back)) this.lost(client, new Error(`no notification back within ${FENCE_TIMEOUT_MS} ms`));
    } catch (error) {
      this.lost(client, error as Error);
    } finally {
      clearTimeout(timer);
      this.fences.delete(id);
    }
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString!, application_name: 'qyzmet-row-changes', keepAlive: true, connectionTimeoutMillis: 5000 });
    // An unhandled 'error' would be fatal; a dropped connection only means "not live" until reconnected.
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    client.on('notification', (message) => this.deliver(message.payload ?? ''));
    this.client = client;
    try {
      await client.connect();
      await client.query(`listen ${CHANGE_CHANNEL}`);
      if (this.stopped || this.client !== client) { await client.end().catch(() => undefined); return; }
      // Whatever changed while nobody listened is unknown: start from empty caches.
      this.forgetEverything();
      this.isLive = true;
      this.attempts = 0;
    } catch (error) {
      this.lost(client, error as Error);
    }
  }

  private lost(client: pg.Client, error?: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    if (this.isLive) this.log.warn({ err: error }, 'row-change feed lost its connection: caches read the database until it is back');
    this.goDown();
    if (this.stopped) return;
    const delay = RETRY_MS[Math.min(this.attempts++, RETRY_MS.length - 1)];
    this.retryTimer = setTimeout(() => { void this.connect(); }, delay);
    this.retryTimer.unref();
  }

  private goDown(): void {
    const wasLive = this.isLive;
    this.isLive = false;
    for (const release of this.fences.values()) release();
    if (wasLive) this.forgetEverything();
  }

  private forgetEverything(): void {
    for (const set of this.listeners.values()) for (const listener of set) listener(null);
  }

  private deliver(payload: string): void {
    const colon = payload.indexOf(':');
    const table = colon < 0 ? payload : payload.slice(0, colon);
    const key = colon < 0 ? null : payload.slice(colon + 1);
    if (table === FENCE) return this.fences.get(key ?? '')?.();
    for (const listener of this.listeners.get(table) ?? []) listener(key);
  }
}
