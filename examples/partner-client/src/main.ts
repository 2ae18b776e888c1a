/**
 * A partner system talking to Qyzmet with typed GraphQL documents:
 *   1. lists the standards in force on a day;
 *   2. fetches one of them deeply (sub-services, deadlines, documents, refusal grounds, complaint
 *      route, quality indicators);
 *   3. submits an application with an idempotency key, then repeats the call with the same key and
 *      shows that the registry answers with the same application (a retry after a lost answer is safe).
 *
 * Run it with Node 24 (it strips the types itself):
 *   QYZMET_API_URL=http://localhost:3000/graphql QYZMET_API_KEY=qz_… APPLICANT_ID=<BIN> \
 *     node examples/partner-client/src/main.ts [--code lic-poisons] [--on 2026-01-15] …
 * Options (or environment variables): see usage() below.
 */
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createClient } from './client.ts';
import { StandardDetailsQuery, StandardsInForceQuery, SubmitApplicationMutation } from './operations.ts';
import type { Channel, RecipientKind, StandardDetailsQuery as StandardDetails, SubmitApplicationMutation as Submitted } from './generated/graphql.ts';

export interface PartnerClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:3000/graphql */
  apiUrl: string;
  /** The API key secret (qz_…) with scopes standards:read and applications:submit */
  apiKey: string;
  /** The day "in force" refers to (YYYY-MM-DD); default today */
  on?: string;
  /** The standard to fetch and apply for; default the first one in force */
  code?: string;
  subService?: string;
  channel?: Channel;
  applicantKind?: RecipientKind;
  /** IIN or BIN (12 digits with a valid check digit) */
  applicantId?: string;
  applicantName?: string;
  /** Default: a new UUID per run */
  idempotencyKey?: string;
}

export interface PartnerClientResult {
  inForce: { code: string; version: number; name: string }[];
  standard: NonNullable<StandardDetails['serviceStandard']>;
  first: Submitted['submitApplication'];
  repeated: Submitted['submitApplication'];
  idempotencyKey: string;
}

type Standard = NonNullable<StandardDetails['serviceStandard']>;

const ONLINE: Channel[] = ['elicense', 'egov'];

/** Where to file: the asked channel, else an online one the standard offers for the sub-service, else any. */
function pickChannel(standard: Standard, subService: string, asked?: Channel): Channel {
  const offered = [...new Set(standard.documents.filter((d) => d.subService === subService).map((d) => d.channel))];
  const channel = asked ?? offered.find((c) => ONLINE.includes(c)) ?? offered[0] ?? standard.channelDetails[0]?.channel;
  if (!channel) throw new Error(`${standard.code} offers no channel for "${subService}"`);
  return channel;
}

const deadlineText = (d: Standard['deadlines'][number]) => `${d.kind}: ${d.value ?? '—'} ${d.unit ?? ''}${d.subServices.length ? ` (${d.subServices.join(', ')})` : ''}`.trim();

