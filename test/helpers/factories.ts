// Test data builders, shared by every test file. Each writes straight to the test database through
// Prisma (fast, no GraphQL round trip) and returns the row; pass overrides for what the test is
// about and let the rest default. Unique values come from a per-process counter.
import { prisma } from '../../src/db.js';
import type { Prisma } from '../../src/generated/prisma/client.js';

let n = 0;
/** A number unique within this test process. */
export function seq(): number {
  n += 1;
  return n;
}

export function makeOffer(data: Partial<Prisma.OfferUncheckedCreateInput> = {}) {
  const i = seq();
  return prisma.offer.create({
    data: {
      name: `Offer ${i}`,
      slug: `offer-${i}-${process.pid}`,
      type: 'product',
      ownership: 'internal',
      description: 'An offer under test',
      ...data,
    },
  });
}

export function makeCompany(offerId: string, data: Partial<Prisma.CompanyUncheckedCreateInput> = {}) {
  const i = seq();
  return prisma.company.create({
    data: { offerId, name: `Company ${i}`, domain: `company-${i}.example.com`, sourceTool: 'manual', ...data },
  });
}

export function makeContact(
  company: { id: string; offerId: string },
  data: Partial<Prisma.ContactUncheckedCreateInput> = {},
) {
  const i = seq();
  return prisma.contact.create({
    data: {
      companyId: company.id,
      offerId: company.offerId,
      firstName: 'Person',
      lastName: `${i}`,
      fullName: `Person ${i}`,
      email: `person-${i}@example.com`,
      linkedinUrl: `https://linkedin.com/in/person-${i}`,
      sourceTool: 'manual',
      ...data,
    },
  });
}

/** A contact that passes every enrolment rule: ready, valid email, 2nd degree, never contacted. */
export function makeReadyContact(
  company: { id: string; offerId: string },
  data: Partial<Prisma.ContactUncheckedCreateInput> = {},
) {
  return makeContact(company, { status: 'ready', emailStatus: 'valid', connectionDegree: 2, ...data });
}

export function makeAccount(data: Partial<Prisma.AccountUncheckedCreateInput> = {}) {
  const i = seq();
  return prisma.account.create({
    data: { name: `account_${i}`, type: 'email', owner: 'mike', emailAddress: `sender-${i}@example.com`, ...data },
  });
}

export function makeCampaign(offerId: string, data: Partial<Prisma.CampaignUncheckedCreateInput> = {}) {
  const i = seq();
  return prisma.campaign.create({
    data: { name: `Campaign ${i}`, offerId, channel: 'email', campaignSlug: `campaign-${i}-${process.pid}`, ...data },
  });
}

export function makeCampaignContact(
  campaignId: string,
  contactId: string,
  data: Partial<Prisma.CampaignContactUncheckedCreateInput> = {},
) {
  return prisma.campaignContact.create({ data: { campaignId, contactId, ...data } });
}

export function makeQueueItem(
  campaign: { id: string },
  contact: { id: string },
  data: Partial<Prisma.SendQueueItemUncheckedCreateInput> = {},
) {
  return prisma.sendQueueItem.create({
    data: {
      campaignId: campaign.id,
      contactId: contact.id,
      channel: 'email',
      body: 'Hello',
      scheduledFor: new Date(),
      ...data,
    },
  });
}

export function makeOutreach(data: Partial<Prisma.OutreachHistoryUncheckedCreateInput> = {}) {
  return prisma.outreachHistory.create({ data: { channel: 'email', ...data } });
}

export function makeTool(data: Partial<Prisma.ToolUncheckedCreateInput> = {}) {
  const i = seq();
  return prisma.tool.create({ data: { name: `tool_${i}_${process.pid}`, type: 'enrichment', ...data } });
}

export function makeMessage(
  campaignContact: { id: string; campaignId: string; contactId: string },
  accountId: string,
  data: Partial<Prisma.MessageUncheckedCreateInput> = {},
) {
  return prisma.message.create({
    data: {
      campaignContactId: campaignContact.id,
      campaignId: campaignContact.campaignId,
      contactId: campaignContact.contactId,
      accountId,
      channel: 'email',
      sequenceStep: 1,
      body: 'Hello',
      ...data,
    },
  });
}

/** Days before `from` (default now). */
export function daysAgo(days: number, from: Date = new Date()): Date {
  return new Date(from.getTime() - days * 24 * 60 * 60 * 1000);
}
