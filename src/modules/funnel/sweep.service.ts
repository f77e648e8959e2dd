// The sweep: the lifecycle's time rules at an explicit "now" (tests move time; the server runs it
// on a schedule with the clock). In order: outreach message events missing from the lifecycle
// are ingested; TalentFlow signals past their freshness are flagged expired; then every person
// with a rule due by `now` (held-back events whose cooldown ended, inactivity, re-engagement
// cycles and exhaustion, BIT decay, an expired signal) is handled in their own transaction with
// their row locked FOR UPDATE SKIP LOCKED, so several sweeps (several servers) can run at once:
// a person is handled by one of them, and a rule applied once is no longer due.
import { prisma } from '../../db.js';
import { type MovementRow, sweepPerson, transaction } from './funnel.service.js';
import type { FunnelSettings } from './funnel.rules.js';
import { funnelSettings } from './funnel.settings.js';
import { reconcileOutreach } from './outreach.service.js';

export interface SweepOptions {
  now: Date;
  /** People (and message events) handled at most in this run. */
  batchSize?: number;
  /** How far back to look for message events missing from the lifecycle. */
  outreachLookbackDays?: number;
  settings?: FunnelSettings;
  /** Stops the run between two people (server shutdown). */
  signal?: AbortSignal;
}

export interface SweepReport {
  now: Date;
  outreachIngested: number;
  signalsExpired: number;
  /** People with a rule due who were handled. */
  peopleSwept: number;
  /** People skipped because another transaction held them. */
  peopleSkipped: number;
  movements: MovementRow[];
  reengagementTriggers: number;
  heldApplied: number;
  bitDecayed: number;
}

/** The people with a time rule due by `now` (the SQL mirror of funnel.rules.ts nextDue). */
async function duePeople(now: Date, expiredFor: string[], limit: number, s: FunnelSettings): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ suspect_id: string }[]>`
    WITH p AS (SELECT ${now}::timestamptz AS now)
    SELECT suspect_id FROM (
      -- Held-back events whose cooldown is over.
      SELECT s.suspect_id FROM funnel.suspect_universe AS s, p
      WHERE NOT s.is_locked AND COALESCE(s.cooldown_until, '-infinity') <= p.now
        AND s.person_id IN (SELECT e.person_id FROM funnel.engagement_events AS e WHERE NOT e.is_processed)
      UNION
      -- Inactivity (APPOINTMENT: counted from the latest meeting still on the calendar too).
      SELECT s.suspect_id FROM funnel.suspect_universe AS s, p
      WHERE NOT s.is_locked AND s.funnel_state IN ('WARM', 'TALENTFLOW_WARM', 'APPOINTMENT')
        AND COALESCE(s.cooldown_until, '-infinity') <= p.now
        AND GREATEST(s.last_engagement_ts, s.last_state_change_ts, s.entered_suspect_ts,
              CASE WHEN s.funnel_state = 'APPOINTMENT' THEN (
                SELECT max(a.appointment_ts) FROM funnel.appointment_history AS a
                WHERE a.person_id = s.person_id AND a.status IN ('scheduled', 'confirmed', 'rescheduled')) END)
            <= p.now - make_interval(days => ${s.inactivityDays}::int)
      UNION
      -- Re-engagement cycles and exhaustion.
      SELECT s.suspect_id FROM funnel.suspect_universe AS s, p
      WHERE NOT s.is_locked AND s.funnel_state = 'REENGAGEMENT'
        AND COALESCE(s.last_reengagement_ts, s.last_state_change_ts, s.entered_suspect_ts) <= p.now - make_interval(days =>
              CASE WHEN s.reengagement_cycle < ${s.reengagementWaitDays.length}::int
                THEN (${s.reengagementWaitDays}::int[])[s.reengagement_cycle + 1]
                ELSE ${s.reengagementExhaustAfterDays}::int END)
        AND (s.reengagement_cycle < ${s.reengagementWaitDays.length}::int OR COALESCE(s.cooldown_until, '-infinity') <= p.now)
      UNION
      -- BIT decay: the stored score is not the decayed one any more.
      SELECT s.suspect_id FROM funnel.suspect_universe AS s, p
      WHERE s.current_bit_score > 0 AND s.last_engagement_ts IS NOT NULL
        AND s.current_bit_score <> GREATEST(0, s.bit_points - LEAST(${s.bit.decayMaxPoints}::int,
              ${s.bit.decayPerDay}::int * GREATEST(0, floor(extract(epoch FROM p.now - s.last_engagement_ts) / 86400))::int))
      UNION
      -- A signal of theirs just expired.
      SELECT s.suspect_id FROM funnel.suspect_universe AS s WHERE s.person_id = ANY(${expiredFor}::uuid[])
    ) AS due
    ORDER BY suspect_id
    LIMIT ${limit}`;
  return rows.map((r) => r.suspect_id);
}

/** Applies the time rules at `now`. */
export async function runFunnelSweep(options: SweepOptions): Promise<SweepReport> {
  const s = options.settings ?? funnelSettings();
  const now = options.now;
  const limit = options.batchSize ?? 1000;
  const report: SweepReport = {
    now,
    outreachIngested: 0,
    signalsExpired: 0,
    peopleSwept: 0,
    peopleSkipped: 0,
    movements: [],
    reengagementTriggers: 0,
    heldApplied: 0,
    bitDecayed: 0,
  };
  report.outreachIngested = await reconcileOutreach(now, { limit, lookbackDays: options.outreachLookbackDays ?? 7 }, s);

  const expired = await prisma.$queryRaw<{ person_id: string }[]>`
    UPDATE funnel.talentflow_signal_log SET is_expired = true
    WHERE NOT is_expired AND expires_at <= ${now}::timestamptz
    RETURNING person_id`;
  report.signalsExpired = expired.length;

  const people = await duePeople(now, [...new Set(expired.map((r) => r.person_id))], limit, s);
  for (const suspectId of people) {
    if (options.signal?.aborted) break;
    const r = await transaction((tx) => sweepPerson(tx, suspectId, now, s));
    if (!r) {
      report.peopleSkipped += 1;
      continue;
    }
    report.peopleSwept += 1;
    report.movements.push(...r.movements);
    report.reengagementTriggers += r.triggers;
    report.heldApplied += r.heldApplied;
    if (r.decayed) report.bitDecayed += 1;
  }
  return report;
}
