// API keys: create (the token is returned once), list, revoke, and the lookup every request with
// a key goes through. Verified keys are cached for API_KEY_CACHE_SECONDS so a busy key costs no
// query per request; a revocation through this process drops its cache entry at once (other
// processes notice within the cache time).
import { prisma } from '../../db.js';
import { ConflictError, NotFoundError, ValidationFailedError } from '../../errors.js';
import type { ApiKey } from '../../generated/prisma/client.js';
import type { Caller, Role } from '../../context.js';
import { generateApiKey, hashSecret, isRole, parseApiKey, safeEqual } from './auth.rules.js';

export interface CreateApiKeyInput {
  name: string;
  roles: Role[];
  expiresAt?: Date | null;
}

export interface CreatedApiKey {
  apiKey: ApiKey;
  /** The whole token; it is not stored and cannot be shown again. */
  token: string;
}

export async function createApiKey(input: CreateApiKeyInput, ctx?: { caller: Caller | null }): Promise<CreatedApiKey> {
  const name = input.name.trim();
  const roles = [...new Set(input.roles)];
  const problems = [];
  if (!name || name.length > 200) problems.push({ path: 'name', message: 'must be 1 to 200 characters' });
  if (!roles.length || !roles.every(isRole)) problems.push({ path: 'roles', message: 'must name at least one role' });
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
    problems.push({ path: 'expiresAt', message: 'must be in the future' });
  }
  if (problems.length) throw new ValidationFailedError(problems);
  const key = generateApiKey();
  const apiKey = await prisma.apiKey.create({
    data: {
      name,
      prefix: key.prefix,
      secretHash: key.secretHash,
      roles,
      expiresAt: input.expiresAt ?? null,
      createdBy: ctx?.caller?.id ?? null,
    },
  });
  return { apiKey, token: key.token };
}

/** Revokes a key (a conditional write: revoking twice is a Conflict, not a second revocation). */
export async function revokeApiKey(input: { id: string }, ctx?: { caller: Caller | null }): Promise<ApiKey> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    UPDATE api_keys SET revoked_at = now(), revoked_by = ${ctx?.caller?.id ?? null}
    WHERE id = ${input.id}::uuid AND revoked_at IS NULL
    RETURNING id`;
  const key = await prisma.apiKey.findUnique({ where: { id: input.id } });
  if (!key) throw new NotFoundError('ApiKey', input.id);
  if (!rows.length) throw new ConflictError(`ApiKey ${input.id} was already revoked`);
  forgetKey(key.prefix);
  return key;
}

interface CachedKey {
  id: string;
  secretHash: string;
  roles: Role[];
  expiresAt: Date | null;
  cachedAt: number;
}

const cache = new Map<string, CachedKey>();
const CACHE_LIMIT = 10_000;

function forgetKey(prefix: string): void {
  cache.delete(prefix);
}

/** Drops every cached key (tests; or after revoking keys by SQL). */
export function clearApiKeyCache(): void {
  cache.clear();
}

/**
 * The caller a token stands for, or null when the token is unknown, revoked, expired or wrong.
 * On a cache miss, one statement both finds the key and records its use.
 */
export async function authenticateApiKey(token: string, options: { cacheSeconds: number }): Promise<Caller | null> {
  const parsed = parseApiKey(token);
  if (!parsed) return null;
  const now = Date.now();
  let entry = cache.get(parsed.prefix);
  if (!entry || now - entry.cachedAt > options.cacheSeconds * 1000) {
    const rows = await prisma.$queryRaw<{ id: string; secret_hash: string; roles: string[]; expires_at: Date | null }[]>`
      UPDATE api_keys SET last_used_at = now()
      WHERE prefix = ${parsed.prefix} AND revoked_at IS NULL
      RETURNING id, secret_hash, roles, expires_at`;
    const row = rows[0];
    if (!row) {
      forgetKey(parsed.prefix);
      return null;
    }
    entry = {
      id: row.id,
      secretHash: row.secret_hash,
      roles: row.roles.filter(isRole),
      expiresAt: row.expires_at,
      cachedAt: now,
    };
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    if (options.cacheSeconds > 0) cache.set(parsed.prefix, entry);
  }
  if (!safeEqual(entry.secretHash, hashSecret(parsed.secret))) return null;
  if (entry.expiresAt && entry.expiresAt.getTime() <= now) return null;
  return { id: `api_key:${entry.id}`, roles: entry.roles, via: 'api_key' };
}
