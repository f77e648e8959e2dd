// Offer, company and contact mutations: success and each typed failure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../../src/db.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { makeCompany, makeContact, makeOffer } from '../helpers/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const CHANGE_STATUS = `
  mutation ($input: ChangeOfferStatusInput!) {
    changeOfferStatus(input: $input) {
      __typename
      ... on MutationChangeOfferStatusSuccess { offer { status } }
      ... on InvalidTransition { entity from to message }
      ... on NotFound { entity key }
    }
  }`;

async function move(id: string, status: string) {
  const r: any = await t.gql(CHANGE_STATUS, { input: { id, status } });
  return r.data.changeOfferStatus;
}

describe('changeOfferStatus', () => {
  it('walks draft → ready → active ⇄ paused → completed → killed', async () => {
    const offer = await makeOffer();
    for (const status of ['ready', 'active', 'paused', 'active', 'paused', 'completed', 'killed']) {
      expect(await move(offer.id, status)).toEqual({ __typename: 'MutationChangeOfferStatusSuccess', offer: { status } });
    }
  });

  it('refuses a wrong step with a typed InvalidTransition and changes nothing', async () => {
    const offer = await makeOffer();
    expect(await move(offer.id, 'active')).toMatchObject({
      __typename: 'InvalidTransition',
      entity: 'Offer',
      from: 'draft',
      to: 'active',
    });
    await move(offer.id, 'ready');
    await move(offer.id, 'active');
    expect(await move(offer.id, 'completed')).toMatchObject({ __typename: 'InvalidTransition', from: 'active', to: 'completed' });
    expect(await move(offer.id, 'draft')).toMatchObject({ __typename: 'InvalidTransition', from: 'active' });
    await move(offer.id, 'killed');
    expect(await move(offer.id, 'killed')).toMatchObject({ __typename: 'InvalidTransition', from: 'killed', to: 'killed' });
    expect(await move(offer.id, 'active')).toMatchObject({ __typename: 'InvalidTransition', from: 'killed' });
    expect((await prisma.offer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe('killed');
  });

  it('kills from any state', async () => {
    for (const path of [[], ['ready'], ['ready', 'active'], ['ready', 'active', 'paused']]) {
      const offer = await makeOffer();
      for (const s of path) await move(offer.id, s);
      expect(await move(offer.id, 'killed')).toMatchObject({ offer: { status: 'killed' } });
    }
  });

  it('returns NotFound for an unknown offer', async () => {
    expect(await move('00000000-0000-4000-8000-000000000000', 'ready')).toEqual({
      __typename: 'NotFound',
      entity: 'Offer',
      key: '00000000-0000-4000-8000-000000000000',
    });
  });

  it('lets exactly one of two concurrent identical moves win', async (ctx) => {
    // Needs two real sessions; the embedded PGlite serves one at a time.
    if (t.testDb.kind !== 'postgres') ctx.skip();
    const offer = await makeOffer();
    const results = await Promise.all([move(offer.id, 'ready'), move(offer.id, 'ready')]);
    expect(results.map((r) => r.__typename).sort()).toEqual(['InvalidTransition', 'MutationChangeOfferStatusSuccess']);
  });
});

const UPDATE = `
  mutation ($input: UpdateOfferInput!) {
    updateOffer(input: $input) {
      __typename
      ... on MutationUpdateOfferSuccess {
        offer {
          name slug problemSolved
          positioning { category { name competingWith } symptoms { type score { total } } disqualifyingSignals }
          positioningJson
          icp { company { verticals sizeMin } buyer { titles } }
          emailTemplates { sequence { step subject delayDays } }
          linkedinTemplates { connectionRequest }
        }
      }
      ... on ValidationFailed { problems { path message } }
      ... on NotFound { entity }
    }
  }`;

describe('updateOffer', () => {
  it('changes the given fields, keeps the slug, and reads the JSON columns back typed and raw', async () => {
    const offer = await makeOffer({ name: 'Before', slug: 'before-slug', problemSolved: 'old' });
    const positioning = {
      category: { name: 'AI Sales Coach', competing_with: 'Training platforms' },
      symptoms: [{ type: 'hiring', score: { detectable: 5, relevant: 5, timely: 5, specific: 5, total: 20 } }],
      disqualifying_signals: ['Too small'],
      extra_key: 'kept',
    };
    const r: any = await t.gql(UPDATE, {
      input: {
        id: offer.id,
        name: 'After',
        problemSolved: null,
        positioning,
        icp: { company: { verticals: ['saas'], size_min: 20 }, buyer: { titles: ['VP Sales'] } },
        emailTemplates: { sequence: [{ step: 1, subject: 'Hi', body: 'Hello', delay_days: 0 }] },
        linkedinTemplates: { connection_request: 'Hi there' },
      },
    });
    expect(r.data.updateOffer.__typename).toBe('MutationUpdateOfferSuccess');
    expect(r.data.updateOffer.offer).toEqual({
      name: 'After',
      slug: 'before-slug',
      problemSolved: null,
      positioning: {
        category: { name: 'AI Sales Coach', competingWith: 'Training platforms' },
        symptoms: [{ type: 'hiring', score: { total: 20 } }],
        disqualifyingSignals: ['Too small'],
      },
      positioningJson: positioning,
      icp: { company: { verticals: ['saas'], sizeMin: 20 }, buyer: { titles: ['VP Sales'] } },
      emailTemplates: { sequence: [{ step: 1, subject: 'Hi', delayDays: 0 }] },
      linkedinTemplates: { connectionRequest: 'Hi there' },
    });
  });

  it('refuses clearing a required field or a JSON column of the wrong shape', async () => {
    const offer = await makeOffer();
    const cleared: any = await t.gql(UPDATE, { input: { id: offer.id, name: null } });
    expect(cleared.data.updateOffer).toEqual({
      __typename: 'ValidationFailed',
      problems: [{ path: 'name', message: 'cannot be cleared' }],
    });
    const shape: any = await t.gql(UPDATE, { input: { id: offer.id, icp: { company: { size_min: 'twenty' } } } });
    expect(shape.data.updateOffer.__typename).toBe('ValidationFailed');
    expect(shape.data.updateOffer.problems[0].path).toMatch(/icp\.company\.size_min/);
  });

  it('returns NotFound for an unknown offer', async () => {
    const r: any = await t.gql(UPDATE, { input: { id: '00000000-0000-4000-8000-000000000000', name: 'x' } });
    expect(r.data.updateOffer).toEqual({ __typename: 'NotFound', entity: 'Offer' });
  });
});

describe('qualifyCompany / disqualifyCompany', () => {
  const QUALIFY = `mutation ($id: UUID!) { qualifyCompany(input: { id: $id }) {
    __typename ... on MutationQualifyCompanySuccess { company { status disqualificationReason } }
    ... on InvalidTransition { from to } ... on NotFound { entity } } }`;
  const DISQUALIFY = `mutation ($id: UUID!, $reason: String!) { disqualifyCompany(input: { id: $id, reason: $reason }) {
    __typename ... on MutationDisqualifyCompanySuccess { company { status disqualificationReason } }
    ... on InvalidTransition { from to } ... on ValidationFailed { problems { path } } } }`;

  it('qualifies, disqualifies with a reason, and qualifies again (clearing the reason)', async () => {
    const offer = await makeOffer();
    const c = await makeCompany(offer.id);
    let r: any = await t.gql(QUALIFY, { id: c.id });
    expect(r.data.qualifyCompany.company).toEqual({ status: 'qualified', disqualificationReason: null });
    r = await t.gql(DISQUALIFY, { id: c.id, reason: 'Enterprise only' });
    expect(r.data.disqualifyCompany.company).toEqual({ status: 'disqualified', disqualificationReason: 'Enterprise only' });
    r = await t.gql(QUALIFY, { id: c.id });
    expect(r.data.qualifyCompany.company).toEqual({ status: 'qualified', disqualificationReason: null });
  });

  it('refuses once outreach has begun, twice the same move, a blank reason, and unknown companies', async () => {
    const offer = await makeOffer();
    const contacted = await makeCompany(offer.id, { status: 'contacted' });
    let r: any = await t.gql(DISQUALIFY, { id: contacted.id, reason: 'x' });
    expect(r.data.disqualifyCompany).toEqual({ __typename: 'InvalidTransition', from: 'contacted', to: 'disqualified' });
    const fresh = await makeCompany(offer.id);
    await t.gql(QUALIFY, { id: fresh.id });
    r = await t.gql(QUALIFY, { id: fresh.id });
    expect(r.data.qualifyCompany).toEqual({ __typename: 'InvalidTransition', from: 'qualified', to: 'qualified' });
    r = await t.gql(DISQUALIFY, { id: fresh.id, reason: '   ' });
    expect(r.data.disqualifyCompany).toEqual({ __typename: 'ValidationFailed', problems: [{ path: 'input.reason' }] });
    r = await t.gql(QUALIFY, { id: '00000000-0000-4000-8000-000000000000' });
    expect(r.data.qualifyCompany).toEqual({ __typename: 'NotFound', entity: 'Company' });
  });
});

describe('markContactEmailStatus', () => {
  const MARK = `mutation ($input: MarkContactEmailStatusInput!) { markContactEmailStatus(input: $input) {
    __typename ... on MutationMarkContactEmailStatusSuccess { contact { emailStatus emailVerified emailVerificationSource } }
    ... on NotFound { entity } } }`;

  it('records the status and its source', async () => {
    const offer = await makeOffer();
    const contact = await makeContact(await makeCompany(offer.id));
    const r: any = await t.gql(MARK, { input: { id: contact.id, emailStatus: 'invalid', verificationSource: 'leadmagic' } });
    expect(r.data.markContactEmailStatus.contact).toMatchObject({ emailStatus: 'invalid', emailVerificationSource: 'leadmagic' });
    const row = await prisma.contact.findUniqueOrThrow({ where: { id: contact.id } });
    expect(row.emailStatus).toBe('invalid');
  });

  it('returns NotFound for an unknown contact', async () => {
    const r: any = await t.gql(MARK, { input: { id: '00000000-0000-4000-8000-000000000000', emailStatus: 'valid' } });
    expect(r.data.markContactEmailStatus).toEqual({ __typename: 'NotFound', entity: 'Contact' });
  });
});