export async function runPartnerClient(options: PartnerClientOptions, log: (line: string) => void = console.log): Promise<PartnerClientResult> {
  const execute = createClient(options.apiUrl, options.apiKey);
  const on = options.on ?? new Date().toISOString().slice(0, 10);

  // 1. The catalogue.
  const { serviceStandards } = await execute(StandardsInForceQuery, { on });
  log(`Standards in force on ${on}: ${serviceStandards.length}`);
  for (const s of serviceStandards) log(`  ${s.code} v${s.versionNumber} — ${s.name.en} (${s.provider.code}; ${s.channels.join(', ')})`);
  const chosen = options.code ? serviceStandards.find((s) => s.code === options.code) : serviceStandards[0];
  if (!chosen) throw new Error(options.code ? `"${options.code}" is not in force on ${on}` : `no standard is in force on ${on}`);

  // 2. One standard in depth.
  const { serviceStandard: standard } = await execute(StandardDetailsQuery, { id: chosen.id });
  if (!standard) throw new Error(`standard ${chosen.id} disappeared`);
  log(`\n${standard.code} v${standard.versionNumber}: ${standard.name.en}`);
  log(`  kk: ${standard.name.kk ?? '—'} | ru: ${standard.name.ru ?? '—'}`);
  log(`  provider: ${standard.provider.code}; in force from ${standard.validFrom ?? '?'}${standard.validTo ? ` until ${standard.validTo}` : ''}; fee: ${standard.feeKind}${standard.feeAmountMci != null ? ` ${standard.feeAmountMci} MCI` : ''}`);
  log(`  sub-services: ${standard.subServices.map((s) => s.code).join(', ')}`);
  log(`  deadlines: ${standard.deadlines.length}${standard.deadlines.length ? ` — ${standard.deadlines.slice(0, 3).map(deadlineText).join('; ')}` : ''}`);
  log(`  documents: ${standard.documents.length} (over ${new Set(standard.documents.map((d) => `${d.subService}/${d.channel}`)).size} sub-service × channel lists)`);
  log(`  refusal grounds: ${standard.refusalGrounds.length}`);
  log(`  complaint levels: ${standard.complaintRoute.map((c) => `${c.ordinal}. ${c.level}${c.reviewValue != null ? ` (${c.reviewValue} ${c.reviewUnit})` : ''}`).join('; ') || '—'}`);
  log(`  quality indicators: ${standard.qualityIndicators.map((q) => `${q.code} normative ${q.normative ?? '—'}`).join('; ') || '—'}`);

  // 3. An idempotent submission, sent twice with the same key (as a retry after a timeout would).
  const subService = options.subService ?? standard.subServices[0]?.code;
  if (!subService) throw new Error(`${standard.code} has no sub-service`);
  const channel = pickChannel(standard, subService, options.channel);
  const applicantKind = options.applicantKind ?? 'legalEntity';
  const documents = standard.documents
    .filter((d) => d.subService === subService && d.channel === channel && (!d.recipients.length || d.recipients.includes(applicantKind)))
    .map((d) => d.ordinal);
  const idempotencyKey = options.idempotencyKey ?? `partner-example-${randomUUID()}`;
  const input = {
    standardCode: standard.code, subService, channel, applicantKind, applicantIdentifier: options.applicantId ?? null,
    applicantName: options.applicantName ?? 'Partner Portal Demo LLP', documents,
  };
  const { submitApplication: first } = await execute(SubmitApplicationMutation, { idempotencyKey, input });
  log(`\nSubmitted ${first.standardCode} v${first.standardVersion} ${first.subService} via ${first.channel}: application ${first.id}, ${first.status}, due ${first.dueAt ?? '—'}`);
  const { submitApplication: repeated } = await execute(SubmitApplicationMutation, { idempotencyKey, input });
  log(`Repeated with idempotency key ${idempotencyKey}: application ${repeated.id} (${repeated.id === first.id ? 'the same application' : 'A DIFFERENT APPLICATION'})`);
  return { inForce: serviceStandards.map((s) => ({ code: s.code, version: s.versionNumber, name: s.name.en })), standard, first, repeated, idempotencyKey };
}

function usage(): string {
  return `Usage: node examples/partner-client/src/main.ts [options]
  --api-url URL         GraphQL endpoint (QYZMET_API_URL), e.g. http://localhost:3000/graphql
  --api-key KEY         partner API key qz_… (QYZMET_API_KEY)
  --on YYYY-MM-DD       the day "in force" refers to (default today)
  --code CODE           the standard (default: the first in force)
  --sub-service CODE    default: the standard's first sub-service
  --channel CHANNEL     default: an online channel if offered
  --applicant-kind KIND default legalEntity
  --applicant-id IIN/BIN (APPLICANT_ID)
  --applicant-name NAME (APPLICANT_NAME)
  --idempotency-key KEY default: a new UUID`;
}

/** Options from the command line, falling back to the environment. */
export function optionsFromCommandLine(argv: string[], env: NodeJS.ProcessEnv): PartnerClientOptions {
  const { values } = parseArgs({
    args: argv, strict: true,
    options: Object.fromEntries(['api-url', 'api-key', 'on', 'code', 'sub-service', 'channel', 'applicant-kind', 'applicant-id', 'applicant-name', 'idempotency-key']
      .map((name) => [name, { type: 'string' as const }])),
  });
  const apiUrl = values['api-url'] ?? env.QYZMET_API_URL;
  const apiKey = values['api-key'] ?? env.QYZMET_API_KEY;
  if (!apiUrl || !apiKey) throw new Error(`give the API URL and key\n${usage()}`);
  return {
    apiUrl, apiKey, on: values.on, code: values.code, subService: values['sub-service'], channel: values.channel as Channel | undefined,
    applicantKind: values['applicant-kind'] as RecipientKind | undefined, applicantId: values['applicant-id'] ?? env.APPLICANT_ID,
    applicantName: values['applicant-name'] ?? env.APPLICANT_NAME, idempotencyKey: values['idempotency-key'],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await runPartnerClient(optionsFromCommandLine(process.argv.slice(2), process.env));
  } catch (error) {
    console.error(`partner client: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
