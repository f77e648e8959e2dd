// Time-bucketed series for BI tools: sends, replies, funnel movements and signed clients per UTC
// day or ISO week (weeks start on Monday). Every bucket between `from` and `to` is a row, empty
// ones with zeros, so a chart or a pivot table never has holes. Counted from the raw rows
// (outreach_history, funnel.prospect_movement, funnel.client_conversion) in one statement each.
import { prisma } from '../../db.js';
import { ValidationFailedError } from '../../errors.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { SqlRow } from './flat-row.js';

export type SeriesBucket = 'DAY' | 'WEEK';
/** The longest series one request may ask for, in buckets. */
export const MAX_SERIES_BUCKETS = 400;
const DEFAULT_DAYS = 30;
const DEFAULT_WEEKS = 12;

export interface SeriesRange {
  bucket: SeriesBucket;
  from?: string | null;
  to?: string | null;
  now?: Date;
}

interface Window {
  unit: Prisma.Sql;
  step: Prisma.Sql;
  /** First bucket's first day (a Monday for weeks). */
  first: string;
  /** Last bucket's first day. */
  last: string;
}

const DAY_MS = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const parseDay = (s: string) => new Date(`${s}T00:00:00Z`);
/** The Monday of the ISO week holding a day. */
const mondayOf = (d: Date) => new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS);

/** Validates and aligns the requested range; defaults: the last 30 days or 12 weeks up to today. */
export function seriesWindow(range: SeriesRange): Window {
  const today = parseDay(isoDay(range.now ?? new Date()));
  const week = range.bucket === 'WEEK';
  const to = range.to ? parseDay(range.to) : today;
  const from = range.from
    ? parseDay(range.from)
    : new Date(to.getTime() - ((week ? DEFAULT_WEEKS * 7 : DEFAULT_DAYS) - 1) * DAY_MS);
  if (from > to) throw new ValidationFailedError([{ path: 'from', message: 'must not be after to' }]);
  const first = week ? mondayOf(from) : from;
  const last = week ? mondayOf(to) : to;
  const buckets = Math.round((last.getTime() - first.getTime()) / DAY_MS / (week ? 7 : 1)) + 1;
  if (buckets > MAX_SERIES_BUCKETS) {
    throw new ValidationFailedError([
      { path: 'from', message: `the range holds ${buckets} buckets; at most ${MAX_SERIES_BUCKETS} per request` },
    ]);
  }
  return {
    unit: week ? Prisma.sql`'week'` : Prisma.sql`'day'`,
    step: week ? Prisma.sql`interval '7 days'` : Prisma.sql`interval '1 day'`,
    first: isoDay(first),
    last: isoDay(last),
  };
}

/** Every bucket of the window, as (bucket_start, bucket_end) dates; a CTE named `buckets`. */
function buckets(w: Window): Prisma.Sql {
  return Prisma.sql`buckets AS (
    SELECT b::date AS bucket_start, (b + ${w.step} - interval '1 day')::date AS bucket_end
    FROM generate_series(${w.first}::date, ${w.last}::date, ${w.step}) AS b
  )`;
}

/** The bucket a timestamp falls in (UTC). */
function bucketOf(w: Window, column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`date_trunc(${w.unit}, ${column} AT TIME ZONE 'UTC')::date`;
}

