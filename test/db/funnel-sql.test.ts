// The funnel schema's helper functions and reporting views (FUNNEL_SCHEMA.md), on small hand-made
// data sets. Functions get an explicit "now"; the views read the clock, so their data is placed
// relative to the real now.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insert, make, one, openSqlTest, rows, type Row, type SqlTestContext } from '../helpers/sql.js';

let t: SqlTestContext;
beforeAll(async () => {
  t = await openSqlTest();
});
afterAll(() => t?.close());

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const NOW = new Date('2026-03-10T10:00:00Z');
const at = (ms: number) => new Date(NOW.getTime() + ms);
const fromNow = (ms: number) => new Date(Date.now() + ms);

let companyCounter = 0;
const newCompanyId = () => `c0000000-0000-4000-8000-${String(++companyCounter).padStart(12, '0')}`;

const event = (s: Row, type: string, ts: Date, v: Row = {}) =>
  insert(t.client, 'funnel.engagement_events', {
    company_id: s.company_id,
    person_id: s.person_id,
    suspect_id: s.suspect_id,
    event_type: type,
    event_ts: ts,
    ...v,
  });
const bit = (s: Row, score: number, detected: Date, v: Row = {}) =>
  insert(t.client, 'funnel.bit_signal_log', {
    company_id: s.company_id,
    person_id: s.person_id,
    bit_score: score,
    bit_reason: 'email_open',
    detected_ts: detected,
    ...v,
  });
const signal = (s: Row, signalTs: Date, v: Row = {}) =>
  insert(t.client, 'funnel.talentflow_signal_log', {
    company_id: s.company_id,
    person_id: s.person_id,
    signal_type: 'job_change',
    signal_ts: signalTs,
    ...v,
  });
const movement = (s: Row, from: string, to: string, event: string, processed: Date, v: Row = {}) =>
  insert(t.client, 'funnel.prospect_movement', {
    company_id: s.company_id,
    person_id: s.person_id,
    suspect_id: s.suspect_id,
    from_state: from,
    to_state: to,
    event_type: event,
    transition_processed_at: processed,
    ...v,
  });
const appointment = (s: Row, ts: Date, v: Row = {}) =>
  insert(t.client, 'funnel.appointment_history', { company_id: s.company_id, person_id: s.person_id, appointment_ts: ts, ...v });
const client = (v: Row = {}) => insert(t.client, 'funnel.client_conversion', { company_id: newCompanyId(), ...v });

