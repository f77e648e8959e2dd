// Provider events (POST /webhooks/:provider): delivered, opened, clicked, replied (with text),
// bounced, unsubscribed, spam. The body is signed with WEBHOOK_SECRET (src/modules/auth/webhook.ts)
// and is JSON:
//   { "id": "<provider event id>", "type": "replied", "message_id": "<provider message id>",
//     "occurred_at": "2026-…Z", "reply_text": "…", "sentiment": "positive", "bounce_type": "hard",
//     "url": "…" }
// `send_queue_id` may be given instead of `message_id`. The event is stored once per (provider,
// id): a redelivery changes nothing and answers `duplicate: true`. Each event updates the
// message, enrolment, contact, outreach history, account, campaign and offer in one transaction
// and reaches the lifecycle (funnel ingestion). Replies stop the contact's sequence; hard
// bounces, unsubscribes and spam complaints suppress (queue.service.ts suppressContact).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { verifyWebhook, WEBHOOK_SIGNATURE_HEADER } from '../auth/webhook.js';
import { ingestMessageEvent, LIFECYCLE_MESSAGE_EVENTS } from '../funnel/outreach.service.js';
import { transaction } from '../funnel/funnel.service.js';
import { suppressContact } from './worker/queue.service.js';
import { sql, withTransaction } from './worker/sql.js';

export const WEBHOOK_PATH_PREFIX = '/webhooks/';
const MAX_WEBHOOK_BYTES = 1_000_000;

export const webhookEventSchema = z
  .object({
    id: z.string().min(1).max(200),
    type: z.enum(['delivered', 'opened', 'clicked', 'replied', 'bounced', 'unsubscribed', 'spam']),
    message_id: z.string().min(1).max(500).optional(),
    send_queue_id: z.uuid().optional(),
    occurred_at: z.iso.datetime({ offset: true }).optional(),
    reply_text: z.string().max(100_000).optional(),
    sentiment: z.enum(['positive', 'negative', 'neutral', 'question', 'ooo', 'auto', 'unsubscribe']).optional(),
    bounce_type: z.enum(['hard', 'soft']).optional(),
    url: z.string().max(2000).optional(),
  })
  .refine((e) => e.message_id || e.send_queue_id, { message: 'message_id or send_queue_id is required' });

export type WebhookEvent = z.infer<typeof webhookEventSchema>;

export interface WebhookOutcome {
  status: 'recorded' | 'duplicate' | 'unknown_message';
  eventId?: string;
}

interface ItemRow {
  id: string;
  campaign_id: string;
  campaign_contact_id: string | null;
  contact_id: string;
  account_id: string | null;
  offer_id: string;
}

