// The funnel dashboards: the reporting views of the design (funnel.v_*), counts by state and
// funnel, and stage-to-stage conversion rates. Views that list people's records return ids in
// the view's order; the graph loads the nodes. Money and rates come back as exact strings.
import { prisma } from '../../db.js';
import { ValidationFailedError } from '../../errors.js';
import { MAX_PAGE_SIZE } from '../../builder.js';
import type { EventType, FunnelMembership, LifecycleState } from '../../generated/prisma/enums.js';
import { ALL_STATES, COOLDOWN_EXEMPT_EVENTS, STATE_FUNNEL, TERMINAL_STATES, TRANSITIONS } from './transitions.js';
import { LOCK_EXEMPT_EVENTS } from './funnel.rules.js';
import { funnelSettings } from './funnel.settings.js';

function limitOf(first: number | null | undefined, fallback = 20): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE_SIZE) {
    throw new ValidationFailedError([{ path: 'first', message: `must be between 0 and ${MAX_PAGE_SIZE}` }]);
  }
  return n;
}

export interface StateFunnelCount {
  state: LifecycleState;
  funnel: FunnelMembership;
  people: number;
  /** Not bounced, unsubscribed or disqualified. */
  active: number;
}

/** People by (state, funnel). */
export async function stateFunnelCounts(): Promise<StateFunnelCount[]> {
  return prisma.$queryRaw<StateFunnelCount[]>`
    SELECT funnel_state AS state, funnel_membership AS funnel, count(*)::int AS people,
      (count(*) FILTER (WHERE NOT (is_bounced OR is_unsubscribed OR is_disqualified)))::int AS active
    FROM funnel.suspect_universe
    GROUP BY funnel_state, funnel_membership
    ORDER BY funnel_state, funnel_membership`;
}

export interface MovementSummaryRow {
  from_state: LifecycleState;
  to_state: LifecycleState;
  event_type: EventType;
  movement_count: number;
  override_count: number;
  failed_validation_count: number;
  first_movement_at: Date;
  last_movement_at: Date;
}

export function movementSummary(): Promise<MovementSummaryRow[]> {
  return prisma.$queryRaw<MovementSummaryRow[]>`
    SELECT * FROM funnel.v_movement_summary ORDER BY movement_count DESC, from_state, to_state, event_type`;
}

export async function recentMovementIds(first: number | null | undefined): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ movement_id: string }[]>`
    SELECT movement_id FROM funnel.v_recent_movements LIMIT ${limitOf(first)}`;
  return rows.map((r) => r.movement_id);
}

export async function upcomingAppointmentIds(first: number | null | undefined): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ appointment_id: string }[]>`
    SELECT appointment_id FROM funnel.v_upcoming_appointments LIMIT ${limitOf(first)}`;
  return rows.map((r) => r.appointment_id);
}

export interface AppointmentOutcomeRow {
  source_funnel: FunnelMembership | null;
  meeting_type: string | null;
  total_appointments: number;
  positive_outcomes: number;
  negative_outcomes: number;
  no_shows: number;
  converted: number;
  conversion_rate: string | null;
}

export function appointmentOutcomes(): Promise<AppointmentOutcomeRow[]> {
  return prisma.$queryRaw<AppointmentOutcomeRow[]>`
    SELECT source_funnel, meeting_type, total_appointments, positive_outcomes, negative_outcomes, no_shows, converted,
      conversion_rate::text AS conversion_rate
    FROM funnel.v_appointment_outcomes
    ORDER BY source_funnel NULLS LAST, meeting_type NULLS LAST`;
}

export async function activeClientIds(first: number | null | undefined): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ client_id: string }[]>`SELECT client_id FROM funnel.v_active_clients LIMIT ${limitOf(first)}`;
  return rows.map((r) => r.client_id);
}

export interface RevenueRow {
  source_funnel: FunnelMembership | null;
  signing_month?: string;
  client_count: number;
  total_lives: number;
  total_annual_revenue: string;
  avg_annual_revenue: string | null;
  avg_days_to_conversion: string | null;
  avg_meetings: string | null;
}