describe('funnel functions', () => {
  it('get_funnel_membership reads the person row', async () => {
    const s = await make.suspect(t.client, { funnel_state: 'WARM', funnel_membership: 'WARM_UNIVERSE' });
    const r = await one(t.client, `SELECT funnel.get_funnel_membership($1) AS f, funnel.get_funnel_membership($2) AS none`, [
      s.person_id,
      '99999999-9999-4999-8999-999999999999',
    ]);
    expect(r).toEqual({ f: 'WARM_UNIVERSE', none: null });
  });

  it('is_in_cooldown is cooldown_until > now', async () => {
    const s = await make.suspect(t.client, { cooldown_until: at(HOUR) });
    const free = await make.suspect(t.client);
    const r = await one(
      t.client,
      `SELECT funnel.is_in_cooldown($1, $3) AS during, funnel.is_in_cooldown($1, $4) AS after,
              funnel.is_in_cooldown($1, $5) AS at_end, funnel.is_in_cooldown($2, $3) AS never,
              funnel.is_in_cooldown('99999999-9999-4999-8999-999999999999', $3) AS unknown`,
      [s.person_id, free.person_id, NOW, at(2 * HOUR), at(HOUR)],
    );
    expect(r).toEqual({ during: true, after: false, at_end: false, never: false, unknown: false });
  });

  it('count_events_in_window counts one type in the last N days, duplicates excluded', async () => {
    const s = await make.suspect(t.client);
    await event(s, 'EVENT_REPLY', at(-1 * DAY));
    await event(s, 'EVENT_REPLY', at(-30 * DAY + HOUR));
    await event(s, 'EVENT_REPLY', at(-30 * DAY - HOUR));
    await event(s, 'EVENT_REPLY', at(-2 * DAY), { is_duplicate: true });
    await event(s, 'EVENT_REPLY', at(HOUR)); // after "now"
    await event(s, 'EVENT_CLICKS_X2', at(-1 * DAY));
    const count = async (days: number | null, zone = 'UTC') => {
      await t.client.query(`SET TIME ZONE '${zone}'`);
      const r =
        days === null
          ? await one(t.client, `SELECT funnel.count_events_in_window($1, 'EVENT_REPLY', p_now => $2) AS n`, [s.person_id, NOW])
          : await one(t.client, `SELECT funnel.count_events_in_window($1, 'EVENT_REPLY', $2, $3) AS n`, [s.person_id, days, NOW]);
      await t.client.query('RESET TIME ZONE');
      return r.n;
    };
    expect(await count(null)).toBe(2); // default 30 days
    expect(await count(30, 'America/New_York')).toBe(2); // the window spans a DST change there
    expect(await count(7)).toBe(1);
    expect(await count(60)).toBe(3);
  });

  it('get_current_bit_score is the latest logged score, 0 when none', async () => {
    const s = await make.suspect(t.client);
    const none = await make.suspect(t.client);
    await bit(s, 31, at(-5 * DAY), { crossed_warm_threshold: true });
    await bit(s, 26, at(-1 * DAY), { previous_score: 31 });
    await bit(s, 40, at(-3 * DAY));
    const r = await one(t.client, `SELECT funnel.get_current_bit_score($1) AS a, funnel.get_current_bit_score($2) AS b`, [
      s.person_id,
      none.person_id,
    ]);
    expect(r).toEqual({ a: 26, b: 0 });
  });

  it('has_fresh_talentflow_signal: not expired, and within 90 days', async () => {
    const cases: [string, (s: Row) => Promise<unknown>, boolean][] = [
      ['fresh, unverified', (s) => signal(s, at(-10 * DAY)), true],
      ['89 days old', (s) => signal(s, at(-89 * DAY)), true],
      ['91 days old', (s) => signal(s, at(-91 * DAY)), false],
      ['flagged expired', (s) => signal(s, at(-10 * DAY), { is_expired: true }), false],
      ['explicit expiry passed', (s) => signal(s, at(-10 * DAY), { expires_at: at(-HOUR) }), false],
      ['explicit long expiry, but older than 90 days', (s) => signal(s, at(-100 * DAY), { expires_at: at(DAY) }), false],
      ['not yet happened', (s) => signal(s, at(DAY)), false],
      ['none', async () => {}, false],
    ];
    for (const [name, setup, fresh] of cases) {
      const s = await make.suspect(t.client);
      await setup(s);
      const r = await one(t.client, `SELECT funnel.has_fresh_talentflow_signal($1, $2) AS v`, [s.person_id, NOW]);
      expect(r.v, name).toBe(fresh);
    }
  });

  it('get_journey_summary sums up one person', async () => {
    const s = await make.suspect(t.client, {
      entered_suspect_ts: at(-40 * DAY),
      funnel_state: 'WARM',
      funnel_membership: 'WARM_UNIVERSE',
      last_state_change_ts: at(-5 * DAY - HOUR),
      last_event_ts: at(-2 * DAY),
      reengagement_cycle: 1,
      cooldown_until: at(HOUR),
    });
    await event(s, 'EVENT_OPENS_X3', at(-20 * DAY));
    await event(s, 'EVENT_REPLY', at(-6 * DAY));
    await event(s, 'EVENT_REPLY', at(-30 * DAY), { is_duplicate: true });
    await movement(s, 'SUSPECT', 'WARM', 'EVENT_REPLY', at(-5 * DAY - HOUR));
    await bit(s, 33, at(-DAY));
    await signal(s, at(-3 * DAY));
    const r = await one(t.client, `SELECT * FROM funnel.get_journey_summary($1, $2)`, [s.person_id, NOW]);
    expect(r).toEqual({
      person_id: s.person_id,
      suspect_id: s.suspect_id,
      company_id: s.company_id,
      email: s.email,
      funnel_state: 'WARM',
      funnel_membership: 'WARM_UNIVERSE',
      entered_suspect_ts: at(-40 * DAY),
      first_contact_ts: at(-20 * DAY),
      last_event_ts: at(-2 * DAY),
      last_state_change_ts: at(-5 * DAY - HOUR),
      days_in_current_state: 5,
      movement_count: 1,
      event_count: 2,
      current_bit_score: 33,
      has_fresh_talentflow_signal: true,
      is_in_cooldown: true,
      reengagement_cycle: 1,
    });
    const never = await make.suspect(t.client, { entered_suspect_ts: at(-3 * DAY - HOUR) });
    const fresh = await one(t.client, `SELECT * FROM funnel.get_journey_summary($1, $2)`, [never.person_id, NOW]);
    expect(fresh).toMatchObject({ days_in_current_state: 3, movement_count: 0, event_count: 0, current_bit_score: 0, first_contact_ts: null });
    expect(await rows(t.client, `SELECT * FROM funnel.get_journey_summary('99999999-9999-4999-8999-999999999999')`)).toEqual([]);
  });
});

