// Every dashboard against the raw rows: the numbers are what counting the rows gives (and the
// seed's offer_dashboard, which joins before it sums, over-counts on the same data), "today" is
// the campaign's own day, and the view lists page over ties without skipping or repeating.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../../src/db.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import {
  daysAgo,
  makeAccount,
  makeCampaign,
  makeCampaignContact,
  makeCompany,
  makeContact,
  makeMessage,
  makeOffer,
  makeOutreach,
  makeQueueItem,
  makeReadyContact,
  makeTool,
} from '../helpers/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** An offer with companies, contacts, two campaigns, enrolments and sent messages. */
async function offerWithActivity() {
  const offer = await makeOffer();
  const account = await makeAccount();
  const companies = [await makeCompany(offer.id), await makeCompany(offer.id), await makeCompany(offer.id)];
  const contacts = [];
  for (const [i, company] of companies.entries()) {
    for (let j = 0; j <= i; j += 1) contacts.push(await makeContact(company));
  }
  const a = await makeCampaign(offer.id, { status: 'active', accountId: account.id });
  const b = await makeCampaign(offer.id, { status: 'active', accountId: account.id });
  const ccs = [
    await makeCampaignContact(a.id, contacts[0]!.id, { status: 'replied', replied: true, replySentiment: 'positive', meetingBooked: true, currentStep: 2 }),
    await makeCampaignContact(a.id, contacts[1]!.id, { status: 'replied', replied: true, replySentiment: 'negative', currentStep: 1 }),
    await makeCampaignContact(a.id, contacts[2]!.id, { status: 'waiting', currentStep: 1 }),
    await makeCampaignContact(b.id, contacts[3]!.id, { status: 'queued' }),
  ];
  await makeMessage(ccs[0]!, account.id, { status: 'sent', sentAt: daysAgo(3) });
  await makeMessage(ccs[0]!, account.id, { status: 'replied', sequenceStep: 2, sentAt: daysAgo(2) });
  await makeMessage(ccs[1]!, account.id, { status: 'delivered', sentAt: daysAgo(2) });
  await makeMessage(ccs[2]!, account.id, { status: 'opened', sentAt: daysAgo(1) });
  await makeMessage(ccs[3]!, account.id, { status: 'pending', scheduledAt: daysAgo(0) });
  await makeMessage(ccs[3]!, account.id, { status: 'failed', sequenceStep: 2 });
  return { offer, account, companies, contacts, campaigns: [a, b], ccs };
}

