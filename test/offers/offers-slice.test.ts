// The first slice of the graph, end to end: Node, offers connection, offer(id/slug), createOffer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { startTestApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const CREATE = graphql(`
  mutation CreateOfferForTest($input: CreateOfferInput!) {
    createOffer(input: $input) {
      __typename
      ... on MutationCreateOfferSuccess { offer { id uuid slug name status } }
      ... on ValidationFailed { problems { path message } }
    }
  }
`);

async function create(name: string) {
  const r = await t.gql(CREATE, { input: { name, type: 'product', ownership: 'internal', description: 'd' } });
  const result = r.data!.createOffer;
  if (result.__typename !== 'MutationCreateOfferSuccess') throw new Error(result.__typename);
  return result.offer;
}

describe('offers', () => {
  it('creates offers with unique slugs derived from the name', async () => {
    const a = await create('AI Sales Coach');
    const b = await create('AI sales coach!');
    expect(a.slug).toBe('ai-sales-coach');
    expect(b.slug).toBe('ai-sales-coach-2');
  });

  it('returns a typed ValidationFailed for bad input and writes nothing', async () => {
    const before = await t.gql('{ offers { totalCount } }');
    const r = await t.gql(CREATE, {
      input: { name: 'X', type: 'product', ownership: 'client', description: 'd' },
    });
    expect(r.data?.createOffer).toEqual({
      __typename: 'ValidationFailed',
      problems: [{ path: 'clientName', message: 'is required when ownership is client' }],
    });
    const after = await t.gql('{ offers { totalCount } }');
    expect(after.data!.offers.totalCount).toBe(before.data!.offers.totalCount);
  });

  it('pages the offers connection forwards and backwards with totalCount', async () => {
    for (const n of [1, 2, 3, 4, 5]) await create(`Paging ${n}`);
    const all = await t.gql('{ offers(first: 100) { totalCount edges { node { name } } } }');
    const names = all.data!.offers.edges.map((e: any) => e.node.name);
    expect(all.data!.offers.totalCount).toBe(names.length);

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await t.gql(
        'query ($after: String) { offers(first: 2, after: $after) { edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      seen.push(...page.data.offers.edges.map((e: any) => e.node.name));
      if (!page.data.offers.pageInfo.hasNextPage) break;
      after = page.data.offers.pageInfo.endCursor;
    }
    expect(seen).toEqual(names);

    const back: string[] = [];
    let before: string | null = null;
    for (;;) {
      const page: any = await t.gql(
        'query ($before: String) { offers(last: 2, before: $before) { edges { node { name } } pageInfo { hasPreviousPage startCursor } } }',
        { before },
      );
      back.unshift(...page.data.offers.edges.map((e: any) => e.node.name));
      if (!page.data.offers.pageInfo.hasPreviousPage) break;
      before = page.data.offers.pageInfo.startCursor;
    }
    expect(back).toEqual(names);
  });

  it('finds an offer by id, by slug and through node/nodes', async () => {
    const o = await create('Lookup Me');
    const byId = await t.gql('query ($id: UUID) { offer(id: $id) { slug } }', { id: o.uuid });
    expect(byId.data!.offer.slug).toBe('lookup-me');
    const bySlug = await t.gql('{ offer(slug: "lookup-me") { name } }');
    expect(bySlug.data!.offer.name).toBe('Lookup Me');
    const node = await t.gql('query ($id: ID!) { node(id: $id) { __typename ... on Offer { name } } }', { id: o.id });
    expect(node.data!.node).toEqual({ __typename: 'Offer', name: 'Lookup Me' });
    const nodes = await t.gql('query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Offer { slug } } }', { ids: [o.id] });
    expect(nodes.data!.nodes).toEqual([{ slug: 'lookup-me' }]);
    const missing = await t.gql('{ offer(slug: "nope") { name } }');
    expect(missing.data!.offer).toBeNull();
  });

  it('refuses offer() with both or neither of id and slug, with a typed code', async () => {
    const r = await t.gql('{ offer { name } }', {}, { allowErrors: true });
    expect(r.errors![0]!.extensions!.code).toBe('VALIDATION_FAILED');
  });
});
