// Settings that shape what callers may do beyond roles: rate limits (memory and Redis), schema
// discovery per role, CORS, trusted documents; and what operators see: /metrics and the request log.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerMessages } from '../../src/observability/metrics.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { bearer, createKey } from '../helpers/auth.js';
import { memoryLogger } from '../helpers/logs.js';
import { runOnce, wsClient } from '../helpers/ws.js';

async function post(t: TestApp, body: unknown, headers: Record<string, string> = {}) {
  const res = await t.app.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, json: (await res.json()) as any };
}

function redisReachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(500);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

describe.each([
  ['in memory', undefined],
  ['in Redis', process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'],
])('rate limits %s', (_label, redisUrl) => {
  let t: TestApp | undefined;
  beforeAll(async () => {
    if (redisUrl && !(await redisReachable(redisUrl))) return;
    t = await startTestApp({ AUTH_MODE: 'required', RATE_LIMIT_POINTS: '3', RATE_LIMIT_WINDOW_SECONDS: '60', ...(redisUrl ? { REDIS_URL: redisUrl } : {}) });
  });
  afterAll(() => t?.close());

  it('refuse a key over its budget with 429 and Retry-After, and leave other keys alone', async (ctx) => {
    if (!t) return ctx.skip(); // no Redis reachable on this machine
    const a = bearer(await createKey('viewer'));
    const b = bearer(await createKey('viewer'));
    for (let i = 0; i < 3; i++) expect((await post(t, { query: '{ me { id } }' }, a)).status).toBe(200);
    const refused = await post(t, { query: '{ me { id } }' }, a);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.json.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect((await post(t, { query: '{ me { id } }' }, b)).status).toBe(200);
  });
});

describe('schema discovery', () => {
  let t: TestApp;
  const headers: Record<string, Record<string, string>> = {};
  beforeAll(async () => {
    t = await startTestApp({ AUTH_MODE: 'required' });
    for (const role of ['admin', 'viewer', 'operator'] as const) headers[role] = bearer(await createKey(role));
  });
  afterAll(() => t.close());

  it('allows introspection to admins and viewers only', async () => {
    const query = '{ __schema { queryType { name } } }';
    expect((await post(t, { query }, headers.admin)).json.data.__schema.queryType.name).toBe('Query');
    expect((await post(t, { query }, headers.viewer)).json.data.__schema.queryType.name).toBe('Query');
    const refused = await post(t, { query }, headers.operator);
    expect(refused.json.data ?? null).toBeNull();
    expect(refused.json.errors[0].message).toMatch(/introspection/);
    // The validation cache must not leak an admin's accepted document to the operator.
    expect((await post(t, { query }, headers.operator)).json.data ?? null).toBeNull();
  });

  it('gives "did you mean" hints only to the same roles', async () => {
    const query = '{ offerz { id } }';
    expect((await post(t, { query }, headers.admin)).json.errors[0].message).toMatch(/Did you mean/);
    const hidden = (await post(t, { query }, headers.operator)).json.errors[0].message;
    expect(hidden).toMatch(/Cannot query field "offerz"/);
    expect(hidden).not.toMatch(/Did you mean|offers/);
  });
});

describe('CORS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ CORS_ORIGINS: 'https://app.example.com' });
  });
  afterAll(() => t.close());

  const preflight = (origin: string) =>
    t.app.yoga.fetch('http://localhost/graphql', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
    });

  it('answers the allowed origin and no other', async () => {
    const ok = await preflight('https://app.example.com');
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    const evil = await preflight('https://evil.example');
    expect(evil.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    expect(evil.headers.get('access-control-allow-origin')).not.toBe('*');
  });
});

