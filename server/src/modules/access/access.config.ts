/**
 * Settings of sign-in, sessions and rate limits, read from the environment (see README, "Roles and
 * access").
 *
 * ADMIN_EMAIL, ADMIN_PASSWORD   the first superadmin, created on a start when no superadmin exists
 * DEMO_MODE=1                   creates the documented demo accounts (never use in production)
 * TRUST_PROXY                   Express "trust proxy" (e.g. 1, loopback); unset = the socket address is the client
 * COOKIE_SECURE                 Secure session cookie (default: on when NODE_ENV=production)
 * SESSION_TTL_HOURS             absolute session lifetime (default 12)
 * SESSION_IDLE_MINUTES          a session unused this long ends (default 120)
 * RATE_LIMIT_IP_PER_MINUTE      GraphQL requests per client address per minute (default 600, burst RATE_LIMIT_IP_BURST=200)
 * RATE_LIMIT_KEY_PER_MINUTE     GraphQL requests per API key per minute (default 300, burst RATE_LIMIT_KEY_BURST=100)
 * LOGIN_ATTEMPTS_PER_ACCOUNT    sign-in attempts per e-mail and address per 15 minutes (default 5)
 * LOGIN_ATTEMPTS_PER_IP         sign-in attempts per address per 15 minutes, any e-mail (default 30)
 */
export interface AccessConfig {
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  demo: boolean;
  trustProxy: boolean | number | string;
  cookieSecure: boolean;
  sessionTtlMs: number;
  sessionIdleMs: number;
  ipPerMinute: number;
  ipBurst: number;
  keyPerMinute: number;
  keyBurst: number;
  loginAttemptsPerAccount: number;
  loginAttemptsPerIp: number;
  loginWindowMs: number;
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${name} must be a positive number, got "${value}"`);
  return parsed;
}

const flag = (value: string | undefined) => value !== undefined && /^(1|true|yes|on)$/i.test(value);

function trustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === '' || /^(0|false|no|off)$/i.test(value)) return false;
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

export function readAccessConfig(env: NodeJS.ProcessEnv = process.env): AccessConfig {
  return {
    adminEmail: env.ADMIN_EMAIL?.trim() || undefined,
    adminPassword: env.ADMIN_PASSWORD || undefined,
    demo: flag(env.DEMO_MODE),
    trustProxy: trustProxy(env.TRUST_PROXY),
    cookieSecure: env.COOKIE_SECURE !== undefined && env.COOKIE_SECURE !== '' ? flag(env.COOKIE_SECURE) : env.NODE_ENV === 'production',
    sessionTtlMs: positive('SESSION_TTL_HOURS', env.SESSION_TTL_HOURS, 12) * 3_600_000,
    sessionIdleMs: positive('SESSION_IDLE_MINUTES', env.SESSION_IDLE_MINUTES, 120) * 60_000,
    ipPerMinute: positive('RATE_LIMIT_IP_PER_MINUTE', env.RATE_LIMIT_IP_PER_MINUTE, 600),
    ipBurst: positive('RATE_LIMIT_IP_BURST', env.RATE_LIMIT_IP_BURST, 200),
    keyPerMinute: positive('RATE_LIMIT_KEY_PER_MINUTE', env.RATE_LIMIT_KEY_PER_MINUTE, 300),
    keyBurst: positive('RATE_LIMIT_KEY_BURST', env.RATE_LIMIT_KEY_BURST, 100),
    loginAttemptsPerAccount: positive('LOGIN_ATTEMPTS_PER_ACCOUNT', env.LOGIN_ATTEMPTS_PER_ACCOUNT, 5),
    loginAttemptsPerIp: positive('LOGIN_ATTEMPTS_PER_IP', env.LOGIN_ATTEMPTS_PER_IP, 30),
    loginWindowMs: 15 * 60_000,
  };
}
