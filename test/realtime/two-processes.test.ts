// Two real server processes on one database, each with its own subscriber: a change written by
// plain SQL and one made through a mutation on one of them reach both. On PostgreSQL the poll is
// set to a minute, so the NOTIFY wake-up is what delivers; the embedded database polls.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { collect } from '../helpers/live.js';
import { make } from '../helpers/sql.js';
import { wsClient } from '../helpers/ws.js';

let db: TestDatabase;
let sql: pg.Client;
const servers: { child: ChildProcess; url: string }[] = [];

function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start in time')), 60_000);
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += String(d)));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { url?: string };
        if (entry.url?.endsWith('/graphql')) {
          clearTimeout(timer);
          resolve({ child, url: entry.url.replace(/\/graphql$/, '') });
        }
      } catch {
        // not a log line
      }
    });
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  const env = {
    DATABASE_URL: db.url,
    PORT: '0',
    HOST: '127.0.0.1',
    AUTH_MODE: 'demo',
    MIGRATE_ON_START: 'false',
    LOG_LEVEL: 'info',
    RATE_LIMIT_POINTS: '0',
    FUNNEL_SWEEP_INTERVAL_SECONDS: '0',
    CHANGE_POLL_INTERVAL_MS: db.kind === 'postgres' ? '60000' : '250',
  };
  servers.push(...(await Promise.all([startServer(env), startServer(env)])));
});

afterAll(async () => {
  for (const s of servers) {
    s.child.kill('SIGTERM');
    await new Promise((r) => s.child.once('exit', r));
  }
  await sql?.end();
  await db?.drop();
});

describe('two server processes on one database', () => {
  it('each delivers every change to its own subscriber: plain SQL and a mutation on one of them', async () => {
    expect(servers).toHaveLength(2);
    const offer = await make.offer(sql);
    const company = await make.company(sql, offer.id);
    const contact = await make.contact(sql, company.id, offer.id);
    const campaign = await make.campaign(sql, offer.id);
    const query = `subscription { activity { kind queueItem { uuid } movement { personId toState } } }`;
    const clients = servers.map((s) => wsClient(s.url).client);
    const subs = clients.map((c) => collect(c, query));
    const queue = async () =>
      (
        await sql.query(
          `INSERT INTO public.send_queue (campaign_id, contact_id, channel, body, scheduled_for) VALUES ($1, $2, 'email', 'Hi', now()) RETURNING id`,
          [campaign.id, contact.id],
        )
      ).rows[0].id as string;
    // Subscribing is asynchronous: write probes until both subscribers are live.
    const probes = new Set<string>();
    for (let i = 0; i < 60 && subs.some((s) => s.results.length === 0); i++) {
      probes.add(await queue());
      await new Promise((r) => setTimeout(r, 250));
    }

    const queued = await queue();
    const person = (
      await sql.query(
        `INSERT INTO funnel.suspect_universe (company_id, person_id, email, funnel_state, funnel_membership, source)
         VALUES (gen_random_uuid(), gen_random_uuid(), 'two-processes@example.com', 'WARM', 'WARM_UNIVERSE', 'test') RETURNING person_id`,
      )
    ).rows[0].person_id;
    const res = await fetch(`${servers[0]!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation O($input: OverrideProspectStateInput!) { overrideProspectState(input: $input) { __typename } }`,
        variables: { input: { personId: person, toState: 'DISQUALIFIED', reason: 'two processes' } },
      }),
    });
    const body = (await res.json()) as { data?: { overrideProspectState: { __typename: string } } };
    expect(body.data?.overrideProspectState.__typename).toMatch(/Success$/);

    for (const sub of subs) {
      const real = () => sub.data().map((e) => e.activity).filter((e) => !probes.has(e.queueItem?.uuid));
      for (let i = 0; i < 150 && real().length < 2; i++) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 300)); // nothing more may come
      const events = real();
      expect(events).toEqual([
        { kind: 'QUEUED', queueItem: { uuid: queued }, movement: null },
        { kind: 'MOVEMENT', queueItem: null, movement: { personId: person, toState: 'DISQUALIFIED' } },
      ]);
    }
    for (const sub of subs) sub.dispose();
    await Promise.all(clients.map((c) => c.dispose()));
  });
});