export function revenueByFunnel(): Promise<RevenueRow[]> {
  return prisma.$queryRaw<RevenueRow[]>`
    SELECT source_funnel, client_count, total_lives::int AS total_lives,
      to_char(total_annual_revenue, 'FM999999999999990.00') AS total_annual_revenue,
      to_char(avg_annual_revenue, 'FM999999999999990.00') AS avg_annual_revenue,
      avg_days_to_conversion::text AS avg_days_to_conversion, avg_meetings::text AS avg_meetings
    FROM funnel.v_revenue_by_funnel
    ORDER BY source_funnel NULLS LAST`;
}

export function monthlyConversions(): Promise<(RevenueRow & { signing_month: string })[]> {
  return prisma.$queryRaw<(RevenueRow & { signing_month: string })[]>`
    SELECT NULL::funnel.funnel_membership AS source_funnel, to_char(signing_month, 'YYYY-MM-DD') AS signing_month, client_count,
      total_lives::int AS total_lives,
      to_char(total_annual_revenue, 'FM999999999999990.00') AS total_annual_revenue,
      to_char(avg_annual_revenue, 'FM999999999999990.00') AS avg_annual_revenue,
      avg_days_to_conversion::text AS avg_days_to_conversion, avg_meetings::text AS avg_meetings
    FROM funnel.v_monthly_conversions
    ORDER BY signing_month DESC`;
}

export interface RenewalRow {
  client_id: string;
  days_until_end: number;
}

export function upcomingRenewals(first: number | null | undefined): Promise<RenewalRow[]> {
  return prisma.$queryRaw<RenewalRow[]>`
    SELECT client_id, days_until_end FROM funnel.v_upcoming_renewals LIMIT ${limitOf(first)}`;
}

export interface CurrentBitRow {
  person_id: string;
  suspect_id: string | null;
  bit_score: number;
  bit_reason: string;
  detected_ts: Date;
  bit_log_id: string;
}

/** The latest logged BIT score per person (v_current_bit_scores), highest first. */
export function currentBitScores(first: number | null | undefined, minScore: number | null | undefined): Promise<CurrentBitRow[]> {
  return prisma.$queryRaw<CurrentBitRow[]>`
    SELECT v.person_id, COALESCE(v.suspect_id, s.suspect_id) AS suspect_id, v.bit_score, v.bit_reason, v.detected_ts, v.bit_log_id
    FROM funnel.v_current_bit_scores AS v
    LEFT JOIN funnel.suspect_universe AS s ON s.person_id = v.person_id
    WHERE v.bit_score >= ${minScore ?? 0}
    ORDER BY v.bit_score DESC, v.person_id
    LIMIT ${limitOf(first)}`;
}

export interface StageConversion {
  stage: 'SUSPECT_TO_WARM' | 'WARM_TO_APPOINTMENT' | 'APPOINTMENT_TO_CLIENT';
  entered: number;
  converted: number;
  ratePercent: string | null;
}

/**
 * Stage-to-stage conversion over the audit (prospect_movement), counting people, not moves:
 * - SUSPECT_TO_WARM: of the people who entered the lifecycle (everyone starts as a SUSPECT), those
 *   who ever reached a warm state (WARM or TALENTFLOW_WARM);
 * - WARM_TO_APPOINTMENT: of the people who ever reached a warm state, those who later reached
 *   APPOINTMENT;
 * - APPOINTMENT_TO_CLIENT: of the people who ever reached APPOINTMENT, those who later became CLIENT.
 * `from`/`to` restrict the cohort to people whose entry into the earlier stage (entering the
 * lifecycle, first warm move, first APPOINTMENT move) falls in [from, to). Rates are percentages
 * with two decimals; null when nobody entered the stage.
 */
