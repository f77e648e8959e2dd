-- Views: the dashboards of the offer document (public) and the reporting views of the funnel
-- document (FUNNEL_SCHEMA.md "Views"), corrected so that they run and show what the raw rows say.
--
-- DOMAIN.md defects fixed here:
-- - offer_dashboard no longer multiplies campaign sums by joining companies and contacts in the
--   same query: each aggregate comes from its own subquery, from the raw rows;
-- - offer_dashboard and campaign_performance no longer repeat column names (computed columns have
--   names of their own, or the columns are listed);
-- - "today" of a campaign is the day in the campaign's own time zone (todays_schedule), not the
--   server's CURRENT_DATE; days and months of accounts and funnel reports are UTC days, never the
--   session's time zone;
-- - paused or cancelled campaigns show no queued sends in the send queues (todays_queue,
--   todays_schedule);
-- - account views use the warm-up aware caps and can_account_send (warming accounts can send,
--   health below 30 cannot), and "today" counters that belong to an earlier day count as 0;
-- - contacts_ready applies the 60-day rule from outreach_history (so eligibility comes back by
--   itself) and leaves out do-not-contact people, matched across offers by normalized email or
--   LinkedIn URL;
-- - leads_for_review and activity_feed no longer multiply rows (queue items are matched to their
--   enrolment; a sent queue item appears once, as its outreach_history row);
-- - "upcoming" and "recent" are computed at read time (NOW() in a view, never in an index).

-- ───────────────────────────── public: dashboards ─────────────────────────────

-- One row per offer: its columns (total_* are the stored, denormalized counters) and the same
-- numbers counted from the raw rows, each in its own subquery. Sends, replies and meetings count
-- campaign contacts (enrolments) as campaign_metrics does, so an offer's numbers are the sums of
-- its campaigns'.
CREATE VIEW public.offer_dashboard AS
SELECT
  o.*,
  COALESCE(companies.company_count, 0) AS company_count,
  COALESCE(contacts.contact_count, 0) AS contact_count,
  COALESCE(campaigns.campaign_count, 0) AS campaign_count,
  COALESCE(sends.sent_count, 0) AS sent_count,
  COALESCE(sends.contacts_reached, 0) AS contacts_reached,
  COALESCE(enrolments.reply_count, 0) AS reply_count,
  COALESCE(enrolments.positive_reply_count, 0) AS positive_reply_count,
  COALESCE(enrolments.meeting_count, 0) AS meeting_count,
  public.rate_percent(enrolments.reply_count, sends.contacts_reached) AS reply_rate
FROM public.offers AS o
LEFT JOIN (
  SELECT x.offer_id, count(*)::integer AS company_count FROM public.companies AS x GROUP BY x.offer_id
) AS companies ON companies.offer_id = o.id
LEFT JOIN (
  SELECT x.offer_id, count(*)::integer AS contact_count FROM public.contacts AS x GROUP BY x.offer_id
) AS contacts ON contacts.offer_id = o.id
LEFT JOIN (
  SELECT x.offer_id, count(*)::integer AS campaign_count FROM public.campaigns AS x GROUP BY x.offer_id
) AS campaigns ON campaigns.offer_id = o.id
LEFT JOIN (
  SELECT ca.offer_id, count(*)::integer AS sent_count, count(DISTINCT m.campaign_contact_id)::integer AS contacts_reached
  FROM public.messages AS m
  JOIN public.campaign_contacts AS cc ON cc.id = m.campaign_contact_id
  JOIN public.campaigns AS ca ON ca.id = cc.campaign_id
  WHERE public.message_was_sent(m.status)
  GROUP BY ca.offer_id
) AS sends ON sends.offer_id = o.id
LEFT JOIN (
  SELECT ca.offer_id,
    (count(*) FILTER (WHERE cc.replied))::integer AS reply_count,
    (count(*) FILTER (WHERE cc.replied AND cc.reply_sentiment = 'positive'))::integer AS positive_reply_count,
    (count(*) FILTER (WHERE cc.meeting_booked))::integer AS meeting_count
  FROM public.campaign_contacts AS cc
  JOIN public.campaigns AS ca ON ca.id = cc.campaign_id
  GROUP BY ca.offer_id
) AS enrolments ON enrolments.offer_id = o.id;

