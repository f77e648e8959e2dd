// Bench suite `worker`: send-queue throughput (items/s) with 1, 4 and 8 worker processes against
// the fake provider (SEND_PROVIDER=fake: every check, claim, attempt record and outcome
// transaction runs; nothing leaves the machine). Each run gets a fresh set of due items spread
// over 8 accounts without pacing limits; the rate is items / (last outcome − first attempt), so
// process start-up is not counted. Nothing is asserted.
//
//   node --import tsx scripts/bench/worker.ts [--quick] [--items N] [--workers 1,4,8]
//
// Uses BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/gtm_bench_worker), which
// it drops, recreates and migrates. Writes .bench/results/worker.json.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { freshDatabase } from './lib/common.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    items: { type: 'string' },
    workers: { type: 'string', default: '1,4,8' },
  },
});
const ITEMS = Number(values.items ?? (values.quick ? 300 : 2000));
const WORKERS = values.workers!.split(',').map(Number);
const url = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/gtm_bench_worker';

async function seed(client: pg.Client, run: number): Promise<string> {
  const offer = await client.query<{ id: string }>(
    `INSERT INTO offers (name, slug, type, ownership, description, status) VALUES ($1, $1, 'product', 'internal', 'bench', 'active') RETURNING id`,
    [`bench-${run}`],
  );
  const offerId = offer.rows[0]!.id;
  const company = await client.query<{ id: string }>(
    `INSERT INTO companies (offer_id, name, domain, source_tool) VALUES ($1, 'Bench', $2, 'manual') RETURNING id`,
    [offerId, `bench-${run}.example.com`],
  );
  const accounts = await client.query<{ id: string }>(
    `INSERT INTO accounts (name, type, owner, email_address, daily_limit_emails, hourly_limit)
     SELECT 'bench_' || $1 || '_' || g, 'email', 'bench', 'bench-' || $1 || '-' || g || '@example.com', 100000, 100000
     FROM generate_series(1, 8) AS g RETURNING id`,
    [run],
  );
  const campaign = await client.query<{ id: string }>(
    `INSERT INTO campaigns (name, offer_id, channel, campaign_slug, status, timezone, send_window_start, send_window_end, send_days)
     VALUES ($1, $2, 'email', $1, 'active', 'UTC', '00:00', '23:59:59', '{1,2,3,4,5,6,7}') RETURNING id`,
    [`bench-campaign-${run}`, offerId],
  );
  const campaignId = campaign.rows[0]!.id;
  await client.query(
    `WITH c AS (
       INSERT INTO contacts (company_id, offer_id, full_name, email, source_tool, status, email_status)
       SELECT $1, $2, 'Person ' || g, 'bench-' || $4 || '-' || g || '@example.com', 'manual', 'queued', 'valid'
       FROM generate_series(1, $5::int) AS g RETURNING id
     ), cc AS (
       INSERT INTO campaign_contacts (campaign_id, contact_id, status, max_step)
       SELECT $3, id, 'queued', 1 FROM c RETURNING id, contact_id
     ), n AS (SELECT cc.*, row_number() OVER () AS i FROM cc)
     INSERT INTO send_queue (campaign_id, campaign_contact_id, contact_id, account_id, channel, sequence_step, subject, body, scheduled_for)
     SELECT $3, n.id, n.contact_id, ($6::uuid[])[1 + n.i % 8], 'email', 1, 'Hello', 'Hello there', now() - interval '1 minute' FROM n`,
    [company.rows[0]!.id, offerId, campaignId, run, ITEMS, accounts.rows.map((a) => a.id)],
  );
  return campaignId;
}

function worker(): Promise<number | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/modules/sending/worker/main.ts', '--until-empty'], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      LOG_LEVEL: 'warn',
      DB_POOL_MAX: '2',
      SEND_PROVIDER: 'fake',
      SEND_MIN_GAP_SECONDS: '0',
      SEND_GAP_JITTER_SECONDS: '0',
      WORKER_BATCH_SIZE: '20',
      FUNNEL_SWEEP_INTERVAL_SECONDS: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

await freshDatabase(url);
const client = new pg.Client({ connectionString: url });
await client.connect();
const rows: { name: string; workers: number; items: number; sent: number; seconds: number; itemsPerSecond: number; duplicates: number }[] = [];
for (const [i, n] of WORKERS.entries()) {
  const campaignId = await seed(client, i + 1);
  const wall = Date.now();
  const codes = await Promise.all(Array.from({ length: n }, () => worker()));
  const wallSeconds = (Date.now() - wall) / 1000;
  const r = await client.query<{ sent: number; seconds: number; duplicates: number }>(
    `SELECT count(*) FILTER (WHERE s.status = 'sent')::int AS sent,
       extract(epoch FROM max(a.finished_at) - min(a.started_at))::float8 AS seconds,
       (SELECT count(*)::int FROM (SELECT send_queue_id FROM send_attempts AS x JOIN send_queue AS y ON y.id = x.send_queue_id
          WHERE y.campaign_id = $1 AND x.status = 'succeeded' GROUP BY 1 HAVING count(*) > 1) AS d) AS duplicates
     FROM send_queue AS s LEFT JOIN send_attempts AS a ON a.send_queue_id = s.id WHERE s.campaign_id = $1`,
    [campaignId],
  );
  const { sent, seconds, duplicates } = r.rows[0]!;
  if (codes.some((c) => c !== 0)) console.error(`a worker exited with ${codes.join(',')}`);
  rows.push({ name: `${n} worker${n > 1 ? 's' : ''}`, workers: n, items: ITEMS, sent, seconds: Number(seconds.toFixed(2)), itemsPerSecond: Number((sent / seconds).toFixed(1)), duplicates });
  console.error(`${n} workers: ${sent}/${ITEMS} sent in ${seconds.toFixed(2)} s (${wallSeconds.toFixed(1)} s wall with start-up)`);
}
await client.end();

console.log('\nworker: send-queue throughput against the fake provider');
console.table(rows.map((r) => ({ workers: r.workers, items: r.items, sent: r.sent, seconds: r.seconds, 'items/s': r.itemsPerSecond, duplicates: r.duplicates })));
const notes = [
  `${ITEMS} due items per run over 8 accounts, no pacing limits; worker processes with 2 pooled connections each, batch 20`,
  'rate = sent / (last attempt finished − first attempt started): process start-up excluded',
  `machine: ${(await import('node:os')).cpus().length} cores, load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`,
];
await mkdir('.bench/results', { recursive: true });
await writeFile('.bench/results/worker.json', `${JSON.stringify({ suite: 'worker', rows, notes }, null, 2)}\n`);
