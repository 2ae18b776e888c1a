import { fileURLToPath } from 'node:url';
import { resolve, dirname } from 'node:path';

/** The shipped corpus lives at the repository's top level (`data/corpus`), next to server/. */
export const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/corpus');