-- Contacts that may be enrolled for cold outreach now: the document's rules (ready or enriched,
-- no skip reason, not a 1st-degree connection, not yet contacted for this offer), plus:
-- eligible_for_outreach (a manual exclusion; nothing has to reset it), a way to reach them (an
-- email not known to be invalid, or a LinkedIn URL), the person is not do-not-contact in any offer,
-- and nobody sent to the person from any offer in the last 60 days (1440 hours), matched by
-- normalized email or LinkedIn URL. Eligibility therefore comes back by itself after 60 days.
CREATE VIEW public.contacts_ready AS
SELECT
  co.*,
  c.name AS company_name,
  c.domain AS company_domain,
  c.fit_score AS company_fit_score,
  o.name AS offer_name
FROM public.contacts AS co
JOIN public.companies AS c ON c.id = co.company_id
JOIN public.offers AS o ON o.id = co.offer_id
WHERE co.status IN ('ready', 'enriched')
  AND co.skip_reason IS NULL
  AND (co.connection_degree IS NULL OR co.connection_degree > 1)
  AND NOT co.already_contacted
  AND co.eligible_for_outreach
  AND co.global_status <> 'do_not_contact'
  AND ((co.email IS NOT NULL AND co.email_status IS DISTINCT FROM 'invalid') OR co.linkedin_url IS NOT NULL)
  AND NOT EXISTS (
    SELECT 1 FROM public.contacts AS x
    WHERE x.global_status = 'do_not_contact'
      AND public.normalize_email(x.email) = public.normalize_email(co.email))
  AND NOT EXISTS (
    SELECT 1 FROM public.contacts AS x
    WHERE x.global_status = 'do_not_contact'
      AND public.normalize_linkedin_url(x.linkedin_url) = public.normalize_linkedin_url(co.linkedin_url))
  AND NOT EXISTS (
    SELECT 1 FROM public.outreach_history AS h
    WHERE h.contact_id = co.id AND h.sent_at > now() - interval '1440 hours')
  AND NOT EXISTS (
    SELECT 1 FROM public.outreach_history AS h
    WHERE public.normalize_email(h.contact_email) = public.normalize_email(co.email)
      AND h.sent_at > now() - interval '1440 hours')
  AND NOT EXISTS (
    SELECT 1 FROM public.outreach_history AS h
    WHERE public.normalize_linkedin_url(h.contact_linkedin_url) = public.normalize_linkedin_url(co.linkedin_url)
      AND h.sent_at > now() - interval '1440 hours');

-- Every account with its effective limits now: today's counts (0 once their UTC day is over), the
-- warm-up aware daily caps (0 for actions the account type cannot perform), what remains, sends
-- in the last hour, and whether each action may go out now (can_account_send).
CREATE VIEW public.account_health AS
SELECT
  a.*,
  public.account_warmup_week(a.warming_started_at, now()) AS warmup_week,
  public.account_today_count(a, 'connections', now()) AS connections_today,
  public.account_today_count(a, 'messages', now()) AS messages_today,
  public.account_today_count(a, 'emails', now()) AS emails_today,
  caps.connections_cap AS effective_limit_connections,
  caps.messages_cap AS effective_limit_messages,
  caps.emails_cap AS effective_limit_emails,
  greatest(caps.connections_cap - public.account_today_count(a, 'connections', now()), 0) AS connections_remaining,
  greatest(caps.messages_cap - public.account_today_count(a, 'messages', now()), 0) AS messages_remaining,
  greatest(caps.emails_cap - public.account_today_count(a, 'emails', now()), 0) AS emails_remaining,
  public.account_sends_last_hour(a.id, now()) AS sends_last_hour,
  allowed.can_send_connection,
  allowed.can_send_message,
  allowed.can_send_email,
  (allowed.can_send_connection OR allowed.can_send_message OR allowed.can_send_email) AS can_send