export async function stageConversions(from: Date | null | undefined, to: Date | null | undefined): Promise<StageConversion[]> {
  const rows = await prisma.$queryRaw<{ stage: StageConversion['stage']; entered: number; converted: number; rate: string | null }[]>`
    WITH firsts AS (
      SELECT s.person_id, s.entered_suspect_ts AS entered,
        (SELECT min(m.transition_processed_at) FROM funnel.prospect_movement AS m
          WHERE m.person_id = s.person_id AND m.to_state IN ('WARM', 'TALENTFLOW_WARM')) AS warm_at,
        (SELECT min(m.transition_processed_at) FROM funnel.prospect_movement AS m
          WHERE m.person_id = s.person_id AND m.to_state = 'APPOINTMENT') AS appointment_at,
        (SELECT min(m.transition_processed_at) FROM funnel.prospect_movement AS m
          WHERE m.person_id = s.person_id AND m.to_state = 'CLIENT') AS client_at
      FROM funnel.suspect_universe AS s
    ), win AS (
      SELECT COALESCE(${from ?? null}::timestamptz, '-infinity') AS lo, COALESCE(${to ?? null}::timestamptz, 'infinity') AS hi
    ), stages AS (
      SELECT 'SUSPECT_TO_WARM' AS stage, 1 AS ord,
        count(*) FILTER (WHERE f.entered >= w.lo AND f.entered < w.hi) AS entered,
        count(*) FILTER (WHERE f.entered >= w.lo AND f.entered < w.hi AND f.warm_at IS NOT NULL) AS converted
      FROM firsts AS f, win AS w
      UNION ALL
      SELECT 'WARM_TO_APPOINTMENT', 2,
        count(*) FILTER (WHERE f.warm_at >= w.lo AND f.warm_at < w.hi),
        count(*) FILTER (WHERE f.warm_at >= w.lo AND f.warm_at < w.hi AND f.appointment_at > f.warm_at)
      FROM firsts AS f, win AS w
      UNION ALL
      SELECT 'APPOINTMENT_TO_CLIENT', 3,
        count(*) FILTER (WHERE f.appointment_at >= w.lo AND f.appointment_at < w.hi),
        count(*) FILTER (WHERE f.appointment_at >= w.lo AND f.appointment_at < w.hi AND f.client_at > f.appointment_at)
      FROM firsts AS f, win AS w
    )
    SELECT stage, entered::int AS entered, converted::int AS converted,
      public.rate_percent(converted, entered)::text AS rate
    FROM stages ORDER BY ord`;
  return rows.map((r) => ({ stage: r.stage, entered: r.entered, converted: r.converted, ratePercent: r.rate }));
}

// ───────────────────────────── the state machine ─────────────────────────────

export interface StateInfo {
  state: LifecycleState;
  funnel: FunnelMembership | null;
  terminal: boolean;
}

export interface EventInfo {
  event: EventType;
  priority: number;
  cooldownExempt: boolean;
  lockExempt: boolean;
}

export interface TransitionEdge {
  from: LifecycleState;
  event: EventType;
  to: LifecycleState;
  condition: string;
}

/** DOMAIN.md's state machine as data: states, events (with the priorities in force) and every allowed edge. */
export function stateMachine(): { states: StateInfo[]; events: EventInfo[]; transitions: TransitionEdge[] } {
  const s = funnelSettings();
  return {
    states: ALL_STATES.map((state) => ({ state, funnel: STATE_FUNNEL[state], terminal: TERMINAL_STATES.includes(state) })),
    events: (Object.keys(s.eventPriority) as EventType[]).map((event) => ({
      event,
      priority: s.eventPriority[event],
      cooldownExempt: COOLDOWN_EXEMPT_EVENTS.includes(event),
      lockExempt: LOCK_EXEMPT_EVENTS.includes(event),
    })),
    transitions: TRANSITIONS.flatMap((rule) =>
      rule.from.flatMap((from) =>
        rule.to.filter((to) => to !== from).map((to) => ({ from, event: rule.event, to, condition: rule.condition })),
      ),
    ),
  };
}
