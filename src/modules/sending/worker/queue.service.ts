// The send queue's transactions, as the worker runs them:
//
// 1. reclaim: items left `processing` past their lease. No attempt started → back to pending (the
//    account reservation released). An attempt started (its send_attempts row committed before
//    the provider call) → the outcome is unknown: asked of the provider when it can look a key
//    up, else the item goes to `review` and is never resent blindly.
// 2. claim: due items FOR UPDATE SKIP LOCKED; in the same transaction the campaign must be active,
//    the time inside its send window (its own zone), the contact eligible, and the account
//    (locked FOR UPDATE, in id order) sendable, under its daily cap with the warm-up ramp, its
//    hourly limit and past the minimum gap. Passing items become `processing` with a lease and
//    reserve one action of the account's day (counter + today_last_action_at on the locked row,
//    so caps hold exactly under any number of workers). Failing items are rescheduled or skipped
//    with the reason in a message event.
// 3. beginAttempt: one statement that counts the attempt and inserts its send_attempts row
//    (unique per item and attempt), committed before the provider is called.
// 4. finishSuccess / finishFailure: queue status, send_attempts, messages, message_events,
//    outreach_history, account_activity, contact and enrolment progress, account, campaign and
//    offer counters, and the lifecycle (funnel ingestion of bounces), in one transaction.
//
// Lock order (no deadlocks with status changes and webhooks): a transaction that touches a
// campaign row and queue rows locks the campaign first, except the claim, which reads campaigns
// without locking them (a pause's UPDATE of the queue waits for the claim's row locks, so an
// item is either claimed before the pause — an in-flight send — or held by it). Finalizing
// updates its own item, then the campaign, then the account.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { type Db, db as poolDb, sql, withTransaction } from './sql.js';
import { transaction } from '../../funnel/funnel.service.js';
import { ingestMessageEvent, LIFECYCLE_MESSAGE_EVENTS } from '../../funnel/outreach.service.js';
import {
  accountVerdict,
  actionTypeFor,
  afterFailure,
  backoffDelayMs,
  contactVerdict,
  counterFor,
  isInSendWindow,
  nextSendTime,
  type SendWindow,
  timeToSeconds,
} from '../sending.rules.js';
import type { OutboundMessage, SendProvider, SendResult } from '../providers/provider.js';


export interface QueueSettings {
  workerId: string;
  batchSize: number;
  leaseMs: number;
  minGapMs: number;
  gapJitterMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  unsubscribeUrl?: string | null;
  now: () => Date;
  random: () => number;
}

export function defaultWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

export interface ClaimedItem {
  id: string;
  campaignId: string;
  campaignContactId: string | null;
  contactId: string;
  accountId: string;
  offerId: string;
  channel: OutboundMessage['channel'];
  sequenceStep: number;
  attempts: number;
  maxAttempts: number;
  subject: string | null;
  body: string;
  message: Omit<OutboundMessage, 'idempotencyKey'>;
  contactEmail: string | null;
  contactLinkedinUrl: string | null;
}

interface DueRow {
  id: string;
  campaign_id: string;
  campaign_contact_id: string | null;
  contact_id: string;
  account_id: string | null;
  channel: OutboundMessage['channel'];
  sequence_step: number | null;
  attempts: number;
  max_attempts: number;
  subject: string | null;
  body: string;
}

interface CampaignRow {
  id: string;
  status: string;
  offer_id: string;
  timezone: string;
  window_start: string;
  window_end: string;
  send_days: number[];
}

interface ContactRow {
  id: string;
  email: string | null;
  linkedin_url: string | null;
  linkedin_id: string | null;
  full_name: string | null;
  do_not_contact: boolean;
  bounced: boolean;
  lifecycle_block: string | null;
  last_send: Date | null;
}

interface AccountRow {
  id: string;
  name: string;
  type: string;
  status: string;
  health_score: number;
  hourly_limit: number;
  email_address: string | null;
  unipile_account_id: string | null;
  provider: string | null;
  today_connections: number;
  today_messages: number;
  today_emails: number;
  cap_connections: number;
  cap_messages: number;
  cap_emails: number;
  today_last_action_at: Date | null;
  last_hour: number;
  oldest_in_hour: Date | null;
}

interface CcRow {
  id: string;
  status: string;
}

const STOPPED_ENROLMENT = ['replied', 'meeting', 'bounced', 'unsubscribed', 'failed', 'completed'];