FROM public.accounts AS a
CROSS JOIN LATERAL (
  SELECT
    public.account_row_daily_cap(a, 'connection_request', now()) AS connections_cap,
    public.account_row_daily_cap(a, 'message', now()) AS messages_cap,
    public.account_row_daily_cap(a, 'email', now()) AS emails_cap
) AS caps
CROSS JOIN LATERAL (
  SELECT
    public.can_account_send(a.id, 'connection_request') AS can_send_connection,
    public.can_account_send(a.id, 'message') AS can_send_message,
    public.can_account_send(a.id, 'email') AS can_send_email
) AS allowed;

-- The capacity summary of the document, on top of account_health so both show the same numbers.
CREATE VIEW public.account_capacity AS
SELECT
  h.id,
  h.name,
  h.type,
  h.health_score,
  h.status,
  h.daily_limit_emails,
  h.daily_limit_connections,
  h.daily_limit_messages,
  h.warmup_week,
  h.effective_limit_emails,
  h.effective_limit_connections,
  h.effective_limit_messages,
  h.emails_today AS today_emails,
  h.connections_today AS today_connections,
  h.messages_today AS today_messages,
  h.emails_remaining,
  h.connections_remaining,
  h.messages_remaining,
  h.sends_last_hour,
  h.hourly_limit,
  h.can_send AS can_send_now
FROM public.account_health AS h;

-- Campaign configuration with its metrics counted from the raw rows (campaign_metrics, the same
-- function update_campaign_metrics stores), rates included: no column appears twice.
CREATE VIEW public.campaign_performance AS
SELECT
  c.id,
  c.name,
  c.offer_id,
  o.name AS offer_name,
  c.channel,
  c.campaign_type,
  c.account_id,
  c.campaign_slug,
  c.status,
  c.send_window_start,
  c.send_window_end,
  c.send_days,
  c.timezone,
  m.total_contacts,
  m.contacts_sent,
  m.contacts_remaining,
  m.total_sent,
  m.total_delivered,
  m.total_opened,
  m.total_clicked,
  m.total_replied,
  m.total_positive_replies,
  m.total_meetings,
  m.open_rate,
  m.reply_rate,
  m.positive_reply_rate,
  m.meeting_rate,
  m.first_send_at,
  m.last_send_at,
  c.created_at,
  c.updated_at
FROM public.campaigns AS c
JOIN public.offers AS o ON o.id = c.offer_id
CROSS JOIN LATERAL public.campaign_metrics(c.id) AS m;

-- Planned messages that are due (pending, scheduled no later than now) in active campaigns, with
-- whether their account may perform the action now.
CREATE VIEW public.todays_queue AS
SELECT
  m.*,
  co.full_name AS contact_name,
  co.email AS contact_email,
  co.linkedin_url AS contact_linkedin,
  c.name AS company_name,
  camp.name AS campaign_name,
  a.name AS account_name,
  a.status AS account_status,
  public.can_account_send(m.account_id, COALESCE(m.action_type, m.channel)) AS account_can_send
FROM public.messages AS m
JOIN public.campaign_contacts AS cc ON cc.id = m.campaign_contact_id
JOIN public.campaigns AS camp ON camp.id = cc.campaign_id
JOIN public.contacts AS co ON co.id = m.contact_id
JOIN public.companies AS c ON c.id = co.company_id
JOIN public.accounts AS a ON a.id = m.account_id
WHERE m.status = 'pending'
  AND (m.scheduled_at IS NULL OR m.scheduled_at <= now())
  AND camp.status = 'active'
ORDER BY m.scheduled_at ASC NULLS FIRST, m.id;

