// Per-account sending limits in SQL: warm-up aware daily caps, status and health, the hourly limit,
// the minimum gap, the UTC-day rollover of the today_* counters, and increments that hold their cap
// under concurrent connections. Every call passes its own "now" unless concurrency is the point.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insert, make, one, openSqlTest, rows, type Row, type SqlTestContext } from '../helpers/sql.js';

let t: SqlTestContext;
beforeAll(async () => {
  t = await openSqlTest();
});
afterAll(() => t?.close());

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** A Tuesday morning, UTC. */
const NOW = new Date('2026-03-10T10:00:00Z');
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);

const cap = async (accountId: string, action: string, now = NOW) =>
  (await one<{ v: number | null }>(t.client, `SELECT public.account_daily_cap($1, $2, $3) AS v`, [accountId, action, now])).v;
const canSend = async (accountId: string, action: string, now = NOW) =>
  (await one<{ v: boolean }>(t.client, `SELECT public.can_account_send($1, $2, $3) AS v`, [accountId, action, now])).v;
const increment = async (accountId: string, action: string, now = NOW) =>
  (await one<{ v: boolean }>(t.client, `SELECT public.increment_account_counter($1, $2, $3) AS v`, [accountId, action, now])).v;
const account = (id: string) => one(t.client, `SELECT * FROM public.accounts WHERE id = $1`, [id]);
const activity = (accountId: string, createdAt: Date, v: Row = {}) =>
  insert(t.client, 'public.account_activity', { account_id: accountId, action_type: 'email', status: 'success', created_at: createdAt, ...v });

describe('daily caps and the warm-up ramp', () => {
  it('ramps email 5, 10, 20, 30 a day in weeks 1-4, then the account limit', async () => {
    const a = await make.account(t.client, { type: 'email', status: 'warming', daily_limit_emails: 100, warming_started_at: at(-1 * DAY) });
    const caps = [];
    for (const week of [0, 1, 2, 3, 4, 10]) caps.push(await cap(a.id, 'email', at(week * 7 * DAY)));
    expect(caps).toEqual([5, 10, 20, 30, 100, 100]);
    // The last moment of week 1 and the first of week 2.
    expect(await cap(a.id, 'email', at(6 * DAY - 1))).toBe(5);
    expect(await cap(a.id, 'email', at(6 * DAY))).toBe(10);
  });

  it('ramps LinkedIn connections 5, 10, 15 and messages 10, 20, 30 in weeks 1-3', async () => {
    const a = await make.account(t.client, {
      type: 'linkedin',
      daily_limit_connections: 20,
      daily_limit_messages: 40,
      warming_started_at: at(-3 * DAY),
    });
    const weeks = [0, 1, 2, 3];
    const connections = [];
    const messages = [];
    const inmails = [];
    for (const week of weeks) {
      connections.push(await cap(a.id, 'connection_request', at(week * 7 * DAY)));
      messages.push(await cap(a.id, 'message', at(week * 7 * DAY)));
      inmails.push(await cap(a.id, 'linkedin_inmail', at(week * 7 * DAY)));
    }
    expect(connections).toEqual([5, 10, 15, 20]);
    expect(messages).toEqual([10, 20, 30, 40]);
    expect(inmails).toEqual(messages);
  });

  it('never exceeds the configured limit, and treats a future warm-up start as week 1', async () => {
    const low = await make.account(t.client, { daily_limit_emails: 8, warming_started_at: at(-15 * DAY) });
    expect(await cap(low.id, 'email')).toBe(8);
    const future = await make.account(t.client, { warming_started_at: at(2 * DAY) });
    expect(await cap(future.id, 'email')).toBe(5);
    const never = await make.account(t.client, { daily_limit_emails: 60 });
    expect(await cap(never.id, 'email')).toBe(60);
  });

  it('gives an account no budget for actions its type cannot perform', async () => {
    const email = await make.account(t.client, { type: 'email' });
    const linkedin = await make.account(t.client, { type: 'linkedin' });
    expect(await cap(email.id, 'connection_request')).toBe(0);
    expect(await cap(email.id, 'message')).toBe(0);
    expect(await cap(linkedin.id, 'email')).toBe(0);
    expect(await canSend(email.id, 'linkedin_dm')).toBe(false);
    expect(await increment(linkedin.id, 'email')).toBe(false);
  });

  it('rejects an unknown action and answers nothing for an unknown account', async () => {
    const a = await make.account(t.client);
    await expect(cap(a.id, 'fax')).rejects.toMatchObject({ code: '22023' });
    await expect(canSend(a.id, 'fax')).rejects.toMatchObject({ code: '22023' });
    await expect(increment(a.id, 'fax')).rejects.toMatchObject({ code: '22023' });
    const missing = '99999999-9999-4999-8999-999999999999';
    expect(await cap(missing, 'email')).toBeNull();
    expect(await canSend(missing, 'email')).toBe(false);
    expect(await increment(missing, 'email')).toBe(false);
  });
});