export function campaignWindow(c: Pick<CampaignRow, 'timezone' | 'window_start' | 'window_end' | 'send_days'>): SendWindow {
  return {
    timezone: c.timezone,
    startSeconds: timeToSeconds(c.window_start),
    endSeconds: timeToSeconds(c.window_end),
    days: c.send_days,
  };
}

async function recordEvent(
  db: Db,
  item: { id: string; contact_id: string; campaign_id: string; account_id: string | null },
  type: string,
  data: Record<string, unknown>,
  at: Date,
): Promise<string> {
  const rows = await db.query<{ id: string }>(sql`
    INSERT INTO message_events (send_queue_id, contact_id, campaign_id, account_id, event_type, event_data, created_at)
    VALUES (${item.id}::uuid, ${item.contact_id}::uuid, ${item.campaign_id}::uuid, ${item.account_id}::uuid, ${type},
      ${JSON.stringify(data)}::jsonb, ${at})
    RETURNING id`);
  return rows[0]!.id;
}

/**
 * Locks the item's account row first, as a claim does. The inserts that follow take KEY SHARE
 * locks on the account (foreign keys) and the counter updates then upgrade them; without the lock
 * taken up front, a claim queued for the account's FOR UPDATE lock deadlocks with that upgrade.
 */
async function lockAccount(db: Db, accountId: string): Promise<void> {
  await db.query(sql`SELECT id FROM accounts WHERE id = ${accountId}::uuid FOR UPDATE`);
}