describe('offerDashboard', () => {
  it('equals the raw counts, where the seed query over-counts the same data', async () => {
    const { offer, campaigns } = await offerWithActivity();
    // Stored campaign counters as update_campaign_metrics would set them (sent messages per campaign).
    await prisma.campaign.update({ where: { id: campaigns[0]!.id }, data: { totalSent: 4, totalReplied: 2, totalMeetings: 1 } });
    await prisma.campaign.update({ where: { id: campaigns[1]!.id }, data: { totalSent: 0 } });

    const r: any = await t.gql('query ($id: UUID) { offerDashboard(offerId: $id) { offerId companyCount contactCount campaignCount sentCount contactsReached replyCount positiveReplyCount meetingCount replyRate } }', { id: offer.id });
    const row = r.data.offerDashboard[0];
    const raw = {
      companyCount: await prisma.company.count({ where: { offerId: offer.id } }),
      contactCount: await prisma.contact.count({ where: { offerId: offer.id } }),
      campaignCount: await prisma.campaign.count({ where: { offerId: offer.id } }),
      sentCount: await prisma.message.count({
        where: { campaign: { offerId: offer.id }, status: { in: ['sent', 'delivered', 'opened', 'clicked', 'replied'] } },
      }),
      replyCount: await prisma.campaignContact.count({ where: { campaign: { offerId: offer.id }, replied: true } }),
      positiveReplyCount: await prisma.campaignContact.count({
        where: { campaign: { offerId: offer.id }, replied: true, replySentiment: 'positive' },
      }),
      meetingCount: await prisma.campaignContact.count({ where: { campaign: { offerId: offer.id }, meetingBooked: true } }),
    };
    expect(raw).toEqual({ companyCount: 3, contactCount: 6, campaignCount: 2, sentCount: 4, replyCount: 2, positiveReplyCount: 1, meetingCount: 1 });
    expect(row).toMatchObject({ offerId: offer.id, ...raw, contactsReached: 3, replyRate: '66.67' });

    // The document's view: one join of companies × contacts × campaigns, then SUM over it.
    const seed = await prisma.$queryRaw<{ company_count: bigint; contact_count: bigint; total_sent: bigint; total_replies: bigint }[]>`
      SELECT COUNT(DISTINCT c.id) AS company_count, COUNT(DISTINCT co.id) AS contact_count,
             COALESCE(SUM(ca.total_sent), 0)::bigint AS total_sent, COALESCE(SUM(ca.total_replied), 0)::bigint AS total_replies
      FROM offers o
      LEFT JOIN companies c ON c.offer_id = o.id
      LEFT JOIN contacts co ON co.offer_id = o.id
      LEFT JOIN campaigns ca ON ca.offer_id = o.id
      WHERE o.id = ${offer.id}::uuid
      GROUP BY o.id`;
    expect(Number(seed[0]!.total_sent)).toBe(4 * 3 * 6); // sends counted once per company × contact row
    expect(Number(seed[0]!.total_replies)).toBe(2 * 3 * 6);
    expect(row.sentCount).toBe(4);
  });
});

describe('campaignPerformance', () => {
  it('counts each campaign from its raw rows', async () => {
    const { offer, campaigns } = await offerWithActivity();
    const r: any = await t.gql('query ($id: UUID) { campaignPerformance(offerId: $id) { campaignId totalContacts contactsSent contactsRemaining totalSent totalReplied totalPositiveReplies totalMeetings replyRate } }', { id: offer.id });
    const byId = Object.fromEntries(r.data.campaignPerformance.map((x: any) => [x.campaignId, x]));
    expect(byId[campaigns[0]!.id]).toMatchObject({ totalContacts: 3, totalSent: 4, totalReplied: 2, totalPositiveReplies: 1, totalMeetings: 1 });
    expect(byId[campaigns[1]!.id]).toMatchObject({ totalContacts: 1, totalSent: 0, totalReplied: 0 });
    for (const c of campaigns) {
      expect(byId[c.id].totalContacts).toBe(await prisma.campaignContact.count({ where: { campaignId: c.id } }));
    }
  });
});

describe('contactsReady', () => {
  it('lists exactly the contacts eligible now, across offers for the 60-day rule', async () => {
    const offer = await makeOffer();
    const company = await makeCompany(offer.id);
    const ok = await makeReadyContact(company);
    const old = await makeReadyContact(company, { email: 'old-send@example.net' });
    const recent = await makeReadyContact(company, { email: 'recent-send@example.net' });
    await makeReadyContact(company, { status: 'new' });
    await makeReadyContact(company, { connectionDegree: 1 });
    await makeOutreach({ contactEmail: 'OLD-SEND@example.net', sentAt: daysAgo(61) });
    await makeOutreach({ contactEmail: 'recent-send@example.net', sentAt: daysAgo(59) });
    const r: any = await t.gql(
      'query ($id: UUID!) { contactsReady(filter: { offerId: { equals: $id } }, first: 100) { totalCount edges { node { contactId companyName offerName } } } }',
      { id: offer.id },
    );
    const ids = r.data.contactsReady.edges.map((e: any) => e.node.contactId).sort();
    expect(ids).toEqual([ok.id, old.id].sort());
    expect(r.data.contactsReady.totalCount).toBe(2);
    expect(ids).not.toContain(recent.id);
  });
});

