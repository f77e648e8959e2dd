// The cost estimate counts page sizes, literal or from variables.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema.js';
import { estimateCost } from '../../src/security/page-cost.js';

const cost = (query: string, variables?: Record<string, unknown>) => estimateCost(schema, parse(query), variables);

describe('estimateCost', () => {
  it('multiplies a page by its size', () => {
    const one = cost('{ offers(first: 1) { edges { node { id name } } } }');
    const hundred = cost('{ offers(first: 100) { edges { node { id name } } } }');
    expect(one).toBe(1 + 1 * (1 + 1 * (1 + 2)));
    expect(hundred).toBe(1 + 100 * (1 + 1 * (1 + 2)));
  });

  it('reads page sizes from variables and uses the default page size when none is given', () => {
    expect(cost('query ($n: Int) { offers(first: $n) { edges { node { id } } } }', { n: 50 })).toBe(
      cost('{ offers(first: 50) { edges { node { id } } } }'),
    );
    expect(cost('{ offers { edges { node { id } } } }')).toBe(cost('{ offers(first: 20) { edges { node { id } } } }'));
  });

  it('multiplies nested pages, so pages within pages cost their product', () => {
    const nested = cost('{ offers(first: 10) { edges { node { companies(first: 10) { edges { node { name } } } } } } }');
    expect(nested).toBe(1 + 10 * (1 + 1 * (1 + (1 + 10 * (1 + 1 * (1 + 1))))));
  });

  it('follows fragments', () => {
    const viaFragment = cost('{ offers(first: 5) { edges { node { ...F } } } } fragment F on Offer { id name }');
    expect(viaFragment).toBe(cost('{ offers(first: 5) { edges { node { id name } } } }'));
  });
});