/** Claims up to batchSize due items that pass every check; reschedules or skips the others. */
export async function claimBatch(s: QueueSettings): Promise<{ claimed: ClaimedItem[]; examined: number }> {
  return withTransaction(async (db) => {
    const now = s.now();
    const due = await db.query<DueRow>(sql`
      SELECT sq.id, sq.campaign_id, sq.campaign_contact_id, sq.contact_id, sq.account_id, sq.channel, sq.sequence_step,
        sq.attempts, sq.max_attempts, sq.subject, sq.body
      FROM send_queue AS sq
      WHERE sq.status IN ('pending', 'scheduled') AND sq.scheduled_for <= ${now}
      ORDER BY sq.scheduled_for, sq.id
      LIMIT ${s.batchSize}
      FOR UPDATE SKIP LOCKED`);
    if (due.length === 0) return { claimed: [], examined: 0 };

    const campaignIds = [...new Set(due.map((d) => d.campaign_id))];
    const campaigns = new Map(
      (
        await db.query<CampaignRow>(sql`
          SELECT id, status, offer_id, timezone, send_window_start::text AS window_start, send_window_end::text AS window_end, send_days
          FROM campaigns WHERE id = ANY(${campaignIds}::uuid[])`)
      ).map((c) => [c.id, c]),
    );
    const contactIds = [...new Set(due.map((d) => d.contact_id))];
    // The 60-day rule looks for sends to the same person (contact row, normalized email or
    // LinkedIn URL) from any campaign; sends of this item's own campaign are its sequence.
    const contacts = new Map(
      (
        await db.query<ContactRow>(sql`
          SELECT c.id, c.email, c.linkedin_url, c.linkedin_id, c.full_name,
            (c.global_status = 'do_not_contact' OR c.status = 'unsubscribed' OR EXISTS (
              SELECT 1 FROM contacts AS x
              WHERE x.global_status = 'do_not_contact' AND c.email IS NOT NULL
                AND public.normalize_email(x.email) = public.normalize_email(c.email))) AS do_not_contact,
            (c.status = 'bounced' OR c.email_status IS NOT DISTINCT FROM 'invalid') AS bounced,
            CASE WHEN c.email IS NOT NULL THEN funnel.cold_outreach_block_reason(c.email, ${now}) END AS lifecycle_block,
            (SELECT max(h.sent_at) FROM (
               SELECT h1.sent_at FROM outreach_history AS h1 WHERE h1.contact_id = c.id
               UNION ALL
               SELECT h2.sent_at FROM outreach_history AS h2
               WHERE c.email IS NOT NULL AND public.normalize_email(h2.contact_email) = public.normalize_email(c.email)
               UNION ALL
               SELECT h3.sent_at FROM outreach_history AS h3
               WHERE c.linkedin_url IS NOT NULL
                 AND public.normalize_linkedin_url(h3.contact_linkedin_url) = public.normalize_linkedin_url(c.linkedin_url)
             ) AS h WHERE h.sent_at > ${now}::timestamptz - interval '1440 hours' AND h.sent_at <= ${now}) AS last_send
          FROM contacts AS c WHERE c.id = ANY(${contactIds}::uuid[])`)
      ).map((c) => [c.id, c]),
    );
    const ccIds = [...new Set(due.map((d) => d.campaign_contact_id).filter((x): x is string => !!x))];
    const enrolments = new Map(
      ccIds.length
        ? (await db.query<CcRow>(sql`SELECT id, status FROM campaign_contacts WHERE id = ANY(${ccIds}::uuid[])`)).map((c) => [c.id, c])
        : [],
    );
    const accountIds = [...new Set(due.map((d) => d.account_id).filter((x): x is string => !!x))].sort();
    // Locked in id order (two claims never wait on each other crosswise), then read afresh.
    if (accountIds.length) {
      await db.query(sql`SELECT id FROM accounts WHERE id = ANY(${accountIds}::uuid[]) ORDER BY id FOR UPDATE`);
    }
    const accounts = new Map(
      accountIds.length
        ? (
            await db.query<AccountRow>(sql`
              SELECT a.id, a.name, a.type, a.status, a.health_score, a.hourly_limit, a.email_address, a.unipile_account_id, a.provider,
                public.account_today_count(a, 'connections', ${now}) AS today_connections,
                public.account_today_count(a, 'messages', ${now}) AS today_messages,
                public.account_today_count(a, 'emails', ${now}) AS today_emails,
                public.account_row_daily_cap(a, 'linkedin_connect', ${now}) AS cap_connections,
                public.account_row_daily_cap(a, 'linkedin_dm', ${now}) AS cap_messages,
                public.account_row_daily_cap(a, 'email', ${now}) AS cap_emails,
                a.today_last_action_at,
                (SELECT count(*)::int FROM account_activity AS x
                  WHERE x.account_id = a.id AND x.status = 'success' AND x.action_type <> 'profile_view'
                    AND x.created_at > ${now}::timestamptz - interval '1 hour')
                + (SELECT count(*)::int FROM send_queue AS q WHERE q.account_id = a.id AND q.status = 'processing') AS last_hour,
                (SELECT min(x.created_at) FROM account_activity AS x
                  WHERE x.account_id = a.id AND x.status = 'success' AND x.action_type <> 'profile_view'
                    AND x.created_at > ${now}::timestamptz - interval '1 hour') AS oldest_in_hour
              FROM accounts AS a WHERE a.id = ANY(${accountIds}::uuid[])`)
          ).map((a) => [a.id, a])
        : [],
    );

    const claimed: ClaimedItem[] = [];
    const touchedAccounts = new Set<string>();
    for (const item of due) {
      const campaign = campaigns.get(item.campaign_id)!;
      const contact = contacts.get(item.contact_id)!;
      const step = item.sequence_step ?? 1;
      const reschedule = async (at: Date, reason: string) => {
        await db.exec(sql`
          UPDATE send_queue SET scheduled_for = ${at}, status = 'pending', last_error = ${reason}, updated_at = now()
          WHERE id = ${item.id}::uuid`);
        await recordEvent(db, item, 'scheduled', { reason, rescheduled_to: at.toISOString() }, now);
      };
      const finish = async (status: 'skipped' | 'cancelled' | 'held', reason: string) => {
        await db.exec(sql`
          UPDATE send_queue SET status = ${status}, last_error = ${reason}, updated_at = now() WHERE id = ${item.id}::uuid`);
        await recordEvent(db, item, 'skipped', { reason, status }, now);
      };

      // The campaign: only active campaigns send (a pause that raced the item holds it now).
      if (campaign.status !== 'active') {
        await finish(['completed', 'cancelled'].includes(campaign.status) ? 'cancelled' : 'held', `campaign_${campaign.status}`);
        continue;
      }
      // The contact.
      const enrolment = item.campaign_contact_id ? enrolments.get(item.campaign_contact_id) : undefined;
      const verdict = contactVerdict(
        {
          doNotContact: contact.do_not_contact,
          bounced: item.channel === 'email' && contact.bounced,
          lifecycleBlock: contact.lifecycle_block,
          lastSendWithin60Days: contact.last_send,
          sequenceStopped: enrolment && STOPPED_ENROLMENT.includes(enrolment.status) ? `enrolment_${enrolment.status}` : null,
        },
        step,
        now,
      );
      if (!verdict.ok) {
        if (verdict.action === 'skip') await finish('skipped', verdict.reason);
        else await reschedule(nextSendTime(verdict.at, campaignWindow(campaign)), verdict.reason);
        continue;
      }
      // The send window, in the campaign's time zone.
      const window = campaignWindow(campaign);
      if (!isInSendWindow(now, window)) {
        await reschedule(new Date(nextSendTime(now, window).getTime() + Math.floor(s.random() * s.gapJitterMs)), 'outside_send_window');
        continue;
      }
      // The account (locked).
      const account = item.account_id ? accounts.get(item.account_id) : undefined;
      if (!account) {
        await finish('skipped', 'no_sending_account');
        continue;
      }
      const counter = counterFor(item.channel);
      const todayKey = `today_${counter}` as const;
      const capKey = `cap_${counter}` as const;
      const av = accountVerdict(
        {
          status: account.status,
          healthScore: account.health_score,
          todayCount: account[todayKey],
          dailyCap: account[capKey],
          hourlyLimit: account.hourly_limit,
          lastHourCount: account.last_hour,
          oldestInLastHour: account.oldest_in_hour,
          lastActionAt: account.today_last_action_at,
        },
        now,
        { minGapMs: s.minGapMs, gapJitterMs: s.gapJitterMs },
        s.random(),
      );
      if (!av.ok) {
        await reschedule(nextSendTime(av.at, window), av.reason);
        continue;
      }
      // Reserve: the locked row's counters, updated in memory for the rest of the batch.
      account[todayKey] += 1;
      account.last_hour += 1;
      account.today_last_action_at = now;
      touchedAccounts.add(account.id);
      claimed.push({
        id: item.id,
        campaignId: item.campaign_id,
        campaignContactId: item.campaign_contact_id,
        contactId: item.contact_id,
        accountId: account.id,
        offerId: campaign.offer_id,
        channel: item.channel,
        sequenceStep: step,
        attempts: item.attempts,
        maxAttempts: item.max_attempts,
        subject: item.subject,
        body: item.body,
        contactEmail: contact.email,
        contactLinkedinUrl: contact.linkedin_url,
        message: {
          itemId: item.id,
          channel: item.channel,
          from: {
            accountId: account.id,
            name: account.name,
            emailAddress: account.email_address,
            unipileAccountId: account.unipile_account_id,
            provider: account.provider,
          },
          to: { name: contact.full_name, email: contact.email, linkedinUrl: contact.linkedin_url, linkedinId: contact.linkedin_id },
          subject: item.subject,
          body: item.body,
          unsubscribeUrl: s.unsubscribeUrl ? `${s.unsubscribeUrl}${s.unsubscribeUrl.includes('?') ? '&' : '?'}item=${item.id}` : null,
        },
      });
    }
    for (const id of touchedAccounts) {
      const a = accounts.get(id)!;
      await db.exec(sql`
        UPDATE accounts SET today_connections = ${a.today_connections}, today_messages = ${a.today_messages},
          today_emails = ${a.today_emails}, today_last_action_at = ${now}
        WHERE id = ${id}::uuid`);
    }
    if (claimed.length) {
      await db.exec(sql`
        UPDATE send_queue SET status = 'processing', locked_by = ${s.workerId},
          lease_expires_at = ${new Date(now.getTime() + s.leaseMs)}, updated_at = now()
        WHERE id = ANY(${claimed.map((c) => c.id)}::uuid[])`);
    }
    return { claimed, examined: due.length };
  });
}

