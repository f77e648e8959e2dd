-- Change capture for the live subscriptions: AFTER … FOR EACH STATEMENT triggers (transition
-- tables, so a bulk write or COPY appends its rows with one INSERT … SELECT) append to
-- public.change_log and wake the listeners with pg_notify('gtm_change_log'). Every writer counts:
-- mutations, the worker, other processes and plain SQL. A session may skip capture for a bulk
-- load of history with `SET gtm.change_log = 'off'` (the seed does).
--
-- Payload keys (all text): campaign_id, account_id, contact_id, company_id, person_id,
-- send_queue_id, status, previous_status, channel, event, from, to, from_funnel, funnel.

INSERT INTO public.change_log_watermark (id) VALUES (1) ON CONFLICT DO NOTHING;

CREATE FUNCTION public.change_log_enabled() RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('gtm.change_log', true), '') <> 'off'
$$;

CREATE FUNCTION public.change_log_notify() RETURNS void
LANGUAGE sql VOLATILE AS $$
  -- Identical notifications of one transaction are delivered once, at commit.
  SELECT pg_notify('gtm_change_log', '')
$$;

-- send_queue: a new item, or a status change.
CREATE FUNCTION public.change_log_send_queue_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT public.change_log_enabled() THEN RETURN NULL; END IF;
  INSERT INTO public.change_log (topic, entity_id, op, payload)
  SELECT 'send_queue', n.id, 'insert', jsonb_strip_nulls(jsonb_build_object(
    'campaign_id', n.campaign_id, 'account_id', n.account_id, 'contact_id', n.contact_id,
    'status', n.status, 'channel', n.channel))
  FROM new_rows AS n ORDER BY n.created_at, n.id;
  IF FOUND THEN PERFORM public.change_log_notify(); END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION public.change_log_send_queue_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT public.change_log_enabled() THEN RETURN NULL; END IF;
  INSERT INTO public.change_log (topic, entity_id, op, payload)
  SELECT 'send_queue', n.id, 'status', jsonb_strip_nulls(jsonb_build_object(
    'campaign_id', n.campaign_id, 'account_id', n.account_id, 'contact_id', n.contact_id,
    'status', n.status, 'previous_status', o.status, 'channel', n.channel))
  FROM new_rows AS n JOIN old_rows AS o ON o.id = n.id
  WHERE n.status IS DISTINCT FROM o.status
  ORDER BY n.id;
  IF FOUND THEN PERFORM public.change_log_notify(); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER trg_change_log_send_queue_insert AFTER INSERT ON public.send_queue
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.change_log_send_queue_insert();
CREATE TRIGGER trg_change_log_send_queue_update AFTER UPDATE ON public.send_queue
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.change_log_send_queue_update();

-- messages (campaign figures): a new message, or a status change.
CREATE FUNCTION public.change_log_messages_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT public.change_log_enabled() THEN RETURN NULL; END IF;
  INSERT INTO public.change_log (topic, entity_id, op, payload)
  SELECT 'message', n.id, 'insert', jsonb_strip_nulls(jsonb_build_object(
    'campaign_id', coalesce(n.campaign_id, cc.campaign_id), 'account_id', n.account_id, 'contact_id', n.contact_id,
    'send_queue_id', n.send_queue_id, 'status', n.status, 'channel', n.channel))
  FROM new_rows AS n LEFT JOIN public.campaign_contacts AS cc ON cc.id = n.campaign_contact_id
  ORDER BY n.created_at, n.id;
  IF FOUND THEN PERFORM public.change_log_notify(); END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION public.change_log_messages_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT public.change_log_enabled() THEN RETURN NULL; END IF;
  INSERT INTO public.change_log (topic, entity_id, op, payload)
  SELECT 'message', n.id, 'status', jsonb_strip_nulls(jsonb_build_object(
    'campaign_id', coalesce(n.campaign_id, cc.campaign_id), 'account_id', n.account_id, 'contact_id', n.contact_id,
    'send_queue_id', n.send_queue_id, 'status', n.status, 'previous_status', o.status, 'channel', n.channel))
  FROM new_rows AS n JOIN old_rows AS o ON o.id = n.id
  LEFT JOIN public.campaign_contacts AS cc ON cc.id = n.campaign_contact_id
  WHERE n.status IS DISTINCT FROM o.status
  ORDER BY n.id;
  IF FOUND THEN PERFORM public.change_log_notify(); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER trg_change_log_messages_insert AFTER INSERT ON public.messages
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.change_log_messages_insert();
CREATE TRIGGER trg_change_log_messages_update AFTER UPDATE ON public.messages
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.change_log_messages_update();

