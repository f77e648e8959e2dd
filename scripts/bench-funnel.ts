// Measures lifecycle ingestion throughput: engagement events per second with the whole lifecycle
// evaluated (store, counters, BIT log, transition choice, audit and side tables), one transaction
// per event, as recordEngagement runs them. Nothing is asserted; it prints what it measured.
//
//   node --import tsx scripts/bench-funnel.ts [--people 2000] [--events 20000] [--workers 1,4,8]
//
// Uses BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/gtm_funnel_bench), which it
// drops and recreates, then migrates.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase, prisma } from '../src/db.js';
import { DAY_MS } from '../src/modules/funnel/funnel.rules.js';
import { type EngagementInput, recordEngagement } from '../src/modules/funnel/funnel.service.js';
import { freshDatabase } from './bench/lib/common.js';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '2000' },
    events: { type: 'string', default: '20000' },
    workers: { type: 'string', default: '1,4,8' },
  },
});
const PEOPLE = Number(values.people);
const EVENTS = Number(values.events);
const WORKERS = values.workers!.split(',').map(Number);
const url = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/gtm_funnel_bench';

/** A deterministic pseudo-random sequence (mulberry32). */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A realistic mix: mostly opens and clicks, some replies and intent signals, rare suppression. */
function makeEvents(round: number, start: Date): EngagementInput[] {
  const r = rng(round + 1);
  const out: EngagementInput[] = [];
  const span = 60 * DAY_MS;
  for (let i = 0; i < EVENTS; i += 1) {
    const who = Math.floor(r() * PEOPLE);
    const email = `bench${round}-${who}@co${who % 500}.bench.example`;
    const eventTs = new Date(start.getTime() + Math.floor((i / EVENTS) * span));
    const x = r();
    const sendId = `send-${who}-${Math.floor(r() * 6)}`;
    if (x < 0.6) out.push({ email, kind: 'open', sendId, eventTs });
    else if (x < 0.8) out.push({ email, kind: 'click', sendId, url: `https://acme.example/p${Math.floor(r() * 8)}`, eventTs });
    else if (x < 0.88) out.push({ email, kind: 'reply', sentiment: r() < 0.6 ? 'positive' : 'negative', eventTs, sourceEmailId: `r${i}` });
    else if (x < 0.95) out.push({ email, kind: 'website_visit', eventTs, sourceEmailId: `v${i}` });
    else if (x < 0.98) out.push({ email, kind: 'content_download', eventTs, sourceEmailId: `d${i}` });
    else if (x < 0.99) out.push({ email, kind: 'unsubscribe', eventTs, sourceEmailId: `u${i}` });
    else out.push({ email, kind: 'hard_bounce', eventTs, sourceEmailId: `b${i}` });
  }
  return out;
}

async function run(round: number, workers: number) {
  const start = new Date(Date.now() - 200 * DAY_MS);
  const events = makeEvents(round, start);
  const latencies: number[] = [];
  let next = 0;
  let moves = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (;;) {
        const i = next++;
        if (i >= events.length) return;
        const s = performance.now();
        const r = await recordEngagement(events[i]!);
        latencies.push(performance.now() - s);
        if (r.movement) moves += 1;
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(1);
  return {
    workers,
    events: events.length,
    seconds: Number(seconds.toFixed(1)),
    eventsPerSecond: Math.round(events.length / seconds),
    p50ms: pct(0.5),
    p95ms: pct(0.95),
    moves,
  };
}

await freshDatabase(url);
const db = await openDatabase({ databaseUrl: url, dataDir: 'memory', dbPoolMax: Math.max(...WORKERS) + 2, migrateOnStart: false });
try {
  console.log(`people ${PEOPLE}, events ${EVENTS} per run, database ${db.location}`);
  for (const [round, workers] of WORKERS.entries()) {
    const r = await run(round, workers);
    console.log(JSON.stringify(r));
  }
  const counts = await prisma.$queryRaw<{ events: number; movements: number; bit: number }[]>`
    SELECT (SELECT count(*)::int FROM funnel.engagement_events) AS events,
      (SELECT count(*)::int FROM funnel.prospect_movement) AS movements,
      (SELECT count(*)::int FROM funnel.bit_signal_log) AS bit`;
  console.log('stored', JSON.stringify(counts[0]));
} finally {
  await db.close();
}
