// scheduleCampaign through the graph: steps, templates, delays, window and zone, rotation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../../src/db.js';
import { isInSendWindow } from '../../src/modules/sending/sending.rules.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { makeAccount, makeCampaign, makeCampaignContact, makeCompany, makeContact, makeOffer } from '../helpers/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const SCHEDULE = `mutation ($input: ScheduleCampaignInput!) {
  scheduleCampaign(input: $input) {
    __typename
    ... on MutationScheduleCampaignSuccess { schedule { queuedItems contactsScheduled problems { contactId step missing } } }
  }
}`;

describe('scheduleCampaign', () => {
  it('queues each step rendered, delayed in local days, inside the Tokyo window, rotated over accounts; a missing variable leaves that contact out', async () => {
    const offer = await makeOffer({ status: 'active', name: 'Coach' });
    const company = await makeCompany(offer.id, { name: 'Acme' });
    const a1 = await makeAccount({ dailyLimitEmails: 50 });
    const a2 = await makeAccount({ dailyLimitEmails: 50 });
    const campaign = await makeCampaign(offer.id, {
      status: 'active',
      timezone: 'Asia/Tokyo',
      sendWindowStart: new Date(Date.UTC(1970, 0, 1, 9)),
      sendWindowEnd: new Date(Date.UTC(1970, 0, 1, 17)),
      sendDays: [1, 2, 3, 4, 5],
      accountIds: [{ id: a1.id }, { id: a2.id }],
      schedulingConfig: { steps: [{ step: 1, type: 'email', delay_days: 0 }, { step: 2, type: 'email', delay_days: 3 }] },
    });
    await prisma.messageTemplate.createMany({
      data: [
        { offerId: offer.id, campaignId: campaign.id, name: 's1', channel: 'email', sequenceStep: 1, subject: '{{first_name}}, a question', body: 'Hi {{first_name}} at {{company_name}}, about {{offer_name}}' },
        { offerId: offer.id, campaignId: campaign.id, name: 's2', channel: 'email', sequenceStep: 2, body: 'Following up, {{first_name}}' },
      ],
    });
    const ada = await makeContact(company, { firstName: 'Ada' });
    const bob = await makeContact(company, { firstName: 'Bob' });
    const nameless = await makeContact(company, { firstName: null });
    for (const c of [ada, bob, nameless]) await makeCampaignContact(campaign.id, c.id, { status: 'queued' });

    const startAt = '2030-03-08T10:00:00Z'; // Friday 19:00 in Tokyo: after the window
    const r = await t.gql(SCHEDULE, { input: { campaignId: campaign.id, startAt } });
    expect(r.data!.scheduleCampaign.schedule).toEqual({
      queuedItems: 4,
      contactsScheduled: 2,
      problems: [{ contactId: nameless.id, step: 1, missing: ['first_name'] }],
    });
    const items = await prisma.sendQueueItem.findMany({ where: { campaignId: campaign.id }, orderBy: [{ contactId: 'asc' }, { sequenceStep: 'asc' }] });
    const window = { timezone: 'Asia/Tokyo', startSeconds: 9 * 3600, endSeconds: 17 * 3600, days: [1, 2, 3, 4, 5] };
    expect(items.every((i) => isInSendWindow(i.scheduledFor, window))).toBe(true);
    const adaItems = items.filter((i) => i.contactId === ada.id);
    expect(adaItems.map((i) => [i.sequenceStep, i.subject, i.body])).toEqual([
      [1, 'Ada, a question', 'Hi Ada at Acme, about Coach'],
      [2, null, 'Following up, Ada'],
    ]);
    // Monday 09:00 Tokyo is 00:00Z; step 2 three local days later (Thursday).
    expect(adaItems[0]!.scheduledFor.toISOString().slice(0, 13)).toBe('2030-03-11T00');
    expect(adaItems[1]!.scheduledFor.toISOString().slice(0, 10)).toBe('2030-03-14');
    // Rotation: the two contacts' first touches use both accounts.
    expect(new Set(items.filter((i) => i.sequenceStep === 1).map((i) => i.accountId))).toEqual(new Set([a1.id, a2.id]));
    // Again: nothing new to queue.
    const again = await t.gql(SCHEDULE, { input: { campaignId: campaign.id, startAt } });
    expect(again.data!.scheduleCampaign.schedule.queuedItems).toBe(0);
  });
});
