// The send worker against real PostgreSQL: a smoke run through every table, the campaign and
// account checks, retries with backoff, caps under concurrent claims, paused campaigns, and the
// send window in a campaign time zone across a DST change.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '../../src/db.js';
import { changeCampaignStatus } from '../../src/modules/campaigns/campaigns.service.js';
import { fakeProvider } from '../../src/modules/sending/providers/fake.provider.js';
import { ProviderError } from '../../src/modules/sending/providers/provider.js';
import { createSendWorker } from '../../src/modules/sending/worker/worker.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { makeQueue, testSettings } from '../helpers/sending.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ DB_POOL_MAX: '30' });
});
afterAll(async () => {
  await t?.close();
});
// Every test starts with an empty queue (items left waiting by an earlier test would be due at
// the moments later tests set their clocks to).
beforeEach(async () => {
  await prisma.$executeRaw`UPDATE send_queue SET status = 'cancelled' WHERE status IN ('pending', 'scheduled', 'held', 'processing')`;
});

const count = async (sql: TemplateStringsArray, ...values: unknown[]) =>
  Number((await prisma.$queryRaw<{ n: bigint }[]>(sql, ...values))[0]!.n);

describe('a send', () => {
  it('writes the queue, message, event, history, activity, enrolment, contact and counters', async () => {
    const q = await makeQueue({ items: 3 });
    const provider = fakeProvider();
    const worker = createSendWorker({ provider, settings: testSettings() });
    await worker.runUntilEmpty();
    expect(provider.sent.map((m) => m.itemId).sort()).toEqual([...q.itemIds].sort());
    const items = await prisma.sendQueueItem.findMany({ where: { campaignId: q.campaignId } });
    expect(items.every((i) => i.status === 'sent' && i.attempts === 1 && i.externalMessageId && !i.lockedBy)).toBe(true);
    expect(await count`SELECT count(*) AS n FROM messages WHERE campaign_id = ${q.campaignId}::uuid AND status = 'sent'`).toBe(3);
    expect(await count`SELECT count(*) AS n FROM message_events WHERE campaign_id = ${q.campaignId}::uuid AND event_type = 'sent'`).toBe(3);
    expect(await count`SELECT count(*) AS n FROM outreach_history WHERE campaign_id = ${q.campaignId}::uuid`).toBe(3);
    expect(await count`SELECT count(*) AS n FROM account_activity WHERE account_id = ${q.accountIds[0]}::uuid AND status = 'success'`).toBe(3);
    expect(await count`SELECT count(*) AS n FROM send_attempts WHERE status = 'succeeded' AND send_queue_id = ANY(${q.itemIds}::uuid[])`).toBe(3);
    const campaign = await prisma.campaign.findUniqueOrThrow({ where: { id: q.campaignId } });
    expect([campaign.totalSent, campaign.contactsSent]).toEqual([3, 3]);
    const account = await prisma.account.findUniqueOrThrow({ where: { id: q.accountIds[0]! } });
    expect([account.totalSent, account.todayEmails]).toEqual([3, 3]);
    const offer = await prisma.offer.findUniqueOrThrow({ where: { id: q.offerId } });
    expect(offer.totalSent).toBe(3);
    const ccs = await prisma.campaignContact.findMany({ where: { campaignId: q.campaignId } });
    expect(ccs.every((c) => c.currentStep === 1 && c.status === 'completed')).toBe(true);
    const contacts = await prisma.contact.findMany({ where: { id: { in: q.contactIds } } });
    expect(contacts.every((c) => c.contactCount === 1 && c.status === 'contacted' && c.lastContactedAt)).toBe(true);
  });
});

