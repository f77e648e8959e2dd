// Workers as separate processes (`npm run worker`'s entry point, each with its own pool) sending
// through the Unipile provider to a local server that records every request it receives: 8
// workers drain 10,000 items with no duplicate and nothing left; a worker killed with SIGKILL in
// the middle of a send leaves an item whose outcome is unknown (set aside for review, never
// resent) and items it had claimed but not attempted (reclaimed after the lease and sent once).
import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '../../src/db.js';
import { unipileProvider } from '../../src/modules/sending/providers/unipile.provider.js';
import { createSendWorker } from '../../src/modules/sending/worker/worker.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { duplicates, type FakeUnipile, makeQueue, startFakeUnipile, testSettings } from '../helpers/sending.js';

let t: TestApp;
let unipile: FakeUnipile;
beforeAll(async () => {
  t = await startTestApp();
  unipile = await startFakeUnipile();
});
afterAll(async () => {
  await unipile?.close();
  await t?.close();
});
beforeEach(async () => {
  unipile.requests.length = 0;
  unipile.hold = null;
  await prisma.$executeRaw`UPDATE send_queue SET status = 'cancelled' WHERE status IN ('pending', 'scheduled', 'held', 'processing')`;
});

function startWorker(env: Record<string, string> = {}): { child: ChildProcess; done: Promise<number | null>; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/modules/sending/worker/main.ts', '--until-empty'], {
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: t.testDb.url,
      LOG_LEVEL: 'warn',
      DB_POOL_MAX: '2',
      SEND_PROVIDER: 'live',
      UNIPILE_BASE_URL: unipile.url,
      UNIPILE_API_KEY: 'test-key',
      SEND_MIN_GAP_SECONDS: '0',
      SEND_GAP_JITTER_SECONDS: '0',
      WORKER_BATCH_SIZE: '25',
      FUNNEL_SWEEP_INTERVAL_SECONDS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (out += String(d)));
  const done = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, done, output: () => out };
}

describe('workers in separate processes', () => {
  it('8 workers drain 10,000 due items: each sent exactly once, none left', { timeout: 600_000 }, async () => {
    const q = await makeQueue({ items: 10_000, accounts: 8 });
    const workers = Array.from({ length: 8 }, () => startWorker());
    const codes = await Promise.all(workers.map((w) => w.done));
    expect(codes, workers.map((w) => w.output()).join('\n')).toEqual(Array(8).fill(0));
    // What the provider received: every item once.
    const keys = unipile.requests.map((r) => r.key?.split(':')[0] ?? null);
    expect(duplicates(keys)).toEqual([]);
    expect(new Set(keys)).toEqual(new Set(q.itemIds));
    expect(unipile.requests.every((r) => r.apiKey === 'test-key' && r.path === '/api/v1/emails')).toBe(true);
    // What the database says: all sent, one attempt each, one message and history row each.
    const statuses = await prisma.$queryRaw<{ status: string; attempts: number; n: bigint }[]>`
      SELECT status, attempts, count(*) AS n FROM send_queue WHERE campaign_id = ${q.campaignId}::uuid GROUP BY 1, 2`;
    expect(statuses.map((s) => [s.status, s.attempts, Number(s.n)])).toEqual([['sent', 1, 10_000]]);
    const [counts] = await prisma.$queryRaw<{ messages: bigint; history: bigint; attempts: bigint; workers: bigint }[]>`
      SELECT (SELECT count(*) FROM messages WHERE campaign_id = ${q.campaignId}::uuid) AS messages,
        (SELECT count(*) FROM outreach_history WHERE campaign_id = ${q.campaignId}::uuid) AS history,
        (SELECT count(*) FROM send_attempts AS a JOIN send_queue AS s ON s.id = a.send_queue_id WHERE s.campaign_id = ${q.campaignId}::uuid) AS attempts,
        (SELECT count(DISTINCT a.worker_id) FROM send_attempts AS a JOIN send_queue AS s ON s.id = a.send_queue_id WHERE s.campaign_id = ${q.campaignId}::uuid) AS workers`;
    expect([Number(counts!.messages), Number(counts!.history), Number(counts!.attempts)]).toEqual([10_000, 10_000, 10_000]);
    // The work was shared (not one worker doing it all while the others idled).
    expect(Number(counts!.workers)).toBeGreaterThan(1);
    const campaign = await prisma.campaign.findUniqueOrThrow({ where: { id: q.campaignId } });
    expect(campaign.totalSent).toBe(10_000);
  });

  it('a worker killed with SIGKILL mid-send: its items are reclaimed after the lease, none sent twice', { timeout: 300_000 }, async () => {
    const q = await makeQueue({ items: 5 });
    let release!: () => void;
    unipile.hold = new Promise((resolve) => (release = resolve));
    const w = startWorker({ WORKER_BATCH_SIZE: '5', WORKER_LEASE_SECONDS: '8' });
    await unipile.received(1);
    w.child.kill('SIGKILL');
    expect(await w.done).toBeNull();
    release();
    unipile.hold = null;
    const inFlight = unipile.requests[0]!.key!.split(':')[0]!;
    // Left behind: all five processing under the dead worker's lease, one with a started attempt.
    const left = await prisma.sendQueueItem.findMany({ where: { campaignId: q.campaignId } });
    expect(left.map((i) => i.status)).toEqual(Array(5).fill('processing'));
    expect(await prisma.sendAttempt.findMany({ where: { sendQueueId: { in: q.itemIds } } })).toMatchObject([
      { sendQueueId: inFlight, attempt: 1, status: 'started' },
    ]);

    // Before the lease expires nobody touches them.
    const provider = unipileProvider({ baseUrl: unipile.url, apiKey: 'test-key' });
    const worker = createSendWorker({ provider, settings: testSettings() });
    await worker.runUntilEmpty();
    expect(unipile.requests).toHaveLength(1);
    // After it: the four never attempted are sent; the one in flight goes to review, not resent.
    const latest = Math.max(...left.map((i) => i.leaseExpiresAt!.getTime()));
    await new Promise((r) => setTimeout(r, Math.max(0, latest - Date.now()) + 100));
    await worker.runUntilEmpty();
    const keys = unipile.requests.map((r) => r.key!.split(':')[0]!);
    expect(duplicates(keys)).toEqual([]);
    expect(new Set(keys)).toEqual(new Set(q.itemIds));
    const after = await prisma.sendQueueItem.findMany({ where: { campaignId: q.campaignId } });
    expect(after.filter((i) => i.status === 'sent').map((i) => i.id).sort()).toEqual(q.itemIds.filter((id) => id !== inFlight).sort());
    expect(after.find((i) => i.id === inFlight)).toMatchObject({ status: 'review', attempts: 1 });
    const attempt = await prisma.sendAttempt.findFirstOrThrow({ where: { sendQueueId: inFlight } });
    expect(attempt.status).toBe('unknown');
    expect(worker.stats).toMatchObject({ sent: 4, review: 1 });
    // A later run leaves the item in review alone.
    await worker.runUntilEmpty();
    expect(unipile.requests).toHaveLength(5);
  });
});
