// BI series (sendSeries, replySeries, movementSeries, conversionSeries) on the demo data, compared
// with counts taken straight from the raw rows: per UTC day, per ISO week, with filters, and
// every bucket of the range present.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededApp, type SeededApp } from '../helpers/seeded.js';

let t: SeededApp;
let from: string;
let to: string;
const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const monday = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  return iso(new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY));
};

beforeAll(async () => {
  t = await startSeededApp();
  to = iso(t.now);
  from = iso(new Date(t.now.getTime() - 180 * DAY));
});
afterAll(() => t?.close());

/** Raw counts per UTC day: { 'YYYY-MM-DD': n }. */
async function perDay(sql: string, params: unknown[] = []): Promise<Record<string, number>> {
  const rows = (await t.sql.query<{ day: string; n: string }>(sql, params)).rows;
  return Object.fromEntries(rows.map((r) => [r.day, Number(r.n)]));
}
const dayOf = (column: string) => `to_char((${column} AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD')`;
const range = (column: string) =>
  `${column} >= ($1::date)::timestamp AT TIME ZONE 'UTC' AND ${column} < (($2::date + 1)::timestamp AT TIME ZONE 'UTC')`;

function byWeek(days: Record<string, number>): Record<string, number> {
  const weeks: Record<string, number> = {};
  for (const [day, n] of Object.entries(days)) weeks[monday(day)] = (weeks[monday(day)] ?? 0) + n;
  return weeks;
}

function expectSeries(rows: { bucketStart: string }[], field: string, expected: Record<string, number>) {
  const got = Object.fromEntries(
    rows.filter((r) => (r as Record<string, unknown>)[field] !== 0).map((r) => [r.bucketStart, (r as Record<string, unknown>)[field]]),
  );
  expect(got).toEqual(expected);
}