-- One row per contact and enrolment (or per contact when not enrolled), with the enrolment's
-- next pending queue item (one, so several queued steps do not multiply the row).
CREATE VIEW public.leads_for_review AS
SELECT
  c.id AS contact_id,
  c.first_name,
  c.last_name,
  c.full_name,
  c.email,
  c.email_status,
  c.email_verified,
  c.email_verification_source,
  c.linkedin_url,
  c.title,
  c.connection_degree,
  c.global_status,
  c.global_last_contacted_at,
  c.global_contact_count,
  c.eligible_for_outreach,
  co.id AS company_id,
  co.name AS company_name,
  co.domain,
  co.size,
  co.industry,
  co.signals,
  co.fit_score,
  co.priority AS company_priority,
  co.source_tool,
  cc.id AS campaign_contact_id,
  cc.status AS campaign_status,
  cc.current_step,
  camp.id AS campaign_id,
  camp.name AS campaign_name,
  camp.campaign_type,
  sq.id AS queue_id,
  sq.scheduled_for,
  sq.status AS queue_status,
  sq.channel,
  a.name AS sending_account,
  a.health_score AS account_health
FROM public.contacts AS c
JOIN public.companies AS co ON co.id = c.company_id
LEFT JOIN public.campaign_contacts AS cc ON cc.contact_id = c.id
LEFT JOIN public.campaigns AS camp ON camp.id = cc.campaign_id
LEFT JOIN LATERAL (
  SELECT q.id, q.scheduled_for, q.status, q.channel, q.account_id
  FROM public.send_queue AS q
  WHERE q.contact_id = c.id
    AND q.status IN ('pending', 'scheduled')
    AND (cc.id IS NULL
      OR q.campaign_contact_id = cc.id
      OR (q.campaign_contact_id IS NULL AND q.campaign_id = cc.campaign_id))
  ORDER BY q.scheduled_for, q.id
  LIMIT 1
) AS sq ON true
LEFT JOIN public.accounts AS a ON a.id = sq.account_id;

-- Queue items due today, where "today" is the calendar day in the campaign's own time zone (an
-- item at 23:30 in New York is today's in New York though it is tomorrow in UTC). Only active
-- campaigns: a paused or cancelled campaign sends nothing.
CREATE VIEW public.todays_schedule AS
SELECT
  sq.*,
  c.full_name AS contact_name,
  c.email AS contact_email,
  co.name AS company_name,
  camp.name AS campaign_name,
  camp.timezone AS campaign_timezone,
  (sq.scheduled_for AT TIME ZONE camp.timezone) AS scheduled_local,
  a.name AS account_name,
  a.health_score
FROM public.send_queue AS sq
JOIN public.contacts AS c ON c.id = sq.contact_id
JOIN public.companies AS co ON co.id = c.company_id
JOIN public.campaigns AS camp ON camp.id = sq.campaign_id
LEFT JOIN public.accounts AS a ON a.id = sq.account_id
WHERE (sq.scheduled_for AT TIME ZONE camp.timezone)::date = (now() AT TIME ZONE camp.timezone)::date
  AND sq.status IN ('pending', 'scheduled')
  AND camp.status = 'active'
ORDER BY sq.scheduled_for ASC, sq.id;

-- Scheduled and sent activity in one feed. A queue item that was sent is shown once, as its
-- outreach_history row; queue items without one appear with their queue status.
CREATE VIEW public.activity_feed AS
SELECT
  'scheduled' AS activity_type,
  sq.id AS item_id,
  sq.scheduled_for AS occurred_at,
  sq.status,
  sq.channel,
  sq.contact_id,
  sq.campaign_id,
  sq.account_id,
  c.full_name AS contact_name,
  c.email AS contact_email,
  c.linkedin_url AS contact_linkedin_url,
  co.name AS company_name,
  camp.name AS campaign_name,
  a.name AS account_name
FROM public.send_queue AS sq
LEFT JOIN public.contacts AS c ON c.id = sq.contact_id
LEFT JOIN public.companies AS co ON co.id = c.company_id
LEFT JOIN public.campaigns AS camp ON camp.id = sq.campaign_id
LEFT JOIN public.accounts AS a ON a.id = sq.account_id
WHERE NOT EXISTS (SELECT 1 FROM public.outreach_history AS h WHERE h.send_queue_id = sq.id)

UNION ALL

