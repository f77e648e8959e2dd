// JWTs from a configured issuer: a shared secret (HS256) or a JWKS URL (RS256, served here by a
// local HTTP server); roles come from a claim (a dotted path reaches nested claims).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { bearer } from '../helpers/auth.js';
import { runOnce, wsClient } from '../helpers/ws.js';

const SECRET = 'a-shared-secret-of-at-least-32-characters';
const ISSUER = 'https://id.example.test/';
const AUDIENCE = 'gtm-graph';

async function hsToken(claims: Record<string, unknown>, options: { exp?: string | number; audience?: string; issuer?: string } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('user-42')
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.exp ?? '5m')
    .sign(new TextEncoder().encode(SECRET));
}

describe('with a shared secret', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ AUTH_MODE: 'required', JWT_SECRET: SECRET, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE });
  });
  afterAll(() => t.close());

  const me = (token: string) => t.gql('{ me { id roles via } }', {}, { headers: bearer(token), allowErrors: true });

  it('accepts a valid token and takes the roles from the claim', async () => {
    const r = await me(await hsToken({ roles: ['sales_manager', 'unknown-role'] }));
    expect(r.data!.me).toEqual({ id: 'jwt:user-42', roles: ['sales_manager'], via: 'jwt' });
  });

  it.each([
    ['another audience', () => hsToken({ roles: ['admin'] }, { audience: 'someone-else' })],
    ['another issuer', () => hsToken({ roles: ['admin'] }, { issuer: 'https://evil.example/' })],
    ['an expired token', () => hsToken({ roles: ['admin'] }, { exp: Math.floor(Date.now() / 1000) - 3600 })],
    ['no known role', () => hsToken({ roles: ['superuser'] })],
    [
      'another secret',
      () =>
        new SignJWT({ roles: ['admin'] })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setExpirationTime('5m')
          .sign(new TextEncoder().encode('x'.repeat(40))),
    ],
  ])('refuses %s with 401', async (_label, make) => {
    const r = await me(await make());
    expect(r.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(r.data ?? null).toBeNull();
  });

  it('authenticates WebSocket connections from the connection_init payload', async () => {
    const url = await t.app.start();
    const token = await hsToken({ roles: ['viewer'] });
    const { client } = wsClient(url, { authorization: `Bearer ${token}` });
    const [result] = await runOnce<any>(client, { query: '{ me { id roles } }' });
    expect(result.data.me).toEqual({ id: 'jwt:user-42', roles: ['viewer'] });
    const [beat] = await runOnce<any>(client, { query: 'subscription { heartbeat(intervalSeconds: 1) { sequence } }' });
    expect(beat.data.heartbeat.sequence).toBe(1);
    await client.dispose();
  });
});

describe('with a JWKS URL and a nested roles claim', () => {
  let t: TestApp;
  let jwks: Server;
  let sign: (claims: Record<string, unknown>) => Promise<string>;

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwks = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', r));
    const { port } = jwks.address() as AddressInfo;
    sign = (claims) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('svc-bi')
        .setIssuer(ISSUER)
        .setExpirationTime('5m')
        .sign(privateKey);
    t = await startTestApp({
      AUTH_MODE: 'required',
      JWT_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`,
      JWT_ISSUER: ISSUER,
      JWT_ROLES_CLAIM: 'realm_access.roles',
    });
  });
  afterAll(async () => {
    await t.close();
    await new Promise((r) => jwks.close(r));
  });

  it('verifies the signature with the published key', async () => {
    const token = await sign({ realm_access: { roles: ['viewer', 'operator'] } });
    const r = await t.gql('{ me { id roles } }', {}, { headers: bearer(token) });
    expect(r.data!.me).toEqual({ id: 'jwt:svc-bi', roles: ['viewer', 'operator'] });
  });

  it('refuses a token signed with the shared-secret algorithm (no algorithm confusion)', async () => {
    const forged = await new SignJWT({ realm_access: { roles: ['admin'] } })
      .setProtectedHeader({ alg: 'HS256', kid: 'k1' })
      .setSubject('x')
      .setIssuer(ISSUER)
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('y'.repeat(40)));
    const r = await t.gql('{ me { id } }', {}, { headers: bearer(forged), allowErrors: true });
    expect(r.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});