-- message_events: what happened to a send (opens, clicks, replies, bounces…).
CREATE FUNCTION public.change_log_message_events_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT public.change_log_enabled() THEN RETURN NULL; END IF;
  INSERT INTO public.change_log (topic, entity_id, op, payload)
  SELECT 'message_event', n.id, 'insert', jsonb_strip_nulls(jsonb_build_object(
    'campaign_id', n.campaign_id, 'account_id', n.account_id, 'contact_id', n.contact_id,
    'send_queue_id', n.send_queue_id, 'event', n.event_type))
  FROM new_rows AS n ORDER BY n.created_at, n.id;
  IF FOUND THEN PERFORM public.change_log_notify(); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER trg_change_log_message_events_insert AFTER INSERT ON public.message_events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.change_log_message_events_insert();

-- outreach_history: a send that went out (and later its status, e.g. replied or bounced).
CREATE FUNCTION public.change_log_outreach_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT public.change_log_enabled() THEN RETURN NULL; END IF;
  INSERT INTO public.change_log (topic, entity_id, op, payload)
  SELECT 'outreach', n.id, 'insert', jsonb_strip_nulls(jsonb_build_object(
    'campaign_id', n.campaign_id, 'account_id', n.account_id, 'contact_id', n.contact_id,
    'send_queue_id', n.send_queue_id, 'status', n.status, 'channel', n.channel))
  FROM new_rows AS n ORDER BY n.sent_at, n.id;
  IF FOUND THEN PERFORM public.change_log_notify(); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER trg_change_log_outreach_insert AFTER INSERT ON public.outreach_history
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.change_log_outreach_insert();

-- funnel.prospect_movement: every state change of the lifecycle.
CREATE FUNCTION funnel.change_log_movement_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT public.change_log_enabled() THEN RETURN NULL; END IF;
  INSERT INTO public.change_log (topic, entity_id, op, payload)
  SELECT 'prospect_movement', n.movement_id, 'insert', jsonb_strip_nulls(jsonb_build_object(
    'company_id', n.company_id, 'person_id', n.person_id, 'from', n.from_state, 'to', n.to_state,
    'from_funnel', n.from_funnel, 'funnel', n.to_funnel, 'event', n.event_type))
  FROM new_rows AS n ORDER BY n.transition_processed_at, n.movement_id;
  IF FOUND THEN PERFORM public.change_log_notify(); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER trg_change_log_movement_insert AFTER INSERT ON funnel.prospect_movement
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION funnel.change_log_movement_insert();

-- ───────────────────────────── reading ─────────────────────────────
-- The commit-safe read in one round trip (see src/modules/realtime/change-log.service.ts): the
-- horizon, then the rows after (p_xid, p_id) below it, in delivery order. In READ COMMITTED a
-- volatile function takes a fresh snapshot for each statement, so the rows are read with a
-- snapshot taken after the horizon's pg_stat_activity read, as the proof needs. Every row carries
-- the horizon it was read under (a call that finds no row still returns one row with a NULL id
-- and the horizon).
-- READ COMMITTED only: under a transaction snapshot the rows would be read with a snapshot older
-- than the activity read. The statistics snapshot is cleared first, so a second call in one
-- transaction reads the current activity, not a cached one.
CREATE FUNCTION public.change_log_horizon() RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  h bigint;
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'change_log_horizon() needs READ COMMITTED, not %', current_setting('transaction_isolation');
  END IF;
  PERFORM pg_stat_clear_snapshot();
  WITH s AS (SELECT pg_current_snapshot() AS snap),
  mine AS (
    SELECT a.backend_xid AS x FROM pg_stat_activity AS a
    WHERE a.datname = current_database() AND a.backend_xid IS NOT NULL
    UNION ALL
    SELECT p.transaction FROM pg_prepared_xacts AS p WHERE p.database = current_database()
  )
  SELECT least(
    pg_snapshot_xmax(s.snap)::text::bigint,
    (SELECT min(x::text::bigint) FROM pg_snapshot_xip(s.snap) AS x WHERE xid(x) IN (SELECT mine.x FROM mine))
  )
  INTO h
  FROM s;
  RETURN h;
END $$;

CREATE FUNCTION public.change_log_since(p_xid bigint, p_id bigint, p_limit integer, p_topics text[] DEFAULT NULL)
RETURNS TABLE (id bigint, xid bigint, topic text, entity_id uuid, op text, payload jsonb, created_at timestamptz, horizon bigint)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  h bigint := public.change_log_horizon();
BEGIN
  RETURN QUERY
    SELECT c.id, c.xid, c.topic, c.entity_id, c.op, c.payload, c.created_at, h
    FROM public.change_log AS c
    WHERE (c.xid, c.id) > (p_xid, p_id) AND c.xid < h AND (p_topics IS NULL OR c.topic = ANY (p_topics))
    ORDER BY c.xid, c.id
    LIMIT p_limit;
  IF NOT FOUND THEN
    RETURN QUERY SELECT NULL::bigint, NULL::bigint, NULL::text, NULL::uuid, NULL::text, NULL::jsonb, NULL::timestamptz, h;
  END IF;
END $$;