/**
 * Counts the attempt and writes its idempotency record, in one committed statement; null when
 * the item is no longer this worker's (its lease expired and it was reclaimed).
 */
export async function beginAttempt(item: ClaimedItem, providerName: string, s: QueueSettings): Promise<{ attempt: number; key: string } | null> {
  const now = s.now();
  const rows = await poolDb().query<{ attempt: number; idempotency_key: string }>(sql`
    WITH counted AS (
      UPDATE send_queue SET attempts = attempts + 1, last_attempt_at = ${now},
        lease_expires_at = ${new Date(now.getTime() + s.leaseMs)}, updated_at = now()
      WHERE id = ${item.id}::uuid AND status = 'processing' AND locked_by = ${s.workerId}
      RETURNING id, attempts
    )
    INSERT INTO send_attempts (send_queue_id, attempt, idempotency_key, worker_id, provider, started_at)
    SELECT id, attempts, id::text || ':' || attempts, ${s.workerId}::text, ${providerName}::text, ${now}::timestamptz FROM counted
    RETURNING attempt, idempotency_key`);
  const row = rows[0];
  return row ? { attempt: row.attempt, key: row.idempotency_key } : null;
}

/** The account reservation of an item that did not go out, given back (same UTC day only). */
async function releaseReservation(db: Db, accountId: string, channel: string, now: Date): Promise<void> {
  const counter = counterFor(channel);
  await db.exec(sql`
    UPDATE accounts SET
      today_connections = greatest(today_connections - ${counter === 'connections' ? 1 : 0}, 0),
      today_messages = greatest(today_messages - ${counter === 'messages' ? 1 : 0}, 0),
      today_emails = greatest(today_emails - ${counter === 'emails' ? 1 : 0}, 0)
    WHERE id = ${accountId}::uuid AND public.account_day(today_last_action_at) = public.account_day(${now}::timestamptz)`);
}