describe('sendSeries', () => {
  it('counts sends per UTC day like the raw outreach history, every day a row', async () => {
    const { data } = await t.gql(
      `query ($from: LocalDate, $to: LocalDate) { sendSeries(bucket: DAY, from: $from, to: $to) { bucketStart bucketEnd sends emailSends linkedinSends contacts } }`,
      { from, to },
    );
    const rows = data!.sendSeries as { bucketStart: string; bucketEnd: string; sends: number; emailSends: number; linkedinSends: number }[];
    expect(rows).toHaveLength(181);
    expect(rows[0]!.bucketStart).toBe(from);
    expect(rows.at(-1)!.bucketEnd).toBe(to);
    for (const r of rows) {
      expect(r.bucketEnd).toBe(r.bucketStart);
      expect(r.emailSends + r.linkedinSends).toBe(r.sends);
    }
    const raw = await perDay(
      `SELECT ${dayOf('sent_at')} AS day, count(*) AS n FROM public.outreach_history WHERE ${range('sent_at')} GROUP BY 1`,
      [from, to],
    );
    expect(Object.values(raw).reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
    expectSeries(rows, 'sends', raw);
  });

  it('per ISO week (Monday to Sunday) sums the same days', async () => {
    const { data } = await t.gql(
      `query ($from: LocalDate, $to: LocalDate) { sendSeries(bucket: WEEK, from: $from, to: $to) { bucketStart bucketEnd sends } }`,
      { from, to },
    );
    const rows = data!.sendSeries as { bucketStart: string; bucketEnd: string; sends: number }[];
    const first = monday(from);
    const lastSunday = iso(new Date(new Date(`${monday(to)}T00:00:00Z`).getTime() + 6 * DAY));
    expect(rows[0]!.bucketStart).toBe(first);
    expect(rows.at(-1)!.bucketEnd).toBe(lastSunday);
    for (const r of rows) expect(new Date(`${r.bucketStart}T00:00:00Z`).getUTCDay()).toBe(1);
    const raw = await perDay(
      `SELECT ${dayOf('sent_at')} AS day, count(*) AS n FROM public.outreach_history WHERE ${range('sent_at')} GROUP BY 1`,
      [first, lastSunday],
    );
    expectSeries(rows, 'sends', byWeek(raw));
  });

  it('filters by offer and channel', async () => {
    const busiest = (
      await t.sql.query<{ offer_id: string }>(
        `SELECT offer_id FROM public.outreach_history WHERE offer_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
      )
    ).rows[0]!.offer_id;
    const { data } = await t.gql(
      `query ($from: LocalDate, $to: LocalDate, $offer: UUID) { sendSeries(bucket: DAY, from: $from, to: $to, offerId: $offer, channel: email) { bucketStart sends } }`,
      { from, to, offer: busiest },
    );
    const raw = await perDay(
      `SELECT ${dayOf('sent_at')} AS day, count(*) AS n FROM public.outreach_history
       WHERE ${range('sent_at')} AND offer_id = $3 AND channel = 'email' GROUP BY 1`,
      [from, to, busiest],
    );
    expect(Object.keys(raw).length).toBeGreaterThan(0);
    expectSeries(data!.sendSeries, 'sends', raw);
  });
});

describe('replySeries', () => {
  it('counts replies and positive replies per day by reply time', async () => {
    const { data } = await t.gql(
      `query ($from: LocalDate, $to: LocalDate) { replySeries(from: $from, to: $to) { bucketStart replies positive neutral negative questions outOfOffice unclassified } }`,
      { from, to },
    );
    const rows = data!.replySeries as Record<string, number>[];
    for (const r of rows) {
      expect(r.positive! + r.neutral! + r.negative! + r.questions! + r.outOfOffice! + r.unclassified!).toBe(r.replies);
    }
    const all = await perDay(
      `SELECT ${dayOf('replied_at')} AS day, count(*) AS n FROM public.outreach_history WHERE ${range('replied_at')} GROUP BY 1`,
      [from, to],
    );
    const positive = await perDay(
      `SELECT ${dayOf('replied_at')} AS day, count(*) AS n FROM public.outreach_history
       WHERE ${range('replied_at')} AND reply_sentiment = 'positive' GROUP BY 1`,
      [from, to],
    );
    expect(Object.keys(all).length).toBeGreaterThan(0);
    expectSeries(rows as never, 'replies', all);
    expectSeries(rows as never, 'positive', positive);
  });
});

describe('movementSeries', () => {
  it('counts lifecycle moves per week, and per day into one funnel', async () => {
    const week = await t.gql(
      `query ($from: LocalDate, $to: LocalDate) { movementSeries(bucket: WEEK, from: $from, to: $to) { bucketStart movements intoWarm } }`,
      { from: monday(from), to },
    );
    const lastSunday = iso(new Date(new Date(`${monday(to)}T00:00:00Z`).getTime() + 6 * DAY));
    const raw = await perDay(
      `SELECT ${dayOf('event_ts')} AS day, count(*) AS n FROM funnel.prospect_movement WHERE ${range('event_ts')} GROUP BY 1`,
      [monday(from), lastSunday],
    );
    expect(Object.keys(raw).length).toBeGreaterThan(0);
    expectSeries(week.data!.movementSeries, 'movements', byWeek(raw));

    const warm = await t.gql(
      `query ($from: LocalDate, $to: LocalDate) { movementSeries(from: $from, to: $to, funnel: WARM_UNIVERSE) { bucketStart movements } }`,
      { from, to },
    );
    const rawWarm = await perDay(
      `SELECT ${dayOf('event_ts')} AS day, count(*) AS n FROM funnel.prospect_movement
       WHERE ${range('event_ts')} AND to_funnel = 'WARM_UNIVERSE' GROUP BY 1`,
      [from, to],
    );
    expect(Object.keys(rawWarm).length).toBeGreaterThan(0);
    expectSeries(warm.data!.movementSeries, 'movements', rawWarm);
  });
});

describe('conversionSeries', () => {
  it('counts signed clients and revenue per week like the raw conversions', async () => {
    const start = iso(new Date(t.now.getTime() - 399 * 7 * DAY));
    const { data } = await t.gql(
      `query ($from: LocalDate, $to: LocalDate) { conversionSeries(bucket: WEEK, from: $from, to: $to) { bucketStart clients annualRevenue } }`,
      { from: start, to },
    );
    const rows = data!.conversionSeries as { bucketStart: string; clients: number; annualRevenue: string }[];
    const lastSunday = iso(new Date(new Date(`${monday(to)}T00:00:00Z`).getTime() + 6 * DAY));
    const raw = await perDay(
      `SELECT ${dayOf('signed_ts')} AS day, count(*) AS n FROM funnel.client_conversion WHERE ${range('signed_ts')} GROUP BY 1`,
      [monday(start), lastSunday],
    );
    expect(Object.keys(raw).length).toBeGreaterThan(0);
    expectSeries(rows, 'clients', byWeek(raw));
    const revenue = (
      await t.sql.query<{ s: string }>(
        `SELECT to_char(COALESCE(sum(annual_revenue), 0), 'FM999999999999990.00') AS s FROM funnel.client_conversion WHERE ${range('signed_ts')}`,
        [monday(start), lastSunday],
      )
    ).rows[0]!.s;
    const total = rows.reduce((sum, r) => sum + Math.round(Number(r.annualRevenue) * 100), 0);
    expect(total).toBe(Math.round(Number(revenue) * 100));
  });
});

describe('ranges', () => {
  it('defaults to the last 30 days, today included', async () => {
    const { data } = await t.gql(`{ sendSeries { bucketStart } }`);
    expect(data!.sendSeries).toHaveLength(30);
    expect(data!.sendSeries.at(-1).bucketStart).toBe(iso(new Date()));
  });

  it('refuses a range that ends before it starts, or is too long, with VALIDATION_FAILED', async () => {
    const backwards = await t.gql(`{ sendSeries(from: "2026-03-02", to: "2026-03-01") { sends } }`, {}, { allowErrors: true });
    expect(backwards.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    const long = await t.gql(`{ movementSeries(from: "2020-01-01", to: "2026-03-01") { movements } }`, {}, { allowErrors: true });
    expect(long.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(long.errors?.[0]?.message).toMatch(/buckets/);
  });
});
