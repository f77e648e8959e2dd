// Lifecycle fixtures for tests that run against an app's database (startTestApp): people put in
// any state directly (as a seed or an earlier history would leave them), a clock in the past (the
// services refuse event times ahead of the server clock), and readers for what the engine wrote.
import { randomUUID } from 'node:crypto';
import { prisma } from '../../src/db.js';
import type { EventType, FunnelMembership, LifecycleState } from '../../src/generated/prisma/enums.js';
import { DAY_MS } from '../../src/modules/funnel/funnel.rules.js';
import { ingest, type Happening, lockPerson, type PersonRow, transaction } from '../../src/modules/funnel/funnel.service.js';
import { companyIdForDomain, personIdForEmail } from '../../src/modules/funnel/identity.js';
import { STATE_FUNNEL } from '../../src/modules/funnel/transitions.js';

/** A UTC midnight about 400 days ago, plus 10 hours: every test time is in the past. */
export const T0 = new Date(Math.floor((Date.now() - 400 * DAY_MS) / DAY_MS) * DAY_MS + 10 * 3_600_000);
export const at = (days: number, hours = 0, minutes = 0) =>
  new Date(T0.getTime() + days * DAY_MS + hours * 3_600_000 + minutes * 60_000);

let n = 0;
/** A fresh email on its own domain (so each person is their own company). */
export function newEmail(prefix = 'p'): string {
  n += 1;
  return `${prefix}${n}.${randomUUID().slice(0, 8)}@co-${randomUUID().slice(0, 8)}.example`;
}

export interface PersonSetup {
  email?: string;
  funnel?: FunnelMembership;
  lastStateChangeTs?: Date | null;
  lastEngagementTs?: Date | null;
  enteredSuspectTs?: Date;
  reengagementCycle?: number;
  lastReengagementTs?: Date | null;
  engagementWindowStartTs?: Date | null;
  isLocked?: boolean;
}

/**
 * A person in `state` with no cooldown running, as an earlier history would leave them: moved 100
 * days before T0 (so nothing is held back), entered 200 days before T0.
 */
export async function personIn(state: LifecycleState, setup: PersonSetup = {}): Promise<PersonRow> {
  const email = setup.email ?? newEmail();
  const changed = setup.lastStateChangeTs === undefined ? at(-100) : setup.lastStateChangeTs;
  const rows = await prisma.$queryRaw<PersonRow[]>`
    INSERT INTO funnel.suspect_universe (
      company_id, person_id, email, funnel_state, funnel_membership, last_state_change_ts, entered_suspect_ts,
      cooldown_until, last_engagement_ts, reengagement_cycle, last_reengagement_ts, engagement_window_start_ts,
      is_locked, is_disqualified, is_unsubscribed, source)
    VALUES (
      ${companyIdForDomain(email.split('@')[1])}::uuid, ${personIdForEmail(email)}::uuid, ${email},
      ${state}::funnel.lifecycle_state,
      ${setup.funnel ?? STATE_FUNNEL[state] ?? 'WARM_UNIVERSE'}::funnel.funnel_membership,
      ${changed}::timestamptz, ${setup.enteredSuspectTs ?? at(-200)}::timestamptz,
      ${changed ? new Date(changed.getTime() + DAY_MS) : null}::timestamptz,
      ${setup.lastEngagementTs ?? null}::timestamptz, ${setup.reengagementCycle ?? 0},
      ${setup.lastReengagementTs ?? (state === 'REENGAGEMENT' ? changed : null)}::timestamptz,
      ${setup.engagementWindowStartTs ?? null}::timestamptz, ${setup.isLocked ?? false},
      ${state === 'DISQUALIFIED'}, ${state === 'UNSUBSCRIBED'}, 'test')
    RETURNING *`;
  return rows[0]!;
}

/** Runs one happening through the engine for a person, as the sweep or a service would. */
export function happen(personId: string, h: Happening): ReturnType<typeof ingest> {
  return transaction(async (tx) => ingest(tx, (await lockPerson(tx, { personId }))!, h));
}

export async function person(personId: string): Promise<PersonRow> {
  const rows = await prisma.$queryRaw<PersonRow[]>`SELECT * FROM funnel.suspect_universe WHERE person_id = ${personId}::uuid`;
  return rows[0]!;
}

export interface MovementView {
  from_state: LifecycleState;
  to_state: LifecycleState;
  from_funnel: FunnelMembership | null;
  to_funnel: FunnelMembership | null;
  event_type: EventType;
  transition_processed_at: Date;
  was_in_cooldown: boolean;
  cooldown_bypassed: boolean;
  is_manual_override: boolean;
  override_user_id: string | null;
  override_reason: string | null;
  triggering_event_id: string | null;
  validation_checks: unknown;
  metadata: Record<string, unknown> | null;
}

/** The person's audit rows, oldest first. */
export function movements(personId: string): Promise<MovementView[]> {
  return prisma.$queryRaw<MovementView[]>`
    SELECT * FROM funnel.prospect_movement WHERE person_id = ${personId}::uuid
    ORDER BY transition_processed_at, created_at, movement_id`;
}

export interface EventView {
  event_id: string;
  event_type: EventType;
  event_subtype: string | null;
  event_ts: Date;
  is_processed: boolean;
  triggered_transition: boolean;
  transition_to_state: LifecycleState | null;
  is_duplicate: boolean;
  source_system: string | null;
  source_email_id: string | null;
  metadata: Record<string, unknown>;
}

export function events(personId: string): Promise<EventView[]> {
  return prisma.$queryRaw<EventView[]>`
    SELECT * FROM funnel.engagement_events WHERE person_id = ${personId}::uuid ORDER BY event_ts, created_at, event_id`;
}

export interface BitView {
  bit_score: number;
  previous_score: number | null;
  score_delta: number | null;
  open_points: number;
  click_points: number;
  reply_points: number;
  recency_decay: number;
  bit_reason: string;
  detected_ts: Date;
  crossed_warm_threshold: boolean;
  triggered_state_change: boolean;
}

export function bitLog(personId: string): Promise<BitView[]> {
  return prisma.$queryRaw<BitView[]>`
    SELECT * FROM funnel.bit_signal_log WHERE person_id = ${personId}::uuid ORDER BY detected_ts, created_at, bit_log_id`;
}
