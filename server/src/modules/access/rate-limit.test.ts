import { describe, expect, it } from 'vitest';
import { AttemptWindow, LoginThrottle, TokenBuckets } from './rate-limit.js';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';

describe('TokenBuckets', () => {
  it('allows a burst, then the sustained rate, and says when to retry', () => {
    let now = 0;
    const buckets = new TokenBuckets(60, 3, 100, () => now); // 1 per second, burst 3
    expect([1, 2, 3].map(() => buckets.take('a').ok)).toEqual([true, true, true]);
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(buckets.take('b').ok).toBe(true);
    now += 1000;
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('a').ok).toBe(false);
    now += 60_000;
    expect([1, 2, 3, 4].map(() => buckets.take('a').ok)).toEqual([true, true, true, false]);
  });

  it('forgets refilled buckets when it holds too many keys', () => {
    let now = 0;
    const buckets = new TokenBuckets(60, 1, 10, () => now);
    for (let i = 0; i < 10; i++) buckets.take(`k${i}`);
    now += 5_000;
    for (let i = 10; i < 1000; i++) expect(buckets.take(`k${i}`).ok).toBe(true);
    expect((buckets as unknown as { buckets: Map<string, unknown> }).buckets.size).toBeLessThanOrEqual(10);
  });
});

describe('AttemptWindow and LoginThrottle', () => {
  it('refuses attempts beyond the window and frees them as it slides', () => {
    let now = 0;
    const window = new AttemptWindow(2, 10_000, 100, () => now);
    expect(window.hit('x').ok).toBe(true);
    now += 4000;
    expect(window.hit('x').ok).toBe(true);
    expect(window.hit('x')).toEqual({ ok: false, retryAfterSeconds: 6 });
    now += 6000;
    expect(window.hit('x').ok).toBe(true);
  });

  it('throttles per e-mail and address, and per address across e-mails; success resets the account', () => {
    const throttle = new LoginThrottle(2, 3, 60_000, () => 0);
    expect(throttle.attempt('a@x', '1.1.1.1').ok).toBe(true);
    throttle.succeeded('a@x', '1.1.1.1');
    expect(throttle.attempt('a@x', '1.1.1.1').ok).toBe(true);
    expect(throttle.attempt('a@x', '1.1.1.1').ok).toBe(true);
    expect(throttle.attempt('a@x', '1.1.1.1').ok).toBe(false);
    expect(throttle.attempt('a@x', '2.2.2.2').ok).toBe(true);
    expect(throttle.attempt('b@x', '1.1.1.1').ok).toBe(false); // the address has used its 3
  });
});

describe('passwords', () => {
  it('hashes with argon2id in PHC format and verifies only the right password', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(await hashPassword('correct horse battery')).not.toBe(hash);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
    expect(await verifyPassword('x', 'not a hash')).toBe(false);
    expect(passwordProblem('short')).toMatch(/at least 10/);
    expect(passwordProblem(' padded password ')).toMatch(/space/);
    expect(passwordProblem('a'.repeat(201))).toMatch(/at most 200/);
    expect(passwordProblem('a fine passphrase')).toBeNull();
  });
});