describe('accountHealth and accountCapacity', () => {
  it('show limits minus today’s counts, and no sending for a banned or unhealthy account', async () => {
    // Last action 7 minutes ago: past the 6-minute gap, and today's (UTC) unless the day just began.
    const lastAction = new Date(Date.now() - 7 * 60_000);
    const today = lastAction.toISOString().slice(0, 10) === new Date().toISOString().slice(0, 10) ? 12 : 0;
    const active = await makeAccount({ type: 'email', dailyLimitEmails: 50, todayEmails: 12, todayLastActionAt: lastAction });
    const banned = await makeAccount({ type: 'email', status: 'banned' });
    const sick = await makeAccount({ type: 'email', healthScore: 20 });
    const r: any = await t.gql('{ accountHealth(type: email) { accountId emailsToday effectiveLimitEmails emailsRemaining canSendEmail canSend } accountCapacity(type: email) { accountId emailsRemaining canSendNow } }');
    const health = Object.fromEntries(r.data.accountHealth.map((x: any) => [x.accountId, x]));
    const capacity = Object.fromEntries(r.data.accountCapacity.map((x: any) => [x.accountId, x]));
    expect(health[active.id]).toMatchObject({ emailsToday: today, effectiveLimitEmails: 50, emailsRemaining: 50 - today, canSendEmail: true });
    expect(capacity[active.id]).toMatchObject({ emailsRemaining: 50 - today, canSendNow: true });
    expect(health[banned.id].canSend).toBe(false);
    expect(health[sick.id].canSend).toBe(false);
    expect(capacity[sick.id].canSendNow).toBe(false);
  });
});

