// Abuse over HTTP and WebSocket: every request here is refused, and none of them reaches the
// database (the process-wide SQL statement counter does not move). The server runs for real
// (listening on a port) in AUTH_MODE=required; most requests carry a valid admin key, so the
// refusals come from the limits themselves, not from a missing credential.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totalStatements } from '../../src/database/sql-counter.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { bearer, createKey } from '../helpers/auth.js';
import { closeOf, nextMessage, rawSocket, runOnce, wsClient } from '../helpers/ws.js';

let t: TestApp;
let url: string;
let admin: Record<string, string>;
let adminToken: string;

beforeAll(async () => {
  t = await startTestApp({
    AUTH_MODE: 'required',
    BATCH_LIMIT: '5',
    WS_MAX_PAYLOAD_BYTES: '20000',
    WS_CONNECTION_INIT_TIMEOUT_MS: '300',
    WS_MAX_SUBSCRIPTIONS: '2',
    MAX_REQUEST_BYTES: '50000',
  });
  url = await t.app.start();
  adminToken = await createKey('admin');
  admin = bearer(adminToken);
  // Warm the key cache: the first request with a key looks it up; later ones cost no statement.
  const warm = await post({ query: '{ me { id } }' }, admin);
  expect(warm.status).toBe(200);
});
afterAll(() => t.close());

/** Runs `fn` and fails if any SQL statement was sent meanwhile. */
async function withoutDatabase<T>(fn: () => Promise<T>): Promise<T> {
  const before = totalStatements();
  const result = await fn();
  expect(totalStatements() - before, 'SQL statements sent while refusing').toBe(0);
  return result;
}

async function post(body: unknown, headers: Record<string, string> = {}, contentType = 'application/json') {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text, headers: res.headers };
}

function codes(json: any): string[] {
  return (json?.errors ?? []).map((e: any) => e.extensions?.code);
}

