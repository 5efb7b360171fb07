import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const KEY_FORMAT = /^rk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface ApiKeySecret {
  /** Shown to the caller once; never stored. */
  readonly key: string;
  /** Stored in the clear to find the key's row. */
  readonly prefix: string;
  readonly hash: string;
}

/**
 * A new key: `rk_` + 12 hex characters of lookup prefix + `_` + 256 random bits (base64url). The secret has full
 * entropy, so a SHA-256 digest is as strong as a slow hash here and keeps per-request verification cheap.
 */
export function newApiKeySecret(): ApiKeySecret {
  const prefix = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const key = `rk_${prefix}_${secret}`;
  return { key, prefix, hash: apiKeyHash(key) };
}

/** The prefix of a well-formed key, or undefined. */
export function apiKeyPrefix(key: string): string | undefined {
  return typeof key === 'string' ? KEY_FORMAT.exec(key)?.[1] : undefined;
}

export function apiKeyHash(key: string): string {
  return `sha256:${createHash('sha256').update(key, 'utf8').digest('hex')}`;
}

/** Compares in constant time. */
export function apiKeyMatches(key: string, storedHash: string): boolean {
  const a = Buffer.from(apiKeyHash(key));
  const b = Buffer.from(storedHash);
  return a.length === b.length && timingSafeEqual(a, b);
}