/** Rows whose timestamp falls inside the window's buckets (UTC). */
function inWindow(w: Window, column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${column} >= (${w.first}::date)::timestamp AT TIME ZONE 'UTC'
    AND ${column} < ((${w.last}::date + ${w.step})::timestamp AT TIME ZONE 'UTC')`;
}

const and = (conditions: (Prisma.Sql | null)[]) => {
  const list = conditions.filter((c): c is Prisma.Sql => c !== null);
  return list.length ? Prisma.sql`AND ${Prisma.join(list, ' AND ')}` : Prisma.empty;
};

export interface OutreachFilter {
  offerId?: string | null;
  campaignId?: string | null;
  accountId?: string | null;
  channel?: string | null;
}

function outreachConditions(f: OutreachFilter): Prisma.Sql {
  return and([
    f.offerId ? Prisma.sql`h.offer_id = ${f.offerId}::uuid` : null,
    f.campaignId ? Prisma.sql`h.campaign_id = ${f.campaignId}::uuid` : null,
    f.accountId ? Prisma.sql`h.account_id = ${f.accountId}::uuid` : null,
    f.channel ? Prisma.sql`h.channel = ${f.channel}` : null,
  ]);
}

const DAY_TEXT = (column: string) => Prisma.raw(`to_char(${column}, 'YYYY-MM-DD')`);

/** Sends (rows of the outreach history) by the time they were sent. */
export function sendSeries(range: SeriesRange, filter: OutreachFilter): Promise<SqlRow[]> {
  const w = seriesWindow(range);
  return prisma.$queryRaw<SqlRow[]>`
    WITH ${buckets(w)},
    counted AS (
      SELECT ${bucketOf(w, Prisma.sql`h.sent_at`)} AS bucket_start,
        count(*)::int AS sends,
        (count(*) FILTER (WHERE h.channel = 'email'))::int AS email_sends,
        (count(*) FILTER (WHERE h.channel <> 'email'))::int AS linkedin_sends,
        count(DISTINCT h.contact_id)::int AS contacts,
        count(DISTINCT h.campaign_id)::int AS campaigns
      FROM public.outreach_history AS h
      WHERE ${inWindow(w, Prisma.sql`h.sent_at`)} ${outreachConditions(filter)}
      GROUP BY 1
    )
    SELECT ${DAY_TEXT('b.bucket_start')} AS bucket_start, ${DAY_TEXT('b.bucket_end')} AS bucket_end,
      COALESCE(c.sends, 0) AS sends, COALESCE(c.email_sends, 0) AS email_sends,
      COALESCE(c.linkedin_sends, 0) AS linkedin_sends, COALESCE(c.contacts, 0) AS contacts,
      COALESCE(c.campaigns, 0) AS campaigns
    FROM buckets AS b LEFT JOIN counted AS c USING (bucket_start)
    ORDER BY b.bucket_start`;
}

/** Replies (outreach history rows with a reply) by the time of the reply, by sentiment. */
export function replySeries(range: SeriesRange, filter: OutreachFilter): Promise<SqlRow[]> {
  const w = seriesWindow(range);
  return prisma.$queryRaw<SqlRow[]>`
    WITH ${buckets(w)},
    counted AS (
      SELECT ${bucketOf(w, Prisma.sql`h.replied_at`)} AS bucket_start,
        count(*)::int AS replies,
        (count(*) FILTER (WHERE h.reply_sentiment = 'positive'))::int AS positive,
        (count(*) FILTER (WHERE h.reply_sentiment = 'neutral'))::int AS neutral,
        (count(*) FILTER (WHERE h.reply_sentiment = 'negative'))::int AS negative,
        (count(*) FILTER (WHERE h.reply_sentiment = 'question'))::int AS questions,
        (count(*) FILTER (WHERE h.reply_sentiment = 'ooo'))::int AS out_of_office,
        (count(*) FILTER (WHERE h.reply_sentiment IS NULL
           OR h.reply_sentiment NOT IN ('positive', 'neutral', 'negative', 'question', 'ooo')))::int AS unclassified,
        count(DISTINCT h.contact_id)::int AS contacts
      FROM public.outreach_history AS h
      WHERE h.replied_at IS NOT NULL AND ${inWindow(w, Prisma.sql`h.replied_at`)} ${outreachConditions(filter)}
      GROUP BY 1
    )
    SELECT ${DAY_TEXT('b.bucket_start')} AS bucket_start, ${DAY_TEXT('b.bucket_end')} AS bucket_end,
      COALESCE(c.replies, 0) AS replies, COALESCE(c.positive, 0) AS positive, COALESCE(c.neutral, 0) AS neutral,
      COALESCE(c.negative, 0) AS negative, COALESCE(c.questions, 0) AS questions,
      COALESCE(c.out_of_office, 0) AS out_of_office, COALESCE(c.unclassified, 0) AS unclassified,
      COALESCE(c.contacts, 0) AS contacts
    FROM buckets AS b LEFT JOIN counted AS c USING (bucket_start)
    ORDER BY b.bucket_start`;
}

export interface MovementFilter {
  funnel?: string | null;
  fromState?: string | null;
  toState?: string | null;
}

/** Lifecycle moves (funnel.prospect_movement) by the time of their event. */
export function movementSeries(range: SeriesRange, filter: MovementFilter): Promise<SqlRow[]> {
  const w = seriesWindow(range);
  const conditions = and([
    filter.funnel ? Prisma.sql`m.to_funnel = ${filter.funnel}::funnel.funnel_membership` : null,
    filter.fromState ? Prisma.sql`m.from_state = ${filter.fromState}::funnel.lifecycle_state` : null,
    filter.toState ? Prisma.sql`m.to_state = ${filter.toState}::funnel.lifecycle_state` : null,
  ]);
  return prisma.$queryRaw<SqlRow[]>`
    WITH ${buckets(w)},
    counted AS (
      SELECT ${bucketOf(w, Prisma.sql`m.event_ts`)} AS bucket_start,
        count(*)::int AS movements,
        count(DISTINCT m.person_id)::int AS people,
        (count(*) FILTER (WHERE m.is_manual_override))::int AS manual_overrides,
        (count(*) FILTER (WHERE m.to_state IN ('WARM', 'TALENTFLOW_WARM')))::int AS into_warm,
        (count(*) FILTER (WHERE m.to_state = 'APPOINTMENT'))::int AS into_appointment,
        (count(*) FILTER (WHERE m.to_state = 'CLIENT'))::int AS into_client
      FROM funnel.prospect_movement AS m
      WHERE ${inWindow(w, Prisma.sql`m.event_ts`)} ${conditions}
      GROUP BY 1
    )
    SELECT ${DAY_TEXT('b.bucket_start')} AS bucket_start, ${DAY_TEXT('b.bucket_end')} AS bucket_end,
      COALESCE(c.movements, 0) AS movements, COALESCE(c.people, 0) AS people,
      COALESCE(c.manual_overrides, 0) AS manual_overrides, COALESCE(c.into_warm, 0) AS into_warm,
      COALESCE(c.into_appointment, 0) AS into_appointment, COALESCE(c.into_client, 0) AS into_client
    FROM buckets AS b LEFT JOIN counted AS c USING (bucket_start)
    ORDER BY b.bucket_start`;
}

export interface ConversionFilter {
  funnel?: string | null;
}

/** Signed clients (funnel.client_conversion) by the time they signed. */
export function conversionSeries(range: SeriesRange, filter: ConversionFilter): Promise<SqlRow[]> {
  const w = seriesWindow(range);
  const conditions = and([
    filter.funnel ? Prisma.sql`k.source_funnel = ${filter.funnel}::funnel.funnel_membership` : null,
  ]);
  return prisma.$queryRaw<SqlRow[]>`
    WITH ${buckets(w)},
    counted AS (
      SELECT ${bucketOf(w, Prisma.sql`k.signed_ts`)} AS bucket_start,
        count(*)::int AS clients,
        COALESCE(sum(k.lives), 0)::int AS lives,
        COALESCE(sum(k.annual_revenue), 0) AS annual_revenue,
        COALESCE(sum(k.deal_value), 0) AS deal_value
      FROM funnel.client_conversion AS k
      WHERE ${inWindow(w, Prisma.sql`k.signed_ts`)} ${conditions}
      GROUP BY 1
    )
    SELECT ${DAY_TEXT('b.bucket_start')} AS bucket_start, ${DAY_TEXT('b.bucket_end')} AS bucket_end,
      COALESCE(c.clients, 0) AS clients, COALESCE(c.lives, 0) AS lives,
      to_char(COALESCE(c.annual_revenue, 0), 'FM999999999999990.00') AS annual_revenue,
      to_char(COALESCE(c.deal_value, 0), 'FM999999999999990.00') AS deal_value
    FROM buckets AS b LEFT JOIN counted AS c USING (bucket_start)
    ORDER BY b.bucket_start`;
}
