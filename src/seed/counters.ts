// Denormalized counters, computed from the raw rows with set-based UPDATEs once everything is
// written, so offers, campaigns, accounts, contacts, companies and tools show exactly what the
// rows underneath say. "Now" is the seed's now (a parameter), not the clock, so reruns agree.
//
// Definitions (the ones the dashboards use):
// - campaigns: the definitions of public.campaign_metrics() (sql-objects): message counts count
//   messages that went out (status sent, delivered, opened, clicked or replied): total_sent,
//   contacts_sent (distinct enrolments), total_delivered, total_opened, total_clicked and
//   first/last_send_at; replies, positive replies and meetings count enrolments;
//   contacts_remaining = enrolments queued, in progress, waiting or paused; rates in percent.
// - offers: companies, contacts, and the sums of their campaigns' sends, replies and meetings.
// - accounts: sends (outreach_history, bounces included), delivered, bounced, replies (outreach
//   status 'replied'), rates, and today's emails / connections / messages: the account day is the
//   UTC day, as in account_today_count().
// - contacts: per-row contact_count / last_contacted_at / already_contacted; per person (normalized
//   email) global_contact_count, global_last_contacted_at, global_last_reply_at, global_status
//   (do_not_contact after an unsubscribe or spam complaint, replied after a reply, cooling_off
//   within 60 days of the last send, else available), eligible_for_outreach, and email_status
//   'invalid' after a hard bounce.
import type pg from 'pg';

