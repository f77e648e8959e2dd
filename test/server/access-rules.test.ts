// Every mutation and subscription declares who may call it (scope-auth), so no write can be
// added without an access rule.
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema.js';

function undeclared(fields: Record<string, { extensions?: Record<string, unknown> | null }>): string[] {
  return Object.entries(fields)
    .filter(([, field]) => {
      const options = (field.extensions?.pothosOptions ?? {}) as { authScopes?: unknown };
      return options.authScopes === undefined;
    })
    .map(([name]) => name);
}

describe('access rules', () => {
  it('are declared on every mutation', () => {
    const mutations = schema.getMutationType()!.getFields();
    expect(Object.keys(mutations).length).toBeGreaterThan(0);
    expect(undeclared(mutations)).toEqual([]);
  });

  it('are declared on every subscription', () => {
    const subscriptions = schema.getSubscriptionType()?.getFields() ?? {};
    expect(undeclared(subscriptions)).toEqual([]);
  });
});
