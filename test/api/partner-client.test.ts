/**
 * The typed partner client example (examples/partner-client) run as a partner would run it: a
 * separate Node process with the API URL and an API key, against a real server. It lists the
 * standards in force, reads one in depth and submits an application twice with one idempotency key.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { nextBin } from '../support/applications.js';
import { REPO_ROOT } from '../../server/src/config.js';

const MAIN = join(REPO_ROOT, 'examples', 'partner-client', 'src', 'main.ts');

let t: TestServer;
let apiKey: string;

/** Runs the example; resolves with its exit code and output. */
async function runExample(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [MAIN, ...args], { env: { PATH: process.env.PATH, ...env }, timeout: 30_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout: string; stderr: string };
    return { code: e.code ?? 1, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  t = await startTestServer({ withCorpus: true });
  // The shipped standards were repealed in 2014/2015: publish a new version of lic-poisons in force today.
  const draft = await t.gql(`mutation { createStandardDraft(code: "lic-poisons") { id } }`);
  expect(draft.errors, JSON.stringify(draft.errors)).toBeUndefined();
  const published = await t.gql(`mutation($id: ID!) { publishStandard(id: $id, validFrom: "2020-01-01") { status versionNumber } }`, { id: draft.data!.createStandardDraft.id });
  expect(published.errors, JSON.stringify(published.errors)).toBeUndefined();
  apiKey = (await t.createApiKey('portal', ['standards:read', 'applications:submit', 'applications:read-own'])).secret;
});

describe('partner client example', () => {
  it('lists the standards in force, reads one in depth, and a repeated submission returns the same application', async () => {
    const key = `partner-test-${Date.now()}`;
    const applicantId = nextBin();
    const run = await runExample(['--code', 'lic-poisons', '--idempotency-key', key],
      { QYZMET_API_URL: `${t.url}/graphql`, QYZMET_API_KEY: apiKey, APPLICANT_ID: applicantId, APPLICANT_NAME: 'Portal Client LLP' });
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/^Standards in force on \d{4}-\d{2}-\d{2}: 1$/m);
    expect(out).toMatch(/^ {2}lic-poisons v2 — .+ \(mint-industry-committee; /m);
    // The deep read: every part of the standard came back.
    const [{ grounds, levels, documents }] = await t.sql(`select
      (select count(*)::int from refusal_ground where standard_id = s.id) as grounds,
      (select count(*)::int from complaint_level where standard_id = s.id) as levels,
      (select count(*)::int from document_requirement where standard_id = s.id) as documents
      from service_standard s where code = 'lic-poisons' and version_number = 2`);
    expect(grounds).toBeGreaterThan(0);
    expect(out).toContain(`  refusal grounds: ${grounds}\n`);
    expect(out).toMatch(new RegExp(`^ {2}documents: ${documents} `, 'm'));
    expect(out.match(/^ {2}complaint levels: (.*)$/m)![1].split('; ')).toHaveLength(levels);
    expect(out).toMatch(/^ {2}sub-services: issuance/m);
    expect(out).toMatch(/^ {2}deadlines: [1-9]/m);
    expect(out).toMatch(/^ {2}quality indicators: 1\.1 normative 100/m);
    // The submission, and its repetition with the same key.
    const submitted = /^Submitted lic-poisons v2 issuance via (\w+): application ([0-9a-f-]{36}), submitted/m.exec(out);
    expect(submitted, out).not.toBeNull();
    const id = submitted![2];
    expect(out).toContain(`Repeated with idempotency key ${key}: application ${id} (the same application)`);
    const rows = await t.sql(`select id::text, intake, channel, applicant_identifier, standard_version from application where applicant_identifier = $1`, [applicantId]);
    expect(rows).toEqual([{ id, intake: 'partner', channel: submitted![1], applicant_identifier: applicantId, standard_version: 2 }]);
  });

  it('fails with the API error when the key is wrong, and with usage when the URL or key is missing', async () => {
    const wrong = await runExample(['--api-url', `${t.url}/graphql`, '--api-key', 'qz_not_a_key'], {});
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/partner client: UNAUTHENTICATED/);
    const missing = await runExample([], {});
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/give the API URL and key[\s\S]*--api-url/);
  });
});
