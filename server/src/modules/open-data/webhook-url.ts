/**
 * Where webhooks may go. A partner URL must be https; plain http is accepted only for a loopback
 * host, and only in tests (NODE_ENV=test) or when WEBHOOK_ALLOW_LOOPBACK=1. The host must resolve to
 * public addresses only: private, link-local (cloud metadata), loopback, multicast and reserved
 * ranges are refused, both when the subscription is registered and at every delivery (the delivery
 * connects only to an address it has just checked, so a DNS answer that changes in between cannot
 * smuggle a request inside).
 */
import { BlockList, isIP } from 'node:net';
import { lookup, type LookupAddress } from 'node:dns';

export interface WebhookNetworkPolicy {
  /** Loopback hosts (and plain http to them) are accepted: tests and local development only. */
  allowLoopback: boolean;
}

export function networkPolicy(env: NodeJS.ProcessEnv = process.env): WebhookNetworkPolicy {
  return { allowLoopback: env.NODE_ENV === 'test' || env.WEBHOOK_ALLOW_LOOPBACK === '1' };
}

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/** Every range that is not the public internet (RFC 6890 special-purpose registries). */
const nonPublic = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) nonPublic.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 23], ['2001:db8::', 32],
  ['2002::', 16], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) nonPublic.addSubnet(net, prefix, 'ipv6');

/** "::ffff:10.0.0.1" → "10.0.0.1"; other addresses unchanged. */
function unmapped(address: string): { address: string; family: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1], family: 'ipv4' };
  return { address, family: isIP(address) === 6 ? 'ipv6' : 'ipv4' };
}

export function isLoopbackAddress(ip: string): boolean {
  const { address, family } = unmapped(ip);
  return loopback.check(address, family);
}

/** Why an address may not receive webhooks, or null when it may. */
export function refusedAddress(ip: string, policy: WebhookNetworkPolicy): string | null {
  const { address, family } = unmapped(ip);
  if (loopback.check(address, family)) return policy.allowLoopback ? null : `${ip} is a loopback address`;
  if (nonPublic.check(address, family)) return `${ip} is a private, link-local or reserved address`;
  return null;
}

const LOOPBACK_NAMES = new Set(['localhost', 'localhost.']);
const bare = (hostname: string) => hostname.replace(/^\[|\]$/g, '');

/** All addresses a host name resolves to (an IP literal resolves to itself). */
export function resolveHost(hostname: string): Promise<LookupAddress[]> {
  const host = bare(hostname);
  if (isIP(host)) return Promise.resolve([{ address: host, family: isIP(host) }]);
  return new Promise((resolve, reject) => {
    lookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses)));
  });
}

/**
 * Checks a partner URL: syntax, scheme and the addresses its host resolves to. Returns the
 * normalised URL or throws an Error whose message says what is wrong.
 */
export async function checkWebhookUrl(raw: string, policy: WebhookNetworkPolicy): Promise<string> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error('is not an absolute URL');
  }
  if (url.username || url.password) throw new Error('must not contain a user name or password');
  const host = bare(url.hostname);
  const isLoopbackHost = LOOPBACK_NAMES.has(host.toLowerCase()) || (isIP(host) > 0 && isLoopbackAddress(host));
  if (url.protocol === 'http:') {
    if (!(policy.allowLoopback && isLoopbackHost)) throw new Error('must use https (plain http is accepted only for loopback hosts in tests)');
  } else if (url.protocol !== 'https:') {
    throw new Error('must use https');
  }
  let addresses: LookupAddress[];
  try {
    addresses = await resolveHost(url.hostname);
  } catch {
    throw new Error(`host "${host}" does not resolve`);
  }
  if (!addresses.length) throw new Error(`host "${host}" does not resolve`);
  for (const { address } of addresses) {
    const reason = refusedAddress(address, policy);
    if (reason) throw new Error(`host "${host}" resolves to ${reason}; webhooks go to public addresses only`);
  }
  url.hash = '';
  return url.toString();
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http(s).request that resolves the host and refuses it when any address is not
 * allowed: the socket then connects only to addresses checked a moment before.
 */
export function guardedLookup(policy: WebhookNetworkPolicy) {
  return (hostname: string, options: { all?: boolean; family?: number | string }, callback: LookupCallback): void => {
    resolveHost(hostname).then((addresses) => {
      for (const { address } of addresses) {
        const reason = refusedAddress(address, policy);
        if (reason) {
          callback(Object.assign(new Error(`refused to connect: ${hostname} resolves to ${reason}`), { code: 'EREFUSEDADDRESS' }), '');
          return;
        }
      }
      if (!addresses.length) callback(Object.assign(new Error(`${hostname} does not resolve`), { code: 'ENOTFOUND' }), '');
      else if (options.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    }, (error: NodeJS.ErrnoException) => callback(error, ''));
  };
}