interface SendingItem {
  id: string;
  campaignId: string;
  campaignContactId: string | null;
  contactId: string;
  accountId: string;
  offerId: string;
  channel: string;
  sequenceStep: number;
  subject: string | null;
  body: string;
  contactEmail: string | null;
  contactLinkedinUrl: string | null;
}

/**
 * Records a send: the item `sent` and everything that follows from it, in one transaction.
 * Applies to the item while it is this worker's attempt (or in review for that attempt, when the
 * lease ran out during a slow provider call); returns false when it no longer is.
 */
export async function finishSuccess(
  item: SendingItem,
  attempt: { attempt: number; key: string },
  result: SendResult,
  s: Pick<QueueSettings, 'workerId' | 'now'>,
  options: { reclaimed?: boolean } = {},
): Promise<boolean> {
  return withTransaction(async (db) => {
    await lockAccount(db, item.accountId);
    const now = s.now();
    const updated = await db.exec(sql`
      UPDATE send_queue SET status = 'sent', sent_at = ${now}, external_message_id = ${result.providerMessageId},
        locked_by = NULL, lease_expires_at = NULL, last_error = NULL, updated_at = now()
      WHERE id = ${item.id}::uuid AND attempts = ${attempt.attempt}
        AND ((status = 'processing' AND (locked_by = ${s.workerId} OR ${options.reclaimed ?? false}::boolean)) OR status = 'review')`);
    await db.exec(sql`
      UPDATE send_attempts SET status = 'succeeded', provider_message_id = ${result.providerMessageId}, finished_at = ${now}
      WHERE idempotency_key = ${attempt.key}`);
    if (updated !== 1) return false;
    const actionType = actionTypeFor(item.channel);
    const ref = { id: item.id, contact_id: item.contactId, campaign_id: item.campaignId, account_id: item.accountId };
    let messageId: string | null = null;
    let firstSendOfEnrolment = 0;
    let completed = 0;
    if (item.campaignContactId) {
      const m = await db.query<{ id: string }>(sql`
        INSERT INTO messages (campaign_contact_id, campaign_id, contact_id, account_id, send_queue_id, channel, action_type,
          sequence_step, subject, body, external_id, thread_id, status, sent_at, scheduled_at, created_at)
        VALUES (${item.campaignContactId}::uuid, ${item.campaignId}::uuid, ${item.contactId}::uuid, ${item.accountId}::uuid,
          ${item.id}::uuid, ${item.channel}, ${actionType}, ${item.sequenceStep}, ${item.subject}, ${item.body},
          ${result.providerMessageId}, ${result.threadId ?? null}, 'sent', ${now}, ${now}, ${now})
        RETURNING id`);
      messageId = m[0]!.id;
    }
    await recordEvent(db, ref, 'sent', { provider_message_id: result.providerMessageId, attempt: attempt.attempt }, now);
    await db.exec(sql`
      INSERT INTO outreach_history (contact_email, contact_linkedin_url, contact_id, campaign_id, offer_id, account_id, send_queue_id,
        channel, message_subject, message_body, sent_at, status)
      VALUES (${item.contactEmail}, ${item.contactLinkedinUrl}, ${item.contactId}::uuid, ${item.campaignId}::uuid, ${item.offerId}::uuid,
        ${item.accountId}::uuid, ${item.id}::uuid, ${item.channel}, ${item.subject}, ${item.body}, ${now}, 'sent')`);
    await db.exec(sql`
      INSERT INTO account_activity (account_id, message_id, contact_id, action_type, status, created_at)
      VALUES (${item.accountId}::uuid, ${messageId}::uuid, ${item.contactId}::uuid, ${actionType}, 'success', ${now})`);
    if (item.campaignContactId) {
      const cc = await db.query<{ first: boolean; completed: boolean }>(sql`
        WITH before AS (SELECT id, current_step FROM campaign_contacts WHERE id = ${item.campaignContactId}::uuid FOR UPDATE)
        UPDATE campaign_contacts AS cc SET
          current_step = greatest(cc.current_step, ${item.sequenceStep}),
          started_at = coalesce(cc.started_at, ${now}),
          status = CASE WHEN cc.status IN ('queued', 'in_progress', 'waiting')
            THEN CASE WHEN cc.max_step IS NOT NULL AND ${item.sequenceStep} >= cc.max_step THEN 'completed' ELSE 'in_progress' END
            ELSE cc.status END,
          completed_at = CASE WHEN cc.max_step IS NOT NULL AND ${item.sequenceStep} >= cc.max_step THEN ${now} ELSE cc.completed_at END
        FROM before WHERE cc.id = before.id
        RETURNING before.current_step = 0 AS first, (cc.status = 'completed' AND cc.completed_at = ${now}) AS completed`);
      firstSendOfEnrolment = cc[0]?.first ? 1 : 0;
      completed = cc[0]?.completed ? 1 : 0;
    }
    await db.exec(sql`
      UPDATE contacts SET last_contacted_at = ${now}, contact_count = contact_count + 1, already_contacted = true,
        global_last_contacted_at = greatest(global_last_contacted_at, ${now}), global_contact_count = global_contact_count + 1,
        status = CASE WHEN status IN ('ready', 'queued', 'enriched', 'new') THEN 'contacted' ELSE status END, updated_at = now()
      WHERE id = ${item.contactId}::uuid`);
    await db.exec(sql`
      UPDATE campaigns SET total_sent = total_sent + 1, contacts_sent = contacts_sent + ${firstSendOfEnrolment},
        contacts_remaining = greatest(contacts_remaining - ${completed}, 0),
        first_send_at = coalesce(first_send_at, ${now}), last_send_at = greatest(last_send_at, ${now}),
        open_rate = public.rate_percent(total_opened, total_sent + 1),
        reply_rate = public.rate_percent(total_replied, contacts_sent + ${firstSendOfEnrolment}),
        meeting_rate = public.rate_percent(total_meetings, contacts_sent + ${firstSendOfEnrolment})
      WHERE id = ${item.campaignId}::uuid`);
    await db.exec(sql`UPDATE accounts SET total_sent = total_sent + 1 WHERE id = ${item.accountId}::uuid`);
    await db.exec(sql`UPDATE offers SET total_sent = total_sent + 1 WHERE id = ${item.offerId}::uuid`);
    return true;
  });
}

