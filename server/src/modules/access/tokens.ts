/** Random secrets (session tokens, API keys) and the SHA-256 digests stored in their place. */
import { createHash, randomBytes } from 'node:crypto';

export const API_KEY_PREFIX = 'qz_';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** 256 random bits, URL-safe. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** `qz_` and 256 random bits: the prefix lets secret scanners and people recognise a Qyzmet key. */
export function newApiKey(): string {
  return API_KEY_PREFIX + randomBytes(32).toString('base64url');
}

/** What may be a key at all: anything else is refused without touching the database. */
export const API_KEY_PATTERN = /^qz_[A-Za-z0-9_-]{43}$/;
export const SESSION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
