// Enrolment: each kind of ineligible contact is skipped with its reason, the 60-day rule looks
// across every offer (59 days ago: skipped; 61 days ago: enrolled), and the SQL twin of the rule
// agrees with the pure function on the whole table of cases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../../src/db.js';
import { type EnrolmentFacts, enrolmentSkipReason } from '../../src/modules/campaigns/campaigns.rules.js';
import { enrolmentDecisionsCtes } from '../../src/modules/campaigns/eligibility.sql.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ENROLMENT_CASES, NOW, ready } from '../helpers/enrolment-cases.js';
import {
  daysAgo,
  makeCampaign,
  makeCampaignContact,
  makeCompany,
  makeContact,
  makeOffer,
  makeOutreach,
  makeReadyContact,
  seq,
} from '../helpers/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const ENROL = `
  mutation ($input: EnrollContactsInput!) {
    enrollContacts(input: $input) {
      __typename
      ... on MutationEnrollContactsSuccess {
        enrolment {
          enrolled enrolledContactIds skippedCount
          skipped { contactId reason }
          skippedByReason { reason count }
          campaign { totalContacts contactsRemaining campaignContacts { totalCount } }
        }
      }
      ... on Error { message }
      ... on ValidationFailed { problems { path message } }
    }
  }`;

describe('enrollContacts', () => {
  it('enrols eligible contacts and skips each kind of ineligible one with its reason', async () => {
    const offer = await makeOffer();
    const otherOffer = await makeOffer();
    const company = await makeCompany(offer.id);
    const otherCompany = await makeCompany(otherOffer.id);
    const campaign = await makeCampaign(offer.id, { channel: 'email', status: 'active' });
    const otherCampaign = await makeCampaign(otherOffer.id);

    const c = {
      eligible: await makeReadyContact(company),
      enriched: await makeReadyContact(company, { status: 'enriched' }),
      sent61DaysAgoElsewhere: await makeReadyContact(company, { email: 'old.friend@example.org' }),
      sent59DaysAgoElsewhere: await makeReadyContact(company, { email: 'recent.friend@example.org' }),
      sent59DaysAgoByLinkedin: await makeReadyContact(company, { linkedinUrl: 'https://linkedin.com/in/linked-recent' }),
      doNotContactElsewhere: await makeReadyContact(company, { email: 'gone@example.org' }),
      doNotContact: await makeReadyContact(company, { globalStatus: 'do_not_contact' }),
      bounced: await makeReadyContact(company, { status: 'bounced' }),
      invalidEmail: await makeReadyContact(company, { emailStatus: 'invalid' }),
      noEmail: await makeReadyContact(company, { email: null }),
      notReady: await makeReadyContact(company, { status: 'new' }),
      skipped: await makeReadyContact(company, { skipReason: 'no_email' }),
      firstDegree: await makeReadyContact(company, { connectionDegree: 1 }),
      alreadyContacted: await makeReadyContact(company, { alreadyContacted: true }),
      excluded: await makeReadyContact(company, { eligibleForOutreach: false }),
      alreadyEnrolled: await makeReadyContact(company),
      otherOffer: await makeReadyContact(otherCompany),
    };
    await makeCampaignContact(campaign.id, c.alreadyEnrolled.id);
    // The same people under ANOTHER offer: sends 61 and 59 days ago, and a do-not-contact row.
    const oldFriend = await makeContact(otherCompany, { email: ' Old.Friend@Example.org ' });
    await makeOutreach({ contactId: oldFriend.id, contactEmail: 'OLD.FRIEND@example.org', offerId: otherOffer.id, campaignId: otherCampaign.id, sentAt: daysAgo(61) });
    await makeOutreach({ contactEmail: 'Recent.Friend@Example.org', offerId: otherOffer.id, campaignId: otherCampaign.id, sentAt: daysAgo(59) });
    await makeOutreach({ contactLinkedinUrl: 'https://www.linkedin.com/in/Linked-Recent/', offerId: otherOffer.id, sentAt: daysAgo(59), channel: 'linkedin_connect' });
    await makeContact(otherCompany, { email: 'GONE@example.org', globalStatus: 'do_not_contact' });
    const missing = '00000000-0000-4000-8000-00000000abcd';

    const r: any = await t.gql(ENROL, {
      input: { campaignId: campaign.id, contactIds: [...Object.values(c).map((x) => x.id), missing] },
    });
    const result = r.data.enrollContacts.enrolment;
    const reasonOf = Object.fromEntries(result.skipped.map((s: any) => [s.contactId, s.reason]));
    const expected: Record<keyof typeof c, string | null> = {
      eligible: null,
      enriched: null,
      sent61DaysAgoElsewhere: null,
      sent59DaysAgoElsewhere: 'CONTACTED_RECENTLY',
      sent59DaysAgoByLinkedin: 'CONTACTED_RECENTLY',
      doNotContactElsewhere: 'DO_NOT_CONTACT',
      doNotContact: 'DO_NOT_CONTACT',
      bounced: 'BOUNCED',
      invalidEmail: 'EMAIL_INVALID',
      noEmail: 'NO_EMAIL',
      notReady: 'NOT_READY',
      skipped: 'SKIPPED',
      firstDegree: 'FIRST_DEGREE',
      alreadyContacted: 'ALREADY_CONTACTED',
      excluded: 'EXCLUDED',
      alreadyEnrolled: 'ALREADY_ENROLLED',
      otherOffer: 'OTHER_OFFER',
    };
    for (const [name, contact] of Object.entries(c)) {
      expect([name, reasonOf[contact.id] ?? null]).toEqual([name, expected[name as keyof typeof c]]);
    }
    expect(reasonOf[missing]).toBe('NOT_FOUND');
    expect(result.enrolledContactIds.sort()).toEqual([c.eligible.id, c.enriched.id, c.sent61DaysAgoElsewhere.id].sort());
    expect(result.enrolled).toBe(3);
    expect(result.skippedCount).toBe(15);
    expect(result.skippedByReason).toContainEqual({ reason: 'CONTACTED_RECENTLY', count: 2 });

    // Counters are the raw counts; enrolled contacts are queued and due now.
    expect(result.campaign).toEqual({ totalContacts: 4, contactsRemaining: 4, campaignContacts: { totalCount: 4 } });
    const enrolledRows = await prisma.campaignContact.findMany({ where: { campaignId: campaign.id, contactId: c.eligible.id }, include: { contact: true } });
    expect(enrolledRows[0]).toMatchObject({ status: 'queued', currentStep: 0, contact: { status: 'queued' } });
    expect(enrolledRows[0]!.nextStepAt).not.toBeNull();

    // Enrolling again enrols nobody twice.
    const again: any = await t.gql(ENROL, { input: { campaignId: campaign.id, contactIds: [c.eligible.id] } });
    expect(again.data.enrollContacts.enrolment.skipped).toEqual([{ contactId: c.eligible.id, reason: 'ALREADY_ENROLLED' }]);
  });

  it('on a multi-channel campaign, enrols by filter exactly the contacts the contacts_ready view lists', async () => {
    const offer = await makeOffer();
    const company = await makeCompany(offer.id);
    const other = await makeCompany((await makeOffer()).id);
    await makeReadyContact(company);
    await makeReadyContact(company, { status: 'enriched', email: null });
    await makeReadyContact(company, { emailStatus: 'invalid', linkedinUrl: null });
    await makeReadyContact(company, { emailStatus: 'invalid' });
    await makeReadyContact(company, { connectionDegree: 1 });
    await makeReadyContact(company, { skipReason: 'manual' });
    await makeReadyContact(company, { eligibleForOutreach: false });
    const shared = await makeReadyContact(company, { email: 'shared.person@example.com' });
    await makeContact(other, { email: 'Shared.Person@example.com', globalStatus: 'do_not_contact' });
    const recent = await makeReadyContact(company, { linkedinUrl: 'https://linkedin.com/in/recent-one' });
    await makeOutreach({ contactLinkedinUrl: 'https://linkedin.com/in/RECENT-ONE/', sentAt: daysAgo(10) });
    const ready = await prisma.$queryRaw<{ id: string }[]>`
      SELECT id::text FROM contacts_ready WHERE offer_id = ${offer.id}::uuid ORDER BY id`;
    const campaign = await makeCampaign(offer.id, { channel: 'multi' });
    const r: any = await t.gql(ENROL, { input: { campaignId: campaign.id, filter: {} } });
    const result = r.data.enrollContacts.enrolment;
    expect([...result.enrolledContactIds].sort()).toEqual(ready.map((x) => x.id));
    expect(result.enrolled).toBe(3);
    expect(result.skipped.map((s: any) => s.contactId)).toEqual(expect.arrayContaining([shared.id, recent.id]));
  });

  it('enrols by filter over the campaign offer, on a LinkedIn campaign', async () => {
    const offer = await makeOffer();
    const company = await makeCompany(offer.id);
    const campaign = await makeCampaign(offer.id, { channel: 'linkedin' });
    const a = await makeReadyContact(company, { emailStatus: 'invalid', title: 'VP Sales' });
    const b = await makeReadyContact(company, { linkedinUrl: null, title: 'VP Sales' });
    await makeReadyContact(company, { title: 'Engineer' });
    await makeReadyContact(await makeCompany((await makeOffer()).id), { title: 'VP Sales' });
    const r: any = await t.gql(ENROL, { input: { campaignId: campaign.id, filter: { title: { contains: 'vp' } } } });
    const result = r.data.enrollContacts.enrolment;
    expect(result.enrolledContactIds).toEqual([a.id]);
    expect(result.skipped).toEqual([{ contactId: b.id, reason: 'NO_LINKEDIN' }]);
  });

  it('refuses both or neither of ids and filter, finished campaigns and unknown campaigns', async () => {
    const offer = await makeOffer();
    const done = await makeCampaign(offer.id, { status: 'completed' });
    const both: any = await t.gql(ENROL, { input: { campaignId: done.id, contactIds: [], filter: {} } });
    expect(both.data.enrollContacts.__typename).toBe('ValidationFailed');
    const neither: any = await t.gql(ENROL, { input: { campaignId: done.id } });
    expect(neither.data.enrollContacts.__typename).toBe('ValidationFailed');
    const finished: any = await t.gql(ENROL, { input: { campaignId: done.id, contactIds: [] } });
    expect(finished.data.enrollContacts).toMatchObject({ __typename: 'Conflict' });
    const unknown: any = await t.gql(ENROL, { input: { campaignId: '00000000-0000-4000-8000-000000000000', contactIds: [] } });
    expect(unknown.data.enrollContacts.__typename).toBe('NotFound');
    const open = await makeCampaign(offer.id);
    const nullFilter: any = await t.gql(ENROL, { input: { campaignId: open.id, filter: { status: { equals: null } } } });
    expect(nullFilter.data.enrollContacts.__typename).toBe('ValidationFailed');
  });
});

describe('the SQL twin of the enrolment rule', () => {
  it('agrees with enrolmentSkipReason on every case of the table', async () => {
    const offer = await makeOffer();
    const otherOffer = await makeOffer();
    const company = await makeCompany(offer.id);
    const otherCompany = await makeCompany(otherOffer.id);
    const campaigns = {
      email: await makeCampaign(offer.id, { channel: 'email' }),
      linkedin: await makeCampaign(offer.id, { channel: 'linkedin' }),
      multi: await makeCampaign(offer.id, { channel: 'multi' }),
    };

    async function contactFor(facts: EnrolmentFacts, channel: keyof typeof campaigns): Promise<string> {
      if (!facts.exists) return `00000000-0000-4000-8000-${String(seq()).padStart(12, '0')}`;
      const i = seq();
      const email = facts.hasEmail ? `case-${i}@example.com` : null;
      const contact = await makeContact(facts.sameOffer ? company : otherCompany, {
        email,
        linkedinUrl: facts.hasLinkedin ? `https://linkedin.com/in/case-${i}` : null,
        emailStatus: facts.emailInvalid ? 'invalid' : 'valid',
        status: facts.status,
        skipReason: facts.skipReason,
        connectionDegree: facts.connectionDegree,
        alreadyContacted: facts.alreadyContacted,
        eligibleForOutreach: facts.eligibleForOutreach,
        globalStatus: facts.doNotContact ? 'do_not_contact' : 'available',
      });
      if (facts.alreadyEnrolled) await makeCampaignContact(campaigns[channel].id, contact.id);
      if (facts.lastSentAt) await makeOutreach({ contactEmail: email?.toUpperCase(), contactLinkedinUrl: null, sentAt: facts.lastSentAt });
      return contact.id;
    }

    const rows: { name: string; channel: keyof typeof campaigns; id: string; expected: string | null }[] = [];
    for (const [name, over, channel, reason] of ENROLMENT_CASES) {
      const facts = { ...ready, ...over };
      expect(enrolmentSkipReason(facts, channel, NOW)).toBe(reason);
      rows.push({ name, channel, id: await contactFor(facts, channel), expected: reason });
    }
    for (const channel of ['email', 'linkedin', 'multi'] as const) {
      const mine = rows.filter((r) => r.channel === channel);
      const decided = await prisma.$queryRaw<{ contact_id: string; reason: string | null }[]>`
        WITH ${enrolmentDecisionsCtes(campaigns[channel].id, mine.map((r) => r.id), NOW)}
        SELECT contact_id::text, reason FROM decisions`;
      const byId = new Map(decided.map((d) => [d.contact_id, d.reason]));
      for (const row of mine) expect([row.name, byId.get(row.id)]).toEqual([row.name, row.expected]);
    }
  });
});
