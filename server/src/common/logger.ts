import { pino, type Logger } from 'pino';

/** Structured JSON logs on stdout; one logger per process, child loggers per request. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'qyzmet' },
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password'], censor: '[redacted]' },
  });
}
export type { Logger };
