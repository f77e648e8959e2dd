-- Triggers: updated_at on every table that has one, and the derived columns FUNNEL_SCHEMA.md
-- assigns to triggers (last_state_change_ts, talentflow expires_at, appointment reschedules,
-- days_to_conversion).
--
-- Timestamps the application sets itself win: the lifecycle sweeps take "now" as an argument
-- (DOMAIN.md), so a trigger only fills in updated_at / last_state_change_ts when the statement
-- left them unchanged.
--
-- DOMAIN.md defect fixed here: the original talentflow_signal_log derived its age from NOW() in a
-- stored generated column and in index predicates, which PostgreSQL rejects. expires_at is set
-- from signal_ts alone (no clock involved, so any session gets the same value); the age of a
-- signal is computed when read (funnel.has_fresh_talentflow_signal).

CREATE FUNCTION public.set_updated_at() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
BEGIN
  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN
    NEW.updated_at := now();
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER offers_set_updated_at BEFORE UPDATE ON public.offers
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER companies_set_updated_at BEFORE UPDATE ON public.companies
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER contacts_set_updated_at BEFORE UPDATE ON public.contacts
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER campaigns_set_updated_at BEFORE UPDATE ON public.campaigns
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER accounts_set_updated_at BEFORE UPDATE ON public.accounts
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER tools_set_updated_at BEFORE UPDATE ON public.tools
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER message_templates_set_updated_at BEFORE UPDATE ON public.message_templates
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER send_queue_set_updated_at BEFORE UPDATE ON public.send_queue
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER suspect_universe_set_updated_at BEFORE UPDATE ON funnel.suspect_universe
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER warm_universe_set_updated_at BEFORE UPDATE ON funnel.warm_universe
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER talentflow_signal_log_set_updated_at BEFORE UPDATE ON funnel.talentflow_signal_log
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER appointment_history_set_updated_at BEFORE UPDATE ON funnel.appointment_history
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER client_conversion_set_updated_at BEFORE UPDATE ON funnel.client_conversion
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

-- When funnel_state changes, record when (unless the statement says when itself).
CREATE FUNCTION funnel.track_state_change() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
BEGIN
  IF NEW.last_state_change_ts IS NOT DISTINCT FROM OLD.last_state_change_ts THEN
    NEW.last_state_change_ts := now();
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER suspect_universe_track_state_change BEFORE UPDATE OF funnel_state ON funnel.suspect_universe
  FOR EACH ROW WHEN (OLD.funnel_state IS DISTINCT FROM NEW.funnel_state)
  EXECUTE FUNCTION funnel.track_state_change();

-- A signal is fresh for 90 days: expires_at = signal_ts + 90 days (2160 hours, whatever the
-- session's time zone) when not given, and follows signal_ts when that is corrected later and the
-- expiry was the derived one.
CREATE FUNCTION funnel.set_talentflow_expiry() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
BEGIN
  IF NEW.expires_at IS NULL THEN
    NEW.expires_at := NEW.signal_ts + interval '2160 hours';
  ELSIF TG_OP = 'UPDATE'
    AND NEW.signal_ts IS DISTINCT FROM OLD.signal_ts
    AND NEW.expires_at IS NOT DISTINCT FROM OLD.expires_at
    AND OLD.expires_at = OLD.signal_ts + interval '2160 hours' THEN
    NEW.expires_at := NEW.signal_ts + interval '2160 hours';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER talentflow_signal_log_set_expiry BEFORE INSERT OR UPDATE ON funnel.talentflow_signal_log
  FOR EACH ROW EXECUTE FUNCTION funnel.set_talentflow_expiry();

-- A new appointment time is a reschedule: keep the first original time, count it, mark it.
CREATE FUNCTION funnel.track_reschedule() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
BEGIN
  NEW.original_appointment_ts := COALESCE(OLD.original_appointment_ts, OLD.appointment_ts);
  NEW.reschedule_count := OLD.reschedule_count + 1;
  NEW.status := 'rescheduled';
  RETURN NEW;
END
$$;

CREATE TRIGGER appointment_history_track_reschedule BEFORE UPDATE OF appointment_ts ON funnel.appointment_history
  FOR EACH ROW WHEN (OLD.appointment_ts IS DISTINCT FROM NEW.appointment_ts)
  EXECUTE FUNCTION funnel.track_reschedule();

-- Whole days (24-hour periods) from the suspect's entered_suspect_ts to signed_ts. The suspect is
-- found by suspect_id, else by person_id; with neither, the given value stays.
CREATE FUNCTION funnel.set_days_to_conversion() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
  v_entered timestamptz;
BEGIN
  IF NEW.suspect_id IS NOT NULL THEN
    SELECT s.entered_suspect_ts INTO v_entered FROM funnel.suspect_universe AS s WHERE s.suspect_id = NEW.suspect_id;
  ELSIF NEW.person_id IS NOT NULL THEN
    SELECT s.entered_suspect_ts INTO v_entered FROM funnel.suspect_universe AS s WHERE s.person_id = NEW.person_id;
  END IF;
  IF v_entered IS NOT NULL THEN
    NEW.days_to_conversion := floor(extract(epoch FROM NEW.signed_ts - v_entered) / 86400)::integer;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER client_conversion_set_days_to_conversion
  BEFORE INSERT OR UPDATE OF signed_ts, suspect_id, person_id ON funnel.client_conversion
  FOR EACH ROW EXECUTE FUNCTION funnel.set_days_to_conversion();