describe('can_account_send', () => {
  it('lets active and warming accounts send, and no other status', async () => {
    const result: Record<string, boolean> = {};
    for (const status of ['active', 'warming', 'paused', 'limited', 'disconnected', 'banned']) {
      const a = await make.account(t.client, { status });
      result[status] = await canSend(a.id, 'email');
      expect(await increment(a.id, 'email'), status).toBe(result[status]);
    }
    expect(result).toEqual({ active: true, warming: true, paused: false, limited: false, disconnected: false, banned: false });
  });

  it('needs a health score of at least 30', async () => {
    const sick = await make.account(t.client, { health_score: 29 });
    const ok = await make.account(t.client, { health_score: 30 });
    expect(await canSend(sick.id, 'email')).toBe(false);
    expect(await increment(sick.id, 'email')).toBe(false);
    expect(await canSend(ok.id, 'email')).toBe(true);
  });

  it('waits 6 minutes after the account last acted', async () => {
    const a = await make.account(t.client);
    expect(await increment(a.id, 'email', NOW)).toBe(true);
    expect(await canSend(a.id, 'email', at(6 * MINUTE - 1000))).toBe(false);
    expect(await canSend(a.id, 'email', at(6 * MINUTE))).toBe(true);
  });

  it('counts successful sends of the last hour against hourly_limit', async () => {
    const a = await make.account(t.client, { hourly_limit: 3 });
    await activity(a.id, at(-10 * MINUTE));
    await activity(a.id, at(-30 * MINUTE));
    // Not counted: older than an hour, failed, rate-limited, or not a send.
    await activity(a.id, at(-61 * MINUTE));
    await activity(a.id, at(-5 * MINUTE), { status: 'failed' });
    await activity(a.id, at(-5 * MINUTE), { status: 'rate_limited' });
    await activity(a.id, at(-5 * MINUTE), { action_type: 'profile_view' });
    expect((await one(t.client, `SELECT public.account_sends_last_hour($1, $2) AS n`, [a.id, NOW])).n).toBe(2);
    expect(await canSend(a.id, 'email')).toBe(true);
    await activity(a.id, at(-50 * MINUTE));
    expect(await canSend(a.id, 'email')).toBe(false);
    expect(await increment(a.id, 'email')).toBe(false);
    // Ten minutes later the send of 50 minutes ago has left the window.
    expect(await canSend(a.id, 'email', at(11 * MINUTE))).toBe(true);
  });

  it('stops at the daily cap', async () => {
    const a = await make.account(t.client, { daily_limit_emails: 2 });
    expect(await increment(a.id, 'email', at(0))).toBe(true);
    expect(await canSend(a.id, 'email', at(10 * MINUTE))).toBe(true);
    expect(await increment(a.id, 'email', at(10 * MINUTE))).toBe(true);
    expect(await canSend(a.id, 'email', at(20 * MINUTE))).toBe(false);
  });
});

describe('increment_account_counter', () => {
  it('reserves up to the cap, then returns false and changes nothing', async () => {
    const a = await make.account(t.client, { daily_limit_emails: 3 });
    const results = [];
    for (let i = 0; i < 5; i += 1) results.push(await increment(a.id, 'email', at(i * MINUTE)));
    expect(results).toEqual([true, true, true, false, false]);
    expect(await account(a.id)).toMatchObject({ today_emails: 3, total_sent: 3, today_last_action_at: at(2 * MINUTE) });
  });

  it('follows the warm-up ramp', async () => {
    const a = await make.account(t.client, { status: 'warming', warming_started_at: at(-8 * DAY) });
    let granted = 0;
    for (let i = 0; i < 15; i += 1) if (await increment(a.id, 'email', at(i * MINUTE))) granted += 1;
    expect(granted).toBe(10); // week 2
  });

  it('counts each action on its own counter', async () => {
    const a = await make.account(t.client, { type: 'linkedin', daily_limit_connections: 1, daily_limit_messages: 2 });
    expect(await increment(a.id, 'connection_request')).toBe(true);
    expect(await increment(a.id, 'linkedin_connect')).toBe(false);
    expect(await increment(a.id, 'message')).toBe(true);
    expect(await increment(a.id, 'inmail')).toBe(true);
    expect(await increment(a.id, 'linkedin_dm')).toBe(false);
    expect(await account(a.id)).toMatchObject({ today_connections: 1, today_messages: 2, today_emails: 0, total_sent: 3 });
  });

  it('starts a new UTC day from zero, without waiting for reset_daily_counters', async () => {
    const a = await make.account(t.client, { type: 'linkedin', daily_limit_messages: 2 });
    expect(await increment(a.id, 'message', at(0))).toBe(true);
    expect(await increment(a.id, 'connection_request', at(MINUTE))).toBe(true);
    expect(await increment(a.id, 'message', at(2 * MINUTE))).toBe(true);
    expect(await increment(a.id, 'message', at(3 * MINUTE))).toBe(false);
    // 23:59:59 UTC is still the same day; 00:00 UTC is the next.
    const endOfDay = new Date('2026-03-10T23:59:59Z');
    const nextDay = new Date('2026-03-11T00:00:00Z');
    expect(await canSend(a.id, 'message', endOfDay)).toBe(false);
    expect(await canSend(a.id, 'message', nextDay)).toBe(true);
    expect(await increment(a.id, 'message', nextDay)).toBe(true);
    expect(await account(a.id)).toMatchObject({ today_messages: 1, today_connections: 0, total_sent: 4 });
  });

  it('treats stored counters of an earlier day as 0', async () => {
    const a = await make.account(t.client, {
      daily_limit_emails: 10,
      today_emails: 10,
      today_last_action_at: at(-DAY),
    });
    expect(await canSend(a.id, 'email')).toBe(true);
    expect(await increment(a.id, 'email')).toBe(true);
    expect((await account(a.id)).today_emails).toBe(1);
  });
});

