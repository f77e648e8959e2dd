// Campaign mutations through the graph: create and update with the structured slug, the state
// machine, and what pausing, resuming and cancelling do to queued sends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../../src/db.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import {
  makeAccount,
  makeCampaign,
  makeCampaignContact,
  makeCompany,
  makeContact,
  makeOffer,
  makeQueueItem,
} from '../helpers/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const CREATE = `
  mutation ($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      __typename
      ... on MutationCreateCampaignSuccess {
        campaign {
          uuid campaignSlug status channel campaignType timezone sendWindowStart sendWindowEnd sendDays
          targetCriteria { signal icpTarget minFitScore companyStatus signals { type priority } }
          targetCriteriaJson
          schedulingConfig { steps { step type delayDays condition } stopOnReply maxTouches }
          accountRefs { id name type }
          account { name }
          offer { slug }
        }
      }
      ... on ValidationFailed { problems { path message } }
      ... on NotFound { entity key }
      ... on Conflict { message }
    }
  }`;

async function setup() {
  const offer = await makeOffer({ slug: `ai-coach-${Math.random().toString(36).slice(2, 8)}` });
  const email = await makeAccount({ name: 'sales@acme.com', type: 'email' });
  const linkedin = await makeAccount({ name: 'mike_linkedin', type: 'linkedin' });
  return { offer, email, linkedin };
}

function input(offerId: string, accountId: string, over: Record<string, unknown> = {}) {
  return {
    offerId,
    name: 'Hiring push',
    channel: 'email',
    accountId,
    targetCriteria: { signal: 'hiring', icpTarget: 'pmre-companies', minFitScore: 7, companyStatus: ['qualified'], signals: [{ type: 'HIRING', priority: 'HIGH' }] },
    ...over,
  };
}

describe('createCampaign', () => {
  it('builds the slug {type}-{offer}-{channel}-{signal}-{icp}-{account} and stores typed configuration', async () => {
    const { offer, email, linkedin } = await setup();
    const r: any = await t.gql(CREATE, {
      input: input(offer.id, email.id, {
        accountIds: [email.id],
        schedulingConfig: { steps: [{ step: 1, type: 'email', delayDays: 0 }, { step: 2, type: 'email', delayDays: 3, condition: 'no_reply' }], stopOnReply: true, maxTouches: 2 },
        sendWindowStart: '08:30',
        sendWindowEnd: '16:00:00',
        sendDays: [5, 1, 1, 3],
        timezone: 'Europe/Berlin',
      }),
    });
    const c = r.data.createCampaign.campaign;
    expect(c).toMatchObject({
      campaignSlug: `cold-${offer.slug}-email-hiring-pmre-companies-sales-acme-com`,
      status: 'draft',
      channel: 'email',
      campaignType: 'cold_outreach',
      timezone: 'Europe/Berlin',
      sendWindowStart: '08:30:00',
      sendWindowEnd: '16:00:00',
      sendDays: [1, 3, 5],
      targetCriteria: { signal: 'hiring', icpTarget: 'pmre-companies', minFitScore: 7, companyStatus: ['qualified'], signals: [{ type: 'HIRING', priority: 'HIGH' }] },
      schedulingConfig: { steps: [{ step: 1, type: 'email', delayDays: 0, condition: null }, { step: 2, type: 'email', delayDays: 3, condition: 'no_reply' }], stopOnReply: true, maxTouches: 2 },
      accountRefs: [{ id: email.id, name: 'sales@acme.com', type: 'email' }],
      account: { name: 'sales@acme.com' },
      offer: { slug: offer.slug },
    });
    expect(c.targetCriteriaJson).toMatchObject({ icp_target: 'pmre-companies', min_fit_score: 7 });

    const multi: any = await t.gql(CREATE, {
      input: input(offer.id, linkedin.id, { channel: 'multi', campaignType: 'networking', accountIds: [linkedin.id, email.id] }),
    });
    expect(multi.data.createCampaign.campaign.campaignSlug).toBe(`networking-${offer.slug}-multi-hiring-pmre-companies-mike-linkedin`);
  });

  it('refuses a missing slug part, an account that cannot send on the channel, and a backwards window', async () => {
    const { offer, email, linkedin } = await setup();
    const noSignal: any = await t.gql(CREATE, { input: input(offer.id, email.id, { targetCriteria: { icpTarget: 'x' } }) });
    expect(noSignal.data.createCampaign.problems.map((p: any) => p.path)).toEqual(['targetCriteria.signal']);
    const noAccount: any = await t.gql(CREATE, { input: input(offer.id, email.id, { accountId: null }) });
    expect(noAccount.data.createCampaign.problems.map((p: any) => p.path)).toEqual(['accountId']);
    const wrongType: any = await t.gql(CREATE, { input: input(offer.id, linkedin.id) });
    expect(wrongType.data.createCampaign.__typename).toBe('ValidationFailed');
    expect(wrongType.data.createCampaign.problems[0].message).toMatch(/cannot send a email campaign/);
    const window: any = await t.gql(CREATE, { input: input(offer.id, email.id, { sendWindowStart: '18:00', sendWindowEnd: '09:00' }) });
    expect(window.data.createCampaign.problems.map((p: any) => p.path)).toEqual(['sendWindowEnd']);
    expect(await prisma.campaign.count({ where: { offerId: offer.id } })).toBe(0);
  });

  it('refuses an unknown offer or account, and a slug that is taken', async () => {
    const { offer, email } = await setup();
    const missingOffer: any = await t.gql(CREATE, { input: input('00000000-0000-4000-8000-000000000000', email.id) });
    expect(missingOffer.data.createCampaign).toMatchObject({ __typename: 'NotFound', entity: 'Offer' });
    const missingAccount: any = await t.gql(CREATE, { input: input(offer.id, '00000000-0000-4000-8000-000000000000') });
    expect(missingAccount.data.createCampaign).toMatchObject({ __typename: 'NotFound', entity: 'Account' });
    await t.gql(CREATE, { input: input(offer.id, email.id) });
    const taken: any = await t.gql(CREATE, { input: input(offer.id, email.id, { name: 'Another name' }) });
    expect(taken.data.createCampaign.__typename).toBe('Conflict');
  });
});

const UPDATE = `
  mutation ($input: UpdateCampaignInput!) {
    updateCampaign(input: $input) {
      __typename
      ... on MutationUpdateCampaignSuccess { campaign { name campaignSlug targetCriteria { signal icpTarget } sendDays } }
      ... on Conflict { message }
      ... on ValidationFailed { problems { path } }
      ... on NotFound { entity }
    }
  }`;

describe('updateCampaign', () => {
  it('changes fields and rebuilds the slug; refuses changes once the campaign is over', async () => {
    const { offer, email } = await setup();
    const created: any = await t.gql(CREATE, { input: input(offer.id, email.id) });
    const id = created.data.createCampaign.campaign.uuid;
    const r: any = await t.gql(UPDATE, { input: { id, name: 'Renamed', targetCriteria: { signal: 'funding', icpTarget: 'saas' }, sendDays: [2] } });
    expect(r.data.updateCampaign.campaign).toEqual({
      name: 'Renamed',
      campaignSlug: `cold-${offer.slug}-email-funding-saas-sales-acme-com`,
      targetCriteria: { signal: 'funding', icpTarget: 'saas' },
      sendDays: [2],
    });
    const kept: any = await t.gql(UPDATE, { input: { id, name: 'Only the name' } });
    expect(kept.data.updateCampaign.campaign.campaignSlug).toBe(`cold-${offer.slug}-email-funding-saas-sales-acme-com`);

    await prisma.campaign.update({ where: { id }, data: { status: 'cancelled' } });
    const over: any = await t.gql(UPDATE, { input: { id, name: 'Too late' } });
    expect(over.data.updateCampaign.__typename).toBe('Conflict');
    const missing: any = await t.gql(UPDATE, { input: { id: '00000000-0000-4000-8000-000000000000', name: 'x' } });
    expect(missing.data.updateCampaign).toEqual({ __typename: 'NotFound', entity: 'Campaign' });
  });
});

const STATUS = `
  mutation ($id: UUID!, $status: CampaignStatus!) {
    changeCampaignStatus(input: { id: $id, status: $status }) {
      __typename
      ... on MutationChangeCampaignStatusSuccess { change { campaign { status } heldSends releasedSends cancelledSends } }
      ... on InvalidTransition { entity from to }
      ... on NotFound { entity }
    }
  }`;

async function move(id: string, status: string) {
  const r: any = await t.gql(STATUS, { id, status });
  return r.data.changeCampaignStatus;
}

describe('changeCampaignStatus', () => {
  it('follows the state machine and refuses wrong steps with InvalidTransition', async () => {
    const offer = await makeOffer();
    const c = await makeCampaign(offer.id);
    expect(await move(c.id, 'active')).toEqual({ __typename: 'InvalidTransition', entity: 'Campaign', from: 'draft', to: 'active' });
    for (const s of ['ready', 'draft', 'ready', 'active', 'paused', 'active', 'completed']) {
      expect((await move(c.id, s)).change.campaign.status).toBe(s);
    }
    expect(await move(c.id, 'active')).toMatchObject({ __typename: 'InvalidTransition', from: 'completed' });
    expect(await move(c.id, 'cancelled')).toMatchObject({ __typename: 'InvalidTransition', from: 'completed' });
    expect(await move('00000000-0000-4000-8000-000000000000', 'ready')).toEqual({ __typename: 'NotFound', entity: 'Campaign' });
  });

  it('pausing holds pending and scheduled sends, resuming restores them, cancelling cancels them', async () => {
    const offer = await makeOffer();
    const company = await makeCompany(offer.id);
    const campaign = await makeCampaign(offer.id, { status: 'active' });
    const other = await makeCampaign(offer.id, { status: 'active' });
    const contact = await makeContact(company, { status: 'queued' });
    const sentTo = await makeContact(company, { status: 'contacted' });
    await makeCampaignContact(campaign.id, contact.id);
    await makeCampaignContact(campaign.id, sentTo.id, { currentStep: 1, status: 'waiting' });
    const statuses = ['pending', 'pending', 'scheduled', 'processing', 'sent', 'failed'];
    const items: { id: string }[] = [];
    for (const status of statuses) items.push(await makeQueueItem(campaign, contact, { status }));
    const untouched = await makeQueueItem(other, contact, { status: 'pending' });
    const queue = async () =>
      (await prisma.sendQueueItem.findMany({ where: { campaignId: campaign.id }, orderBy: { createdAt: 'asc' } })).map((q) => [
        items.findIndex((i) => i.id === q.id),
        q.status,
      ]);

    expect((await move(campaign.id, 'paused')).change).toMatchObject({ heldSends: 3, releasedSends: 0, cancelledSends: 0 });
    expect(Object.fromEntries(await queue())).toEqual({ 0: 'held', 1: 'held', 2: 'held', 3: 'processing', 4: 'sent', 5: 'failed' });
    // What the sending worker claims: pending or scheduled items of active campaigns. Nothing of a paused one.
    const claimable = await prisma.sendQueueItem.count({
      where: { campaignId: campaign.id, status: { in: ['pending', 'scheduled'] }, campaign: { status: 'active' } },
    });
    expect(claimable).toBe(0);

    expect((await move(campaign.id, 'active')).change).toMatchObject({ heldSends: 0, releasedSends: 3 });
    expect(Object.fromEntries(await queue())).toEqual({ 0: 'pending', 1: 'pending', 2: 'pending', 3: 'processing', 4: 'sent', 5: 'failed' });

    await move(campaign.id, 'paused');
    expect((await move(campaign.id, 'cancelled')).change).toMatchObject({ cancelledSends: 3 });
    const after = await prisma.sendQueueItem.findMany({ where: { campaignId: campaign.id, status: 'cancelled' } });
    expect(after).toHaveLength(3);
    expect(after.every((q) => q.lastError === 'campaign cancelled')).toBe(true);
    expect((await prisma.sendQueueItem.findUniqueOrThrow({ where: { id: untouched.id } })).status).toBe('pending');
    // The enrolled contact never sent to is ready again; the one already contacted stays contacted.
    expect((await prisma.contact.findUniqueOrThrow({ where: { id: contact.id } })).status).toBe('ready');
    expect((await prisma.contact.findUniqueOrThrow({ where: { id: sentTo.id } })).status).toBe('contacted');
  });

  it('completing an active campaign cancels what is still queued', async () => {
    const offer = await makeOffer();
    const contact = await makeContact(await makeCompany(offer.id));
    const campaign = await makeCampaign(offer.id, { status: 'active' });
    await makeQueueItem(campaign, contact, { status: 'scheduled' });
    expect((await move(campaign.id, 'completed')).change).toMatchObject({ cancelledSends: 1 });
    expect((await prisma.sendQueueItem.findFirstOrThrow({ where: { campaignId: campaign.id } })).lastError).toBe('campaign completed');
  });
});
