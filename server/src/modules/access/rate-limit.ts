/**
 * In-memory rate limits (one process; behind several replicas each replica limits on its own).
 *
 * - TokenBuckets: `perMinute` requests per minute sustained, up to `burst` at once; per client
 *   address and per API key. Refusals carry the seconds until a request would pass (Retry-After).
 * - AttemptWindow: at most `max` attempts per key in a sliding window; counts attempts before
 *   they are checked, so a burst of parallel guesses cannot slip through while the first are
 *   still being verified.
 */

export type Verdict = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket { tokens: number; at: number }

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(readonly perMinute: number, readonly burst: number, private readonly maxKeys = 100_000, private readonly now: () => number = Date.now) {
    this.perMs = perMinute / 60_000;
  }

  take(key: string, cost = 1): Verdict {
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.maxKeys) this.prune(now);
      bucket = { tokens: this.burst, at: now };
      this.buckets.set(key, bucket);
    } else {
      bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) * this.perMs);
      bucket.at = now;
    }
    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((cost - bucket.tokens) / this.perMs / 1000)) };
  }

  /** Forgets buckets that have refilled (they behave exactly like new ones), then the oldest if still too many. */
  private prune(now: number): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.at) * this.perMs >= this.burst) this.buckets.delete(key);
    }
    if (this.buckets.size >= this.maxKeys) {
      const excess = this.buckets.size - Math.floor(this.maxKeys * 0.9);
      let i = 0;
      for (const key of this.buckets.keys()) { if (i++ >= excess) break; this.buckets.delete(key); }
    }
  }
}

export class AttemptWindow {
  private readonly attempts = new Map<string, number[]>();

  constructor(readonly max: number, readonly windowMs: number, private readonly maxKeys = 100_000, private readonly now: () => number = Date.now) {}

  /** Records an attempt, or refuses it (without recording) when the window is full. */
  hit(key: string): Verdict {
    const now = this.now();
    const recent = (this.attempts.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (recent.length >= this.max) {
      this.attempts.set(key, recent);
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + this.windowMs - now) / 1000)) };
    }
    if (!this.attempts.has(key) && this.attempts.size >= this.maxKeys) this.prune(now);
    recent.push(now);
    this.attempts.set(key, recent);
    return { ok: true };
  }

  reset(key: string): void {
    this.attempts.delete(key);
  }

  private prune(now: number): void {
    for (const [key, times] of this.attempts) if (!times.some((t) => t > now - this.windowMs)) this.attempts.delete(key);
    if (this.attempts.size >= this.maxKeys) {
      const excess = this.attempts.size - Math.floor(this.maxKeys * 0.9);
      let i = 0;
      for (const key of this.attempts.keys()) { if (i++ >= excess) break; this.attempts.delete(key); }
    }
  }
}

/** Sign-in throttling: per e-mail and address (guessing one password), and per address (spraying many accounts). */
export class LoginThrottle {
  private readonly perAccount: AttemptWindow;
  private readonly perIp: AttemptWindow;

  constructor(perAccount: number, perIp: number, windowMs: number, now: () => number = Date.now) {
    this.perAccount = new AttemptWindow(perAccount, windowMs, 100_000, now);
    this.perIp = new AttemptWindow(perIp, windowMs, 100_000, now);
  }

  attempt(email: string, ip: string): Verdict {
    const account = this.perAccount.hit(`${email}\n${ip}`);
    if (!account.ok) return account;
    return this.perIp.hit(ip);
  }

  succeeded(email: string, ip: string): void {
    this.perAccount.reset(`${email}\n${ip}`);
  }
}
