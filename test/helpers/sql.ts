// Plain-SQL fixtures for tests of the database objects (functions, triggers, views): a connected
// pg.Client on a fresh per-file database, an insert helper, and minimal valid rows per table.
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from './database.js';

export type Row = Record<string, any>;

export interface SqlTestContext {
  db: TestDatabase;
  client: pg.Client;
  /** Another connection to the same database (for concurrency tests). */
  connect(): Promise<pg.Client>;
  close(): Promise<void>;
}

export async function openSqlTest(): Promise<SqlTestContext> {
  const db = await createTestDatabase();
  const extra: pg.Client[] = [];
  const connect = async () => {
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    extra.push(c);
    return c;
  };
  const client = await connect();
  return {
    db,
    client,
    connect,
    async close() {
      for (const c of extra) await c.end().catch(() => {});
      await db.drop();
    },
  };
}

/** INSERT … RETURNING *. Table and column names come from test code, never from data. */
export async function insert(client: pg.ClientBase, table: string, values: Row): Promise<Row> {
  const columns = Object.keys(values);
  const sql = `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')})
    VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING *`;
  const result = await client.query(sql, columns.map((c) => values[c]));
  return result.rows[0]!;
}

export async function one<T = Row>(client: pg.ClientBase, sql: string, params: unknown[] = []): Promise<T> {
  const result = await client.query(sql, params);
  if (result.rows.length !== 1) throw new Error(`expected one row, got ${result.rows.length}: ${sql}`);
  return result.rows[0] as T;
}

export async function rows<T = Row>(client: pg.ClientBase, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await client.query(sql, params)).rows as T[];
}

let sequence = 0;
const unique = (prefix: string) => `${prefix}-${++sequence}`;

// Minimal valid rows. Each takes overrides; parents must be passed in.
export const make = {
  offer: (c: pg.ClientBase, v: Row = {}) =>
    insert(c, 'public.offers', { name: unique('offer'), type: 'product', ownership: 'internal', description: 'd', ...v }),
  company: (c: pg.ClientBase, offerId: string, v: Row = {}) =>
    insert(c, 'public.companies', { offer_id: offerId, name: unique('company'), source_tool: 'manual', ...v }),
  contact: (c: pg.ClientBase, companyId: string, offerId: string, v: Row = {}) =>
    insert(c, 'public.contacts', { company_id: companyId, offer_id: offerId, source_tool: 'manual', ...v }),
  account: (c: pg.ClientBase, v: Row = {}) =>
    insert(c, 'public.accounts', { name: unique('account'), type: 'email', owner: 'mike', ...v }),
  campaign: (c: pg.ClientBase, offerId: string, v: Row = {}) =>
    insert(c, 'public.campaigns', { name: unique('campaign'), offer_id: offerId, channel: 'email', ...v }),
  campaignContact: (c: pg.ClientBase, campaignId: string, contactId: string, v: Row = {}) =>
    insert(c, 'public.campaign_contacts', { campaign_id: campaignId, contact_id: contactId, ...v }),
  message: (c: pg.ClientBase, cc: Row, accountId: string, v: Row = {}) =>
    insert(c, 'public.messages', {
      campaign_contact_id: cc.id,
      campaign_id: cc.campaign_id,
      contact_id: cc.contact_id,
      account_id: accountId,
      channel: 'email',
      action_type: 'email',
      sequence_step: 1,
      body: 'hello',
      ...v,
    }),
  queueItem: (c: pg.ClientBase, campaignId: string, contactId: string, v: Row = {}) =>
    insert(c, 'public.send_queue', {
      campaign_id: campaignId,
      contact_id: contactId,
      channel: 'email',
      body: 'hello',
      scheduled_for: new Date(),
      ...v,
    }),
  suspect: (c: pg.ClientBase, v: Row = {}) => {
    const email = (v.email as string | undefined) ?? `${unique('person')}@example.com`;
    return insert(c, 'funnel.suspect_universe', {
      company_id: '00000000-0000-4000-8000-00000000c0de',
      person_id: `00000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`,
      email,
      ...v,
    });
  },
};