SELECT
  'sent' AS activity_type,
  oh.id AS item_id,
  oh.sent_at AS occurred_at,
  oh.status,
  oh.channel,
  oh.contact_id,
  oh.campaign_id,
  oh.account_id,
  c.full_name AS contact_name,
  COALESCE(oh.contact_email, c.email) AS contact_email,
  COALESCE(oh.contact_linkedin_url, c.linkedin_url) AS contact_linkedin_url,
  co.name AS company_name,
  camp.name AS campaign_name,
  a.name AS account_name
FROM public.outreach_history AS oh
LEFT JOIN public.contacts AS c ON c.id = oh.contact_id
LEFT JOIN public.companies AS co ON co.id = c.company_id
LEFT JOIN public.campaigns AS camp ON camp.id = oh.campaign_id
LEFT JOIN public.accounts AS a ON a.id = oh.account_id;

-- Messages per account and day. The day is the account day (UTC, as for the today_* counters) of
-- when the message went out, else when it is scheduled, else when it was planned; not the
-- session's time zone. "pending" = not yet out (pending, queued, sending).
CREATE VIEW public.daily_account_message_volume AS
SELECT
  a.id AS account_id,
  a.name AS account_name,
  public.account_day(COALESCE(m.sent_at, m.scheduled_at, m.created_at)) AS day,
  (count(*) FILTER (WHERE m.scheduled_at IS NOT NULL))::integer AS scheduled,
  (count(*) FILTER (WHERE m.status IN ('pending', 'queued', 'sending')))::integer AS pending,
  (count(*) FILTER (WHERE public.message_was_sent(m.status)))::integer AS sent,
  (count(*) FILTER (WHERE m.status IN ('failed', 'bounced')))::integer AS errored
FROM public.messages AS m
JOIN public.accounts AS a ON a.id = m.account_id
GROUP BY a.id, a.name, public.account_day(COALESCE(m.sent_at, m.scheduled_at, m.created_at));

-- ───────────────────────────── funnel: reporting ─────────────────────────────

-- The latest bit_signal_log row per person.
CREATE VIEW funnel.v_current_bit_scores AS
SELECT DISTINCT ON (b.person_id)
  b.person_id,
  b.company_id,
  b.suspect_id,
  b.bit_score,
  b.previous_score,
  b.score_delta,
  b.bit_reason,
  b.detected_ts,
  b.crossed_warm_threshold,
  b.crossed_hot_threshold,
  b.crossed_priority_threshold,
  b.bit_log_id
FROM funnel.bit_signal_log AS b
ORDER BY b.person_id, b.detected_ts DESC, b.created_at DESC, b.bit_log_id DESC;

-- State changes of the last 7 days (168 hours), newest first.
CREATE VIEW funnel.v_recent_movements AS
SELECT
  m.*,
  s.email
FROM funnel.prospect_movement AS m
LEFT JOIN funnel.suspect_universe AS s ON s.person_id = m.person_id
WHERE m.transition_processed_at > now() - interval '168 hours'
ORDER BY m.transition_processed_at DESC, m.movement_id;

CREATE VIEW funnel.v_movement_summary AS
SELECT
  m.from_state,
  m.to_state,
  m.event_type,
  count(*)::integer AS movement_count,
  (count(*) FILTER (WHERE m.is_manual_override))::integer AS override_count,
  (count(*) FILTER (WHERE NOT m.validation_passed))::integer AS failed_validation_count,
  min(m.transition_processed_at) AS first_movement_at,
  max(m.transition_processed_at) AS last_movement_at
FROM funnel.prospect_movement AS m
GROUP BY m.from_state, m.to_state, m.event_type;

-- Meetings still ahead, earliest first. A rescheduled meeting (status set by the reschedule
-- trigger) is still a meeting to come, so it is listed with scheduled and confirmed ones.
CREATE VIEW funnel.v_upcoming_appointments AS
SELECT
  ap.*,
  s.email,
  s.funnel_state
