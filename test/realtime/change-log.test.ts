// The change log at the SQL level: the triggers capture plain SQL writes, and the commit-safe
// reader (horizon + (xid, id) order) delivers a row whose transaction took its id early and
// committed late, exactly once, on two real connections.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

// The embedded database runs one session for every connection: no two transactions interleave.
const concurrent = it.skipIf(inject('testDatabase').kind !== 'postgres');
import {
  type ChangeRow,
  decodeCursor,
  encodeCursor,
  type Key,
  pruneChanges,
  prunedWatermark,
  readChanges,
  readHorizon,
  readSince,
} from '../../src/modules/realtime/change-log.service.js';
import { make, openSqlTest, type Row, type SqlTestContext } from '../helpers/sql.js';

let t: SqlTestContext;
let campaign: Row;
let contact: Row;

beforeAll(async () => {
  t = await openSqlTest();
  const offer = await make.offer(t.client);
  const company = await make.company(t.client, offer.id);
  contact = await make.contact(t.client, company.id, offer.id);
  campaign = await make.campaign(t.client, offer.id);
});
afterAll(() => t.close());

const queueItem = (c: pg.ClientBase, status = 'pending') =>
  c.query<{ id: string }>(
    `INSERT INTO public.send_queue (campaign_id, contact_id, channel, body, scheduled_for, status)
     VALUES ($1, $2, 'email', 'Hello', now(), $3) RETURNING id`,
    [campaign.id, contact.id, status],
  ).then((r) => r.rows[0]!.id);

/** A cursor reader: everything after `from` that is final now. */
async function readFrom(c: pg.ClientBase, from: Key): Promise<{ rows: ChangeRow[]; next: Key }> {
  const horizon = await readHorizon(c);
  const rows = await readChanges(c, { after: from, horizon, limit: 1000 });
  const last = rows.at(-1);
  return { rows, next: last ? { xid: last.xid, id: last.id } : from };
}

async function endOfLog(c: pg.ClientBase): Promise<Key> {
  const r = await c.query<{ xid: string; id: string }>(`SELECT xid::text, id::text FROM public.change_log ORDER BY xid DESC, id DESC LIMIT 1`);
  return r.rows[0] ? { xid: BigInt(r.rows[0].xid), id: BigInt(r.rows[0].id) } : { xid: 0n, id: 0n };
}

describe('capture', () => {
  it('logs plain SQL inserts and status changes of send_queue, with the filter keys, and not other updates', async () => {
    const start = await endOfLog(t.client);
    const id = await queueItem(t.client);
    await t.client.query(`UPDATE public.send_queue SET status = 'scheduled' WHERE id = $1`, [id]);
    await t.client.query(`UPDATE public.send_queue SET priority = 3 WHERE id = $1`, [id]); // not a status change
    const { rows } = await readFrom(t.client, start);
    expect(rows.map((r) => [r.topic, r.op, r.entityId, r.payload.status, r.payload.previous_status])).toEqual([
      ['send_queue', 'insert', id, 'pending', undefined],
      ['send_queue', 'status', id, 'scheduled', 'pending'],
    ]);
    expect(rows[0]!.payload).toMatchObject({ campaign_id: campaign.id, contact_id: contact.id, channel: 'email' });
  });

  it('logs one row per row of a multi-row statement, and nothing with gtm.change_log off', async () => {
    const start = await endOfLog(t.client);
    await t.client.query(
      `INSERT INTO public.send_queue (campaign_id, contact_id, channel, body, scheduled_for)
       SELECT $1, $2, 'email', 'Hi', now() FROM generate_series(1, 3)`,
      [campaign.id, contact.id],
    );
    expect((await readFrom(t.client, start)).rows).toHaveLength(3);
    const mid = await endOfLog(t.client);
    await t.client.query('BEGIN');
    await t.client.query(`SET LOCAL gtm.change_log = 'off'`);
    await queueItem(t.client);
    await t.client.query('COMMIT');
    expect((await readFrom(t.client, mid)).rows).toHaveLength(0);
    await queueItem(t.client); // on again after the transaction
    expect((await readFrom(t.client, mid)).rows).toHaveLength(1);
  });

  it('logs prospect movements with funnel, states, event and company', async () => {
    const start = await endOfLog(t.client);
    const companyId = '00000000-0000-4000-8000-000000000001';
    const personId = '00000000-0000-4000-8000-000000000002';
    await t.client.query(
      `INSERT INTO funnel.prospect_movement (company_id, person_id, from_state, to_state, from_funnel, to_funnel, event_type)
       VALUES ($1, $2, 'SUSPECT', 'WARM', 'COLD_UNIVERSE', 'WARM_UNIVERSE', 'EVENT_REPLY')`,
      [companyId, personId],
    );
    const { rows } = await readFrom(t.client, start);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.topic).toBe('prospect_movement');
    expect(rows[0]!.payload).toEqual({
      company_id: companyId,
      person_id: personId,
      from: 'SUSPECT',
      to: 'WARM',
      from_funnel: 'COLD_UNIVERSE',
      funnel: 'WARM_UNIVERSE',
      event: 'EVENT_REPLY',
    });
  });
});