export interface FailureInfo {
  kind: 'transient' | 'permanent';
  message: string;
  bounce: boolean;
}

export interface FailureOutcome {
  status: 'pending' | 'failed' | 'bounced';
  retryAt: Date | null;
}

/**
 * Records a failed attempt: retried with exponential backoff while attempts remain and the error
 * is transient, else `failed` (`bounced` for a rejected recipient, which also suppresses the
 * address and reaches the lifecycle). The account reservation is given back.
 */
export async function finishFailure(
  item: SendingItem & { maxAttempts: number },
  attempt: { attempt: number; key: string },
  failure: FailureInfo,
  s: Pick<QueueSettings, 'workerId' | 'now' | 'retryBaseMs' | 'retryMaxMs'>,
): Promise<FailureOutcome | null> {
  const outcome = await withTransaction(async (db) => {
    await lockAccount(db, item.accountId);
    const now = s.now();
    const decision = afterFailure(failure.kind, attempt.attempt, item.maxAttempts);
    const retryAt = decision === 'retry' ? new Date(now.getTime() + backoffDelayMs(attempt.attempt, { baseMs: s.retryBaseMs, maxMs: s.retryMaxMs })) : null;
    const status: FailureOutcome['status'] = retryAt ? 'pending' : failure.bounce ? 'bounced' : 'failed';
    const error = failure.message.slice(0, 1000);
    const updated = await db.exec(sql`
      UPDATE send_queue SET status = ${status}, scheduled_for = coalesce(${retryAt}, scheduled_for), last_error = ${error},
        locked_by = NULL, lease_expires_at = NULL, updated_at = now()
      WHERE id = ${item.id}::uuid AND attempts = ${attempt.attempt} AND status = 'processing' AND locked_by = ${s.workerId}`);
    await db.exec(sql`
      UPDATE send_attempts SET status = 'failed', error = ${error}, finished_at = ${now} WHERE idempotency_key = ${attempt.key}`);
    if (updated !== 1) return null;
    const ref = { id: item.id, contact_id: item.contactId, campaign_id: item.campaignId, account_id: item.accountId };
    const eventId = await recordEvent(
      db,
      ref,
      failure.bounce ? 'bounced' : 'failed',
      {
        error,
        kind: failure.kind,
        attempt: attempt.attempt,
        ...(retryAt ? { retry_at: retryAt.toISOString() } : {}),
        ...(failure.bounce ? { bounce_type: 'hard', at_send: true } : {}),
      },
      now,
    );
    await db.exec(sql`
      INSERT INTO account_activity (account_id, contact_id, action_type, status, error_message, created_at)
      VALUES (${item.accountId}::uuid, ${item.contactId}::uuid, ${actionTypeFor(item.channel)}, 'failed', ${error}, ${now})`);
    if (failure.bounce) {
      await suppressContact(db, item.contactId, 'bounced', now);
      await db.exec(sql`UPDATE accounts SET total_bounced = total_bounced + 1 WHERE id = ${item.accountId}::uuid`);
    }
    await releaseReservation(db, item.accountId, item.channel, now);
    return { status, retryAt, eventId: failure.bounce ? eventId : null };
  });
  // The lifecycle hears of a bounce right after the commit (the funnel engine runs on Prisma);
  // ingestion is idempotent and the funnel sweep's reconcileOutreach catches anything missed.
  if (outcome?.eventId && (LIFECYCLE_MESSAGE_EVENTS as readonly string[]).includes('bounced')) {
    await transaction((tx) => ingestMessageEvent(tx, outcome.eventId!));
  }
  return outcome ? { status: outcome.status, retryAt: outcome.retryAt } : null;
}

