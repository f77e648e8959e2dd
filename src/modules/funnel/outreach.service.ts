// Outreach engagement reaches the lifecycle: a public.message_events row (opened, clicked,
// replied, bounced, unsubscribed, spam) becomes an engagement event of the person behind the
// contact (found by normalized email: personIdForEmail; created as a SUSPECT when new).
//
// - ingestMessageEvent(tx, id): for the sending worker, inside the transaction that writes the
//   message event, so both commit or neither does.
// - reconcileOutreach(now): for the sweep, so rows written by plain SQL are not lost.
// Both are idempotent: the engagement event's source is ('outreach', message event id), and its
// hash is unique.
import type { Tx } from '../../db.js';
import { ensurePerson, ingest, type IngestResult, transaction } from './funnel.service.js';
import type { EngagementKind, FunnelSettings, ReplySentiment } from './funnel.rules.js';
import { funnelSettings } from './funnel.settings.js';

export const SOURCE_OUTREACH = 'outreach';

/** Message event types the lifecycle reads; the others (queued, sent, delivered…) move nobody. */
export const LIFECYCLE_MESSAGE_EVENTS = ['opened', 'clicked', 'replied', 'bounced', 'unsubscribed', 'spam'] as const;

interface MessageEventRow {
  id: string;
  send_queue_id: string;
  contact_id: string;
  campaign_id: string;
  event_type: string;
  event_data: Record<string, unknown> | null;
  reply_sentiment: string | null;
  created_at: Date;
  email: string | null;
  company_domain: string | null;
  offer_id: string;
}

/** The engagement a message event is, or null when the lifecycle ignores it. */
export function messageEventKind(
  row: Pick<MessageEventRow, 'event_type' | 'event_data' | 'reply_sentiment'>,
): { kind: EngagementKind; sentiment?: ReplySentiment } | null {
  const data = row.event_data ?? {};
  switch (row.event_type) {
    case 'opened':
      return { kind: 'open' };
    case 'clicked':
      return { kind: 'click' };
    case 'replied': {
      if (data.auto_reply === true) return { kind: 'reply', sentiment: 'auto' };
      if (data.unsubscribe_request === true) return { kind: 'reply', sentiment: 'unsubscribe' };
      // A reply not classified yet is taken as neutral (a person answered).
      const sentiment = (row.reply_sentiment ?? 'neutral') as ReplySentiment;
      return { kind: 'reply', sentiment };
    }
    case 'bounced':
      // Soft bounces are delivery trouble, not an invalid address.
      return data.bounce_type === 'soft' ? null : { kind: 'hard_bounce' };
    case 'unsubscribed':
      return { kind: 'unsubscribe' };
    case 'spam':
      return { kind: 'spam_complaint' };
    default:
      return null;
  }
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

/**
 * Ingests one message event into the lifecycle of the person behind its contact, in the caller's
 * transaction. Returns null when the lifecycle ignores it (a type it does not read, a soft
 * bounce, a contact without an email); a second call for the same row is a duplicate that
 * changes nothing.
 */
export async function ingestMessageEvent(
  tx: Tx,
  messageEventId: string,
  s: FunnelSettings = funnelSettings(),
): Promise<IngestResult | null> {
  const rows = await tx.$queryRaw<MessageEventRow[]>`
    SELECT me.id, me.send_queue_id, me.contact_id, me.campaign_id, me.event_type, me.event_data, me.reply_sentiment,
      me.created_at, c.email, COALESCE(co.domain, co.url) AS company_domain, c.offer_id
    FROM public.message_events AS me
    JOIN public.contacts AS c ON c.id = me.contact_id
    JOIN public.companies AS co ON co.id = c.company_id
    WHERE me.id = ${messageEventId}::uuid`;
  const row = rows[0];
  if (!row || !row.email?.trim()) return null;
  const what = messageEventKind(row);
  if (!what) return null;
  const data = row.event_data ?? {};
  const at = row.created_at;
  const { person } = await ensurePerson(tx, { email: row.email, companyDomain: row.company_domain, source: SOURCE_OUTREACH }, at);
  return ingest(
    tx,
    person,
    {
      kind: what.kind,
      at,
      sentiment: what.sentiment,
      // A click without its link counts once per send per day.
      url: what.kind === 'click' ? (text(data.url) ?? text(data.link) ?? `send:${row.send_queue_id}`) : null,
      linkType: text(data.link_type),
      sendId: row.send_queue_id,
      sourceSystem: SOURCE_OUTREACH,
      sourceCampaignId: row.campaign_id,
      sourceEmailId: row.id,
      metadata: {
        message_event_id: row.id,
        contact_id: row.contact_id,
        campaign_id: row.campaign_id,
        offer_id: row.offer_id,
      },
    },
    s,
  );
}

/**
 * Ingests the lifecycle-relevant message events of the last `lookbackDays` (up to `now`) that
 * have no engagement event yet, oldest first, each in its own transaction. Returns how many were
 * ingested. Safe alongside ingestMessageEvent and other sweeps (duplicates change nothing).
 */
export async function reconcileOutreach(
  now: Date,
  options: { limit: number; lookbackDays: number },
  s: FunnelSettings = funnelSettings(),
): Promise<number> {
  const pending = await transaction((tx) =>
    tx.$queryRaw<{ id: string }[]>`
      SELECT me.id
      FROM public.message_events AS me
      JOIN public.contacts AS c ON c.id = me.contact_id
      WHERE me.event_type IN ('opened', 'clicked', 'replied', 'bounced', 'unsubscribed', 'spam')
        AND NOT (me.event_type = 'bounced' AND me.event_data ->> 'bounce_type' = 'soft')
        AND me.created_at > ${now}::timestamptz - make_interval(days => ${options.lookbackDays}::int)
        AND me.created_at <= ${now}::timestamptz
        AND c.email IS NOT NULL AND btrim(c.email) <> ''
        AND NOT EXISTS (
          SELECT 1 FROM funnel.engagement_events AS e
          WHERE e.source_email_id = me.id::text AND e.source_system = ${SOURCE_OUTREACH})
      ORDER BY me.created_at, me.id
      LIMIT ${options.limit}`,
  );
  let ingested = 0;
  for (const { id } of pending) {
    const r = await transaction((tx) => ingestMessageEvent(tx, id, s));
    if (r && !r.duplicate) ingested += 1;
  }
  return ingested;
}