/** The calendar day of `at` in `timeZone` (YYYY-MM-DD). */
function dayIn(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

describe('todaysSchedule and todaysQueue', () => {
  it("use each campaign's own day and leave out paused campaigns", async () => {
    const offer = await makeOffer();
    const contact = await makeContact(await makeCompany(offer.id));
    const east = await makeCampaign(offer.id, { status: 'active', timezone: 'Pacific/Kiritimati' }); // UTC+14
    const west = await makeCampaign(offer.id, { status: 'active', timezone: 'Pacific/Pago_Pago' }); // UTC−11
    const paused = await makeCampaign(offer.id, { status: 'paused', timezone: 'UTC' });
    const now = new Date();
    const expected = new Set<string>();
    for (const campaign of [east, west]) {
      for (let h = -36; h <= 36; h += 3) {
        const at = new Date(now.getTime() + h * 3600_000 + 7 * 60_000);
        // Leave out anything within two minutes of the zone's midnight, where the test clock matters.
        const local = new Date(at.toLocaleString('en-US', { timeZone: campaign.timezone }));
        const minutes = local.getHours() * 60 + local.getMinutes();
        if (minutes < 2 || minutes > 24 * 60 - 2) continue;
        const item = await makeQueueItem(campaign, contact, { scheduledFor: at, status: 'scheduled' });
        if (dayIn(at, campaign.timezone) === dayIn(now, campaign.timezone)) expected.add(item.id);
      }
    }
    await makeQueueItem(paused, contact, { scheduledFor: now });
    await makeQueueItem(east, contact, { scheduledFor: now, status: 'sent' });
    const r: any = await t.gql(
      'query ($ids: [UUID!]) { todaysSchedule(first: 100, filter: { campaignId: { in: $ids } }) { totalCount edges { node { queueItemId campaignTimezone scheduledLocal } } } }',
      { ids: [east.id, west.id, paused.id] },
    );
    const got = new Set(r.data.todaysSchedule.edges.map((e: any) => e.node.queueItemId));
    expect(got).toEqual(expected);
    expect(r.data.todaysSchedule.totalCount).toBe(expected.size);
    expect(expected.size).toBeGreaterThan(4);

    const queue = await offerWithActivity();
    const pausedCampaign = await makeCampaign(queue.offer.id, { status: 'paused' });
    const pausedCc = await makeCampaignContact(pausedCampaign.id, queue.contacts[5]!.id);
    await makeMessage(pausedCc, queue.account.id, { status: 'pending' });
    const q: any = await t.gql(
      'query ($ids: [UUID!]) { todaysQueue(first: 100, filter: { campaignId: { in: $ids } }) { totalCount edges { node { campaignId status accountName } } } }',
      { ids: [...queue.campaigns.map((c) => c.id), pausedCampaign.id] },
    );
    expect(q.data.todaysQueue.totalCount).toBe(1);
    expect(q.data.todaysQueue.edges[0].node).toMatchObject({ campaignId: queue.campaigns[1]!.id, status: 'pending' });
  });
});

describe('leadsForReview', () => {
  it('has one row per contact and enrolment, filters, and pages over ties both ways', async () => {
    const offer = await makeOffer();
    const campaign = await makeCampaign(offer.id);
    const other = await makeCampaign(offer.id);
    let enrolments = 0;
    for (let i = 0; i < 12; i += 1) {
      const company = await makeCompany(offer.id, { fitScore: i % 4 === 0 ? null : 5 + (i % 2), industry: 'Software' });
      const contact = await makeContact(company);
      if (i % 3 === 0) {
        await makeCampaignContact(campaign.id, contact.id);
        await makeCampaignContact(other.id, contact.id);
        enrolments += 2;
      }
    }
    const rawRows = 12 - 4 + enrolments; // unenrolled contacts once, enrolled ones once per enrolment
    const q = `query ($offerId: UUID, $first: Int, $after: String, $last: Int, $before: String, $orderBy: LeadForReviewOrder, $filter: LeadForReviewFilter) {
      leadsForReview(offerId: $offerId, first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: $filter) {
        totalCount edges { cursor node { contactId campaignContactId fitScore } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const all: any = await t.gql(q, { offerId: offer.id, first: 100 });
    expect(all.data.leadsForReview.totalCount).toBe(rawRows);
    const key = (n: any) => `${n.contactId}:${n.campaignContactId ?? ''}`;
    for (const orderBy of [{ field: 'fitScore', direction: 'DESC' }, { field: 'fitScore', direction: 'ASC' }, { field: 'industry', direction: 'ASC' }]) {
      const everything: any = await t.gql(q, { offerId: offer.id, first: 100, orderBy });
      const expected = everything.data.leadsForReview.edges.map((e: any) => key(e.node));
      expect(new Set(expected).size).toBe(rawRows);
      const forward: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 50; i += 1) {
        const page: any = await t.gql(q, { offerId: offer.id, first: 3, after, orderBy });
        forward.push(...page.data.leadsForReview.edges.map((e: any) => key(e.node)));
        if (!page.data.leadsForReview.pageInfo.hasNextPage) break;
        after = page.data.leadsForReview.pageInfo.endCursor;
      }
      expect(forward).toEqual(expected);
      const backward: string[] = [];
      let before: string | null = null;
      for (let i = 0; i < 50; i += 1) {
        const page: any = await t.gql(q, { offerId: offer.id, last: 4, before, orderBy });
        backward.unshift(...page.data.leadsForReview.edges.map((e: any) => key(e.node)));
        if (!page.data.leadsForReview.pageInfo.hasPreviousPage) break;
        before = page.data.leadsForReview.pageInfo.startCursor;
      }
      expect(backward).toEqual(expected);
    }
    const filtered: any = await t.gql(q, { offerId: offer.id, first: 100, filter: { fitScore: { gte: 6 }, campaignId: { isNull: true } } });
    expect(filtered.data.leadsForReview.edges.every((e: any) => e.node.fitScore === 6 && e.node.campaignContactId === null)).toBe(true);
    const nullFilter = await t.gql(q, { offerId: offer.id, filter: { fitScore: { equals: null } } }, { allowErrors: true });
    expect(nullFilter.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });
});

describe('activityFeed', () => {
  it('shows each queued send once, and a sent one as its send', async () => {
    const offer = await makeOffer();
    const contact = await makeContact(await makeCompany(offer.id));
    const campaign = await makeCampaign(offer.id, { status: 'active' });
    const waiting = await makeQueueItem(campaign, contact, { status: 'pending' });
    const sent = await makeQueueItem(campaign, contact, { status: 'sent' });
    const history = await makeOutreach({ contactId: contact.id, campaignId: campaign.id, sendQueueId: sent.id, sentAt: daysAgo(1) });
    const r: any = await t.gql(
      'query ($id: UUID!) { activityFeed(filter: { campaignId: { equals: $id } }) { totalCount edges { node { activityType itemId } } } }',
      { id: campaign.id },
    );
    expect(r.data.activityFeed.totalCount).toBe(2);
    expect(r.data.activityFeed.edges.map((e: any) => e.node).sort((a: any, b: any) => a.activityType.localeCompare(b.activityType))).toEqual([
      { activityType: 'scheduled', itemId: waiting.id },
      { activityType: 'sent', itemId: history.id },
    ]);
  });
});

describe('dailyAccountMessageVolume', () => {
  it('counts messages per account and day as the raw rows do', async () => {
    const { account } = await offerWithActivity();
    const r: any = await t.gql('query ($id: UUID) { dailyAccountMessageVolume(accountId: $id) { day scheduled pending sent errored } }', { id: account.id });
    const rows = r.data.dailyAccountMessageVolume;
    const sum = (k: string) => rows.reduce((n: number, x: any) => n + x[k], 0);
    expect(sum('sent')).toBe(4);
    expect(sum('pending')).toBe(1);
    expect(sum('errored')).toBe(1);
    expect(sum('scheduled')).toBe(await prisma.message.count({ where: { accountId: account.id, scheduledAt: { not: null } } }));
    const days = await prisma.message.findMany({ where: { accountId: account.id }, select: { sentAt: true, scheduledAt: true, createdAt: true } });
    const expectedDays = new Set(days.map((m) => (m.sentAt ?? m.scheduledAt ?? m.createdAt).toISOString().slice(0, 10)));
    expect(new Set(rows.map((x: any) => x.day))).toEqual(expectedDays);
  });
});

describe('toolUsageSummary', () => {
  it('counts calls, credits and outcomes over the last N days', async () => {
    const tool = await makeTool();
    const idle = await makeTool();
    const usage = async (days: number, status: string, credits: number, durationMs: number) =>
      prisma.toolUsage.create({ data: { toolId: tool.id, action: 'enrich', status, creditsUsed: credits, durationMs, createdAt: daysAgo(days) } });
    await usage(0.5, 'success', 2, 100);
    await usage(1.5, 'error', 0, 300);
    await usage(3, 'rate_limited', 0, 50);
    await usage(10, 'success', 5, 10);
    const q = 'query ($days: Int!) { toolUsageSummary(days: $days) { toolId calls successes errors rateLimited creditsUsed avgDurationMs } }';
    const week: any = await t.gql(q, { days: 7 });
    const row = week.data.toolUsageSummary.find((x: any) => x.toolId === tool.id);
    expect(row).toEqual({ toolId: tool.id, calls: 3, successes: 1, errors: 1, rateLimited: 1, creditsUsed: 2, avgDurationMs: '150' });
    expect(week.data.toolUsageSummary.find((x: any) => x.toolId === idle.id)).toMatchObject({ calls: 0, avgDurationMs: null });
    const day: any = await t.gql(q, { days: 1 });
    expect(day.data.toolUsageSummary.find((x: any) => x.toolId === tool.id)).toMatchObject({ calls: 1, creditsUsed: 2 });
    const raw = await prisma.toolUsage.count({ where: { toolId: tool.id, createdAt: { gt: daysAgo(7) } } });
    expect(row.calls).toBe(raw);
    const bad = await t.gql(q, { days: 0 }, { allowErrors: true });
    expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });
});
