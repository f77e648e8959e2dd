// Dashboard reads: the SQL views of the migrations (offer_dashboard, contacts_ready,
// account_health, account_capacity, campaign_performance, todays_queue, todays_schedule,
// leads_for_review, activity_feed, daily_account_message_volume) and the tool usage summary,
// read with $queryRaw into flat rows. Every number is counted from the raw rows by the views
// themselves; nothing here aggregates again.
import { prisma } from '../../db.js';
import { ValidationFailedError } from '../../errors.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { ListArgs } from '../common/list.js';
import type { ConnectionArgs, ViewOrderArg } from '../common/view-list.js';
import {
  activityFeedList,
  contactsReadyList,
  leadsForReviewList,
  todaysQueueList,
  todaysScheduleList,
} from './dashboard.types.js';
import type { SqlRow } from './flat-row.js';

type PageArgs = ConnectionArgs & { filter?: ListArgs['filter']; orderBy?: ViewOrderArg | null };

const identity = (row: SqlRow) => row;

function where(conditions: (Prisma.Sql | null)[]): Prisma.Sql {
  const list = conditions.filter((c): c is Prisma.Sql => c !== null);
  return list.length ? Prisma.sql`WHERE ${Prisma.join(list, ' AND ')}` : Prisma.empty;
}

export function offerDashboard(args: { offerId?: string | null; status?: string | null }): Promise<SqlRow[]> {
  return prisma.$queryRaw<SqlRow[]>`
    SELECT * FROM public.offer_dashboard
    ${where([
      args.offerId ? Prisma.sql`id = ${args.offerId}::uuid` : null,
      args.status ? Prisma.sql`status = ${args.status}` : null,
    ])}
    ORDER BY created_at DESC, id`;
}

export function contactsReady(args: PageArgs) {
  return contactsReadyList.page(Prisma.sql`public.contacts_ready`, args, identity);
}

export function accountHealth(args: { accountId?: string | null; type?: string | null; status?: string | null }) {
  return prisma.$queryRaw<SqlRow[]>`
    SELECT * FROM public.account_health
    ${where([
      args.accountId ? Prisma.sql`id = ${args.accountId}::uuid` : null,
      args.type ? Prisma.sql`type = ${args.type}` : null,
      args.status ? Prisma.sql`status = ${args.status}` : null,
    ])}
    ORDER BY name, id`;
}

export function accountCapacity(args: { accountId?: string | null; type?: string | null; status?: string | null }) {
  return prisma.$queryRaw<SqlRow[]>`
    SELECT * FROM public.account_capacity
    ${where([
      args.accountId ? Prisma.sql`id = ${args.accountId}::uuid` : null,
      args.type ? Prisma.sql`type = ${args.type}` : null,
      args.status ? Prisma.sql`status = ${args.status}` : null,
    ])}
    ORDER BY name, id`;
}

export function campaignPerformance(args: { offerId?: string | null; campaignId?: string | null; status?: string | null }) {
  return prisma.$queryRaw<SqlRow[]>`
    SELECT * FROM public.campaign_performance
    ${where([
      args.offerId ? Prisma.sql`offer_id = ${args.offerId}::uuid` : null,
      args.campaignId ? Prisma.sql`id = ${args.campaignId}::uuid` : null,
      args.status ? Prisma.sql`status = ${args.status}` : null,
    ])}
    ORDER BY created_at DESC, id`;
}

export function todaysQueue(args: PageArgs) {
  return todaysQueueList.page(Prisma.sql`public.todays_queue`, args, identity);
}

export function todaysSchedule(args: PageArgs) {
  return todaysScheduleList.page(Prisma.sql`public.todays_schedule`, args, identity);
}

export function leadsForReview(args: PageArgs & { offerId?: string | null }) {
  // The view has no offer column; the contact's offer narrows it.
  const source = args.offerId
    ? Prisma.sql`(SELECT l.* FROM public.leads_for_review AS l JOIN public.contacts AS c ON c.id = l.contact_id
                  WHERE c.offer_id = ${args.offerId}::uuid)`
    : Prisma.sql`public.leads_for_review`;
  return leadsForReviewList.page(source, args, identity);
}

export function activityFeed(args: PageArgs) {
  return activityFeedList.page(Prisma.sql`public.activity_feed`, args, identity);
}

export function dailyAccountMessageVolume(args: { accountId?: string | null; from?: string | null; to?: string | null }) {
  return prisma.$queryRaw<SqlRow[]>`
    SELECT * FROM public.daily_account_message_volume
    ${where([
      args.accountId ? Prisma.sql`account_id = ${args.accountId}::uuid` : null,
      args.from ? Prisma.sql`day >= ${args.from}::date` : null,
      args.to ? Prisma.sql`day <= ${args.to}::date` : null,
    ])}
    ORDER BY day DESC, account_name, account_id`;
}

export const MAX_TOOL_USAGE_DAYS = 366;

/** Per tool, the calls of the last `days` × 24 hours before `now`. */
export function toolUsageSummary(args: { days: number; now?: Date }): Promise<SqlRow[]> {
  if (!Number.isInteger(args.days) || args.days < 1 || args.days > MAX_TOOL_USAGE_DAYS) {
    throw new ValidationFailedError([{ path: 'days', message: `must be a whole number from 1 to ${MAX_TOOL_USAGE_DAYS}` }]);
  }
  const now = args.now ?? new Date();
  return prisma.$queryRaw<SqlRow[]>`
    SELECT
      t.id AS tool_id, t.name AS tool_name, t.type AS tool_type,
      count(u.id)::int AS calls,
      (count(u.id) FILTER (WHERE u.status = 'success'))::int AS successes,
      (count(u.id) FILTER (WHERE u.status = 'error'))::int AS errors,
      (count(u.id) FILTER (WHERE u.status = 'rate_limited'))::int AS rate_limited,
      COALESCE(sum(u.credits_used), 0)::int AS credits_used,
      COALESCE(sum(u.results_count), 0)::int AS results_count,
      round(avg(u.duration_ms), 2) AS avg_duration_ms,
      max(u.created_at) AS last_call_at
    FROM public.tools AS t
    LEFT JOIN public.tool_usage AS u
      ON u.tool_id = t.id
     AND u.created_at > ${now}::timestamptz - make_interval(hours => ${args.days * 24})
     AND u.created_at <= ${now}::timestamptz
    GROUP BY t.id, t.name, t.type
    ORDER BY calls DESC, t.name`;
}
