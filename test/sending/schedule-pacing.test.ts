// The configured pacing (SEND_MIN_GAP_SECONDS, SEND_GAP_JITTER_SECONDS) reaches scheduleCampaign
// through buildApp: first touches on one account are the configured gap apart.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { prisma } from '../../src/db.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { makeAccount, makeCampaign, makeCampaignContact, makeCompany, makeContact, makeOffer } from '../helpers/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ SEND_MIN_GAP_SECONDS: '3600', SEND_GAP_JITTER_SECONDS: '0' });
});
afterAll(async () => {
  await t?.close();
});

it('spaces first touches on one account by the configured minimum gap', async () => {
  const offer = await makeOffer({ status: 'active' });
  const company = await makeCompany(offer.id);
  const account = await makeAccount({ dailyLimitEmails: 50 });
  const campaign = await makeCampaign(offer.id, {
    status: 'active',
    timezone: 'UTC',
    sendWindowStart: new Date(Date.UTC(1970, 0, 1, 8)),
    sendWindowEnd: new Date(Date.UTC(1970, 0, 1, 18)),
    sendDays: [1, 2, 3, 4, 5, 6, 7],
    accountIds: [{ id: account.id }],
    schedulingConfig: { steps: [{ step: 1, type: 'email', delay_days: 0 }] },
  });
  await prisma.messageTemplate.create({
    data: { offerId: offer.id, campaignId: campaign.id, name: 's1', channel: 'email', sequenceStep: 1, body: 'Hello {{first_name}}' },
  });
  for (const name of ['Ada', 'Bob', 'Cy']) {
    const contact = await makeContact(company, { firstName: name });
    await makeCampaignContact(campaign.id, contact.id, { status: 'queued' });
  }
  const r = await t.gql(
    `mutation ($input: ScheduleCampaignInput!) { scheduleCampaign(input: $input) { __typename
      ... on MutationScheduleCampaignSuccess { schedule { queuedItems } } } }`,
    { input: { campaignId: campaign.id, startAt: '2030-03-06T08:00:00Z' } },
  );
  expect(r.data!.scheduleCampaign.schedule.queuedItems).toBe(3);
  const times = (await prisma.sendQueueItem.findMany({ where: { campaignId: campaign.id }, orderBy: { scheduledFor: 'asc' } })).map((i) =>
    i.scheduledFor.getTime(),
  );
  expect(times.slice(1).map((at, i) => at - times[i]!)).toEqual([3_600_000, 3_600_000]);
});