describe('checks in the claim', () => {
  it('skips a do-not-contact person and reschedules a first touch within 60 days of another send', async () => {
    const q = await makeQueue({ items: 2 });
    const [dnc, recent] = q.contactIds;
    await prisma.contact.update({ where: { id: dnc! }, data: { globalStatus: 'do_not_contact' } });
    const other = await prisma.contact.findUniqueOrThrow({ where: { id: recent! } });
    const sentAt = new Date(Date.now() - 10 * 86_400_000);
    await prisma.outreachHistory.create({ data: { channel: 'email', contactEmail: other.email!.toUpperCase(), sentAt } });
    const provider = fakeProvider();
    await createSendWorker({ provider, settings: testSettings() }).runUntilEmpty();
    expect(provider.sent).toHaveLength(0);
    const items = await prisma.sendQueueItem.findMany({ where: { campaignId: q.campaignId } });
    const byContact = new Map(items.map((i) => [i.contactId, i]));
    expect(byContact.get(dnc!)).toMatchObject({ status: 'skipped', lastError: 'do_not_contact', attempts: 0 });
    expect(byContact.get(recent!)).toMatchObject({ status: 'pending', lastError: 'contacted_within_60_days', attempts: 0 });
    expect(byContact.get(recent!)!.scheduledFor.getTime()).toBeGreaterThanOrEqual(sentAt.getTime() + 60 * 86_400_000);
    const events = await prisma.messageEvent.findMany({ where: { campaignId: q.campaignId } });
    expect(events.map((e) => [e.eventType, (e.eventData as { reason?: string }).reason]).sort()).toEqual([
      ['scheduled', 'contacted_within_60_days'],
      ['skipped', 'do_not_contact'],
    ]);
  });

  it('does not send from a banned or unhealthy account, and keeps the minimum gap', async () => {
    const banned = await makeQueue({ items: 1, account: { status: 'banned' } });
    const sick = await makeQueue({ items: 1, account: { healthScore: 20 } });
    const paced = await makeQueue({ items: 2 });
    const provider = fakeProvider();
    await createSendWorker({ provider, settings: testSettings({ minGapMs: 360_000 }) }).runUntilEmpty();
    expect(provider.sent.map((m) => m.itemId)).toHaveLength(1);
    expect(paced.itemIds).toContain(provider.sent[0]!.itemId);
    const reasons = await prisma.sendQueueItem.findMany({
      where: { campaignId: { in: [banned.campaignId, sick.campaignId, paced.campaignId] }, status: 'pending' },
      select: { lastError: true },
    });
    expect(reasons.map((r) => r.lastError).sort()).toEqual(['account_banned', 'account_health_low', 'minimum_gap']);
  });

  it('honours the warm-up ramp: a week-1 email account sends 5 a day', async () => {
    const q = await makeQueue({ items: 8, account: { status: 'warming', warmingStartedAt: new Date(Date.now() - 86_400_000) } });
    const provider = fakeProvider();
    await createSendWorker({ provider, settings: testSettings() }).runUntilEmpty();
    expect(provider.sent).toHaveLength(5);
    expect(await count`SELECT count(*) AS n FROM send_queue WHERE campaign_id = ${q.campaignId}::uuid AND last_error = 'daily_cap_reached'`).toBe(3);
  });
});

describe('caps under concurrency', () => {
  it('50 concurrent claims against an account with a daily cap of 40 send exactly 40', async () => {
    const q = await makeQueue({ items: 50, account: { dailyLimitEmails: 40 } });
    const provider = fakeProvider(() => new Promise((r) => setTimeout(r, 5)));
    const workers = Array.from({ length: 50 }, () => createSendWorker({ provider, settings: testSettings({ batchSize: 1 }) }));
    // Every worker claims at once (one item each), then all drain what is left.
    await Promise.all(workers.map((w) => w.runOnce()));
    await Promise.all(workers.map((w) => w.runUntilEmpty()));
    expect(provider.sent).toHaveLength(40);
    expect(new Set(provider.sent.map((m) => m.itemId)).size).toBe(40);
    const account = await prisma.account.findUniqueOrThrow({ where: { id: q.accountIds[0]! } });
    expect(account.todayEmails).toBe(40);
    expect(await count`SELECT count(*) AS n FROM send_queue WHERE campaign_id = ${q.campaignId}::uuid AND status = 'sent'`).toBe(40);
    const waiting = await prisma.sendQueueItem.findMany({ where: { campaignId: q.campaignId, status: 'pending' } });
    expect(waiting).toHaveLength(10);
    expect(waiting.every((i) => i.lastError === 'daily_cap_reached' && i.scheduledFor > new Date())).toBe(true);
  });

  it('the hourly limit holds under concurrent claims', async () => {
    const q = await makeQueue({ items: 20, account: { hourlyLimit: 7 } });
    const provider = fakeProvider();
    const workers = Array.from({ length: 10 }, () => createSendWorker({ provider, settings: testSettings({ batchSize: 2 }) }));
    await Promise.all(workers.map((w) => w.runUntilEmpty()));
    expect(provider.sent).toHaveLength(7);
    expect(await count`SELECT count(*) AS n FROM send_queue WHERE campaign_id = ${q.campaignId}::uuid AND last_error = 'hourly_limit_reached'`).toBe(13);
  });
});

describe('paused campaigns', () => {
  it('a paused campaign sends nothing; resuming sends its items', async () => {
    const q = await makeQueue({ items: 5 });
    const change = await changeCampaignStatus({ id: q.campaignId, status: 'paused' });
    expect(change.heldSends).toBe(5);
    // An item that raced the pause (still pending) is held by the claim, not sent.
    await prisma.sendQueueItem.update({ where: { id: q.itemIds[0]! }, data: { status: 'pending' } });
    const provider = fakeProvider();
    const worker = createSendWorker({ provider, settings: testSettings() });
    await worker.runUntilEmpty();
    expect(provider.calls).toHaveLength(0);
    expect(await count`SELECT count(*) AS n FROM send_queue WHERE campaign_id = ${q.campaignId}::uuid AND status = 'held'`).toBe(5);
    await changeCampaignStatus({ id: q.campaignId, status: 'active' });
    await worker.runUntilEmpty();
    expect(provider.sent).toHaveLength(5);
  });
});

