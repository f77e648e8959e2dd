// Graceful shutdown with a real server process and real clients: SIGTERM while HTTP requests
// and a WebSocket query are in flight (held inside PostgreSQL by a table lock, so they are
// provably in flight) and subscriptions are open. Every in-flight request completes, new
// connections are refused, subscriptions are closed with 1001 Going Away, the process exits 0.
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { buildApp } from '../../src/server.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { runOnce, wsClient } from '../helpers/ws.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function startServer(databaseUrl: string): Promise<{ child: ChildProcess; url: string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      AUTH_MODE: 'demo',
      HOST: '127.0.0.1',
      PORT: '0',
      MIGRATE_ON_START: 'false',
      LOG_LEVEL: 'info',
      DB_POOL_MAX: '30',
      DB_POOL_ACQUIRE_TIMEOUT_MS: '60000',
      DB_STATEMENT_TIMEOUT_MS: '60000',
      SHUTDOWN_TIMEOUT_MS: '30000',
      RATE_LIMIT_POINTS: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk) => {
      buffer += String(chunk);
      for (const line of buffer.split('\n')) {
        const url = /"url":"(http:\/\/[^"]+)\/graphql"/.exec(line)?.[1];
        if (url) return resolve({ child, url, exited });
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited early (${code})`)));
  });
}

function connectRefused(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

describe('SIGTERM', () => {
  let testDb: TestDatabase;
  let server: ChildProcess | undefined;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    // Never leave a server behind, even when the test timed out.
    if (server && server.exitCode === null) server.kill('SIGKILL');
    await testDb.drop();
  });

  it('finishes every in-flight request, closes subscriptions with 1001 and exits 0', async (ctx) => {
    // Needs several real sessions (a lock held by one, requests waiting in others).
    if (testDb.kind === 'pglite') ctx.skip();
    const { child, url, exited } = await startServer(testDb.url);
    server = child;
    const locker = new pg.Client({ connectionString: testDb.url });
    await locker.connect();
    try {
      // Subscriptions, open and ticking.
      const subs = Array.from({ length: 3 }, () => wsClient(url));
      const ticks = subs.map(({ client }) => {
        let resolveFirst!: () => void;
        const first = new Promise<void>((r) => (resolveFirst = r));
        client.subscribe({ query: 'subscription { heartbeat(intervalSeconds: 1) { sequence } }' }, {
          next: () => resolveFirst(),
          error: () => {},
          complete: () => {},
        });
        return first;
      });
      await Promise.all(ticks);

      // The server has been serving (its pool has connections open).
      await Promise.all(
        Array.from({ length: 5 }, () =>
          fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ offers { totalCount } }' }),
          }).then((r) => r.json()),
        ),
      );
      // In-flight work, held by a lock on offers.
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE offers IN ACCESS EXCLUSIVE MODE');
      const N = 12;
      const requests = Array.from({ length: N }, (_, i) =>
        fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: `query InFlight${i} { offers { totalCount } }` }),
        }).then(async (res) => ({ status: res.status, body: (await res.json()) as any })),
      );
      const wsQuery = wsClient(url);
      const wsResult = runOnce<any>(wsQuery.client, { query: '{ offers { totalCount } }' });
      // Wait until the server is answering all of them (its in-flight gauge), held by the lock.
      for (let i = 0; ; i++) {
        const metrics = await (await fetch(`${url}/metrics`)).text();
        const http = Number(/gtm_in_flight_requests\{transport="http"\} (\d+)/.exec(metrics)?.[1] ?? 0);
        const ws = Number(/gtm_in_flight_requests\{transport="ws"\} (\d+)/.exec(metrics)?.[1] ?? 0);
        if (http >= N && ws >= 1) break;
        expect(i, `requests did not all reach the server (http ${http}, ws ${ws})`).toBeLessThan(400);
        await new Promise((r) => setTimeout(r, 50));
      }
      // And at least some of them are waiting inside PostgreSQL for the lock.
      const { rows } = await locker.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      expect(rows[0]!.n).toBeGreaterThan(0);

      child.kill('SIGTERM');
      // Stops accepting: new connections are refused while the old requests still wait.
      for (let i = 0; !(await connectRefused(url)); i++) {
        expect(i, 'the server still accepts connections after SIGTERM').toBeLessThan(100);
        await new Promise((r) => setTimeout(r, 50));
      }
      await locker.query('COMMIT');

      const results = await Promise.all(requests);
      for (const r of results) {
        expect(r.status).toBe(200);
        expect(r.body).toEqual({ data: { offers: { totalCount: 0 } } });
      }
      expect((await wsResult)[0]).toEqual({ data: { offers: { totalCount: 0 } } });
      for (const { closed } of subs) expect((await closed).code).toBe(1001);
      expect(await exited).toBe(0);
    } finally {
      await locker.end();
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});

describe('app.stop()', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(() => testDb.drop());

  const config = (timeout: string) =>
    loadConfig({ DATABASE_URL: testDb.url, AUTH_MODE: 'demo', LOG_LEVEL: 'silent', MIGRATE_ON_START: 'false', PORT: '0', SHUTDOWN_TIMEOUT_MS: timeout });

  it('waits for drain hooks (the sending worker finishing its sends) and tells them when to hurry', async () => {
    const app = await buildApp(config('10000'));
    await app.start();
    const events: string[] = [];
    app.lifecycle.onShutdown('worker', async (deadline) => {
      events.push(`draining=${app.lifecycle.draining}`);
      await new Promise((r) => setTimeout(r, 200));
      events.push(`finished, deadline passed=${deadline.aborted}`);
    });
    expect(app.lifecycle.signal.aborted).toBe(false);
    expect(await app.stop()).toBe(true);
    expect(app.lifecycle.signal.aborted).toBe(true);
    expect(events).toEqual(['draining=true', 'finished, deadline passed=false']);
  });

  it('gives up on a hook that does not finish within SHUTDOWN_TIMEOUT_MS', async () => {
    const app = await buildApp(config('300'));
    let sawDeadline = false;
    app.lifecycle.onShutdown('stuck', (deadline) => {
      deadline.addEventListener('abort', () => (sawDeadline = true));
      return new Promise(() => {});
    });
    expect(await app.stop()).toBe(false);
    expect(sawDeadline).toBe(true);
  });
});