export async function updateCounters(client: pg.ClientBase, now: number): Promise<void> {
  const nowTs = new Date(now).toISOString();

  await client.query(
    `UPDATE public.contacts c
        SET contact_count = x.n, last_contacted_at = x.last, already_contacted = true
       FROM (SELECT contact_id, count(*)::int AS n, max(sent_at) AS last
               FROM public.outreach_history GROUP BY contact_id) x
      WHERE c.id = x.contact_id`,
  );

  await client.query(`DROP TABLE IF EXISTS pg_temp.seed_person_outreach`);
  await client.query(
    `CREATE TEMP TABLE seed_person_outreach AS
     SELECT o.e, o.n, o.last, o.last_reply, o.replied, o.bounced, coalesce(d.dnc, false) AS dnc
       FROM (SELECT contact_email AS e, count(*)::int AS n, max(sent_at) AS last, max(replied_at) AS last_reply,
                    bool_or(status = 'replied') AS replied, bool_or(status = 'bounced') AS bounced
               FROM public.outreach_history GROUP BY contact_email) o
       LEFT JOIN (SELECT DISTINCT lower(btrim(c.email)) AS e, true AS dnc
                    FROM public.message_events me JOIN public.contacts c ON c.id = me.contact_id
                   WHERE me.event_type IN ('unsubscribed', 'spam')) d ON d.e = o.e`,
  );
  await client.query(`CREATE INDEX ON seed_person_outreach (e)`);
  await client.query(`ANALYZE seed_person_outreach`);
  await client.query(
    `UPDATE public.contacts c
        SET global_contact_count = p.n,
            global_last_contacted_at = p.last,
            global_last_reply_at = p.last_reply,
            global_status = CASE WHEN p.dnc THEN 'do_not_contact' WHEN p.replied THEN 'replied'
                                 WHEN p.last > $1::timestamptz - interval '60 days' THEN 'cooling_off' ELSE 'available' END,
            email_status = CASE WHEN p.bounced THEN 'invalid' ELSE c.email_status END,
            eligible_for_outreach = NOT p.dnc AND NOT p.replied AND NOT p.bounced
                                    AND p.last <= $1::timestamptz - interval '60 days'
                                    AND c.email_status IS DISTINCT FROM 'invalid'
       FROM seed_person_outreach p
      WHERE lower(btrim(c.email)) = p.e`,
    [nowTs],
  );
  await client.query(`DROP TABLE seed_person_outreach`);

  await client.query(
    `UPDATE public.campaigns c SET
        total_contacts = coalesce(cc.total, 0),
        contacts_sent = coalesce(m.contacts_sent, 0),
        contacts_remaining = coalesce(cc.remaining, 0),
        total_sent = coalesce(m.sent, 0),
        total_delivered = coalesce(m.delivered, 0),
        total_opened = coalesce(m.opened, 0),
        total_clicked = coalesce(m.clicked, 0),
        total_replied = coalesce(cc.replied, 0),
        total_positive_replies = coalesce(cc.positive, 0),
        total_meetings = coalesce(cc.meetings, 0),
        open_rate = round(coalesce(m.opened, 0) * 100.0 / nullif(m.sent, 0), 2),
        reply_rate = round(coalesce(cc.replied, 0) * 100.0 / nullif(m.contacts_sent, 0), 2),
        positive_reply_rate = round(coalesce(cc.positive, 0) * 100.0 / nullif(cc.replied, 0), 2),
        meeting_rate = round(coalesce(cc.meetings, 0) * 100.0 / nullif(m.contacts_sent, 0), 2),
        first_send_at = m.first_at,
        last_send_at = m.last_at
       FROM public.campaigns c0
       LEFT JOIN (SELECT campaign_id, count(*)::int AS total,
                         count(*) FILTER (WHERE status IN ('queued', 'in_progress', 'waiting', 'paused'))::int AS remaining,
                         count(*) FILTER (WHERE replied)::int AS replied,
                         count(*) FILTER (WHERE replied AND reply_sentiment = 'positive')::int AS positive,
                         count(*) FILTER (WHERE meeting_booked)::int AS meetings
                    FROM public.campaign_contacts GROUP BY campaign_id) cc ON cc.campaign_id = c0.id
       LEFT JOIN (SELECT cc.campaign_id,
                         count(DISTINCT m.campaign_contact_id)::int AS contacts_sent,
                         count(*)::int AS sent,
                         count(*) FILTER (WHERE m.status IN ('delivered', 'opened', 'clicked', 'replied'))::int AS delivered,
                         count(*) FILTER (WHERE m.opened_at IS NOT NULL OR m.status IN ('opened', 'clicked', 'replied'))::int AS opened,
                         count(*) FILTER (WHERE m.clicked_at IS NOT NULL OR m.status = 'clicked')::int AS clicked,
                         min(m.sent_at) AS first_at, max(m.sent_at) AS last_at
                    FROM public.messages m JOIN public.campaign_contacts cc ON cc.id = m.campaign_contact_id
                   WHERE m.status IN ('sent', 'delivered', 'opened', 'clicked', 'replied')
                   GROUP BY cc.campaign_id) m ON m.campaign_id = c0.id
      WHERE c.id = c0.id`,
  );

  await client.query(
    `UPDATE public.offers o SET
        total_companies = coalesce((SELECT count(*) FROM public.companies x WHERE x.offer_id = o.id), 0),
        total_contacts = coalesce((SELECT count(*) FROM public.contacts x WHERE x.offer_id = o.id), 0),
        total_sent = coalesce((SELECT sum(total_sent) FROM public.campaigns x WHERE x.offer_id = o.id), 0),
        total_replies = coalesce((SELECT sum(total_replied) FROM public.campaigns x WHERE x.offer_id = o.id), 0),
        total_meetings = coalesce((SELECT sum(total_meetings) FROM public.campaigns x WHERE x.offer_id = o.id), 0)`,
  );

  await client.query(
    `WITH z AS (SELECT a.id, 'UTC' AS zone FROM public.accounts a),
          oh AS (SELECT oh.account_id, count(*)::int AS sent,
                        count(*) FILTER (WHERE oh.status = 'bounced')::int AS bounced,
                        count(*) FILTER (WHERE oh.status = 'replied')::int AS replies,
                        count(*) FILTER (WHERE oh.status = 'spam')::int AS spam,
                        count(*) FILTER (WHERE oh.channel = 'email' AND oh.sent_at >= (date_trunc('day', $1::timestamptz AT TIME ZONE z.zone) AT TIME ZONE z.zone))::int AS today_emails,
                        count(*) FILTER (WHERE oh.channel = 'linkedin_connect' AND oh.sent_at >= (date_trunc('day', $1::timestamptz AT TIME ZONE z.zone) AT TIME ZONE z.zone))::int AS today_connections,
                        count(*) FILTER (WHERE oh.channel IN ('linkedin_dm', 'linkedin_inmail') AND oh.sent_at >= (date_trunc('day', $1::timestamptz AT TIME ZONE z.zone) AT TIME ZONE z.zone))::int AS today_messages,
                        max(oh.sent_at) FILTER (WHERE oh.sent_at >= (date_trunc('day', $1::timestamptz AT TIME ZONE z.zone) AT TIME ZONE z.zone)) AS today_last
                   FROM public.outreach_history oh JOIN z ON z.id = oh.account_id GROUP BY oh.account_id),
          me AS (SELECT account_id, count(DISTINCT send_queue_id)::int AS delivered
                   FROM public.message_events WHERE event_type = 'delivered' GROUP BY account_id)
     UPDATE public.accounts a SET
        total_sent = coalesce(oh.sent, 0),
        total_delivered = coalesce(me.delivered, 0),
        total_bounced = coalesce(oh.bounced, 0),
        total_replies = coalesce(oh.replies, 0),
        bounce_rate = round(coalesce(oh.bounced, 0)::numeric / nullif(oh.sent, 0) * 100, 2),
        spam_rate = round(coalesce(oh.spam, 0)::numeric / nullif(oh.sent, 0) * 100, 2),
        reply_rate = round(coalesce(oh.replies, 0)::numeric / nullif(oh.sent, 0) * 100, 2),
        today_emails = coalesce(oh.today_emails, 0),
        today_connections = coalesce(oh.today_connections, 0),
        today_messages = coalesce(oh.today_messages, 0),
        today_last_action_at = oh.today_last
       FROM public.accounts a0
       LEFT JOIN oh ON oh.account_id = a0.id
       LEFT JOIN me ON me.account_id = a0.id
      WHERE a.id = a0.id`,
    [nowTs],
  );

  // Company rows follow the best outcome among their contacts.
  await client.query(
    `UPDATE public.companies co SET status = x.status
       FROM (SELECT c.company_id,
                    CASE WHEN bool_or(c.status = 'converted') THEN 'converted'
                         WHEN bool_or(c.status = 'meeting') THEN 'meeting'
                         WHEN bool_or(cc.replied AND cc.reply_sentiment IN ('positive', 'neutral', 'question')) THEN 'responded'
                         WHEN bool_or(cc.replied) THEN 'rejected'
                         WHEN bool_or(c.contact_count > 0) THEN 'contacted'
                    END AS status
               FROM public.contacts c LEFT JOIN public.campaign_contacts cc ON cc.contact_id = c.id
              GROUP BY c.company_id) x
      WHERE co.id = x.company_id AND x.status IS NOT NULL AND co.status <> 'disqualified'`,
  );

  await client.query(
    `UPDATE public.tools t SET
        total_requests = coalesce(u.n, 0),
        total_credits_used = coalesce(u.credits, 0),
        last_success_at = u.last_success,
        last_error_at = u.last_error_at,
        last_error = u.last_error
       FROM public.tools t0
       LEFT JOIN (SELECT tool_id, count(*)::int AS n, sum(credits_used)::int AS credits,
                         max(created_at) FILTER (WHERE status = 'success') AS last_success,
                         max(created_at) FILTER (WHERE status <> 'success') AS last_error_at,
                         (array_agg(error_message ORDER BY created_at DESC) FILTER (WHERE status <> 'success'))[1] AS last_error
                    FROM public.tool_usage GROUP BY tool_id) u ON u.tool_id = t0.id
      WHERE t.id = t0.id`,
  );
}