/**
 * DOMAIN.md's suppression: a hard bounce marks the address invalid and the contact bounced; an
 * unsubscribe or spam complaint makes the person (every contact row with the same normalized
 * email) do-not-contact forever. Their pending sends are cancelled and running enrolments stop.
 */
export async function suppressContact(db: Db, contactId: string, why: 'bounced' | 'unsubscribed' | 'spam', now: Date): Promise<void> {
  if (why === 'bounced') {
    await db.exec(sql`
      UPDATE send_queue SET status = 'cancelled', last_error = 'contact_bounced', updated_at = now()
      WHERE contact_id IN (
        SELECT x.id FROM contacts AS c JOIN contacts AS x
          ON x.id = c.id OR (c.email IS NOT NULL AND public.normalize_email(x.email) = public.normalize_email(c.email))
        WHERE c.id = ${contactId}::uuid)
        AND status IN ('pending', 'scheduled', 'held') AND channel = 'email'`);
    await db.exec(sql`
      UPDATE campaign_contacts SET status = 'bounced', completed_at = coalesce(completed_at, ${now})
      WHERE contact_id = ${contactId}::uuid AND status IN ('queued', 'in_progress', 'waiting', 'paused')`);
    await db.exec(sql`
      UPDATE contacts AS x SET email_status = 'invalid', status = 'bounced', updated_at = now()
      FROM contacts AS c
      WHERE c.id = ${contactId}::uuid
        AND (x.id = c.id OR (c.email IS NOT NULL AND public.normalize_email(x.email) = public.normalize_email(c.email)))`);
    return;
  }
  const reason = why === 'spam' ? 'spam_complaint' : 'unsubscribed';
  await db.exec(sql`
    UPDATE send_queue SET status = 'cancelled', last_error = ${reason}, updated_at = now()
    WHERE contact_id IN (
      SELECT x.id FROM contacts AS c JOIN contacts AS x
        ON x.id = c.id OR (c.email IS NOT NULL AND public.normalize_email(x.email) = public.normalize_email(c.email))
      WHERE c.id = ${contactId}::uuid)
      AND status IN ('pending', 'scheduled', 'held')`);
  await db.exec(sql`
    UPDATE campaign_contacts AS cc SET status = 'unsubscribed', completed_at = coalesce(cc.completed_at, ${now})
    FROM contacts AS c, contacts AS x
    WHERE c.id = ${contactId}::uuid
      AND (x.id = c.id OR (c.email IS NOT NULL AND public.normalize_email(x.email) = public.normalize_email(c.email)))
      AND cc.contact_id = x.id AND cc.status IN ('queued', 'in_progress', 'waiting', 'paused')`);
  await db.exec(sql`
    UPDATE contacts AS x SET global_status = 'do_not_contact', status = 'unsubscribed', eligible_for_outreach = false, updated_at = now()
    FROM contacts AS c
    WHERE c.id = ${contactId}::uuid
      AND (x.id = c.id OR (c.email IS NOT NULL AND public.normalize_email(x.email) = public.normalize_email(c.email)))`);
}