describe('retries', () => {
  it('follow the exponential backoff and stop at max_attempts', async () => {
    const q = await makeQueue({ items: 1, maxAttempts: 3 });
    const provider = fakeProvider(() => {
      throw new ProviderError('451 try again later', 'transient');
    });
    let now = new Date('2030-01-07T12:00:00Z');
    const t0 = now.getTime();
    await prisma.sendQueueItem.update({ where: { id: q.itemIds[0]! }, data: { scheduledFor: now } });
    const worker = createSendWorker({ provider, settings: testSettings({ now: () => now, retryBaseMs: 60_000 }) });
    const item = () => prisma.sendQueueItem.findUniqueOrThrow({ where: { id: q.itemIds[0]! } });

    await worker.runUntilEmpty();
    expect(await item()).toMatchObject({ status: 'pending', attempts: 1, scheduledFor: new Date(t0 + 60_000) });
    now = new Date(t0 + 59_000);
    await worker.runUntilEmpty();
    expect(provider.calls).toHaveLength(1);
    now = new Date(t0 + 60_000);
    await worker.runUntilEmpty();
    expect(await item()).toMatchObject({ status: 'pending', attempts: 2, scheduledFor: new Date(t0 + 60_000 + 120_000) });
    now = new Date(t0 + 180_000);
    await worker.runUntilEmpty();
    expect(await item()).toMatchObject({ status: 'failed', attempts: 3 });
    now = new Date(t0 + 86_400_000);
    await worker.runUntilEmpty();
    expect(provider.calls).toHaveLength(3);
    const attempts = await prisma.sendAttempt.findMany({ where: { sendQueueId: q.itemIds[0]! }, orderBy: { attempt: 'asc' } });
    expect(attempts.map((a) => [a.attempt, a.status])).toEqual([
      [1, 'failed'],
      [2, 'failed'],
      [3, 'failed'],
    ]);
    const account = await prisma.account.findUniqueOrThrow({ where: { id: q.accountIds[0]! } });
    expect(account.todayEmails).toBe(0);
  });

  it('a permanent failure is not retried', async () => {
    const q = await makeQueue({ items: 1, maxAttempts: 5 });
    const provider = fakeProvider(() => {
      throw new ProviderError('550 no such user', 'permanent', true);
    });
    await createSendWorker({ provider, settings: testSettings() }).runUntilEmpty();
    expect(provider.calls).toHaveLength(1);
    const item = await prisma.sendQueueItem.findUniqueOrThrow({ where: { id: q.itemIds[0]! } });
    expect(item).toMatchObject({ status: 'bounced', attempts: 1 });
    const contact = await prisma.contact.findUniqueOrThrow({ where: { id: q.contactIds[0]! } });
    expect([contact.status, contact.emailStatus]).toEqual(['bounced', 'invalid']);
  });
});

describe('send window', () => {
  it('is kept in the campaign time zone across the start of daylight saving time', async () => {
    // New York, 09:00-17:00 Monday to Friday. DST starts Sunday 2030-03-10: Friday 09:00 is
    // 14:00Z, Monday 09:00 is 13:00Z.
    const q = await makeQueue({
      items: 1,
      campaign: {
        timezone: 'America/New_York',
        sendWindowStart: new Date(Date.UTC(1970, 0, 1, 9)),
        sendWindowEnd: new Date(Date.UTC(1970, 0, 1, 17)),
        sendDays: [1, 2, 3, 4, 5],
      },
    });
    let now = new Date('2030-03-08T22:30:00Z'); // Friday 17:30 EST: closed
    await prisma.sendQueueItem.update({ where: { id: q.itemIds[0]! }, data: { scheduledFor: now } });
    const provider = fakeProvider();
    const worker = createSendWorker({ provider, settings: testSettings({ now: () => now }) });
    await worker.runUntilEmpty();
    const item = await prisma.sendQueueItem.findUniqueOrThrow({ where: { id: q.itemIds[0]! } });
    expect(item).toMatchObject({ status: 'pending', lastError: 'outside_send_window' });
    expect(item.scheduledFor.toISOString()).toBe('2030-03-11T13:00:00.000Z');
    now = new Date('2030-03-11T12:59:59Z'); // 08:59:59 EDT
    await worker.runUntilEmpty();
    expect(provider.calls).toHaveLength(0);
    now = new Date('2030-03-11T13:00:00Z');
    await worker.runUntilEmpty();
    expect(provider.sent.map((m) => m.itemId)).toEqual(q.itemIds);
  });
});