describe('reset_daily_counters', () => {
  it('zeroes only counters whose UTC day is over, and is safe to repeat', async () => {
    await one(t.client, `SELECT public.reset_daily_counters($1)`, [NOW]);
    const stale = await make.account(t.client, { today_emails: 5, today_last_action_at: new Date('2026-03-09T23:59:00Z') });
    const undated = await make.account(t.client, { today_emails: 4 });
    const today = await make.account(t.client, { today_emails: 7, today_last_action_at: new Date('2026-03-10T00:00:00Z') });
    const zero = await make.account(t.client, { today_last_action_at: at(-3 * DAY) });
    expect((await one(t.client, `SELECT public.reset_daily_counters($1) AS n`, [NOW])).n).toBe(2);
    expect((await account(stale.id)).today_emails).toBe(0);
    expect((await account(undated.id)).today_emails).toBe(0);
    expect((await account(today.id)).today_emails).toBe(7);
    expect((await account(zero.id)).today_emails).toBe(0);
    // The gap rule still sees the last action.
    expect((await account(stale.id)).today_last_action_at).toEqual(new Date('2026-03-09T23:59:00Z'));
    expect((await one(t.client, `SELECT public.reset_daily_counters($1) AS n`, [NOW])).n).toBe(0);
  });
});

describe('under concurrency', () => {
  it('two connections incrementing one account with cap N for 2N attempts get exactly N', async (ctx) => {
    // PGlite is one session behind a socket that runs statements one after another: nothing can
    // race there, so this proves something only on a real PostgreSQL.
    if (t.db.kind !== 'postgres') ctx.skip();
    const N = 25;
    const a = await make.account(t.client, { daily_limit_emails: N, hourly_limit: 1000 });
    const [c1, c2] = [await t.connect(), await t.connect()];
    const worker = async (c: typeof c1) => {
      let granted = 0;
      for (let i = 0; i < N; i += 1) {
        const r = await c.query(`SELECT public.increment_account_counter($1, 'email') AS v`, [a.id]);
        if (r.rows[0].v) granted += 1;
      }
      return granted;
    };
    const [g1, g2] = await Promise.all([worker(c1), worker(c2)]);
    expect(g1 + g2).toBe(N);
    expect(await account(a.id)).toMatchObject({ today_emails: N, total_sent: N });
  });

  it('holds the hourly limit when each reservation records its activity in the same transaction', async (ctx) => {
    if (t.db.kind !== 'postgres') ctx.skip(); // as above: PGlite cannot race
    const H = 4;
    const a = await make.account(t.client, { daily_limit_emails: 100, hourly_limit: H });
    const [c1, c2] = [await t.connect(), await t.connect()];
    const worker = async (c: typeof c1) => {
      let granted = 0;
      for (let i = 0; i < 3 * H; i += 1) {
        await c.query('BEGIN');
        const r = await c.query(`SELECT public.increment_account_counter($1, 'email') AS v`, [a.id]);
        if (r.rows[0].v) {
          granted += 1;
          await c.query(`INSERT INTO public.account_activity (account_id, action_type, status) VALUES ($1, 'email', 'success')`, [a.id]);
        }
        await c.query('COMMIT');
      }
      return granted;
    };
    const [g1, g2] = await Promise.all([worker(c1), worker(c2)]);
    expect(g1 + g2).toBe(H);
    const logged = await rows(t.client, `SELECT 1 FROM public.account_activity WHERE account_id = $1`, [a.id]);
    expect(logged).toHaveLength(H);
  });
});
