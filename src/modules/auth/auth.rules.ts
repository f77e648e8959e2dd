// Pure rules for credentials: the API key token format, hashing, constant-time comparison, roles
// from JWT claims, and webhook signatures. No I/O here; the service and the plugin use these.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { type Role, ROLES } from '../../context.js';

/** Every API key token starts with this, so leaked keys are easy to recognise (and to scan for). */
export const API_KEY_PREFIX = 'gtm_';
const TOKEN_PATTERN = /^gtm_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface GeneratedKey {
  /** The whole token, shown once: `gtm_<prefix>_<secret>`. */
  token: string;
  prefix: string;
  secretHash: string;
}

/** A new token: 48 random bits of public prefix (lookup) and 256 random bits of secret. */
export function generateApiKey(): GeneratedKey {
  const prefix = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { token: `${API_KEY_PREFIX}${prefix}_${secret}`, prefix, secretHash: hashSecret(secret) };
}

/** The prefix and secret of a well-formed token, or null. */
export function parseApiKey(token: string): { prefix: string; secret: string } | null {
  const match = TOKEN_PATTERN.exec(token);
  return match ? { prefix: match[1]!, secret: match[2]! } : null;
}

/**
 * SHA-256 of the secret. The secret is 256 random bits, so a slow hash (scrypt) would add
 * nothing against guessing and would cost every request; a fast hash is the right tool here.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Compares two strings in time independent of where they differ. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  if (x.length !== y.length) {
    timingSafeEqual(x, x);
    return false;
  }
  return timingSafeEqual(x, y);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * The roles a JWT grants: the claim at `path` (dots walk nested objects, e.g.
 * "realm_access.roles"), as an array or a space/comma separated string. Unknown roles are
 * ignored, never mapped to something else.
 */
export function rolesFromClaims(claims: Record<string, unknown>, path: string): Role[] {
  let value: unknown = path in claims ? claims[path] : claims;
  if (!(path in claims)) {
    for (const part of path.split('.')) {
      value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    }
  }
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  return [...new Set(items.filter(isRole))];
}

/** Where the credentials of a request are: `Authorization: Bearer …` or `x-api-key`. */
export function credentialsFrom(get: (name: string) => string | null | undefined): string | null {
  const authorization = get('authorization')?.trim();
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    return match ? match[1]! : authorization;
  }
  return get('x-api-key')?.trim() || null;
}

/**
 * Webhook signatures: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with the shared
 * secret (the scheme Stripe and others use). The timestamp bounds replays.
 */
export function signWebhook(secret: string, body: string | Buffer, timestamp: number): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
  return `t=${timestamp},v1=${mac}`;
}

export type WebhookVerdict = { ok: true } | { ok: false; reason: 'missing' | 'malformed' | 'stale' | 'mismatch' };

export function verifyWebhookSignature(
  secret: string,
  body: string | Buffer,
  header: string | null | undefined,
  options: { toleranceSeconds: number; now?: Date },
): WebhookVerdict {
  if (!header) return { ok: false, reason: 'missing' };
  const parts = Object.fromEntries(
    header.split(',').map((part) => {
      const i = part.indexOf('=');
      return [part.slice(0, i).trim(), part.slice(i + 1).trim()];
    }),
  );
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(parts.v1 ?? '')) return { ok: false, reason: 'malformed' };
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - timestamp) > options.toleranceSeconds) return { ok: false, reason: 'stale' };
  const expected = signWebhook(secret, body, timestamp).split('v1=')[1]!;
  return safeEqual(expected, parts.v1!) ? { ok: true } : { ok: false, reason: 'mismatch' };
}
