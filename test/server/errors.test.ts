// What a client sees when something goes wrong inside: "Unexpected error." with a request id it
// also gets as a header, and nothing of SQL, stacks, hosts or providers; the log has the rest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { memoryLogger } from '../helpers/logs.js';

const LEAKS = /offers_gone|relation|table|prisma|postgres|127\.0\.0\.1|5432|stack|at .*\.ts|timeout exceeded|pool/i;

async function post(t: TestApp, query: string, headers: Record<string, string> = {}) {
  const res = await t.app.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, header: res.headers.get('x-request-id'), text: await res.text() };
}

describe('a database error', () => {
  let t: TestApp;
  const logs = memoryLogger();
  beforeAll(async () => {
    t = await startTestApp({}, { logger: logs.logger });
  });
  afterAll(() => t.close());

  it('reaches the client masked, with the request id of the log line', async () => {
    await t.app.db.pool.query('ALTER TABLE offers RENAME TO offers_gone');
    try {
      const r = await post(t, '{ offers { totalCount } }');
      const body = JSON.parse(r.text);
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].message).toBe('Unexpected error.');
      expect(body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: r.header });
      expect(r.text).not.toMatch(LEAKS);
      const logged = logs.lines().find((l) => l.requestId === r.header && l.err);
      expect(logged?.msg).toMatch(/unexpected error/);
      expect(JSON.stringify(logged?.err)).toMatch(/offers/);
      const requestLine = logs.lines().find((l) => l.requestId === r.header && l.msg === 'graphql request');
      expect(requestLine).toMatchObject({ caller: 'demo', operations: [{ type: 'query', outcome: 'error' }] });
    } finally {
      await t.app.db.pool.query('ALTER TABLE offers_gone RENAME TO offers');
    }
  });

  it('keeps a correlation id the client sent', async () => {
    const r = await post(t, '{ offers { totalCount } }', { 'x-request-id': 'trace-1234567890' });
    expect(r.header).toBe('trace-1234567890');
    const junk = await post(t, '{ offers { totalCount } }', { 'x-request-id': 'bad id with spaces' });
    expect(junk.header).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('an exhausted pool', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DB_POOL_MAX: '1', DB_POOL_ACQUIRE_TIMEOUT_MS: '300' });
  });
  afterAll(() => t.close());

  it('fails the request quickly with a masked error instead of hanging', async () => {
    const held = await t.app.db.pool.connect();
    try {
      const r = await post(t, '{ offers { totalCount } }');
      const body = JSON.parse(r.text);
      expect(body.errors[0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(r.text).not.toMatch(LEAKS);
    } finally {
      held.release();
    }
    const after = await post(t, '{ offers { totalCount } }');
    expect(JSON.parse(after.text).data.offers.totalCount).toBe(0);
  });
});

describe('a statement that runs too long', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DB_STATEMENT_TIMEOUT_MS: '200' });
  });
  afterAll(() => t.close());

  it('is cancelled by PostgreSQL (statement_timeout on every pooled connection)', async (ctx) => {
    // PGlite runs statements to completion in-process; it cannot cancel one.
    if (t.testDb.kind === 'pglite') ctx.skip();
    const { rows } = await t.app.db.pool.query<{ statement_timeout: string }>('SHOW statement_timeout');
    expect(rows[0]!.statement_timeout).toBe('200ms');
    await expect(t.app.db.pool.query('SELECT pg_sleep(5)')).rejects.toMatchObject({ code: '57014' });
  });
});
