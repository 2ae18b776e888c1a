/** `npm run corpus:load`: validate data/corpus and load it into the registry (idempotent). */
import 'reflect-metadata';
import { openOrm, migrate } from '../db.js';
import { loadCorpus } from '../corpus/corpus.load.js';
import { CorpusInvalidError } from '../corpus/corpus.read.js';
import { withToolDatabase } from './with-tool-database.js';

try {
  await withToolDatabase(async (url) => {
    const orm = await openOrm(url);
    try {
      await migrate(orm);
      const counts = await loadCorpus(orm);
      console.log(`Corpus loaded: ${counts.agencies} agency, ${counts.legalActs} legal-act and ${counts.standards} standard writes; ${counts.unchanged} standards unchanged.`);
    } finally {
      await orm.close(true);
    }
  });
} catch (error) {
  console.error(error instanceof CorpusInvalidError ? error.message : `Corpus load failed: ${(error as Error).message}`);
  process.exit(1);
}