describe('over HTTP', () => {
  it('refuses a depth bomb', async () => {
    let inner = 'id';
    for (let i = 0; i < 40; i++) inner = `f${i} { ${inner} }`;
    const r = await withoutDatabase(() => post({ query: `{ ${inner} }` }, admin));
    expect(r.json.data ?? null).toBeNull();
    expect(codes(r.json)).toContain('QUERY_LIMIT_EXCEEDED');
    // The message names no limit.
    const limitError = r.json.errors.find((e: any) => e.extensions.code === 'QUERY_LIMIT_EXCEEDED');
    expect(limitError.message).not.toMatch(/\d/);
  });

  it('refuses an alias bomb', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: offers { totalCount }`).join(' ');
    const r = await withoutDatabase(() => post({ query: `{ ${aliases} }` }, admin));
    expect(codes(r.json)).toEqual(['QUERY_LIMIT_EXCEEDED']);
    expect(r.json.errors[0].message).not.toMatch(/\d/);
  });

  it('refuses a directive bomb', async () => {
    const directives = Array.from({ length: 100 }, () => '@include(if: true)').join(' ');
    const r = await withoutDatabase(() => post({ query: `{ offers ${directives} { totalCount } }` }, admin));
    expect(codes(r.json)).toContain('QUERY_LIMIT_EXCEEDED');
  });

  it('refuses a document with too many tokens', async () => {
    const fields = Array.from({ length: 6000 }, () => 'a').join(' ');
    const r = await withoutDatabase(() => post({ query: `{ ${fields} }` }, admin));
    expect(r.json.data ?? null).toBeNull();
    expect(r.json.errors[0].message).toMatch(/Query refused/);
    expect(r.json.errors[0].message).not.toMatch(/\d/);
  });

  it('refuses an expensive query', async () => {
    const r = await withoutDatabase(() =>
      // Pages within pages: up to 100 × 100 × 100 contacts, each a handful of values.
      post({ query: '{ offers(first: 100) { edges { node { companies(first: 100) { edges { node { contacts(first: 100) { edges { node { id fullName email } } } } } } } } } }' }, admin),
    );
    expect(codes(r.json)).toEqual(['QUERY_LIMIT_EXCEEDED']);
  });

  it('refuses a huge `first`, written in the document or passed as a variable', async () => {
    const literal = await withoutDatabase(() => post({ query: '{ offers(first: 101) { totalCount } }' }, admin));
    expect(codes(literal.json)).toEqual(['VALIDATION_FAILED']);
    const variable = await withoutDatabase(() =>
      post({ query: 'query ($n: Int) { offers(first: $n) { edges { node { id } } } }', variables: { n: 1_000_000 } }, admin),
    );
    expect(codes(variable.json)).toEqual(['VALIDATION_FAILED']);
    expect(variable.json.data ?? null).toBeNull();
    const last = await withoutDatabase(() =>
      post({ query: 'query ($n: Int) { offers(last: $n) { totalCount } }', variables: { n: 5000 } }, admin),
    );
    expect(codes(last.json)).toEqual(['VALIDATION_FAILED']);
  });

  it('refuses circular fragments', async () => {
    const query = 'query { ...A } fragment A on Query { offers { totalCount } ...B } fragment B on Query { ...A }';
    const r = await withoutDatabase(() => post({ query }, admin));
    expect(r.json.data ?? null).toBeNull();
    expect(r.json.errors.some((e: any) => /Cannot spread fragment "A" within itself/.test(e.message))).toBe(true);
  });

  it('refuses a batch of more operations than BATCH_LIMIT', async () => {
    const batch = Array.from({ length: 50 }, () => ({ query: '{ offers { totalCount } }' }));
    const r = await withoutDatabase(() => post(batch, admin));
    expect(r.status).toBe(413);
    expect(r.text).not.toMatch(/offers/);
  });

  it('refuses a mutation over GET', async () => {
    const q = encodeURIComponent('mutation { revokeApiKey(input: { id: "x" }) { __typename } }');
    const r = await withoutDatabase(async () => {
      const res = await fetch(`${url}/graphql?query=${q}`, { headers: { ...admin, 'x-graphql-yoga-csrf': '1' } });
      return { status: res.status, json: await res.json() };
    });
    expect(r.status).toBe(405);
    expect(r.json.data ?? null).toBeNull();
  });

  it('refuses a GET without the CSRF header, and a POST with a simple content type', async () => {
    const q = encodeURIComponent('{ offers { totalCount } }');
    const get = await withoutDatabase(async () => {
      const res = await fetch(`${url}/graphql?query=${q}`, { headers: { ...admin, accept: 'application/json' } });
      return { status: res.status, text: await res.text() };
    });
    expect(get.status).toBe(403);
    expect(get.text).not.toMatch(/totalCount/);
    const form = await withoutDatabase(() => post('query=%7B+offers+%7B+totalCount+%7D+%7D', admin, 'application/x-www-form-urlencoded'));
    expect(form.status).toBe(403);
    const text = await withoutDatabase(() => post(JSON.stringify({ query: '{ offers { totalCount } }' }), admin, 'text/plain'));
    expect([403, 415]).toContain(text.status);
    // With the header, the same GET query works.
    const ok = await fetch(`${url}/graphql?query=${q}`, { headers: { ...admin, 'x-graphql-yoga-csrf': '1', accept: 'application/json' } });
    expect((await ok.json()).data.offers.totalCount).toBeTypeOf('number');
  });

  it('refuses an oversized request body', async () => {
    const r = await withoutDatabase(() => post({ query: '{ offers { totalCount } }', variables: { junk: 'x'.repeat(100_000) } }, admin));
    expect(r.status).toBe(413);
  });

  it('refuses requests without credentials, and with bad ones', async () => {
    const anonymous = await withoutDatabase(() => post({ query: '{ offers { totalCount } }' }));
    expect(codes(anonymous.json)).toEqual(['UNAUTHENTICATED']);
    // A malformed token is refused without a lookup.
    const bad = await withoutDatabase(() => post({ query: '{ offers { totalCount } }' }, bearer('gtm_nope')));
    expect(bad.status).toBe(401);
    expect(codes(bad.json)).toEqual(['UNAUTHENTICATED']);
    // No introspection and no hints for an anonymous caller either.
    const introspection = await withoutDatabase(() => post({ query: '{ __schema { types { name } } }' }));
    expect(JSON.stringify(introspection.json)).not.toMatch(/"name":"Offer"/);
  });
});

describe('over server-sent events', () => {
  it('refuses a subscription without credentials', async () => {
    const r = await withoutDatabase(async () => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query: 'subscription { heartbeat(intervalSeconds: 1) { sequence } }' }),
      });
      return { status: res.status, text: await res.text() };
    });
    expect(r.text).toMatch(/UNAUTHENTICATED/);
    expect(r.text).not.toMatch(/"sequence"/);
  });

  it('streams one to a caller with a key', async () => {
    const controller = new AbortController();
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...admin },
      body: JSON.stringify({ query: 'subscription { heartbeat(intervalSeconds: 1) { sequence } }' }),
      signal: controller.signal,
    });
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes('"sequence":1')) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    expect(text).toMatch(/"heartbeat":\{"sequence":1\}/);
  });
});

describe('over WebSocket', () => {
  it('refuses an upgrade from a foreign origin', async () => {
    const error = await withoutDatabase(() => rawSocket(url, {}, 'https://evil.example').then(() => null, (e) => e));
    expect(error?.status).toBe(403);
    // The same origin (GraphiQL served by this server) is fine.
    const same = await rawSocket(url, {}, url);
    same.close();
  });

  it('refuses a subscription without credentials (closes the socket with 4403)', async () => {
    const { client, closed } = wsClient(url);
    const outcome = await withoutDatabase(() =>
      runOnce(client, { query: 'subscription { heartbeat(intervalSeconds: 1) { sequence } }' }).then(
        () => 'delivered',
        () => 'refused',
      ),
    );
    expect(outcome).toBe('refused');
    expect((await closed).code).toBe(4403);
    await client.dispose();
  });

  it('closes the socket on an oversized message (1009)', async () => {
    const socket = await rawSocket(url);
    const closed = closeOf(socket);
    await withoutDatabase(async () => {
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${adminToken}`, junk: 'x'.repeat(50_000) } }));
      expect((await closed).code).toBe(1009);
    });
  });

  it('closes a socket that never sends connection_init (4408)', async () => {
    const socket = await rawSocket(url);
    const closed = await withoutDatabase(() => closeOf(socket));
    expect(closed.code).toBe(4408);
  });

  it('applies the same limits as HTTP to every operation', async () => {
    const { client } = wsClient(url, { authorization: `Bearer ${adminToken}` });
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: offers { totalCount }`).join(' ');
    const refused = async (query: string, variables?: Record<string, unknown>) =>
      withoutDatabase(() =>
        runOnce(client, { query, variables }).then(
          () => [] as string[],
          (errors: any[]) => errors.map((e) => e.extensions?.code),
        ),
      );
    expect(await refused(`{ ${aliases} }`)).toEqual(['QUERY_LIMIT_EXCEEDED']);
    expect(await refused('query ($n: Int) { offers(first: $n) { totalCount } }', { n: 10_000 })).toEqual([]);
    let inner = 'id';
    for (let i = 0; i < 40; i++) inner = `f${i} { ${inner} }`;
    expect(await refused(`{ ${inner} }`)).toContain('QUERY_LIMIT_EXCEEDED');
    await client.dispose();
  });

  it('refuses a huge page passed as a variable on a subscription socket too', async () => {
    const { client } = wsClient(url, { authorization: `Bearer ${adminToken}` });
    const result = await withoutDatabase(() =>
      runOnce<any>(client, { query: 'query ($n: Int) { offers(first: $n) { totalCount } }', variables: { n: 10_000 } }),
    );
    expect(result[0].errors[0].extensions.code).toBe('VALIDATION_FAILED');
    await client.dispose();
  });

  it('refuses more concurrent operations per connection than WS_MAX_SUBSCRIPTIONS', async () => {
    const socket = await rawSocket(url);
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${adminToken}` } }));
    expect((await nextMessage(socket)).type).toBe('connection_ack');
    const messages: any[] = [];
    socket.on('message', (data) => messages.push(JSON.parse(String(data))));
    await withoutDatabase(async () => {
      for (const id of ['1', '2', '3']) {
        socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query: 'subscription { heartbeat(intervalSeconds: 300) { sequence } }' } }));
      }
      await new Promise((r) => setTimeout(r, 300));
    });
    const refused = messages.filter((m) => m.type === 'error');
    expect(refused.map((m) => m.id)).toEqual(['3']);
    expect(refused[0].payload[0].extensions.code).toBe('LIMIT_REACHED');
    socket.close();
  });
});
