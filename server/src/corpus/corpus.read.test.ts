import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCorpus, CorpusInvalidError } from './corpus.read.js';
import { CORPUS_DIR } from './corpus.paths.js';

describe('corpus files', () => {
  it('every shipped corpus file is valid and consistent', () => {
    const corpus = readCorpus(CORPUS_DIR);
    expect(corpus.agencies.length).toBeGreaterThan(0);
    expect(corpus.legalActs.length).toBeGreaterThan(0);
  });

  it('names file, path and reason for an invalid file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    cpSync(CORPUS_DIR, dir, { recursive: true });
    mkdirSync(join(dir, 'agencies'), { recursive: true });
    writeFileSync(join(dir, 'agencies', 'zz-broken.json'), JSON.stringify({
      agencies: [{ code: 'Bad Code', kind: 'ministry', name: { kk: 'x', en: 'x' } }],
    }));
    try {
      readCorpus(dir);
      expect.unreachable('the broken file must be rejected');
    } catch (error) {
      expect(error).toBeInstanceOf(CorpusInvalidError);
      const problem = (error as CorpusInvalidError).problems[0];
      expect(problem.file).toBe('agencies/zz-broken.json');
      expect(problem.path).toBe('$.agencies.0.code');
      expect(problem.message).toMatch(/slug/);
    }
  });
});
