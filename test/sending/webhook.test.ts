// POST /webhooks/:provider on a real listening server: signature checks, redelivery stored once,
// replies stop the sequence and reach the lifecycle, unsubscribes and bounces suppress.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../../src/db.js';
import { signWebhook } from '../../src/modules/auth/webhook.js';
import { fakeProvider } from '../../src/modules/sending/providers/fake.provider.js';
import { createSendWorker } from '../../src/modules/sending/worker/worker.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { makeQueue, testSettings } from '../helpers/sending.js';

const SECRET = 'webhook-secret-for-tests-0123456789';
let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await startTestApp({ WEBHOOK_SECRET: SECRET });
  base = await t.app.start();
});
afterAll(async () => {
  await t?.close();
});

async function post(body: unknown, options: { secret?: string; provider?: string } = {}) {
  const raw = JSON.stringify(body);
  const res = await fetch(`${base}/webhooks/${options.provider ?? 'unipile'}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-webhook-signature': signWebhook(options.secret ?? SECRET, raw, Math.floor(Date.now() / 1000)),
    },
    body: raw,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** A campaign of `steps` steps per contact; step 1 sent, later steps pending. */
async function sentWithFollowUps(items = 1) {
  const q = await makeQueue({ items });
  await prisma.campaignContact.updateMany({ where: { campaignId: q.campaignId }, data: { maxStep: 2 } });
  await createSendWorker({ provider: fakeProvider(), settings: testSettings() }).runUntilEmpty();
  const sent = await prisma.sendQueueItem.findMany({ where: { campaignId: q.campaignId } });
  for (const s of sent) {
    await prisma.sendQueueItem.create({
      data: {
        campaignId: s.campaignId,
        campaignContactId: s.campaignContactId,
        contactId: s.contactId,
        accountId: s.accountId,
        channel: 'email',
        sequenceStep: 2,
        body: 'Following up',
        scheduledFor: new Date(Date.now() + 3 * 86_400_000),
      },
    });
  }
  return { ...q, sent };
}

describe('webhooks', () => {
  it('refuses a bad signature and changes nothing', async () => {
    const q = await sentWithFollowUps();
    const r = await post({ id: 'evt-bad', type: 'replied', message_id: q.sent[0]!.externalMessageId }, { secret: 'another-secret-0123456789abcdef' });
    expect(r.status).toBe(401);
    expect(await prisma.messageEvent.count({ where: { providerEventId: 'evt-bad' } })).toBe(0);
  });

  it('a reply delivered three times is one reply: the sequence stops, flags, metrics and the lifecycle follow', async () => {
    const q = await sentWithFollowUps();
    const item = q.sent[0]!;
    const event = {
      id: `evt-reply-${item.id}`,
      type: 'replied',
      message_id: item.externalMessageId,
      reply_text: 'Sounds interesting, tell me more',
      sentiment: 'positive',
    };
    const results = await Promise.all([post(event), post(event), post(event)]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(results.map((r) => r.body.status).sort()).toEqual(['duplicate', 'duplicate', 'recorded']);
    expect(await prisma.messageEvent.count({ where: { sendQueueId: item.id, eventType: 'replied' } })).toBe(1);
    const cc = await prisma.campaignContact.findUniqueOrThrow({ where: { id: item.campaignContactId! } });
    expect(cc).toMatchObject({ replied: true, replySentiment: 'positive', status: 'replied' });
    const followUp = await prisma.sendQueueItem.findFirstOrThrow({ where: { campaignContactId: item.campaignContactId, sequenceStep: 2 } });
    expect(followUp).toMatchObject({ status: 'cancelled', lastError: 'replied' });
    const message = await prisma.message.findFirstOrThrow({ where: { sendQueueId: item.id } });
    expect(message).toMatchObject({ status: 'replied', replyText: 'Sounds interesting, tell me more', replySentiment: 'positive' });
    const contact = await prisma.contact.findUniqueOrThrow({ where: { id: item.contactId } });
    expect(contact.globalStatus).toBe('replied');
    expect(contact.globalLastReplyAt).not.toBeNull();
    const campaign = await prisma.campaign.findUniqueOrThrow({ where: { id: q.campaignId } });
    expect([campaign.totalReplied, campaign.totalPositiveReplies]).toEqual([1, 1]);
    const offer = await prisma.offer.findUniqueOrThrow({ where: { id: q.offerId } });
    expect(offer.totalReplies).toBe(1);
    const account = await prisma.account.findUniqueOrThrow({ where: { id: item.accountId! } });
    expect(account.totalReplies).toBe(1);
    const history = await prisma.outreachHistory.findFirstOrThrow({ where: { sendQueueId: item.id } });
    expect(history.status).toBe('replied');
    // The lifecycle: one reply engagement for the person, who is now WARM.
    const lifecycle = await prisma.$queryRaw<{ n: bigint; state: string }[]>`
      SELECT count(e.*) AS n, max(s.funnel_state::text) AS state
      FROM funnel.suspect_universe AS s JOIN funnel.engagement_events AS e ON e.person_id = s.person_id
      WHERE s.email = lower(${contact.email})`;
    expect(Number(lifecycle[0]!.n)).toBe(1);
    expect(lifecycle[0]!.state).toBe('WARM');
  });

  it('an unsubscribe makes the person do-not-contact everywhere; a hard bounce marks the address invalid', async () => {
    const q = await sentWithFollowUps(2);
    const [a, b] = q.sent;
    expect((await post({ id: 'evt-unsub-1', type: 'unsubscribed', message_id: a!.externalMessageId })).body.status).toBe('recorded');
    expect((await post({ id: 'evt-bounce-1', type: 'bounced', bounce_type: 'hard', send_queue_id: b!.id })).body.status).toBe('recorded');
    const ca = await prisma.contact.findUniqueOrThrow({ where: { id: a!.contactId } });
    expect([ca.globalStatus, ca.status]).toEqual(['do_not_contact', 'unsubscribed']);
    const cb = await prisma.contact.findUniqueOrThrow({ where: { id: b!.contactId } });
    expect([cb.emailStatus, cb.status]).toEqual(['invalid', 'bounced']);
    const followUps = await prisma.sendQueueItem.findMany({ where: { campaignId: q.campaignId, sequenceStep: 2 } });
    expect(followUps.map((f) => f.status)).toEqual(['cancelled', 'cancelled']);
    expect((await prisma.sendQueueItem.findUniqueOrThrow({ where: { id: b!.id } })).status).toBe('bounced');
  });

  it('answers 400 for a malformed event and acknowledges an unknown message', async () => {
    expect((await post({ id: 'x', type: 'nonsense', message_id: 'm' })).status).toBe(400);
    const r = await post({ id: 'evt-unknown', type: 'opened', message_id: 'no-such-message' });
    expect(r).toEqual({ status: 200, body: { ok: true, status: 'unknown_message' } });
  });
});