describe('late commits', () => {
  concurrent('a transaction that writes first and commits last is delivered to a cursor reader, exactly once', async () => {
    const a = await t.connect();
    const b = await t.connect();
    const reader = await t.connect();
    let cursor = await endOfLog(reader);
    const seen: ChangeRow[] = [];
    const read = async () => {
      const { rows, next } = await readFrom(reader, cursor);
      seen.push(...rows);
      cursor = next;
      return rows;
    };

    await a.query('BEGIN');
    const early = await queueItem(a); // A takes the lower change_log id
    const late = await queueItem(b); // B writes after A, autocommit: committed first
    const ids = await reader.query<{ entity_id: string; id: string }>(
      `SELECT entity_id, id::text FROM public.change_log WHERE entity_id = ANY($1::uuid[])`,
      [[early, late]],
    );
    expect(ids.rows).toHaveLength(1); // A's row is not visible yet…
    expect(ids.rows[0]!.entity_id).toBe(late);

    // While A is open, B's row waits (delivering it would move the cursor past A's lower id).
    expect(await read()).toEqual([]);
    await a.query('COMMIT');
    await read();
    await read(); // nothing twice
    expect(seen.map((r) => r.entityId)).toEqual([early, late]);
    const all = await reader.query<{ id: string }>(`SELECT id::text FROM public.change_log WHERE entity_id = $1`, [early]);
    expect(BigInt(all.rows[0]!.id)).toBeLessThan(seen[1]!.id); // the classic trap: A's id is the lower one
  });

  concurrent('a rolled-back transaction releases the rows behind it and delivers nothing of its own', async () => {
    const a = await t.connect();
    const reader = await t.connect();
    let cursor = await endOfLog(reader);
    await a.query('BEGIN');
    await queueItem(a);
    const after = await queueItem(t.client);
    expect((await readFrom(reader, cursor)).rows).toEqual([]);
    await a.query('ROLLBACK');
    const { rows, next } = await readFrom(reader, cursor);
    cursor = next;
    expect(rows.map((r) => r.entityId)).toEqual([after]);
  });

  concurrent('a transaction open in another database does not hold delivery back', async () => {
    const other = `${new URL(t.db.url).pathname.slice(1)}_other`;
    const admin = await t.connect();
    await admin.query(`CREATE DATABASE "${other}"`);
    const u = new URL(t.db.url);
    u.pathname = `/${other}`;
    const elsewhere = new pg.Client({ connectionString: u.toString() });
    await elsewhere.connect();
    try {
      await elsewhere.query('BEGIN');
      await elsewhere.query('CREATE TABLE x (i int)'); // takes an xid, stays open
      const cursor = await endOfLog(t.client);
      const id = await queueItem(t.client);
      expect((await readFrom(t.client, cursor)).rows.map((r) => r.entityId)).toEqual([id]);
    } finally {
      await elsewhere.query('ROLLBACK');
      await elsewhere.end();
      await admin.query(`DROP DATABASE "${other}"`);
    }
  });
});

describe('change_log_since', () => {
  concurrent('reads in one round trip under the same rules, and refuses a transaction snapshot', async () => {
    const a = await t.connect();
    const start = await endOfLog(t.client);
    await a.query('BEGIN');
    const early = await queueItem(a);
    const late = await queueItem(t.client);
    expect((await readSince(t.client, { after: start, limit: 100 })).rows).toEqual([]);
    await a.query('COMMIT');
    const read = await readSince(t.client, { after: start, limit: 100 });
    expect(read.rows.map((r) => r.entityId)).toEqual([early, late]);
    expect(read.horizon).toBeGreaterThan(read.rows[1]!.xid);
    await a.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    await expect(a.query('SELECT public.change_log_horizon()')).rejects.toThrow(/READ COMMITTED/);
    await a.query('ROLLBACK');
  });
});

describe('cursors and pruning', () => {
  it('round-trips cursors and refuses foreign ones', () => {
    const key = { xid: 123456789012n, id: 42n };
    expect(decodeCursor(encodeCursor(key))).toEqual(key);
    expect(decodeCursor('not-a-cursor')).toBeNull();
    expect(decodeCursor(Buffer.from('cl1:1:x').toString('base64url'))).toBeNull();
  });

  it('prunes rows older than the retention and raises the watermark to the highest pruned key', async () => {
    await queueItem(t.client);
    const horizon = await readHorizon(t.client);
    await t.client.query(`UPDATE public.change_log SET created_at = now() - interval '5 hours'`);
    const fresh = await queueItem(t.client);
    const top = await t.client.query<{ xid: string; id: string }>(
      `SELECT xid::text, id::text FROM public.change_log WHERE created_at < now() - interval '1 hour' ORDER BY xid DESC, id DESC LIMIT 1`,
    );
    const deleted = await pruneChanges(t.client, { retentionHours: 4, horizon: await readHorizon(t.client), limit: 10_000 });
    expect(deleted).toBeGreaterThan(0);
    expect(horizon).toBeGreaterThan(0n);
    expect(await prunedWatermark(t.client)).toEqual({ xid: BigInt(top.rows[0]!.xid), id: BigInt(top.rows[0]!.id) });
    const left = await t.client.query(`SELECT entity_id FROM public.change_log`);
    expect(left.rows.map((r) => r.entity_id)).toEqual([fresh]);
  });
});