describe('funnel views', () => {
  it('v_current_bit_scores: the latest row per person', async () => {
    const a = await make.suspect(t.client);
    const b = await make.suspect(t.client);
    await bit(a, 10, fromNow(-3 * DAY));
    await bit(a, 55, fromNow(-1 * DAY), { previous_score: 10, crossed_warm_threshold: true, crossed_hot_threshold: true, bit_reason: 'reply_received' });
    await bit(b, 5, fromNow(-2 * DAY));
    const r = await rows(
      t.client,
      `SELECT person_id, bit_score, score_delta, bit_reason, crossed_hot_threshold FROM funnel.v_current_bit_scores WHERE person_id = ANY($1) ORDER BY bit_score`,
      [[a.person_id, b.person_id]],
    );
    expect(r).toEqual([
      { person_id: b.person_id, bit_score: 5, score_delta: 5, bit_reason: 'email_open', crossed_hot_threshold: false },
      { person_id: a.person_id, bit_score: 55, score_delta: 45, bit_reason: 'reply_received', crossed_hot_threshold: true },
    ]);
  });

  it('v_recent_movements, v_movement_summary', async () => {
    const s = await make.suspect(t.client);
    const older = await movement(s, 'SUSPECT', 'WARM', 'EVENT_REPLY', fromNow(-8 * DAY));
    const m1 = await movement(s, 'WARM', 'APPOINTMENT', 'EVENT_APPOINTMENT', fromNow(-3 * DAY));
    const m2 = await movement(s, 'APPOINTMENT', 'WARM', 'EVENT_MANUAL_OVERRIDE', fromNow(-1 * DAY), {
      is_manual_override: true,
      override_reason: 'meeting was a mistake',
      override_user_id: 'u1',
      validation_passed: false,
    });
    const recent = await rows(t.client, `SELECT movement_id, email FROM funnel.v_recent_movements WHERE person_id = $1`, [s.person_id]);
    expect(recent).toEqual([
      { movement_id: m2.movement_id, email: s.email },
      { movement_id: m1.movement_id, email: s.email },
    ]);
    expect(recent.map((r) => r.movement_id)).not.toContain(older.movement_id);
    const summary = await rows(
      t.client,
      `SELECT from_state, to_state, event_type, movement_count, override_count, failed_validation_count
       FROM funnel.v_movement_summary WHERE event_type = 'EVENT_MANUAL_OVERRIDE'`,
    );
    expect(summary).toEqual([
      { from_state: 'APPOINTMENT', to_state: 'WARM', event_type: 'EVENT_MANUAL_OVERRIDE', movement_count: 1, override_count: 1, failed_validation_count: 1 },
    ]);
    const all = await one(
      t.client,
      `SELECT sum(movement_count)::int AS n, min(first_movement_at) AS first, max(last_movement_at) AS last FROM funnel.v_movement_summary`,
    );
    const raw = await one(t.client, `SELECT count(*)::int AS n, min(transition_processed_at) AS first, max(transition_processed_at) AS last FROM funnel.prospect_movement`);
    expect(all).toEqual(raw);
  });

  it('v_upcoming_appointments: future scheduled, confirmed or rescheduled meetings, earliest first', async () => {
    const s = await make.suspect(t.client);
    const a1 = await appointment(s, fromNow(2 * DAY), { status: 'confirmed' });
    const a2 = await appointment(s, fromNow(1 * DAY));
    const moved = await appointment(s, fromNow(5 * DAY));
    await t.client.query(`UPDATE funnel.appointment_history SET appointment_ts = $2 WHERE appointment_id = $1`, [moved.appointment_id, fromNow(3 * DAY)]);
    await appointment(s, fromNow(-1 * DAY)); // past
    await appointment(s, fromNow(4 * DAY), { status: 'cancelled' });
    await appointment(s, fromNow(4 * DAY), { status: 'completed' });
    const r = await rows(t.client, `SELECT appointment_id, status, email FROM funnel.v_upcoming_appointments WHERE person_id = $1`, [s.person_id]);
    expect(r).toEqual([
      { appointment_id: a2.appointment_id, status: 'scheduled', email: s.email },
      { appointment_id: a1.appointment_id, status: 'confirmed', email: s.email },
      { appointment_id: moved.appointment_id, status: 'rescheduled', email: s.email },
    ]);
  });

  it('v_appointment_outcomes: held and missed meetings by source funnel and type', async () => {
    const s = await make.suspect(t.client);
    const base = { source_funnel: 'TALENTFLOW_UNIVERSE', meeting_type: 'demo' };
    await appointment(s, fromNow(-9 * DAY), { ...base, status: 'completed', outcome: 'positive', promoted_to_client: true });
    await appointment(s, fromNow(-8 * DAY), { ...base, status: 'completed', outcome: 'positive' });
    await appointment(s, fromNow(-7 * DAY), { ...base, status: 'completed', outcome: 'negative' });
    await appointment(s, fromNow(-6 * DAY), { ...base, status: 'no_show' });
    await appointment(s, fromNow(6 * DAY), { ...base, status: 'scheduled' });
    await appointment(s, fromNow(-6 * DAY), { ...base, meeting_type: 'intro', status: 'completed', outcome: 'neutral' });
    const r = await rows(
      t.client,
      `SELECT meeting_type, total_appointments, positive_outcomes, negative_outcomes, no_shows, converted, conversion_rate
       FROM funnel.v_appointment_outcomes WHERE source_funnel = 'TALENTFLOW_UNIVERSE' ORDER BY meeting_type`,
    );
    expect(r).toEqual([
      { meeting_type: 'demo', total_appointments: 4, positive_outcomes: 2, negative_outcomes: 1, no_shows: 1, converted: 1, conversion_rate: '25.00' },
      { meeting_type: 'intro', total_appointments: 1, positive_outcomes: 0, negative_outcomes: 0, no_shows: 0, converted: 0, conversion_rate: '0.00' },
    ]);
  });

  it('v_active_clients, v_revenue_by_funnel, v_monthly_conversions', async () => {
    const s1 = await make.suspect(t.client, { entered_suspect_ts: new Date('2025-11-01T00:00:00Z') });
    const s2 = await make.suspect(t.client, { entered_suspect_ts: new Date('2025-12-01T00:00:00Z') });
    // 2026-01-31 23:30 in New York is 2026-02-01 04:30 UTC: a February conversion in UTC.
    const c1 = await client({
      suspect_id: s1.suspect_id,
      signed_ts: new Date('2026-01-31T23:30:00-05:00'),
      contract_status: 'active',
      source_funnel: 'REENGAGEMENT_UNIVERSE',
      lives: 100,
      annual_revenue: '1000.00',
      meetings_count: 2,
    });
    const c2 = await client({
      suspect_id: s2.suspect_id,
      signed_ts: new Date('2026-02-15T12:00:00Z'),
      contract_status: 'signed',
      source_funnel: 'REENGAGEMENT_UNIVERSE',
      lives: 50,
      annual_revenue: '3000.00',
      meetings_count: 4,
    });
    await client({ signed_ts: new Date('2026-02-20T12:00:00Z'), contract_status: 'churned', source_funnel: 'REENGAGEMENT_UNIVERSE', lives: 999, annual_revenue: '9999.00' });
    expect([c1.days_to_conversion, c2.days_to_conversion]).toEqual([92, 76]);

    const active = await rows(t.client, `SELECT client_id, email FROM funnel.v_active_clients WHERE source_funnel = 'REENGAGEMENT_UNIVERSE'`);
    expect(active).toEqual([
      { client_id: c2.client_id, email: s2.email },
      { client_id: c1.client_id, email: s1.email },
    ]);

    const byFunnel = await one(t.client, `SELECT * FROM funnel.v_revenue_by_funnel WHERE source_funnel = 'REENGAGEMENT_UNIVERSE'`);
    expect(byFunnel).toEqual({
      source_funnel: 'REENGAGEMENT_UNIVERSE',
      client_count: 2,
      total_lives: '150',
      total_annual_revenue: '4000.00',
      avg_annual_revenue: '2000.00',
      avg_days_to_conversion: '84.0',
      avg_meetings: '3.0',
    });

    await t.client.query(`SET TIME ZONE 'America/New_York'`);
    try {
      const months = await rows(
        t.client,
        `SELECT to_char(signing_month, 'YYYY-MM-DD') AS month, client_count, total_annual_revenue FROM funnel.v_monthly_conversions
         WHERE signing_month BETWEEN '2026-01-01' AND '2026-02-01' ORDER BY 1`,
      );
      expect(months).toEqual([{ month: '2026-02-01', client_count: 2, total_annual_revenue: '4000.00' }]);
    } finally {
      await t.client.query('RESET TIME ZONE');
    }
  });

  it('v_upcoming_renewals: signed or active contracts ending within 90 days', async () => {
    const today = (await one(t.client, `SELECT (now() AT TIME ZONE 'UTC')::date::text AS d`)).d as string;
    const day = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
    const soon = await client({ contract_start_date: day(-300), contract_end_date: day(30), contract_status: 'active', source_funnel: 'COLD_UNIVERSE' });
    const edge = await client({ contract_end_date: day(90), contract_status: 'signed', source_funnel: 'COLD_UNIVERSE' });
    const todayEnds = await client({ contract_end_date: day(0), contract_status: 'active', source_funnel: 'COLD_UNIVERSE' });
    await client({ contract_end_date: day(91), contract_status: 'active', source_funnel: 'COLD_UNIVERSE' });
    await client({ contract_end_date: day(-1), contract_status: 'active', source_funnel: 'COLD_UNIVERSE' });
    await client({ contract_end_date: day(10), contract_status: 'churned', source_funnel: 'COLD_UNIVERSE' });
    const r = await rows(t.client, `SELECT client_id, days_until_end FROM funnel.v_upcoming_renewals WHERE source_funnel = 'COLD_UNIVERSE'`);
    expect(r).toEqual([
      { client_id: todayEnds.client_id, days_until_end: 0 },
      { client_id: soon.client_id, days_until_end: 30 },
      { client_id: edge.client_id, days_until_end: 90 },
    ]);
  });
});
