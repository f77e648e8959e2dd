// The benchmark's nested shapes answer in at most 3 SQL statements whatever the page size (Prisma's
// relationJoins: child lists are LATERAL joins of the parent's statement, not one query per level),
// and the benchmark's statement-counting proxy counts what a client sends.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStatementProxy } from '../../scripts/bench/lib/common.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import {
  makeCampaign,
  makeCampaignContact,
  makeCompany,
  makeContact,
  makeOffer,
  makeQueueItem,
} from '../helpers/factories.js';

let t: TestApp;
let offerId: string;
let campaignId: string;
beforeAll(async () => {
  t = await startTestApp();
  const offer = await makeOffer();
  offerId = offer.id;
  const campaigns = [];
  for (let i = 0; i < 6; i += 1) campaigns.push(await makeCampaign(offer.id));
  campaignId = campaigns[0]!.id;
  for (let i = 0; i < 55; i += 1) {
    const company = await makeCompany(offer.id);
    for (let j = 0; j < 12; j += 1) {
      const contact = await makeContact(company);
      if (j < 2) {
        const cc = await makeCampaignContact(campaignId, contact.id);
        await makeQueueItem({ id: campaignId }, contact, { campaignContactId: cc.id });
      }
    }
  }
}, 240_000);
afterAll(() => t.close());

const COMPANIES = `query ($offerId: UUID!, $first: Int!, $children: Int!) {
  companies(first: $first, filter: { offerId: { equals: $offerId } }, orderBy: [{ field: status, direction: ASC }]) {
    edges { node { uuid name
      contacts(first: $children, orderBy: [{ field: status, direction: ASC }]) { edges { node { uuid fullName email } } }
      offer { uuid campaigns(first: 5) { edges { node { uuid name } } } } } } } }`;

const CHAIN = `query ($id: UUID!, $first: Int!) { campaign(id: $id) { uuid
  sendQueue(first: $first, orderBy: [{ field: scheduledFor, direction: ASC }]) { edges { node { uuid
    contact { uuid email company { uuid name } } } } } } }`;

const LEADS = `query ($campaignId: UUID!, $first: Int!) {
  leadsForReview(first: $first, filter: { campaignId: { equals: $campaignId } }, orderBy: { field: fullName, direction: ASC }) {
    edges { node { contactId fullName companyName } } } }`;

describe('statements per request of the benchmark shapes', () => {
  it('companies → contacts and offer → campaigns: at most 3, the same for 5 and 50 companies, 2 and 10 contacts', async () => {
    const small = await t.gqlCounted(COMPANIES, { offerId, first: 5, children: 2 });
    const large = await t.gqlCounted(COMPANIES, { offerId, first: 50, children: 10 });
    expect(small.response.errors).toBeUndefined();
    expect(large.response.errors).toBeUndefined();
    const edges = (large.response.data as any).companies.edges;
    expect(edges).toHaveLength(50);
    expect(edges[0].node.contacts.edges).toHaveLength(10);
    expect(edges[0].node.offer.campaigns.edges).toHaveLength(5);
    expect((small.response.data as any).companies.edges[0].node.contacts.edges).toHaveLength(2);
    expect(large.statements).toBeLessThanOrEqual(3);
    expect(large.statements).toBe(small.statements);
  });

  it('campaign → send queue → contact → company: at most 3, the same for 5 and 100 items', async () => {
    const small = await t.gqlCounted(CHAIN, { id: campaignId, first: 5 });
    const large = await t.gqlCounted(CHAIN, { id: campaignId, first: 100 });
    expect(large.response.errors).toBeUndefined();
    const edges = (large.response.data as any).campaign.sendQueue.edges;
    expect(edges).toHaveLength(100);
    expect(edges[0].node.contact.company.uuid).toBeTruthy();
    expect(large.statements).toBeLessThanOrEqual(3);
    expect(large.statements).toBe(small.statements);
  });

  it('leads-for-review page: at most 3, the same for 5 and 100 rows', async () => {
    const small = await t.gqlCounted(LEADS, { campaignId, first: 5 });
    const large = await t.gqlCounted(LEADS, { campaignId, first: 100 });
    expect(large.response.errors).toBeUndefined();
    expect((large.response.data as any).leadsForReview.edges).toHaveLength(100);
    expect(large.statements).toBeLessThanOrEqual(3);
    expect(large.statements).toBe(small.statements);
  });
});

describe('the statement-counting proxy of the benchmark', () => {
  it('counts simple and extended-protocol statements and passes results through', async () => {
    const url = new URL(t.testDb.url);
    const proxy = await startStatementProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.port = String(proxy.port);
    const client = new pg.Client({ connectionString: url.toString() });
    try {
      await client.connect();
      const before = proxy.count();
      await client.query('SELECT 1'); // simple protocol: one Query message
      const { rows } = await client.query('SELECT $1::int + 1 AS n', [41]); // extended: one Execute
      await client.query('BEGIN; SELECT 1; COMMIT'); // one Query message holding three statements
      expect(rows[0].n).toBe(42);
      expect(proxy.count() - before).toBe(3);
    } finally {
      await client.end();
      await proxy.close();
    }
  });
});