interface ExpiredRow {
  id: string;
  campaign_id: string;
  campaign_contact_id: string | null;
  contact_id: string;
  account_id: string | null;
  offer_id: string;
  channel: string;
  sequence_step: number | null;
  subject: string | null;
  body: string;
  attempts: number;
  email: string | null;
  linkedin_url: string | null;
  attempt_status: string | null;
  idempotency_key: string | null;
}

export interface ReclaimResult {
  requeued: number;
  review: number;
  settled: number;
}

/**
 * Items whose lease expired: back to pending when no provider call started; otherwise settled by
 * asking the provider (when it can look up a key) or set aside for review.
 */
export async function reclaimExpired(provider: SendProvider, s: QueueSettings, limit = 100): Promise<ReclaimResult> {
  const result: ReclaimResult = { requeued: 0, review: 0, settled: 0 };
  const toSettle: { row: ExpiredRow; sent: SendResult }[] = [];
  await withTransaction(async (db) => {
    const now = s.now();
    const rows = await db.query<ExpiredRow>(sql`
      SELECT sq.id, sq.campaign_id, sq.campaign_contact_id, sq.contact_id, sq.account_id, c.offer_id, sq.channel, sq.sequence_step,
        sq.subject, sq.body, sq.attempts, co.email, co.linkedin_url, a.status AS attempt_status, a.idempotency_key
      FROM send_queue AS sq
      JOIN campaigns AS c ON c.id = sq.campaign_id
      JOIN contacts AS co ON co.id = sq.contact_id
      LEFT JOIN send_attempts AS a ON a.send_queue_id = sq.id AND a.attempt = sq.attempts
      WHERE sq.status = 'processing' AND sq.lease_expires_at < ${now}
      ORDER BY sq.lease_expires_at
      LIMIT ${limit}
      FOR UPDATE OF sq SKIP LOCKED`);
    for (const row of rows) {
      const started = row.attempt_status === 'started';
      if (started && provider.lookup) {
        const found = await provider.lookup(row.idempotency_key!);
        if (found) {
          toSettle.push({ row, sent: found });
          // Left processing under a fresh lease of ours until finishSuccess records the send.
          await db.exec(sql`
            UPDATE send_queue SET locked_by = ${s.workerId}, lease_expires_at = ${new Date(now.getTime() + s.leaseMs)}
            WHERE id = ${row.id}::uuid`);
          continue;
        }
        // The provider never got it: the attempt failed, the item may go again.
        await db.exec(sql`
          UPDATE send_attempts SET status = 'failed', error = 'not received by the provider (worker died)', finished_at = ${now}
          WHERE idempotency_key = ${row.idempotency_key}`);
      }
      if (started && !provider.lookup) {
        await db.exec(sql`
          UPDATE send_attempts SET status = 'unknown', error = 'worker died during the provider call', finished_at = ${now}
          WHERE idempotency_key = ${row.idempotency_key}`);
        await db.exec(sql`
          UPDATE send_queue SET status = 'review', locked_by = NULL, lease_expires_at = NULL,
            last_error = 'outcome unknown: the worker died during the provider call', updated_at = now()
          WHERE id = ${row.id}::uuid`);
        await recordEvent(db, row, 'failed', { reason: 'outcome_unknown', review: true, attempt: row.attempts }, now);
        result.review += 1;
        continue;
      }
      await db.exec(sql`
        UPDATE send_queue SET status = 'pending', locked_by = NULL, lease_expires_at = NULL, last_error = 'lease expired', updated_at = now()
        WHERE id = ${row.id}::uuid`);
      if (row.account_id) await releaseReservation(db, row.account_id, row.channel, now);
      await recordEvent(db, row, 'scheduled', { reason: 'lease_expired' }, now);
      result.requeued += 1;
    }
  });
  for (const { row, sent } of toSettle) {
    const ok = await finishSuccess(
      {
        id: row.id,
        campaignId: row.campaign_id,
        campaignContactId: row.campaign_contact_id,
        contactId: row.contact_id,
        accountId: row.account_id!,
        offerId: row.offer_id,
        channel: row.channel,
        sequenceStep: row.sequence_step ?? 1,
        subject: row.subject,
        body: row.body,
        contactEmail: row.email,
        contactLinkedinUrl: row.linkedin_url,
      },
      { attempt: row.attempts, key: row.idempotency_key! },
      sent,
      s,
    );
    if (ok) result.settled += 1;
  }
  return result;
}