FROM funnel.appointment_history AS ap
LEFT JOIN funnel.suspect_universe AS s ON s.person_id = ap.person_id
WHERE ap.status IN ('scheduled', 'confirmed', 'rescheduled')
  AND ap.appointment_ts > now()
ORDER BY ap.appointment_ts, ap.appointment_id;

-- Held (completed) and missed (no-show) meetings by source funnel and meeting type.
CREATE VIEW funnel.v_appointment_outcomes AS
SELECT
  ap.source_funnel,
  ap.meeting_type,
  count(*)::integer AS total_appointments,
  (count(*) FILTER (WHERE ap.outcome = 'positive'))::integer AS positive_outcomes,
  (count(*) FILTER (WHERE ap.outcome = 'negative'))::integer AS negative_outcomes,
  (count(*) FILTER (WHERE ap.status = 'no_show'))::integer AS no_shows,
  (count(*) FILTER (WHERE ap.promoted_to_client))::integer AS converted,
  public.rate_percent(count(*) FILTER (WHERE ap.promoted_to_client), count(*)) AS conversion_rate
FROM funnel.appointment_history AS ap
WHERE ap.status IN ('completed', 'no_show')
GROUP BY ap.source_funnel, ap.meeting_type;

CREATE VIEW funnel.v_active_clients AS
SELECT
  cc.*,
  s.email
FROM funnel.client_conversion AS cc
LEFT JOIN funnel.suspect_universe AS s
  ON s.suspect_id = cc.suspect_id OR (cc.suspect_id IS NULL AND s.person_id = cc.person_id)
WHERE cc.contract_status IN ('signed', 'active')
ORDER BY cc.signed_ts DESC, cc.client_id;

CREATE VIEW funnel.v_revenue_by_funnel AS
SELECT
  cc.source_funnel,
  count(*)::integer AS client_count,
  COALESCE(sum(cc.lives), 0)::bigint AS total_lives,
  COALESCE(sum(cc.annual_revenue), 0) AS total_annual_revenue,
  round(avg(cc.annual_revenue), 2) AS avg_annual_revenue,
  round(avg(cc.days_to_conversion), 1) AS avg_days_to_conversion,
  round(avg(cc.meetings_count), 1) AS avg_meetings
FROM funnel.client_conversion AS cc
WHERE cc.contract_status IN ('signed', 'active')
GROUP BY cc.source_funnel;

-- Signing month in UTC (the first day of the month), not the session's time zone.
CREATE VIEW funnel.v_monthly_conversions AS
SELECT
  date_trunc('month', cc.signed_ts AT TIME ZONE 'UTC')::date AS signing_month,
  count(*)::integer AS client_count,
  COALESCE(sum(cc.lives), 0)::bigint AS total_lives,
  COALESCE(sum(cc.annual_revenue), 0) AS total_annual_revenue,
  round(avg(cc.annual_revenue), 2) AS avg_annual_revenue,
  round(avg(cc.days_to_conversion), 1) AS avg_days_to_conversion,
  round(avg(cc.meetings_count), 1) AS avg_meetings
FROM funnel.client_conversion AS cc
WHERE cc.contract_status IN ('signed', 'active')
GROUP BY date_trunc('month', cc.signed_ts AT TIME ZONE 'UTC')::date;

-- Signed or active contracts ending within the next 90 days (today = the UTC date), soonest first.
CREATE VIEW funnel.v_upcoming_renewals AS
SELECT
  cc.*,
  cc.contract_end_date - (now() AT TIME ZONE 'UTC')::date AS days_until_end,
  s.email
FROM funnel.client_conversion AS cc
LEFT JOIN funnel.suspect_universe AS s
  ON s.suspect_id = cc.suspect_id OR (cc.suspect_id IS NULL AND s.person_id = cc.person_id)
WHERE cc.contract_status IN ('signed', 'active')
  AND cc.contract_end_date >= (now() AT TIME ZONE 'UTC')::date
  AND cc.contract_end_date <= (now() AT TIME ZONE 'UTC')::date + 90
ORDER BY cc.contract_end_date, cc.client_id;
