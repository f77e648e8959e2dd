// Benchmark suite `subscriptions`: live delivery through the change log to N graphql-ws clients.
//   node --import tsx scripts/bench/subscriptions.ts [--quick] [--clients 1000,5000] [--seconds 4]
// Three processes: the server (src/main.ts on BENCH_DATABASE_URL, default
// postgresql://postgres@127.0.0.1:5432/gtm_bench_subscriptions, dropped, recreated and migrated),
// the clients (scripts/bench/subscriptions-clients.ts: N sockets, one sendQueueChanged each, all
// matching) and this one, which inserts send_queue rows with plain SQL at a fixed rate, in steps.
// Each event goes to every client, so a step delivers rate × N events per second. Per step:
// deliveries/s, latency p50/p99/max (receive time minus the change's commit-time stamp), and
// whether it kept up (every delivery arrived within the step plus a drain of 3 s and p99 under a
// second). The saturation rate is the highest step that kept up. Writes .bench/results/subscriptions.json.
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { freshDatabase } from './lib/common.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    clients: { type: 'string' },
    seconds: { type: 'string' },
  },
});
const quick = values.quick;
const clientCounts = (values.clients ?? (quick ? '100,500' : '1000,5000')).split(',').map(Number);
const stepSeconds = Number(values.seconds ?? (quick ? 2 : 6));
const DRAIN_MS = 3_000;
/** Events per second tried for a number of clients: up to about 100,000 deliveries/s. */
const ratesFor = (clients: number) => {
  const all = (process.env.BENCH_RATES ?? '0.5,1,2,5,10,20,50,100,200,500').split(',').map(Number);
  const max = Math.max(2, 200_000 / clients);
  return all.filter((r) => r <= max).slice(0, quick ? 4 : 8);
};
const url = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/gtm_bench_subscriptions';
const started = Date.now();

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const extra = process.env.BENCH_SERVER_NODE_ARGS ? process.env.BENCH_SERVER_NODE_ARGS.split(' ') : [];
  const child = spawn(process.execPath, [...extra, '--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: '0',
      HOST: '127.0.0.1',
      AUTH_MODE: 'demo',
      LOG_LEVEL: 'info',
      RATE_LIMIT_POINTS: '0',
      MIGRATE_ON_START: 'false',
      FUNNEL_SWEEP_INTERVAL_SECONDS: '0',
      WS_KEEPALIVE_MS: '0',
      WS_CONNECTION_INIT_TIMEOUT_MS: '60000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { url?: string };
        if (entry.url?.endsWith('/graphql')) resolve({ child, url: entry.url.replace(/\/graphql$/, '') });
      } catch {
        /* not a log line */
      }
    });
  });
}

async function activeSubscriptions(base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const m = /^gtm_graphql_active_subscriptions(?:\{[^}]*\})? (\d+)/m.exec(text);
  return m ? Number(m[1]) : 0;
}

function ask<T>(child: ChildProcess, message: object, answer: string): Promise<T> {
  return new Promise((resolve) => {
    const on = (m: { type: string }) => {
      if (m.type === answer) {
        child.off('message', on);
        resolve(m as T);
      }
    };
    child.on('message', on);
    child.send(message);
  });
}

interface Row {
  name: string;
  clients: number;
  eventsPerSecond: number;
  events: number;
  deliveriesPerSecond: number;
  delivered: number;
  expected: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  keptUp: number;
  [key: string]: string | number;
}

const rows: Row[] = [];
const notes: string[] = [];

console.log(`subscriptions bench: fresh database ${new URL(url).pathname.slice(1)}, clients ${clientCounts.join(', ')}, ${stepSeconds} s per step`);
await freshDatabase(url);
const pool = new pg.Pool({ connectionString: url, max: 4 });
const ids = (
  await pool.query(`
    WITH o AS (INSERT INTO public.offers (name, type, ownership, description) VALUES ('bench', 'product', 'internal', 'bench') RETURNING id),
    co AS (INSERT INTO public.companies (offer_id, name, source_tool) SELECT id, 'bench co', 'manual' FROM o RETURNING id, offer_id),
    ct AS (INSERT INTO public.contacts (company_id, offer_id, source_tool) SELECT id, offer_id, 'manual' FROM co RETURNING id, offer_id),
    ca AS (INSERT INTO public.campaigns (offer_id, name, channel) SELECT offer_id, 'bench campaign', 'email' FROM ct RETURNING id)
    SELECT (SELECT id FROM ca) AS campaign_id, (SELECT id FROM ct) AS contact_id`)
).rows[0] as { campaign_id: string; contact_id: string };

const server = await startServer();

