/**
 * The transaction helper against real PostgreSQL: a deadlock (40P01) and a serialization failure
 * (40001) are retried inside the server until both writers succeed, each exactly once (the rolled
 * back attempt leaves nothing); a conflict that never clears ends as CONFLICT, not an internal error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import { openOrm } from '../../server/src/db.js';
import { inTransaction, transactionWithRetry, TRANSACTION_ATTEMPTS } from '../../server/src/common/transaction.js';
import { createLogger } from '../../server/src/common/logger.js';
import type { Context } from '../../server/src/context.js';
import { createTestDatabase } from '../support/database.js';

let orm: MikroORM;
beforeAll(async () => {
  orm = await openOrm(await createTestDatabase());
  await orm.em.getConnection().execute(`create table rt_account (id int primary key, balance int not null);
    create table rt_log (id serial primary key, writer text not null);
    insert into rt_account values (1, 0), (2, 0)`);
});
afterAll(() => orm.close(true));

/** Resolves when `count` parties have arrived; parties arriving later pass at once. */
function barrier(count: number) {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => { open = resolve; });
  return () => { if (++arrived >= count) open(); return opened; };
}

async function rows<T>(sql: string): Promise<T[]> {
  return orm.em.getConnection().execute<T[]>(sql);
}

describe('deadlocks and serialization failures are retried inside the server', () => {
  it('two writers locking two rows in opposite orders: one deadlocks, is retried, both apply once', async () => {
    await orm.em.getConnection().execute('update rt_account set balance = 0; truncate rt_log');
    const bothLockedFirst = barrier(2);
    const attempts = { a: 0, b: 0 };
    const retries: string[] = [];
    const transfer = (writer: 'a' | 'b', first: number, second: number) => transactionWithRetry(orm.em.fork() as EntityManager, async (em) => {
      attempts[writer]++;
      await em.execute('insert into rt_log (writer) values (?)', [writer]);
      await em.execute('update rt_account set balance = balance + 1 where id = ?', [first]);
      await bothLockedFirst();
      await em.execute('update rt_account set balance = balance + 1 where id = ?', [second]);
    }, (_attempt, error) => retries.push((error as { code: string }).code));
    await Promise.all([transfer('a', 1, 2), transfer('b', 2, 1)]);
    expect(retries).toEqual(['40P01']);
    expect(attempts.a + attempts.b).toBe(3);
    expect(await rows('select id, balance from rt_account order by id')).toEqual([{ id: 1, balance: 2 }, { id: 2, balance: 2 }]);
    // The deadlocked attempt's log row was rolled back with it: one row per writer.
    expect(await rows('select writer from rt_log order by writer')).toEqual([{ writer: 'a' }, { writer: 'b' }]);
  });

  it('two serializable transactions with a read-write dependency: one fails with 40001, is retried, both apply once', async () => {
    await orm.em.getConnection().execute('truncate rt_log');
    const bothRead = barrier(2);
    const retries: string[] = [];
    const append = (writer: string) => transactionWithRetry(orm.em.fork() as EntityManager, async (em) => {
      await em.execute('set transaction isolation level serializable');
      const [{ n }] = await em.execute<{ n: number }[]>('select count(*)::int as n from rt_log');
      await bothRead();
      await em.execute('insert into rt_log (writer) values (?)', [`${writer}@${n}`]);
    }, (_attempt, error) => retries.push((error as { code: string }).code));
    await Promise.all([append('a'), append('b')]);
    expect(retries).toEqual(['40001']);
    const log = (await rows<{ writer: string }>('select writer from rt_log order by writer')).map((r) => r.writer);
    // Serializable: the retried writer saw the other's row.
    expect(log.sort()).toEqual(log.some((w) => w === 'a@1') ? ['a@1', 'b@0'] : ['a@0', 'b@1']);
  });

  it('a conflict that never clears gives up after a bounded number of attempts with CONFLICT, leaving nothing', async () => {
    await orm.em.getConnection().execute('truncate rt_log');
    let attempts = 0;
    const ctx = { em: orm.em.fork(), log: createLogger('silent') } as unknown as Context;
    const started = Date.now();
    const error = await inTransaction(ctx, async (em) => {
      attempts++;
      await em.execute('insert into rt_log (writer) values (?)', ['doomed']);
      await em.execute(`do $$ begin raise exception 'could not serialize access' using errcode = '40001'; end $$`);
    }).then(() => null, (e: { extensions?: { code?: string } }) => e);
    expect(error?.extensions?.code).toBe('CONFLICT');
    expect(attempts).toBe(TRANSACTION_ATTEMPTS);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await rows('select * from rt_log')).toEqual([]);
  });

  it('a unique violation runs once more (a concurrent commit of the same key), then is thrown as it is', async () => {
    let attempts = 0;
    const ctx = { em: orm.em.fork(), log: createLogger('silent') } as unknown as Context;
    await expect(inTransaction(ctx, async (em) => { attempts++; await em.execute('insert into rt_account values (1, 0)'); }))
      .rejects.toMatchObject({ code: '23505' });
    expect(attempts).toBe(2);
  });

  it('other errors are not retried', async () => {
    let attempts = 0;
    const ctx = { em: orm.em.fork(), log: createLogger('silent') } as unknown as Context;
    await expect(inTransaction(ctx, async (em) => { attempts++; await em.execute('insert into rt_account values (3, null)'); })).rejects.toThrow(/null/);
    expect(attempts).toBe(1);
  });
});
