/**
 * Time-ordered UUIDs (RFC 9562 version 7): 48 bits of Unix milliseconds, then random bits. Rows of
 * the big tables (applications, complaints, survey answers) get these ids so that new rows land at
 * the end of the primary-key index instead of at random pages, which keeps inserts of a million
 * rows fast. They are ordinary UUIDs to every client and to PostgreSQL.
 */
import { randomBytes } from 'node:crypto';

export function uuidv7(at: number = Date.now()): string {
  const bytes = randomBytes(16);
  let ms = Math.max(0, Math.floor(at));
  for (let i = 5; i >= 0; i--) { bytes[i] = ms % 256; ms = Math.floor(ms / 256); }
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
