// API keys through the graph: an admin creates one (the token is shown once, only a hash is
// stored), lists and revokes it; a revoked, expired or unknown key is refused with 401.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totalStatements } from '../../src/database/sql-counter.js';
import { hashSecret } from '../../src/modules/auth/auth.rules.js';
import { clearApiKeyCache, createApiKey } from '../../src/modules/auth/auth.service.js';
import { graphql } from '../generated/gql.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { bearer, createKey } from '../helpers/auth.js';

let t: TestApp;
let admin: Record<string, string>;

beforeAll(async () => {
  t = await startTestApp({ AUTH_MODE: 'required' });
  admin = bearer(await createKey('admin'));
});
afterAll(() => t.close());

const CREATE = graphql(`
  mutation CreateApiKeyForTest($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on NewApiKey { token apiKey { id uuid name prefix roles revokedAt expiresAt } }
      ... on ValidationFailed { problems { path message } }
      ... on Forbidden { message }
    }
  }
`);

const REVOKE = graphql(`
  mutation RevokeApiKeyForTest($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      __typename
      ... on MutationRevokeApiKeySuccess { apiKey { id revokedAt revokedBy } }
      ... on Error { code message }
    }
  }
`);

async function create(input: { name: string; roles: ('admin' | 'viewer' | 'operator')[]; expiresAt?: string }) {
  const r = await t.gql(CREATE, { input }, { headers: admin });
  const result = r.data!.createApiKey;
  if (result.__typename !== 'NewApiKey') throw new Error(JSON.stringify(result));
  return result;
}

async function me(headers: Record<string, string>) {
  return t.gql('{ me { id roles via } }', {}, { headers, allowErrors: true });
}

describe('API keys', () => {
  it('are created by an admin, shown once, and stored only as a hash', async () => {
    const created = await create({ name: 'BI dashboard', roles: ['viewer'] });
    expect(created.token).toMatch(/^gtm_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(created.apiKey).toMatchObject({ name: 'BI dashboard', roles: ['viewer'], revokedAt: null });
    expect(created.token.startsWith(`gtm_${created.apiKey.prefix}_`)).toBe(true);

    const { rows } = await t.app.db.pool.query('SELECT * FROM api_keys WHERE id = $1', [created.apiKey.uuid]);
    const stored = JSON.stringify(rows[0]);
    const secret = created.token.split('_').slice(2).join('_');
    expect(stored).not.toContain(secret);
    expect(rows[0].secret_hash).toBe(hashSecret(secret));

    const r = await me(bearer(created.token));
    expect(r.data!.me).toEqual({ id: `api_key:${created.apiKey.uuid}`, roles: ['viewer'], via: 'api_key' });
    // The key is never readable again through the graph.
    const list = await t.gql('{ apiKeys { edges { node { prefix name } } } }', {}, { headers: admin });
    expect(JSON.stringify(list)).not.toContain(secret);
  });

  it('work in the x-api-key header too, and cost no statement once cached', async () => {
    const token = await createKey('operator');
    clearApiKeyCache();
    const before = totalStatements();
    await me({ 'x-api-key': token });
    const afterFirst = totalStatements();
    await me({ 'x-api-key': token });
    expect(afterFirst - before).toBe(1); // one statement finds the key and records its use
    expect(totalStatements() - afterFirst).toBe(0);
    const { rows } = await t.app.db.pool.query('SELECT last_used_at FROM api_keys WHERE prefix = $1', [token.slice(4, 16)]);
    expect(rows[0].last_used_at).not.toBeNull();
  });

  it('are refused once revoked, at once in this process', async () => {
    const created = await create({ name: 'to revoke', roles: ['operator'] });
    expect((await me(bearer(created.token))).data!.me.roles).toEqual(['operator']);
    const r = await t.gql(REVOKE, { input: { id: created.apiKey.id } }, { headers: admin });
    expect(r.data!.revokeApiKey.__typename).toBe('MutationRevokeApiKeySuccess');
    const refused = await me(bearer(created.token));
    expect(refused.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    const again = await t.gql(REVOKE, { input: { id: created.apiKey.id } }, { headers: admin });
    expect(again.data!.revokeApiKey).toMatchObject({ __typename: 'Conflict', code: 'CONFLICT' });
    const unknown = await t.gql(REVOKE, { input: { id: Buffer.from('ApiKey:00000000-0000-4000-8000-000000000000').toString('base64') } }, { headers: admin });
    expect(unknown.data!.revokeApiKey).toMatchObject({ __typename: 'NotFound' });
    const garbage = await t.gql(REVOKE, { input: { id: 'nonsense' } }, { headers: admin });
    expect(garbage.data!.revokeApiKey).toMatchObject({ __typename: 'ValidationFailed' });
  });

  it('are refused after they expire, and unknown or malformed ones are refused', async () => {
    const { token, apiKey } = await createApiKey({ name: 'short-lived', roles: ['viewer'], expiresAt: new Date(Date.now() + 60_000) });
    expect((await me(bearer(token))).data!.me.roles).toEqual(['viewer']);
    await t.app.db.pool.query(`UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1`, [apiKey.id]);
    clearApiKeyCache();
    expect((await me(bearer(token))).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    const wrongSecret = `${token.slice(0, 17)}${'A'.repeat(43)}`;
    const res = await t.app.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(wrongSecret) },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('validate their input', async () => {
    const r = await t.gql(CREATE, { input: { name: '  ', roles: [] } }, { headers: admin });
    expect(r.data!.createApiKey).toMatchObject({ __typename: 'ValidationFailed' });
    const past = await t.gql(CREATE, { input: { name: 'x', roles: ['viewer'], expiresAt: '2000-01-01T00:00:00Z' } }, { headers: admin });
    expect(past.data!.createApiKey).toMatchObject({ __typename: 'ValidationFailed' });
  });

  it('are managed by admins only', async () => {
    const operator = bearer(await createKey('operator'));
    const r = await t.gql(CREATE, { input: { name: 'sneaky', roles: ['admin'] } }, { headers: operator });
    expect(r.data!.createApiKey).toMatchObject({ __typename: 'Forbidden' });
    const list = await t.gql('{ apiKeys { totalCount } }', {}, { headers: operator, allowErrors: true });
    expect(list.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(list.data?.apiKeys ?? null).toBeNull();
    // Not through node(id:) either.
    const created = await create({ name: 'hidden', roles: ['viewer'] });
    const viaNode = await t.gql('query ($id: ID!) { node(id: $id) { ... on ApiKey { name prefix roles } } }', { id: created.apiKey.id }, { headers: operator, allowErrors: true });
    expect(JSON.stringify(viaNode.data)).not.toContain('hidden');
    expect(viaNode.errors!.map((e) => e.extensions!.code)).toContain('FORBIDDEN');
    const listed = await t.gql('{ apiKeys(includeRevoked: false) { totalCount edges { node { roles revokedAt } } } }', {}, { headers: admin });
    expect(listed.data!.apiKeys.edges.every((e: any) => e.node.revokedAt === null)).toBe(true);
  });
});

describe('npm run auth:create-admin-key', () => {
  it('prints a working admin token once', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/create-admin-key.ts', '--name', 'first admin'],
      { cwd: root, env: { ...process.env, DATABASE_URL: t.testDb.url, MIGRATE_ON_START: 'false', LOG_LEVEL: 'silent' } },
    );
    const token = stdout.trim();
    expect(token).toMatch(/^gtm_/);
    expect(stderr).toMatch(/shown this once/);
    const r = await me(bearer(token));
    expect(r.data!.me.roles).toEqual(['admin']);
  });
});
