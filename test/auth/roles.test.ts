// Who may do what, walked over the whole schema: every mutation (today's and tomorrow's) is
// refused for a viewer with FORBIDDEN and changes nothing, whatever its input; every mutation a
// role's scopes do not cover comes back as the typed Forbidden result for that role.
import { isUnionType, getNamedType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/context.js';
import { ROLES } from '../../src/context.js';
import { totalStatements } from '../../src/database/sql-counter.js';
import { schema } from '../../src/schema.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { headersFor } from '../helpers/auth.js';
import { operationFor } from '../helpers/schema-walk.js';

let t: TestApp;
const headers = {} as Record<Role, Record<string, string>>;

beforeAll(async () => {
  t = await startTestApp({ AUTH_MODE: 'required' });
  for (const role of ROLES) {
    headers[role] = await headersFor(role);
    await t.gql('{ me { id } }', {}, { headers: headers[role] }); // warm the key cache
  }
});
afterAll(() => t.close());

const mutations = Object.values(schema.getMutationType()!.getFields());

function allows(field: (typeof mutations)[number], role: Role): boolean {
  const scopes = (field.extensions?.pothosOptions as { authScopes?: Record<string, unknown> }).authScopes;
  if (!scopes || typeof scopes !== 'object') throw new Error(`${field.name}: no static authScopes to check against`);
  return scopes[role] === true;
}

/** Row count of every table: a refused mutation must leave all of them as they were. */
async function snapshot(): Promise<Record<string, number>> {
  const { rows: tables } = await t.app.db.pool.query<{ name: string }>(
    `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
     WHERE table_schema IN ('public', 'funnel') AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const { rows } = await t.app.db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${name}`);
    counts[name] = rows[0]!.n;
  }
  return counts;
}

describe('a viewer', () => {
  it.each(mutations.map((m) => [m.name, m] as const))('is refused %s, with valid-looking or invalid input', async (_name, field) => {
    for (const withArgs of [true, false]) {
      const { query, variables } = operationFor('mutation', field, { withArgs });
      const before = totalStatements();
      const r = await t.gql(query, withArgs ? variables : {}, { headers: headers.viewer, allowErrors: true });
      expect(totalStatements() - before, 'statements sent for a refused mutation').toBe(0);
      expect(r.data ?? null).toBeNull();
      expect(r.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
  });

  it('can still read', async () => {
    const r = await t.gql('{ offers { totalCount } me { roles } }', {}, { headers: headers.viewer });
    expect(r.data!.me.roles).toEqual(['viewer']);
  });

  it('changes nothing in the database', async () => {
    const before = await snapshot();
    for (const field of mutations) {
      const { query, variables } = operationFor('mutation', field);
      await t.gql(query, variables, { headers: headers.viewer, allowErrors: true });
    }
    expect(await snapshot()).toEqual(before);
    expect(before['public.api_keys']).toBe(ROLES.length);
  });
});

describe('a role without the scope of a mutation', () => {
  const cases = mutations.flatMap((field) =>
    ROLES.filter((role) => role !== 'viewer' && !allows(field, role)).map((role) => [field.name, role, field] as const),
  );

  it.each(cases)('gets the typed Forbidden result for %s as %s, even with invalid input', async (_name, role, field) => {
    const { query, variables } = operationFor('mutation', field);
    const before = totalStatements();
    const r = await t.gql(query, variables, { headers: headers[role], allowErrors: true });
    expect(totalStatements() - before).toBe(0);
    if (isUnionType(getNamedType(field.type))) {
      expect(r.errors ?? []).toEqual([]);
      expect(r.data![field.name]).toMatchObject({ __typename: 'Forbidden', code: 'FORBIDDEN' });
    } else {
      expect(r.errors!.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    }
  });

  it('covers at least the admin-only mutations', () => {
    expect(cases.map(([name]) => name)).toContain('createApiKey');
  });
});

describe('the access matrix', () => {
  it('lets every write role past the read-only gate for the mutations its scopes allow', async () => {
    // createOffer is a day-to-day write: operators, sales managers and customer success may call it.
    for (const role of ['operator', 'sales_manager', 'customer_success', 'admin'] as const) {
      const r = await t.gql(
        'mutation ($i: CreateOfferInput!) { createOffer(input: $i) { __typename } }',
        { i: { name: `Offer by ${role}`, type: 'product', ownership: 'internal', description: 'd' } },
        { headers: headers[role] },
      );
      expect(r.data!.createOffer.__typename).toBe('MutationCreateOfferSuccess');
    }
  });
});
