/**
 * Open data over real HTTP: every shipped standard as CPSV-AP 3.2.0 JSON-LD validated against the
 * official SHACL shapes, the whole catalogue, the open CSV files (performance.csv with values measured
 * from applications), and the answers to bad input.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { toQuads, validateCpsv } from '../support/shacl.js';
import { REPO_ROOT } from '../../server/src/config.js';
import { PERFORMANCE_COLUMNS, STANDARDS_COLUMNS } from '../../server/src/modules/open-data/open-data.csv.js';
import { nextBin, register, stepOk } from '../support/applications.js';

const SHIPPED = readdirSync(join(REPO_ROOT, 'data', 'corpus', 'standards')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();

let t: TestServer;
beforeAll(async () => { t = await startTestServer({ withCorpus: true }); });

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${t.url}${path}`, { headers });

/** A minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

describe('CPSV-AP JSON-LD', () => {
  it('ships 16 standards', () => expect(SHIPPED).toHaveLength(16));

  it.each(SHIPPED)('%s conforms to the CPSV-AP 3.2.0 SHACL shapes', async (code) => {
    const res = await get(`/open-data/cpsv/${code}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const report = await validateCpsv((await res.json()) as object);
    expect(report.violations).toEqual([]);
    expect(report.conforms).toBe(true);
    expect(report.triples).toBeGreaterThan(100);
  });

  it('the validator does catch violations (missing mandatory properties, untyped class values)', async () => {
    const doc: any = await (await get('/open-data/cpsv/lic-poisons')).json();
    const service = doc['@graph'][0];
    delete service['PublicService.name'];
    delete service['PublicService.hasCompetentAuthority'];
    service['PublicService.hasChannel'] = ['https://example.org/not-a-channel'];
    const report = await validateCpsv(doc);
    expect(report.conforms).toBe(false);
    expect(report.violations.map((v) => v.path).sort()).toEqual([
      'http://data.europa.eu/m8g/hasChannel', 'http://data.europa.eu/m8g/hasCompetentAuthority', 'http://purl.org/dc/terms/title',
    ]);
  });

  it('maps the parts of a standard to CPSV-AP classes with multilingual literals', async () => {
    const doc: any = await (await get('/open-data/cpsv/lic-poisons')).json();
    expect(doc['@context'][0]).toBe(`${t.url}/open-data/context.jsonld`);
    const graph: any[] = doc['@graph'];
    const ofType = (type: string) => graph.filter((n) => [n['@type']].flat().includes(type));
    const service = graph[0];
    expect(service['@type']).toBe('PublicService');
    expect(service['PublicService.identifier']).toBe('lic-poisons');
    expect(service['PublicService.name'].map((l: any) => l['@language']).sort()).toEqual(['en', 'kk']);
    expect(service['PublicService.processingTime']).toBe('P21D'); // 15 working days, weekends added
    expect(ofType('PublicOrganization').map((o) => o['Agent.identifier'])).toContain('mint-industry-committee');
    expect(ofType('Evidence').length).toBeGreaterThanOrEqual(39);
    expect(ofType('Channel').map((c) => c['Channel.identifier']).sort()).toEqual(['lic-poisons/channel/egov', 'lic-poisons/channel/elicense', 'lic-poisons/channel/office']);
    expect(ofType('Requirement').length).toBeGreaterThan(0);
    expect(ofType('Rule').some((r) => r['Rule.identifier'] === 'lic-poisons/rule/refusal-1')).toBe(true);
    expect(ofType('LegalResource').map((l) => l['@id'])).toContain(`${t.url}/eli/kz/resolution/2012/1130`);
    expect(ofType('Cost')).toHaveLength(1);
    expect(ofType('Output')).toHaveLength(1);
    expect(ofType('ContactPoint').length).toBeGreaterThanOrEqual(10);
    expect(ofType('TemporalEntity').length).toBeGreaterThanOrEqual(3);
    const status = graph.find((n) => n['@id'] === service['PublicService.status']);
    expect(status['skos:notation']).toBe('repealed');
  });

  it('serves the whole catalogue, which also conforms, and the official context', async () => {
    const res = await get('/open-data/cpsv.jsonld');
    expect(res.status).toBe(200);
    const doc: any = await res.json();
    const services = doc['@graph'].filter((n: any) => n['@type'] === 'PublicService').map((n: any) => n['PublicService.identifier']);
    expect(services.sort()).toEqual(SHIPPED);
    const report = await validateCpsv(doc);
    expect(report.violations).toEqual([]);
    const context = await get('/open-data/context.jsonld');
    expect(context.headers.get('content-type')).toMatch(/application\/ld\+json/);
    expect(((await context.json()) as any)['@context'].PublicService).toBe('http://purl.org/vocab/cpsv#PublicService');
  });

  it('answers an unchanged export with 304 to If-None-Match', async () => {
    const first = await get('/open-data/cpsv/lic-poisons');
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect((await get('/open-data/cpsv/lic-poisons', { 'if-none-match': etag })).status).toBe(304);
  });

  it('answers unknown codes with a JSON 404 and a bad date with a JSON 400', async () => {
    for (const path of ['/open-data/cpsv/no-such-standard', '/open-data/cpsv/NOT%20A%20CODE']) {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: 'NOT_FOUND', message: expect.stringMatching(/code/) });
    }
    const bad = await get('/open-data/cpsv/lic-poisons?on=2013-02-30');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'BAD_REQUEST', message: expect.stringMatching(/^on:/) });
  });

  it('produces stable N-Quads (literals keep their language tags)', async () => {
    const quads = await toQuads((await (await get('/open-data/cpsv/reg-hpf-safety-declaration')).json()) as object);
    const titles = quads.getQuads(null, 'http://purl.org/dc/terms/title', null, null).filter((q) => q.subject.value.endsWith('/cpsv/reg-hpf-safety-declaration'));
    expect(titles.map((q) => (q.object as any).language).sort()).toEqual(['en', 'kk']);
  });
});

describe('open CSV', () => {
  it('standards.csv: BOM, documented header, one row per standard × channel', async () => {
    const res = await get('/open-data/standards.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...STANDARDS_COLUMNS]);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    // 16 standards: 4 with 4 channels, 8 with 3, 4 with 1 channel (see the corpus).
    expect(new Set(rows.map((r) => r[0])).size).toBe(16);
    const row = (code: string, channel: string) => Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[0] === code && r[12] === channel)![i]]));
    expect(row('lic-poisons', 'elicense')).toMatchObject({
      version: '1', status: 'repealed', validFrom: '2012-09-10', validTo: '2014-03-08', providerCode: 'mint-industry-committee',
      online: 'true', deadlineValue: '15', deadlineUnit: 'workingDays', feeKind: 'licenceFee',
      deadlines: 'issuance: 15 workingDays; reissuance: 10 workingDays; duplicate: 2 workingDays',
    });
    expect(row('lic-poisons', 'office')).toMatchObject({ online: 'false', channelAgencyCode: 'mint-industry-committee' });
    // A name with quotes or commas survives RFC 4180 quoting intact.
    expect(rows.some((r) => /[",]/.test(r[7]))).toBe(true);
  });

  it('performance.csv: documented header, the indicator definitions per standard × year where nothing was measured', async () => {
    const res = await get('/open-data/performance.csv');
    expect(res.headers.get('etag')).toBeTruthy();
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...PERFORMANCE_COLUMNS]);
    const poisons = rows.filter((r) => r[0] === 'lic-poisons');
    // In force 2012-09-10 .. 2014-03-07: years 2012, 2013, 2014; six indicators each, nothing measured yet.
    expect(new Set(poisons.map((r) => r[4]))).toEqual(new Set(['2012', '2013', '2014']));
    expect(poisons).toHaveLength(18);
    const first = Object.fromEntries(header.map((h, i) => [h, poisons[0][i]]));
    expect(first).toMatchObject({ version: '1', agency: 'mint-industry-committee', channel: '', indicator: '1.1', normative: '100', target: '100', current: '', volume: '', targetMet: '' });
  });

  it('performance.csv: measured values from the counters once applications are decided, in a bounded number of statements', async () => {
    const poisons = { standardCode: 'lic-poisons', subService: 'issuance', channel: 'office', applicantKind: 'legalEntity', applicantName: 'Khimprom LLP', documents: [1, 2, 5, 6, 7] };
    // Two issuances applied for in March 2013 (15 working days): one issued in time; the other left
    // undecided, so deemed issued at the deadline (late) and then handed over.
    for (const inTime of [true, false]) {
      const app = await register(t, { ...poisons, applicantIdentifier: nextBin(), submittedAt: '2013-03-01T10:00:00+06:00' });
      await stepOk(t, 'acceptApplication', { id: app.id, at: '2013-03-01T10:20:00+06:00', operator: 'A. Operator' });
      await stepOk(t, 'startApplicationReview', { id: app.id, at: '2013-03-04T09:00:00+06:00' });
      if (inTime) await stepOk(t, 'issueApplication', { id: app.id, at: '2013-03-20T15:00:00+06:00' });
      else expect(await stepOk(t, 'handOverApplication', { id: app.id, at: '2013-05-30T15:00:00+06:00' })).toMatchObject({ outcome: 'late' });
    }
    let text = '';
    const statements = await t.countQueries(async () => { text = (await (await get('/open-data/performance.csv')).text()).replace(/^\uFEFF/, ''); });
    expect(statements).toBeLessThanOrEqual(6);
    const [header, ...rows] = parseCsv(text);
    const records = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    const measured = records.filter((r) => r.code === 'lic-poisons' && r.year === '2013' && r.indicator === '1.1');
    const [{ agency: office }] = await t.sql(`select a.code as agency from application p join agency a on a.id = p.agency_id where p.standard_code = 'lic-poisons' limit 1`);
    expect(measured).toEqual([expect.objectContaining({ version: '1', agency: office, channel: 'office', normative: '100', target: '100', current: '50', volume: '2', targetMet: 'false' })]);
    // The other rows of that year's table had no cases: definitions only; 2012 is untouched.
    expect(records.filter((r) => r.code === 'lic-poisons' && r.year === '2013' && r.indicator !== '1.1').every((r) => r.current === '' && r.channel === '')).toBe(true);
    expect(records.filter((r) => r.code === 'lic-poisons' && r.year === '2012')).toHaveLength(6);
  });
});

describe('index', () => {
  it('lists the routes and the CC-BY attribution of the CPSV-AP files', async () => {
    const body: any = await (await get('/open-data/')).json();
    expect(body.routes.cpsvCatalogue).toBe(`${t.url}/open-data/cpsv.jsonld`);
    expect(body.attribution).toMatch(/CC-BY 4\.0/);
  });
});
