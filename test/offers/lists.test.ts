// The list conventions every connection shares: cursor paging over ties in both directions,
// typed filters (explicit null refused), page-size limits refused (not clamped), and no N+1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { makeCampaign, makeCampaignContact, makeCompany, makeContact, makeOffer } from '../helpers/factories.js';

let t: TestApp;
let offerId: string;
beforeAll(async () => {
  t = await startTestApp();
  const offer = await makeOffer();
  offerId = offer.id;
  // 30 companies: most share the same fit score and name, some have none (NULL sorts last).
  const fits = [5, 5, 5, null, 5, 7, 5, 5, null, 3, 5, 5, 5, 7, 5, null, 5, 5, 3, 5, 5, 5, null, 5, 5, 9, 5, 5, 5, 5];
  for (const fitScore of fits) await makeCompany(offer.id, { name: 'Same Name', fitScore });
});
afterAll(() => t.close());

const PAGE = `
  query ($offerId: UUID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: [CompanyOrder!]) {
    companies(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy,
              filter: { offerId: { equals: $offerId } }) {
      totalCount
      edges { cursor node { uuid fitScore } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;

async function pageForward(orderBy: unknown, size: number): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i += 1) {
    const r: any = await t.gql(PAGE, { offerId, first: size, after, orderBy });
    seen.push(...r.data.companies.edges.map((e: any) => e.node.uuid));
    if (!r.data.companies.pageInfo.hasNextPage) break;
    after = r.data.companies.pageInfo.endCursor;
  }
  return seen;
}

async function pageBackward(orderBy: unknown, size: number): Promise<string[]> {
  const seen: string[] = [];
  let before: string | null = null;
  for (let i = 0; i < 100; i += 1) {
    const r: any = await t.gql(PAGE, { offerId, last: size, before, orderBy });
    seen.unshift(...r.data.companies.edges.map((e: any) => e.node.uuid));
    if (!r.data.companies.pageInfo.hasPreviousPage) break;
    before = r.data.companies.pageInfo.startCursor;
  }
  return seen;
}

describe('cursor paging over equal sort values', () => {
  for (const orderBy of [
    [{ field: 'fitScore', direction: 'DESC' }],
    [{ field: 'fitScore', direction: 'ASC' }],
    [{ field: 'name', direction: 'ASC' }],
    [{ field: 'name', direction: 'DESC' }, { field: 'fitScore', direction: 'ASC' }],
  ]) {
    it(`never skips or repeats a row: ${JSON.stringify(orderBy)}`, async () => {
      const all: any = await t.gql(PAGE, { offerId, first: 100, orderBy });
      const expected = all.data.companies.edges.map((e: any) => e.node.uuid);
      expect(expected).toHaveLength(30);
      expect(all.data.companies.totalCount).toBe(30);

      for (const size of [1, 4, 7]) {
        const forward = await pageForward(orderBy, size);
        expect(forward).toEqual(expected);
        const backward = await pageBackward(orderBy, size);
        expect(backward).toEqual(expected);
      }
    });
  }

  it('sorts missing values last in both directions, with the id breaking ties', async () => {
    const desc: any = await t.gql(PAGE, { offerId, first: 100, orderBy: [{ field: 'fitScore', direction: 'DESC' }] });
    const rows = desc.data.companies.edges.map((e: any) => e.node);
    const scores = rows.map((r: any) => r.fitScore);
    expect(scores.slice(0, 3)).toEqual([9, 7, 7]);
    expect(scores.slice(-4)).toEqual([null, null, null, null]);
    const fives = rows.filter((r: any) => r.fitScore === 5).map((r: any) => r.uuid);
    expect(fives).toEqual([...fives].sort().reverse());
  });
});

describe('filters', () => {
  it('combine typed operators: equality, in, ranges, text search and isNull', async () => {
    const o = await makeOffer();
    await makeCompany(o.id, { name: 'Acme Robotics', domain: 'acme.io', fitScore: 8, status: 'qualified' });
    await makeCompany(o.id, { name: 'ACME Foods', domain: 'acmefoods.com', fitScore: 4, status: 'new' });
    await makeCompany(o.id, { name: 'Beta', domain: 'beta.dev', fitScore: null, status: 'disqualified' });
    const q = `query ($f: CompanyFilter) { companies(filter: $f, orderBy: [{ field: name }]) { totalCount edges { node { name } } } }`;
    const names = async (f: Record<string, unknown>) => {
      const r: any = await t.gql(q, { f: { offerId: { equals: o.id }, ...f } });
      expect(r.data.companies.totalCount).toBe(r.data.companies.edges.length);
      return r.data.companies.edges.map((e: any) => e.node.name);
    };
    expect(await names({ name: { contains: 'acme' } })).toEqual(['ACME Foods', 'Acme Robotics']);
    expect(await names({ domain: { startsWith: 'ACME' } })).toEqual(['ACME Foods', 'Acme Robotics']);
    expect(await names({ fitScore: { gte: 4, lt: 8 } })).toEqual(['ACME Foods']);
    expect(await names({ fitScore: { isNull: true } })).toEqual(['Beta']);
    expect(await names({ fitScore: { isNull: false } })).toEqual(['ACME Foods', 'Acme Robotics']);
    expect(await names({ status: { in: ['qualified', 'disqualified'] } })).toEqual(['Acme Robotics', 'Beta']);
    expect(await names({ status: { equals: 'new' }, name: { contains: 'foods' } })).toEqual(['ACME Foods']);
    expect(await names({ createdAt: { gt: new Date(Date.now() + 60_000).toISOString() } })).toEqual([]);
  });

  it('refuse an explicit null in an equality filter with a typed error', async () => {
    for (const filter of [
      { name: { equals: null } },
      { status: { equals: null } },
      { offerId: { equals: null } },
      { fitScore: null },
    ]) {
      const r = await t.gql('query ($f: CompanyFilter) { companies(filter: $f) { totalCount } }', { f: filter }, { allowErrors: true });
      expect(r.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
      expect(r.errors?.[0]?.message).toMatch(/explicit null/);
      expect(r.data?.companies ?? null).toBeNull();
    }
  });

  it('apply to related connections, whose totalCount counts the filtered list', async () => {
    const o = await makeOffer();
    const company = await makeCompany(o.id);
    for (const [i, status] of ['ready', 'ready', 'new', 'ready', 'bounced'].entries()) {
      await makeContact(company, { status, buyerFitScore: i + 1 });
    }
    const r: any = await t.gql(
      `query ($id: UUID) { offer(id: $id) {
        companies { edges { node {
          contacts(filter: { status: { equals: ready } }, orderBy: [{ field: buyerFitScore, direction: DESC }], first: 2) {
            totalCount edges { node { buyerFitScore status } } pageInfo { hasNextPage }
          }
          all: contacts { totalCount }
        } } }
      } }`,
      { id: o.id },
    );
    const node = r.data.offer.companies.edges[0].node;
    expect(node.contacts.totalCount).toBe(3);
    expect(node.contacts.edges.map((e: any) => e.node.buyerFitScore)).toEqual([4, 2]);
    expect(node.contacts.pageInfo.hasNextPage).toBe(true);
    expect(node.all.totalCount).toBe(5);
  });

  it('refuse an explicit null in a related connection filter too', async () => {
    const r = await t.gql(
      'query ($id: UUID) { offer(id: $id) { companies(filter: { domain: { equals: null } }) { totalCount } } }',
      { id: offerId },
      { allowErrors: true },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });
});

describe('contacts and campaigns, both ways', () => {
  it('go from a contact to its campaigns and from a campaign to its contacts, filtered and sorted', async () => {
    const o = await makeOffer();
    const company = await makeCompany(o.id);
    const a = await makeCampaign(o.id, { name: 'Alpha', status: 'active' });
    const b = await makeCampaign(o.id, { name: 'Beta', status: 'draft' });
    const x = await makeContact(company, { fullName: 'Xena' });
    const y = await makeContact(company, { fullName: 'Yuri' });
    await makeCampaignContact(a.id, x.id);
    await makeCampaignContact(b.id, x.id);
    await makeCampaignContact(a.id, y.id);
    const r: any = await t.gql(
      `query ($x: ID!, $a: ID!) {
        contact: node(id: $x) { ... on Contact {
          campaigns(orderBy: [{ field: name, direction: DESC }]) { totalCount edges { node { name } } }
          active: campaigns(filter: { status: { equals: active } }) { totalCount edges { node { name } } }
        } }
        campaign: node(id: $a) { ... on Campaign {
          contacts(orderBy: [{ field: fullName }], first: 1) { totalCount edges { node { fullName } } pageInfo { hasNextPage } }
        } }
      }`,
      { x: Buffer.from(`Contact:${x.id}`).toString('base64'), a: Buffer.from(`Campaign:${a.id}`).toString('base64') },
    );
    expect(r.data.contact.campaigns).toEqual({ totalCount: 2, edges: [{ node: { name: 'Beta' } }, { node: { name: 'Alpha' } }] });
    expect(r.data.contact.active).toEqual({ totalCount: 1, edges: [{ node: { name: 'Alpha' } }] });
    expect(r.data.campaign.contacts).toEqual({ totalCount: 2, edges: [{ node: { fullName: 'Xena' } }], pageInfo: { hasNextPage: true } });
  });
});

describe('page size', () => {
  it('refuses first or last above the maximum instead of clamping', async () => {
    for (const args of ['first: 101', 'last: 101', 'first: -1']) {
      const r = await t.gql(`{ companies(${args}) { totalCount edges { cursor } } }`, {}, { allowErrors: true });
      expect(r.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
      expect(r.data?.companies ?? null).toBeNull();
    }
    const ok: any = await t.gql('{ companies(first: 100) { edges { cursor } } }');
    expect(ok.data.companies.edges.length).toBeLessThanOrEqual(100);
  });

  it('refuses an oversized page on a related connection', async () => {
    const r = await t.gql(
      'query ($id: UUID) { offer(id: $id) { companies(first: 500) { totalCount } } }',
      { id: offerId },
      { allowErrors: true },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(r.errors?.[0]?.message).toMatch(/between 0 and 100/);
  });
});

describe('no N+1', () => {
  it('a page of 50 companies with their contacts, campaigns and counts takes as many statements as a page of 5', async () => {
    const o = await makeOffer();
    const campaign = await makeCampaign(o.id);
    for (let i = 0; i < 55; i += 1) {
      const company = await makeCompany(o.id);
      for (let j = 0; j < 2; j += 1) {
        const contact = await makeContact(company);
        if (j === 0) await makeCampaignContact(campaign.id, contact.id);
      }
    }
    const query = `
      query ($offerId: UUID!, $first: Int!) {
        companies(first: $first, filter: { offerId: { equals: $offerId } }) {
          totalCount
          edges { node {
            name domain offer { name status }
            contacts(first: 10) {
              totalCount
              edges { node {
                fullName email
                campaignContacts(first: 5) { totalCount edges { node { status campaign { name status account { name } } } } }
                campaigns(first: 5) { totalCount edges { node { name offer { name } } } }
              } }
            }
            toolUsage { totalCount }
          } }
        }
      }`;
    const five = await t.gqlCounted(query, { offerId: o.id, first: 5 });
    const fifty = await t.gqlCounted(query, { offerId: o.id, first: 50 });
    expect(five.response.errors).toBeUndefined();
    expect(fifty.response.errors).toBeUndefined();
    const companies = (fifty.response.data as any).companies;
    expect(companies.edges).toHaveLength(50);
    expect(companies.edges[0].node.contacts.totalCount).toBe(2);
    expect(companies.edges[0].node.contacts.edges[0].node.campaignContacts.totalCount).toBeGreaterThanOrEqual(0);
    expect(companies.edges[0].node.contacts.edges.some((e: any) => e.node.campaigns.totalCount === 1)).toBe(true);
    expect(fifty.statements).toBe(five.statements);
    console.log(`statements: page of 5 = ${five.statements}, page of 50 = ${fifty.statements}`);
  });
});