describe('trusted documents', () => {
  let t: TestApp;
  let url: string;
  const document = 'query TrustedOffers { offers { totalCount } }';
  const hash = createHash('sha256').update(document).digest('hex');
  const persisted = { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
  let operator: string;
  let viewer: string;

  beforeAll(async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gtm-trusted-'));
    const file = path.join(dir, 'persisted-documents.json');
    await writeFile(file, JSON.stringify({ [hash]: document }));
    t = await startTestApp({ AUTH_MODE: 'required', TRUSTED_DOCUMENTS_FILE: file });
    url = await t.app.start();
    operator = await createKey('operator');
    viewer = await createKey('viewer');
  });
  afterAll(() => t.close());

  it('lets a first-party app run the manifest documents by hash', async () => {
    const r = await post(t, persisted, bearer(operator));
    expect(r.json.data.offers.totalCount).toBe(0);
  });

  it('refuses other documents from a caller outside TRUSTED_DOCUMENTS_ARBITRARY_ROLES', async () => {
    const r = await post(t, { query: '{ offers { totalCount } }' }, bearer(operator));
    expect(r.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
    const unknown = await post(t, { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }, bearer(operator));
    expect(unknown.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('lets BI viewers and admins write their own queries', async () => {
    const r = await post(t, { query: '{ offers { totalCount } }' }, bearer(viewer));
    expect(r.json.data.offers.totalCount).toBe(0);
  });

  it('applies over WebSocket too', async () => {
    const { client } = wsClient(url, { authorization: `Bearer ${operator}` });
    const refused = await runOnce(client, { query: '{ offers { totalCount } }' }).then(
      () => null,
      (errors: any[]) => errors[0].extensions.code,
    );
    expect(refused).toBe('PERSISTED_QUERY_ONLY');
    const [ok] = await runOnce<any>(client, { query: '', ...persisted });
    expect(ok.data.offers.totalCount).toBe(0);
    await client.dispose();
  });
});

describe('operations', () => {
  let t: TestApp;
  let url: string;
  const logs = memoryLogger();
  beforeAll(async () => {
    t = await startTestApp({ METRICS_TOKEN: 'metrics-token-0123456789' }, { logger: logs.logger });
    url = await t.app.start();
  });
  afterAll(() => t.close());

  it('logs one line per request with the operation, duration, statements and caller', async () => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query CountOffers { offers { totalCount } }' }),
    });
    const requestId = res.headers.get('x-request-id');
    await res.json();
    const lines = logs.lines().filter((l) => l.requestId === requestId && l.msg === 'graphql request');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      operations: [{ name: 'CountOffers', type: 'query', outcome: 'ok' }],
      status: 200,
      caller: 'demo',
      statements: 1,
    });
    expect(lines[0]!.durationMs).toBeTypeOf('number');
  });

  it('serves Prometheus metrics behind METRICS_TOKEN', async () => {
    expect((await fetch(`${url}/metrics`)).status).toBe(401);
    await t.app.db.pool.query(`
      WITH o AS (INSERT INTO offers (name, type, ownership, description) VALUES ('M', 'product', 'internal', 'd') RETURNING id),
      co AS (INSERT INTO companies (offer_id, name, source_tool) SELECT id, 'Acme', 'test' FROM o RETURNING id, offer_id),
      ct AS (INSERT INTO contacts (company_id, offer_id, source_tool) SELECT id, offer_id, 'test' FROM co RETURNING id, offer_id),
      ca AS (INSERT INTO campaigns (name, offer_id, channel) SELECT 'C', id, 'email' FROM o RETURNING id)
      INSERT INTO send_queue (campaign_id, contact_id, channel, body, scheduled_for, status)
      SELECT ca.id, ct.id, 'email', 'hello', now(), s FROM ca, ct, unnest(ARRAY['pending', 'pending', 'sent']) AS s`);
    workerMessages.inc({ channel: 'email', outcome: 'sent' });
    const { client } = wsClient(url);
    const beat = runOnce(client, { query: 'subscription Beat { heartbeat(intervalSeconds: 1) { sequence } }' }, 2);
    await new Promise((r) => setTimeout(r, 200));
    const res = await fetch(`${url}/metrics`, { headers: { authorization: 'Bearer metrics-token-0123456789' } });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/gtm_graphql_operations_total\{operation="CountOffers",type="query",transport="http",outcome="ok"\} \d+/);
    expect(text).toMatch(/gtm_graphql_operation_duration_seconds_bucket\{le="0\.005",operation="CountOffers"/);
    expect(text).toMatch(/gtm_graphql_active_subscriptions\{transport="ws"\} 1/);
    expect(text).toMatch(/gtm_send_worker_messages_total\{channel="email",outcome="sent"\} 1/);
    expect(text).toMatch(/gtm_db_pool_connections\{state="total"\} \d+/);
    expect(text).toMatch(/gtm_send_queue_items\{status="pending"\} 2/);
    expect(text).toMatch(/gtm_send_queue_items\{status="sent"\} 1/);
    await beat;
    await client.dispose();
  });
});
