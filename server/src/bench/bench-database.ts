/**
 * The benchmark's database: a fresh one on the embedded PostgreSQL (or DATABASE_URL's server),
 * migrated, with the shipped corpus and enough standards cloned from it to reach the wanted count.
 */
import pg from 'pg';
import { withDatabase } from '../database/database-url.js';
import { openOrm, migrate } from '../db.js';
import { loadCorpus } from '../corpus/corpus.load.js';
import { ServiceStandard } from '../modules/standards/service-standard.entity.js';
import { loadReferences, readStandardContent, referencedCodes, writeStandardContent } from '../modules/standards/standard-content.js';

export async function prepareBenchDatabase(serverUrl: string, name: string, standards: number): Promise<string> {
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = withDatabase(serverUrl, name);
  const orm = await openOrm(url);
  try {
    await migrate(orm);
    await loadCorpus(orm);
    const em = orm.em.fork();
    const originals = await em.find(ServiceStandard, {}, { orderBy: { code: 'asc' } });
    for (let i = originals.length; i < standards; i++) {
      const source = originals[i % originals.length];
      const content = { ...(await readStandardContent(em, source)), code: `${source.code}-copy-${i}` };
      const codes = referencedCodes(content);
      const copy = em.create(ServiceStandard, { code: content.code, versionNumber: 1, status: source.status } as never);
      await writeStandardContent(em, copy, content, await loadReferences(em, codes.agencies, codes.acts));
      await em.flush();
      em.clear();
    }
    await em.getConnection().execute('vacuum analyze');
  } finally {
    await orm.close(true);
  }
  return url;
}
