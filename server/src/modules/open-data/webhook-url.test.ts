import { describe, expect, it } from 'vitest';
import { checkWebhookUrl, refusedAddress } from './webhook-url.js';
import { retryDelay } from './webhook.worker.js';
import { signBody, verifySignature } from './webhook.service.js';

const production = { allowLoopback: false };
const test = { allowLoopback: true };

describe('webhook network policy', () => {
  it.each(['10.0.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::', 'fe80::1', 'fc00::1', '::ffff:10.0.0.1', '127.0.0.1', '::1'])(
    'refuses %s in production', (ip) => expect(refusedAddress(ip, production)).not.toBeNull());

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('accepts public %s', (ip) => expect(refusedAddress(ip, production)).toBeNull());

  it('accepts loopback only when allowed, and private ranges never', () => {
    expect(refusedAddress('127.0.0.1', test)).toBeNull();
    expect(refusedAddress('::1', test)).toBeNull();
    expect(refusedAddress('10.0.0.1', test)).toMatch(/private/);
  });

  it('wants https, except plain http to loopback in tests', async () => {
    await expect(checkWebhookUrl('http://127.0.0.1:9/x', production)).rejects.toThrow(/must use https/);
    await expect(checkWebhookUrl('https://127.0.0.1/x', production)).rejects.toThrow(/loopback/);
    await expect(checkWebhookUrl('https://localhost/x', production)).rejects.toThrow(/loopback/);
    await expect(checkWebhookUrl('http://127.0.0.1:9/x#frag', test)).resolves.toBe('http://127.0.0.1:9/x');
    await expect(checkWebhookUrl('http://8.8.8.8/x', test)).rejects.toThrow(/must use https/);
    await expect(checkWebhookUrl('https://8.8.8.8/x', production)).resolves.toBe('https://8.8.8.8/x');
  });
});

describe('signatures and backoff', () => {
  it('signs the raw body with HMAC-SHA256 and verifies in constant time', () => {
    const body = '{"event":"standard.published"}';
    // A well-known reference vector: HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog").
    expect(signBody('key', 'The quick brown fox jumps over the lazy dog')).toBe('sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8');
    expect(verifySignature('secret', body, signBody('secret', body))).toBe(true);
    expect(verifySignature('secret', body + ' ', signBody('secret', body))).toBe(false);
    expect(verifySignature('other', body, signBody('secret', body))).toBe(false);
    expect(verifySignature('secret', body, undefined)).toBe(false);
  });

  it('doubles the delay after each failure, with jitter, up to the cap', () => {
    const options = { retryBaseMs: 1000, retryMaxMs: 60_000 };
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => retryDelay(n, options, mid))).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]);
    expect(retryDelay(1, options, () => 0)).toBe(800);
    expect(retryDelay(1, options, () => 1)).toBe(1200);
  });
});