for (const n of clientCounts) {
  const clients = fork('scripts/bench/subscriptions-clients.ts', [server.url, String(n), ids.campaign_id], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const connectStart = Date.now();
  const hello = await new Promise<{ connected: number; errors: number }>((resolve) =>
    clients.once('message', (m) => resolve(m as { connected: number; errors: number })),
  );
  for (let i = 0; i < 600 && (await activeSubscriptions(server.url)) < n; i++) await new Promise((r) => setTimeout(r, 100));
  const active = await activeSubscriptions(server.url);
  notes.push(`${n} clients: ${hello.connected} connected (${hello.errors} errors), ${active} subscriptions active after ${((Date.now() - connectStart) / 1000).toFixed(1)} s`);
  console.log(notes.at(-1));

  // Warm-up (JIT, pools, the first deliveries to each socket): a few events, not measured.
  for (let i = 0; i < 3; i++) {
    await pool.query(
      `INSERT INTO public.send_queue (campaign_id, contact_id, channel, body, scheduled_for) VALUES ($1, $2, 'email', 'warm-up', now())`,
      [ids.campaign_id, ids.contact_id],
    );
    await new Promise((r) => setTimeout(r, 700));
  }
  // Until the warm-up has been delivered everywhere (the count stops moving).
  let last = -1;
  for (let i = 0; i < 60; i++) {
    const r = await ask<{ received: number }>(clients, { type: 'report' }, 'report');
    if (r.received === last && r.received >= 3 * n) break;
    last = r.received;
    await new Promise((r) => setTimeout(r, 1_000));
  }

  for (const rate of ratesFor(n)) {
    await ask(clients, { type: 'phase' }, 'phase-ok');
    const total = Math.max(2, Math.round(rate * stepSeconds));
    const t0 = performance.now();
    let sent = 0;
    // Fixed rate: the i-th insert starts at t0 + i/rate, whatever the previous ones took.
    const inserts: Promise<unknown>[] = [];
    while (sent < total) {
      const due = t0 + (sent * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      inserts.push(
        pool.query(
          `INSERT INTO public.send_queue (campaign_id, contact_id, channel, body, scheduled_for) VALUES ($1, $2, 'email', 'bench', now())`,
          [ids.campaign_id, ids.contact_id],
        ),
      );
      sent += 1;
    }
    await Promise.all(inserts);
    await new Promise((r) => setTimeout(r, DRAIN_MS));
    const report = await ask<{ received: number; errors: number; p50: number; p99: number; max: number }>(clients, { type: 'report' }, 'report');
    const expected = total * n;
    const keptUp = report.received >= expected && report.errors === 0 && report.p99 < 1000;
    const row: Row = {
      name: `${n} clients @ ${rate} ev/s`,
      clients: n,
      eventsPerSecond: rate,
      events: total,
      deliveriesPerSecond: rate * n,
      delivered: report.received,
      expected,
      p50Ms: Math.round(report.p50),
      p99Ms: Math.round(report.p99),
      maxMs: Math.round(report.max),
      keptUp: keptUp ? 1 : 0,
    };
    rows.push(row);
    console.log(
      `${row.name.padEnd(26)} deliveries/s ${String(row.deliveriesPerSecond).padStart(7)}  delivered ${row.delivered}/${row.expected}  p50 ${row.p50Ms} ms  p99 ${row.p99Ms} ms  max ${row.maxMs} ms  ${keptUp ? 'kept up' : 'SATURATED'}`,
    );
    if (!keptUp) break; // past saturation the backlog only grows
  }
  const ok = rows.filter((r) => r.clients === n && r.keptUp);
  const best = ok.at(-1);
  notes.push(
    best
      ? `${n} clients: kept up to ${best.eventsPerSecond} events/s (${best.deliveriesPerSecond} deliveries/s, p99 ${best.p99Ms} ms)${ok.length === rows.filter((r) => r.clients === n).length ? ', the highest step tried' : `; saturated at the next step`}`
      : `${n} clients: saturated at the lowest step tried`,
  );
  console.log(notes.at(-1));
  const exited = new Promise((r) => clients.once('exit', r));
  clients.send({ type: 'close' });
  await exited;
}

server.child.kill('SIGTERM');
await new Promise((r) => server.child.once('exit', r));
await pool.end();
notes.push(`load average at the end: ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')} on ${(await import('node:os')).cpus().length} cores (shared machine)`);
notes.push(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
await mkdir('.bench/results', { recursive: true });
await writeFile('.bench/results/subscriptions.json', JSON.stringify({ suite: 'subscriptions', rows, notes }, null, 2));
console.log(notes.slice(-2).join('\n'));
console.log('wrote .bench/results/subscriptions.json');
