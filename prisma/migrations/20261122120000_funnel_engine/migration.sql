-- AlterTable
ALTER TABLE "funnel"."suspect_universe" ADD COLUMN     "bit_points" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "cold_outreach_blocked_until" TIMESTAMPTZ(6),
ADD COLUMN     "engagement_window_start_ts" TIMESTAMPTZ(6),
ADD COLUMN     "last_engagement_ts" TIMESTAMPTZ(6);

-- CreateIndex
CREATE INDEX "idx_engagement_events_source_email" ON "funnel"."engagement_events"("source_email_id", "source_system");

-- ───────────────────────────── hand-written: the lifecycle engine ─────────────────────────────

ALTER TABLE funnel.suspect_universe
  ADD CONSTRAINT suspect_universe_bit_points_check CHECK (bit_points >= 0);

-- The contacts (one per offer) that are one lifecycle person: Prospect.contacts looks them up by
-- the deterministic person id of their normalized email (SQL_ONLY_INDEXES: an expression index).
CREATE INDEX idx_contacts_person_id ON public.contacts (funnel.person_id_for_email(email)) WHERE email IS NOT NULL;

-- Why the lifecycle forbids cold outreach to the person behind an email at p_now, or NULL when it
-- does not: 'reengagement_exhausted' (re-engagement ran out; no cold outreach until
-- cold_outreach_blocked_until), 'unsubscribed', 'bounced' or 'disqualified'. NULL for a person the
-- lifecycle does not know. The send path calls this (or is_cold_outreach_blocked) before queueing
-- a cold first touch; follow-ups of a running sequence are the send path's own rule.
CREATE FUNCTION funnel.cold_outreach_block_reason(p_email text, p_now timestamptz DEFAULT now()) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog
AS $$
  SELECT CASE
    WHEN s.is_unsubscribed OR s.funnel_state = 'UNSUBSCRIBED' THEN 'unsubscribed'
    WHEN s.is_disqualified OR s.funnel_state = 'DISQUALIFIED' THEN 'disqualified'
    WHEN s.is_bounced THEN 'bounced'
    WHEN s.cold_outreach_blocked_until > p_now THEN 'reengagement_exhausted'
  END
  FROM funnel.suspect_universe AS s
  WHERE s.person_id = funnel.person_id_for_email(p_email) OR s.email = public.normalize_email(p_email)
  ORDER BY s.person_id = funnel.person_id_for_email(p_email) DESC
  LIMIT 1
$$;

CREATE FUNCTION funnel.is_cold_outreach_blocked(p_email text, p_now timestamptz DEFAULT now()) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog
AS $$
  SELECT funnel.cold_outreach_block_reason(p_email, p_now) IS NOT NULL
$$;