/** Applies one provider event; idempotent on (provider, event id). */
export async function handleProviderEvent(provider: string, e: WebhookEvent, now: Date = new Date()): Promise<WebhookOutcome> {
  const outcome = await withTransaction(async (db): Promise<WebhookOutcome & { ingest?: boolean }> => {
    const at = e.occurred_at ? new Date(e.occurred_at) : now;
    const items = await db.query<ItemRow>(sql`
      SELECT sq.id, sq.campaign_id, sq.campaign_contact_id, sq.contact_id, sq.account_id, c.offer_id
      FROM send_queue AS sq JOIN campaigns AS c ON c.id = sq.campaign_id
      WHERE ${e.send_queue_id ?? null}::uuid IS NOT NULL AND sq.id = ${e.send_queue_id ?? null}::uuid
         OR ${e.message_id ?? null}::text IS NOT NULL AND sq.external_message_id = ${e.message_id ?? null}::text
      LIMIT 1`);
    const item = items[0];
    if (!item) return { status: 'unknown_message' };
    // Lock order: the campaign before queue rows (see queue.service.ts).
    await db.query(sql`SELECT id FROM campaigns WHERE id = ${item.campaign_id}::uuid FOR NO KEY UPDATE`);
    const sentiment = e.sentiment && !['auto', 'unsubscribe'].includes(e.sentiment) ? e.sentiment : null;
    const data: Record<string, unknown> = { provider_event_id: e.id };
    if (e.url) data.url = e.url;
    if (e.bounce_type) data.bounce_type = e.bounce_type;
    if (e.sentiment === 'auto') data.auto_reply = true;
    if (e.sentiment === 'unsubscribe') data.unsubscribe_request = true;
    const inserted = await db.query<{ id: string }>(sql`
      INSERT INTO message_events (send_queue_id, contact_id, campaign_id, account_id, event_type, event_data, reply_text,
        reply_sentiment, provider, provider_event_id, created_at)
      VALUES (${item.id}::uuid, ${item.contact_id}::uuid, ${item.campaign_id}::uuid, ${item.account_id}::uuid, ${e.type},
        ${JSON.stringify(data)}::jsonb, ${e.reply_text ?? null}, ${sentiment}, ${provider}, ${e.id}, ${at})
      ON CONFLICT (provider, provider_event_id) DO NOTHING
      RETURNING id`);
    const eventId = inserted[0]?.id;
    if (!eventId) return { status: 'duplicate' };

    switch (e.type) {
      case 'delivered': {
        await db.exec(sql`UPDATE send_queue SET status = 'delivered', updated_at = now() WHERE id = ${item.id}::uuid AND status = 'sent'`);
        const first = await db.exec(sql`
          UPDATE messages SET status = 'delivered' WHERE send_queue_id = ${item.id}::uuid AND status = 'sent'`);
        await db.exec(sql`UPDATE outreach_history SET status = 'delivered' WHERE send_queue_id = ${item.id}::uuid AND status = 'sent'`);
        if (first) {
          await db.exec(sql`UPDATE campaigns SET total_delivered = total_delivered + 1 WHERE id = ${item.campaign_id}::uuid`);
          if (item.account_id) await db.exec(sql`UPDATE accounts SET total_delivered = total_delivered + 1 WHERE id = ${item.account_id}::uuid`);
        }
        break;
      }
      case 'opened':
      case 'clicked': {
        const opened = e.type === 'opened';
        const first = opened
          ? await db.exec(sql`
              UPDATE messages SET opened_at = ${at}, status = CASE WHEN status IN ('sent', 'delivered') THEN 'opened' ELSE status END
              WHERE send_queue_id = ${item.id}::uuid AND opened_at IS NULL`)
          : await db.exec(sql`
              UPDATE messages SET clicked_at = ${at}, opened_at = coalesce(opened_at, ${at}),
                status = CASE WHEN status IN ('sent', 'delivered', 'opened') THEN 'clicked' ELSE status END
              WHERE send_queue_id = ${item.id}::uuid AND clicked_at IS NULL`);
        if (item.campaign_contact_id) {
          if (opened) await db.exec(sql`UPDATE campaign_contacts SET opened = true WHERE id = ${item.campaign_contact_id}::uuid`);
          else await db.exec(sql`UPDATE campaign_contacts SET clicked = true, opened = true WHERE id = ${item.campaign_contact_id}::uuid`);
        }
        if (first) {
          if (opened) {
            await db.exec(sql`
              UPDATE campaigns SET total_opened = total_opened + 1, open_rate = public.rate_percent(total_opened + 1, total_sent)
              WHERE id = ${item.campaign_id}::uuid`);
          } else {
            await db.exec(sql`UPDATE campaigns SET total_clicked = total_clicked + 1 WHERE id = ${item.campaign_id}::uuid`);
          }
        }
        break;
      }
      case 'replied': {
        if (e.sentiment === 'unsubscribe') {
          await suppressContact(db, item.contact_id, 'unsubscribed', at);
        } else if (e.sentiment !== 'auto' && e.sentiment !== 'ooo') {
          // The sequence stops: this enrolment's later steps are cancelled.
          await db.exec(sql`
            UPDATE send_queue SET status = 'cancelled', last_error = 'replied', updated_at = now()
            WHERE campaign_id = ${item.campaign_id}::uuid AND contact_id = ${item.contact_id}::uuid
              AND status IN ('pending', 'scheduled', 'held')`);
        }
        await db.exec(sql`
          UPDATE messages SET replied_at = coalesce(replied_at, ${at}), reply_text = ${e.reply_text ?? null},
            reply_sentiment = ${sentiment}, status = 'replied'
          WHERE send_queue_id = ${item.id}::uuid`);
        await db.exec(sql`
          UPDATE outreach_history SET status = 'replied', replied_at = coalesce(replied_at, ${at}), reply_sentiment = ${sentiment}
          WHERE send_queue_id = ${item.id}::uuid`);
        if (e.sentiment === 'auto' || e.sentiment === 'ooo') break;
        let firstReply = false;
        if (item.campaign_contact_id) {
          const r = await db.query<{ was: boolean }>(sql`
            WITH before AS (SELECT id, replied FROM campaign_contacts WHERE id = ${item.campaign_contact_id}::uuid FOR UPDATE)
            UPDATE campaign_contacts AS cc SET replied = true, reply_sentiment = ${sentiment},
              status = CASE WHEN cc.status IN ('unsubscribed', 'bounced', 'meeting') THEN cc.status ELSE 'replied' END,
              completed_at = coalesce(cc.completed_at, ${at})
            FROM before WHERE cc.id = before.id
            RETURNING before.replied AS was`);
          firstReply = r[0] ? !r[0].was : false;
        }
        await db.exec(sql`
          UPDATE contacts SET global_last_reply_at = greatest(global_last_reply_at, ${at}),
            global_status = CASE WHEN global_status = 'do_not_contact' THEN global_status ELSE 'replied' END,
            status = CASE WHEN status IN ('unsubscribed', 'bounced', 'meeting', 'converted') THEN status ELSE 'replied' END,
            updated_at = now()
          WHERE id = ${item.contact_id}::uuid`);
        if (firstReply) {
          const positive = sentiment === 'positive' ? 1 : 0;
          await db.exec(sql`
            UPDATE campaigns SET total_replied = total_replied + 1, total_positive_replies = total_positive_replies + ${positive},
              reply_rate = public.rate_percent(total_replied + 1, contacts_sent),
              positive_reply_rate = public.rate_percent(total_positive_replies + ${positive}, total_replied + 1)
            WHERE id = ${item.campaign_id}::uuid`);
          await db.exec(sql`UPDATE offers SET total_replies = total_replies + 1 WHERE id = ${item.offer_id}::uuid`);
        }
        if (item.account_id) await db.exec(sql`UPDATE accounts SET total_replies = total_replies + 1 WHERE id = ${item.account_id}::uuid`);
        break;
      }
      case 'bounced': {
        if (e.bounce_type === 'soft') break;
        await db.exec(sql`UPDATE send_queue SET status = 'bounced', updated_at = now() WHERE id = ${item.id}::uuid AND status IN ('sent', 'delivered')`);
        await db.exec(sql`UPDATE messages SET status = 'bounced' WHERE send_queue_id = ${item.id}::uuid`);
        await db.exec(sql`UPDATE outreach_history SET status = 'bounced' WHERE send_queue_id = ${item.id}::uuid`);
        await suppressContact(db, item.contact_id, 'bounced', at);
        if (item.account_id) await db.exec(sql`UPDATE accounts SET total_bounced = total_bounced + 1 WHERE id = ${item.account_id}::uuid`);
        break;
      }
      case 'unsubscribed':
      case 'spam': {
        if (e.type === 'spam') await db.exec(sql`UPDATE outreach_history SET status = 'spam' WHERE send_queue_id = ${item.id}::uuid`);
        await suppressContact(db, item.contact_id, e.type === 'spam' ? 'spam' : 'unsubscribed', at);
        break;
      }
    }
    return { status: 'recorded', eventId, ingest: (LIFECYCLE_MESSAGE_EVENTS as readonly string[]).includes(e.type) };
  });
  // The lifecycle (funnel engine, on Prisma) hears of it right after the commit; ingestion is
  // idempotent, and the funnel sweep's reconcileOutreach catches an event missed by a crash here.
  if (outcome.ingest && outcome.eventId) await transaction((tx) => ingestMessageEvent(tx, outcome.eventId!));
  return { status: outcome.status, eventId: outcome.eventId };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_WEBHOOK_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The HTTP endpoint: POST /webhooks/:provider with a signed JSON body. */
export async function serveWebhook(config: Config, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  const provider = path.slice(WEBHOOK_PATH_PREFIX.length);
  if (req.method !== 'POST') return send(res, 405, { error: 'POST only' });
  if (!/^[a-z0-9_-]{1,40}$/.test(provider)) return send(res, 404, { error: 'unknown provider' });
  const body = await readBody(req);
  if (!body) return send(res, 413, { error: 'body too large' });
  const verdict = verifyWebhook(config, body, req.headers[WEBHOOK_SIGNATURE_HEADER] as string | undefined);
  if (!verdict.ok) return send(res, 401, { error: 'invalid signature' });
  let parsed: WebhookEvent;
  try {
    parsed = webhookEventSchema.parse(JSON.parse(body.toString('utf8')));
  } catch (error) {
    const message = error instanceof z.ZodError ? error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') : 'invalid JSON';
    return send(res, 400, { error: message });
  }
  const outcome = await handleProviderEvent(provider, parsed);
  // An event for a message we do not know is acknowledged (a retry would not help) but says so.
  return send(res, 200, { ok: true, ...outcome });
}
