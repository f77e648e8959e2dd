// The lifecycle engine: events go in, people move. Every entry point locks the person's
// suspect_universe row (SELECT … FOR UPDATE) for the rest of its transaction, so two concurrent
// events for one person are applied one after the other and never both from the same state; the
// state change itself is also a conditional UPDATE (… AND funnel_state = $from). In one
// transaction an event is stored (idempotently: engagement_events.event_hash is UNIQUE and the
// insert is ON CONFLICT DO NOTHING), the person's counters and BIT score are updated (with a
// bit_signal_log row), the transition is chosen by funnel.rules.ts, and a state change writes
// the person, its prospect_movement audit row and the side tables (warm_universe,
// appointment_history, client_conversion) together.
import { randomUUID } from 'node:crypto';
import { prisma, type Tx } from '../../db.js';
import { InvalidTransitionError, NotFoundError, ValidationFailedError } from '../../errors.js';
import { EventType, type FunnelMembership, LifecycleState, type TalentflowSignalType } from '../../generated/prisma/enums.js';
import { normalizeDomain, normalizeEmail } from '../common/normalize.js';
import { generateEventHash } from './event-hash.js';
import {
  addToComponents,
  type BitComponents,
  bitLevel,
  bitPoints,
  bitScore,
  type Candidate,
  candidateTarget,
  classify,
  type Classification,
  cooldownEnd,
  DAY_MS,
  decide,
  type Decision,
  type EngagementKind,
  eventTarget,
  NO_COMPONENTS,
  type FunnelSettings,
  LOCK_EXEMPT_EVENTS,
  nextDue,
  raisedEvents,
  recencyDecay,
  type ReplySentiment,
  uniqueKey,
  type ValidationCheck,
  warmReason,
} from './funnel.rules.js';
import { funnelSettings } from './funnel.settings.js';
import { companyIdForDomain, personIdForEmail } from './identity.js';
import { funnelAfter } from './transitions.js';

/** A suspect_universe row as the engine reads it (snake_case, as stored). */
export interface PersonRow {
  suspect_id: string;
  company_id: string;
  person_id: string;
  email: string;
  funnel_state: LifecycleState;
  funnel_membership: FunnelMembership;
  last_event_ts: Date | null;
  last_state_change_ts: Date | null;
  entered_suspect_ts: Date;
  email_open_count: number;
  email_click_count: number;
  email_reply_count: number;
  current_bit_score: number;
  bit_points: number;
  reengagement_cycle: number;
  last_reengagement_ts: Date | null;
  is_locked: boolean;
  lock_reason: string | null;
  locked_at: Date | null;
  cooldown_until: Date | null;
  is_bounced: boolean;
  is_unsubscribed: boolean;
  is_disqualified: boolean;
  source: string | null;
  last_engagement_ts: Date | null;
  engagement_window_start_ts: Date | null;
  cold_outreach_blocked_until: Date | null;
}

export interface EventRow {
  event_id: string;
  person_id: string;
  event_type: EventType;
  event_subtype: string | null;
  event_ts: Date;
  is_processed: boolean;
  triggered_transition: boolean;
  transition_to_state: LifecycleState | null;
  is_duplicate: boolean;
}

export interface MovementRow {
  movement_id: string;
  person_id: string;
  from_state: LifecycleState;
  to_state: LifecycleState;
  event_type: EventType;
  transition_processed_at: Date;
}

/** Longer than Prisma's defaults: a transaction may wait for the person's row lock. */
export const TX_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

/** Runs `fn` in one transaction. */
export function transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return prisma.$transaction((tx) => fn(tx), TX_OPTIONS);
}

export const SOURCE_SWEEP = 'gtm-graph-sweep';
export const SOURCE_GRAPH = 'gtm-graph';

// ───────────────────────────── people ─────────────────────────────

export interface PersonKey {
  personId?: string | null;
  email?: string | null;
}

export interface PersonIdentity extends PersonKey {
  /** The company's lifecycle id; otherwise derived from companyDomain, else from the email's domain. */
  companyId?: string | null;
  companyDomain?: string | null;
  /** Where a new person came from (suspect_universe.source). */
  source?: string | null;
}

/** The person's row, locked for the rest of the transaction; null when unknown. */
export async function lockPerson(tx: Tx, key: PersonKey, options: { skipLocked?: boolean } = {}): Promise<PersonRow | null> {
  const skip = options.skipLocked ? 'SKIP LOCKED' : '';
  if (key.personId) {
    const rows = await tx.$queryRawUnsafe<PersonRow[]>(
      `SELECT * FROM funnel.suspect_universe WHERE person_id = $1::uuid FOR UPDATE ${skip}`,
      key.personId,
    );
    return rows[0] ?? null;
  }
  const email = normalizeEmail(key.email);
  if (!email) throw new ValidationFailedError([{ path: 'email', message: 'give a person id or an email' }]);
  const rows = await tx.$queryRawUnsafe<PersonRow[]>(
    `SELECT * FROM funnel.suspect_universe WHERE email = $1 OR person_id = $2::uuid
     ORDER BY person_id = $2::uuid DESC LIMIT 1 FOR UPDATE ${skip}`,
    email,
    personIdForEmail(email),
  );
  return rows[0] ?? null;
}

/** Like lockPerson, but a missing person is a NotFound. */
export async function requirePerson(tx: Tx, key: PersonKey): Promise<PersonRow> {
  const person = await lockPerson(tx, key);
  if (!person) throw new NotFoundError('Prospect', key.personId ?? key.email ?? '');
  return person;
}

/**
 * The person behind an email (or person id), created as a SUSPECT in the cold universe when the
 * lifecycle does not know them yet, and locked. New people get the deterministic person id of
 * their normalized email, so the same person found through several contacts is one row.
 */
export async function ensurePerson(tx: Tx, identity: PersonIdentity, at: Date): Promise<{ person: PersonRow; created: boolean }> {
  const existing = await lockPerson(tx, identity);
  if (existing) return { person: existing, created: false };
  const email = normalizeEmail(identity.email);
  if (!email) throw new NotFoundError('Prospect', identity.personId ?? '');
  if (email.length > 255) throw new ValidationFailedError([{ path: 'email', message: 'must be at most 255 characters' }]);
  const personId = identity.personId ?? personIdForEmail(email)!;
  const companyId =
    identity.companyId ??
    companyIdForDomain(identity.companyDomain) ??
    companyIdForDomain(email.slice(email.lastIndexOf('@') + 1)) ??
    companyIdForDomain(email)!;
  await tx.$executeRaw`
    INSERT INTO funnel.suspect_universe (company_id, person_id, email, entered_suspect_ts, source)
    VALUES (${companyId}::uuid, ${personId}::uuid, ${email}, ${at}::timestamptz, ${identity.source ?? null})
    ON CONFLICT DO NOTHING`;
  const person = await lockPerson(tx, { personId, email });
  if (!person) throw new Error(`could not create the lifecycle person for ${email}`);
  return { person, created: true };
}

// ───────────────────────────── what the engine knows about a person's events ─────────────────────────────

interface HeldEvent {
  eventId: string;
  eventTs: Date;
  candidate: Candidate;
}

interface PersonStats {
  /** The person has a warm_universe row (was WARM once). */
  hasWarmRow: boolean;
  opensInWindow: number;
  clicksInWindow: number;
  seen: boolean;
  components: BitComponents;
  held: HeldEvent[];
}

interface HeldMetadata {
  event: EventType;
  raised_at: string;
  checks?: ValidationCheck[];
  verified?: boolean;
}

/**
 * One query over the person's events: unique opens and clicks in the window ending at `at` (from
 * the window start), whether `key` was already seen (the per-day uniqueness of opens and clicks),
 * the BIT components since the window start, a fresh TalentFlow signal (other than
 * `excludeSignalId`), and the events held back by the cooldown.
 */
async function loadStats(
  tx: Tx,
  person: PersonRow,
  at: Date,
  key: string | null,
  excludeSignalId: string | null,
  s: FunnelSettings,
): Promise<PersonStats> {
  const windowStart = person.engagement_window_start_ts ?? new Date(0);
  const rows = await tx.$queryRaw<
    {
      opens_in_window: number;
      clicks_in_window: number;
      seen: boolean;
      opens: number;
      clicks: number;
      replied: boolean;
      visits: number;
      downloads: number;
      webinar: boolean;
      talentflow: boolean;
      has_warm_row: boolean;
      held: { id: string; ts: string; held: HeldMetadata | null }[];
    }[]
  >`
    SELECT
      EXISTS (SELECT 1 FROM funnel.warm_universe AS w WHERE w.person_id = ${person.person_id}::uuid) AS has_warm_row,
      (count(*) FILTER (WHERE e.event_subtype = 'email_open' AND NOT e.is_duplicate AND e.event_ts >= ${windowStart}::timestamptz
         AND e.event_ts > ${at}::timestamptz - make_interval(days => ${s.engagementWindowDays}::int) AND e.event_ts <= ${at}::timestamptz))::int AS opens_in_window,
      (count(*) FILTER (WHERE e.event_subtype = 'link_click' AND NOT e.is_duplicate AND e.event_ts >= ${windowStart}::timestamptz
         AND e.event_ts > ${at}::timestamptz - make_interval(days => ${s.engagementWindowDays}::int) AND e.event_ts <= ${at}::timestamptz))::int AS clicks_in_window,
      COALESCE(bool_or(e.metadata ->> 'unique_key' = ${key}::text AND NOT e.is_duplicate), false) AS seen,
      (count(*) FILTER (WHERE e.event_subtype = 'email_open' AND NOT e.is_duplicate AND e.event_ts >= ${windowStart}::timestamptz))::int AS opens,
      (count(*) FILTER (WHERE e.event_subtype = 'link_click' AND NOT e.is_duplicate AND e.event_ts >= ${windowStart}::timestamptz))::int AS clicks,
      COALESCE(bool_or(e.event_subtype IN ('positive_reply', 'neutral_reply', 'question_reply') AND e.event_ts >= ${windowStart}::timestamptz), false) AS replied,
      (count(*) FILTER (WHERE e.event_subtype = 'website_visit' AND e.event_ts >= ${windowStart}::timestamptz))::int AS visits,
      (count(*) FILTER (WHERE e.event_subtype = 'content_download' AND e.event_ts >= ${windowStart}::timestamptz))::int AS downloads,
      COALESCE(bool_or(e.event_subtype = 'webinar_attended' AND e.event_ts >= ${windowStart}::timestamptz), false) AS webinar,
      EXISTS (
        SELECT 1 FROM funnel.talentflow_signal_log AS t
        WHERE t.person_id = ${person.person_id}::uuid
          AND t.signal_id IS DISTINCT FROM ${excludeSignalId}::uuid
          AND NOT t.is_expired
          AND t.expires_at > ${at}::timestamptz
          AND t.signal_ts > ${at}::timestamptz - make_interval(days => ${s.talentflowFreshDays}::int)
          AND t.signal_ts <= ${at}::timestamptz) AS talentflow,
      COALESCE(json_agg(json_build_object('id', e.event_id, 'ts', e.event_ts, 'held', e.metadata -> 'held'))
        FILTER (WHERE NOT e.is_processed), '[]'::json) AS held
    FROM funnel.engagement_events AS e
    WHERE e.person_id = ${person.person_id}::uuid`;
  const r = rows[0]!;
  return {
    hasWarmRow: r.has_warm_row,
    opensInWindow: r.opens_in_window,
    clicksInWindow: r.clicks_in_window,
    seen: r.seen,
    components: {
      uniqueOpens: r.opens,
      uniqueClicks: r.clicks,
      replied: r.replied,
      websiteVisits: r.visits,
      contentDownloads: r.downloads,
      webinar: r.webinar,
      talentflow: r.talentflow,
    },
    held: r.held
      .filter((h) => h.held?.event)
      .map((h) => ({
        eventId: h.id,
        eventTs: new Date(h.ts),
        candidate: {
          event: h.held!.event,
          heldEventId: h.id,
          raisedAt: new Date(h.held!.raised_at),
          checks: h.held!.checks ?? [],
          verified: h.held!.verified,
        },
      })),
  };
}

// ───────────────────────────── ingesting one happening ─────────────────────────────

export interface Happening {
  kind: EngagementKind;
  /** When it happened (the engine's clock for this event). */
  at: Date;
  sentiment?: ReplySentiment | null;
  url?: string | null;
  linkType?: string | null;
  /** The send an open or click belongs to (an open counts once per send per UTC day). */
  sendId?: string | null;
  sourceSystem?: string | null;
  sourceCampaignId?: string | null;
  sourceEmailId?: string | null;
  metadata?: Record<string, unknown>;
  /** TalentFlow: the signal row, whether it is verified and fresh at `at`. */
  signal?: { id: string; type: TalentflowSignalType; verified: boolean; fresh: boolean };
  /** Manual override. */
  override?: { to: LifecycleState; userId: string; reason: string };
  /** Re-engagement trigger: the cycle it starts. */
  cycle?: number;
  /** Extra facts for the audit row (appointment or client ids…). */
  movementMetadata?: Record<string, unknown>;
}

export interface IngestResult {
  person: PersonRow;
  event: EventRow;
  /** The same provider event was already stored: nothing changed. */
  duplicate: boolean;
  /** The transition this event earned is held back by the cooldown (applied by the sweep when it ends). */
  held: boolean;
  movement: MovementRow | null;
  /** Why nothing moved (when nothing did). */
  noMoveReason: 'no_event' | 'no_transition' | 'locked' | 'held' | null;
}

const BIT_REASON: Partial<Record<EngagementKind, string>> = {
  open: 'email_open',
  click: 'email_click',
  reply: 'reply_received',
  website_visit: 'website_visit',
  content_download: 'content_download',
  webinar: 'webinar_attended',
  talentflow: 'talentflow_signal',
};

/** The movement time: the event's, or just after the person's previous change for a late event. */
function moveTime(person: PersonRow, at: Date): Date {
  const last = person.last_state_change_ts;
  return last && at.getTime() <= last.getTime() ? new Date(last.getTime() + 1) : at;
}

function defaultSourceEmailId(h: Happening): string | null {
  if (h.sourceEmailId) return h.sourceEmailId;
  if (h.kind === 'open') return h.sendId ?? null;
  if (h.kind === 'click' && h.url) {
    // Distinct links of one send are distinct events; the same link within the hour is one delivery.
    return `click:${generateEventHash(null, null, h.sendId ?? '', h.url, null).slice(0, 40)}`;
  }
  return null;
}

/**
 * Stores one happening for a locked person and applies what it earns. The caller has locked the
 * person (lockPerson / ensurePerson) in `tx` and checked explicit requests (assertCanMove).
 */
export async function ingest(tx: Tx, person: PersonRow, h: Happening, s: FunnelSettings = funnelSettings()): Promise<IngestResult> {
  const cls = classify({
    kind: h.kind,
    sentiment: h.sentiment,
    url: h.url,
    linkType: h.linkType,
    signalType: h.signal?.type,
    cycle: h.cycle,
  });
  const key =
    cls.counts === 'open' && h.sendId
      ? uniqueKey('open', h.sendId, h.at)
      : cls.counts === 'click' && h.url
        ? uniqueKey('click', h.url, h.at)
        : null;
  const stats = await loadStats(tx, person, h.at, key, h.signal?.id ?? null, s);
  const unique = key ? !stats.seen : true;
  const counts = cls.counts !== null && unique;
  const engaged = cls.engagement && unique;

  // BIT before and after this event, both at the event's time.
  const lastEngagement =
    engaged && (!person.last_engagement_ts || h.at > person.last_engagement_ts) ? h.at : person.last_engagement_ts;
  const before = stats.components;
  const after = addToComponents(before, cls, unique);
  if (h.kind === 'talentflow' && h.signal?.fresh) after.talentflow = true;
  const pointsBefore = bitPoints(before, s.bit);
  const pointsAfter = bitPoints(after, s.bit);
  const bitBefore = bitScore(pointsBefore.total, recencyDecay(h.at, person.last_engagement_ts, s.bit));
  const decayAfter = recencyDecay(h.at, lastEngagement, s.bit);
  const bitAfter = bitScore(pointsAfter.total, decayAfter);
  const bitRelevant = engaged || h.kind === 'talentflow';

  const windowCount = (n: number, c: Classification['counts'], kind: 'open' | 'click') =>
    n + (c === kind && unique && inWindow(person, h.at) ? 1 : 0);
  const raised = raisedEvents(
    {
      kind: h.kind,
      cls,
      unique,
      opensInWindow: windowCount(stats.opensInWindow, cls.counts, 'open'),
      clicksInWindow: windowCount(stats.clicksInWindow, cls.counts, 'click'),
      bitBefore,
      bitAfter: bitRelevant ? bitAfter : bitBefore,
      verified: h.signal?.verified,
      fresh: h.signal?.fresh,
      overrideTo: h.override?.to,
      at: h.at,
    },
    s,
  );
  const at = moveTime(person, h.at);
  const decision = decide(
    { state: person.funnel_state, locked: person.is_locked, cooldownUntil: person.cooldown_until },
    raised,
    stats.held.map((x) => x.candidate),
    at,
    s,
  );

  // 1. The event itself (idempotent).
  const eventId = randomUUID();
  const sourceSystem = h.sourceSystem ?? SOURCE_GRAPH;
  const sourceEmailId = defaultSourceEmailId(h);
  const hash = generateEventHash(person.person_id, cls.eventType, sourceSystem, sourceEmailId, h.at);
  const appliesThis = decision.kind === 'apply' && decision.candidate.heldEventId === undefined;
  const holdsThis = decision.kind === 'hold';
  const metadata: Record<string, unknown> = { ...h.metadata };
  if (key) metadata.unique_key = key;
  if (h.sendId) metadata.send_id = h.sendId;
  if (h.url) metadata.url = h.url;
  if (h.sentiment) metadata.sentiment = h.sentiment;
  if (holdsThis) {
    metadata.held = {
      event: decision.candidate.event,
      raised_at: decision.candidate.raisedAt.toISOString(),
      checks: decision.candidate.checks,
      verified: decision.candidate.verified,
    } satisfies HeldMetadata;
  }
  const inserted = await tx.$queryRaw<EventRow[]>`
    INSERT INTO funnel.engagement_events (
      event_id, company_id, person_id, suspect_id, event_type, event_subtype, event_ts, source_system,
      source_campaign_id, source_email_id, metadata, is_processed, processed_at, triggered_transition,
      transition_to_state, event_hash, is_duplicate)
    VALUES (
      ${eventId}::uuid, ${person.company_id}::uuid, ${person.person_id}::uuid, ${person.suspect_id}::uuid,
      ${cls.eventType}::funnel.event_type, ${cls.subtype}, ${h.at}::timestamptz, ${sourceSystem},
      ${h.sourceCampaignId ?? null}, ${sourceEmailId}, ${JSON.stringify(metadata)}::jsonb, ${!holdsThis},
      ${holdsThis ? null : at}::timestamptz, ${appliesThis}, ${appliesThis ? decision.to : null}::funnel.lifecycle_state,
      ${hash}, ${!unique})
    ON CONFLICT (event_hash) DO NOTHING
    RETURNING event_id, person_id, event_type, event_subtype, event_ts, is_processed, triggered_transition,
      transition_to_state, is_duplicate`;
  if (inserted.length === 0) {
    const existing = await tx.$queryRaw<EventRow[]>`
      SELECT event_id, person_id, event_type, event_subtype, event_ts, is_processed, triggered_transition,
        transition_to_state, is_duplicate
      FROM funnel.engagement_events WHERE event_hash = ${hash}`;
    return { person, event: existing[0]!, duplicate: true, held: false, movement: null, noMoveReason: null };
  }
  const event = inserted[0]!;

  // 2. Held events considered now are settled: the applied one moved the person, the rest are superseded.
  const heldConsidered = decision.kind !== 'hold' && !(decision.kind === 'apply' && decision.inCooldown);
  if (heldConsidered && stats.held.length) await settleHeld(tx, stats.held, decision, at);

  // 3. The person: counters, flags, BIT, and the state change.
  const next: PersonRow = { ...person };
  if (counts && cls.counts === 'open') next.email_open_count += 1;
  if (counts && cls.counts === 'click') next.email_click_count += 1;
  if (counts && cls.counts === 'reply') next.email_reply_count += 1;
  if (!isSystemKind(h.kind) && (!next.last_event_ts || h.at > next.last_event_ts)) next.last_event_ts = h.at;
  next.last_engagement_ts = lastEngagement;
  if (cls.eventType === EventType.EVENT_HARD_BOUNCE) next.is_bounced = true;
  if (cls.eventType === EventType.EVENT_UNSUBSCRIBE) next.is_unsubscribed = true;
  if (bitRelevant) {
    next.current_bit_score = bitAfter;
    next.bit_points = pointsAfter.total;
  }
  if (h.kind === 'reengagement_trigger') {
    next.reengagement_cycle = h.cycle ?? person.reengagement_cycle + 1;
    next.last_reengagement_ts = h.at;
  }
  let movement: MovementRow | null = null;
  let restart: { points: ReturnType<typeof bitPoints>; decay: number; components: BitComponents } | null = null;
  if (decision.kind === 'apply') {
    applyStateChange(next, decision.to, decision.candidate.event, at, s);
    if (decision.to === LifecycleState.REENGAGEMENT) {
      // The window restarted: only a fresh TalentFlow signal still counts towards the BIT score.
      const components = { ...NO_COMPONENTS, talentflow: after.talentflow };
      const points = bitPoints(components, s.bit);
      const decay = recencyDecay(at, next.last_engagement_ts, s.bit);
      restart = { points, decay, components };
      next.bit_points = points.total;
      next.current_bit_score = bitScore(points.total, decay);
    }
  }
  await savePerson(tx, person, next);
  if (restart) {
    await insertBitLog(tx, next, {
      score: next.current_bit_score,
      previous: bitRelevant ? bitAfter : person.current_bit_score,
      points: restart.points,
      decay: restart.decay,
      reason: 'window_restart',
      eventId,
      at,
      triggered: false,
      newState: null,
      details: { components: restart.components },
    }, s);
  }

  // 4. The BIT log row (a restarted window wrote its own above).
  if (bitRelevant && !restart) {
    const crossed = decision.kind === 'apply' && decision.candidate.event === EventType.EVENT_BIT_THRESHOLD;
    await insertBitLog(tx, next, {
      score: bitAfter,
      previous: bitBefore,
      points: pointsAfter,
      decay: decayAfter,
      reason: BIT_REASON[h.kind] ?? h.kind,
      eventId,
      at: h.at,
      triggered: crossed,
      newState: crossed ? decision.to : null,
      details: { components: after, previous_components: before, bit_before: bitBefore },
    }, s);
  }

  // 5. The audit row and side tables.
  if (decision.kind === 'apply') {
    const trigger = decision.candidate.heldEventId
      ? stats.held.find((x) => x.eventId === decision.candidate.heldEventId)!
      : { eventId, eventTs: h.at };
    movement = await writeMovement(tx, person, next, decision, trigger, at, h, s);
  }
  if (counts && stats.hasWarmRow) {
    await tx.$executeRaw`
      UPDATE funnel.warm_universe
      SET current_opens = ${next.email_open_count}, current_clicks = ${next.email_click_count},
          current_replies = ${next.email_reply_count},
          last_engagement_ts = ${next.last_engagement_ts}::timestamptz
      WHERE person_id = ${person.person_id}::uuid`;
  }
  return {
    person: next,
    event,
    duplicate: false,
    held: holdsThis,
    movement,
    noMoveReason: decision.kind === 'apply' ? null : decision.kind === 'hold' ? 'held' : decision.reason,
  };
}

function isSystemKind(kind: EngagementKind): boolean {
  return kind === 'inactivity' || kind === 'reengagement_trigger' || kind === 'reengagement_exhausted';
}

function inWindow(person: PersonRow, at: Date): boolean {
  return !person.engagement_window_start_ts || at >= person.engagement_window_start_ts;
}

/** The person's fields after moving to `to` on `event` at `at`. */
function applyStateChange(next: PersonRow, to: LifecycleState, event: EventType, at: Date, s: FunnelSettings): void {
  const from = next.funnel_state;
  next.funnel_state = to;
  next.funnel_membership = funnelAfter(next.funnel_membership, to);
  next.last_state_change_ts = at;
  next.cooldown_until = cooldownEnd(at, s);
  if (to === LifecycleState.REENGAGEMENT) {
    // A new re-engagement: cycles count from here, and the opens and clicks windows restart.
    next.reengagement_cycle = 0;
    next.last_reengagement_ts = at;
    next.engagement_window_start_ts = at;
  }
  if (event === EventType.EVENT_REENGAGEMENT_EXHAUSTED) {
    next.cold_outreach_blocked_until = new Date(at.getTime() + s.coldOutreachBlockDays * DAY_MS);
  }
  if (to === LifecycleState.DISQUALIFIED) next.is_disqualified = true;
  else if (from === LifecycleState.DISQUALIFIED) next.is_disqualified = false;
  if (to === LifecycleState.UNSUBSCRIBED) next.is_unsubscribed = true;
}

const PERSON_COLUMNS = [
  'funnel_state',
  'funnel_membership',
  'last_event_ts',
  'last_state_change_ts',
  'email_open_count',
  'email_click_count',
  'email_reply_count',
  'current_bit_score',
  'bit_points',
  'reengagement_cycle',
  'last_reengagement_ts',
  'is_locked',
  'lock_reason',
  'locked_at',
  'cooldown_until',
  'is_bounced',
  'is_unsubscribed',
  'is_disqualified',
  'last_engagement_ts',
  'engagement_window_start_ts',
  'cold_outreach_blocked_until',
] as const satisfies readonly (keyof PersonRow)[];

const CASTS: Partial<Record<(typeof PERSON_COLUMNS)[number], string>> = {
  funnel_state: 'funnel.lifecycle_state',
  funnel_membership: 'funnel.funnel_membership',
  last_event_ts: 'timestamptz',
  last_state_change_ts: 'timestamptz',
  last_reengagement_ts: 'timestamptz',
  locked_at: 'timestamptz',
  cooldown_until: 'timestamptz',
  last_engagement_ts: 'timestamptz',
  engagement_window_start_ts: 'timestamptz',
  cold_outreach_blocked_until: 'timestamptz',
};

/**
 * Writes the changed columns of a locked person. The state column is written conditionally
 * (… AND funnel_state = the state read under the lock): a lost update is an error, never silent.
 */
export async function savePerson(tx: Tx, before: PersonRow, after: PersonRow): Promise<void> {
  const changed = PERSON_COLUMNS.filter((c) => !sameValue(before[c], after[c]));
  if (changed.length === 0) return;
  const sets = changed.map((c, i) => `${c} = $${i + 3}${CASTS[c] ? `::${CASTS[c]}` : ''}`);
  const count = await tx.$executeRawUnsafe(
    `UPDATE funnel.suspect_universe SET ${sets.join(', ')}
     WHERE suspect_id = $1::uuid AND funnel_state = $2::funnel.lifecycle_state`,
    before.suspect_id,
    before.funnel_state,
    ...changed.map((c) => after[c]),
  );
  if (count !== 1) throw new Error(`lost update on person ${before.person_id} (state ${before.funnel_state})`);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

interface BitLogInput {
  score: number;
  previous: number | null;
  points: ReturnType<typeof bitPoints>;
  decay: number;
  reason: string;
  eventId: string | null;
  at: Date;
  triggered: boolean;
  newState: LifecycleState | null;
  details: Record<string, unknown>;
}

export async function insertBitLog(tx: Tx, person: PersonRow, b: BitLogInput, s: FunnelSettings): Promise<void> {
  const level = bitLevel(b.score, s.bit);
  await tx.$executeRaw`
    INSERT INTO funnel.bit_signal_log (
      company_id, person_id, suspect_id, bit_score, previous_score, open_points, click_points, reply_points,
      website_points, content_points, webinar_points, talentflow_points, recency_decay, crossed_warm_threshold,
      crossed_hot_threshold, crossed_priority_threshold, bit_reason, triggering_event_id, detected_ts,
      triggered_state_change, new_state, calculation_details)
    VALUES (
      ${person.company_id}::uuid, ${person.person_id}::uuid, ${person.suspect_id}::uuid, ${b.score}, ${b.previous},
      ${b.points.open}, ${b.points.click}, ${b.points.reply}, ${b.points.website}, ${b.points.content},
      ${b.points.webinar}, ${b.points.talentflow}, ${b.decay}, ${level !== 'NONE'}, ${level === 'HOT' || level === 'PRIORITY'},
      ${level === 'PRIORITY'}, ${b.reason}, ${b.eventId}::uuid, ${b.at}::timestamptz, ${b.triggered},
      ${b.newState}::funnel.lifecycle_state, ${JSON.stringify({ ...b.details, points_before_decay: b.points.total })}::jsonb)`;
}

/** Marks the held events that were considered: the applied one triggered the move, the others are superseded. */
async function settleHeld(tx: Tx, held: HeldEvent[], decision: Decision, at: Date): Promise<void> {
  const appliedId = decision.kind === 'apply' ? decision.candidate.heldEventId : undefined;
  const ids = held.map((h) => h.eventId);
  await tx.$executeRaw`
    UPDATE funnel.engagement_events
    SET is_processed = true,
        processed_at = ${at}::timestamptz,
        triggered_transition = (event_id IS NOT DISTINCT FROM ${appliedId ?? null}::uuid),
        transition_to_state = CASE WHEN event_id = ${appliedId ?? null}::uuid
          THEN ${decision.kind === 'apply' ? decision.to : null}::funnel.lifecycle_state END,
        metadata = metadata || jsonb_build_object('held_outcome',
          CASE WHEN event_id = ${appliedId ?? null}::uuid THEN 'applied' ELSE 'superseded' END)
    WHERE event_id = ANY(${ids}::uuid[]) AND NOT is_processed`;
}

async function writeMovement(
  tx: Tx,
  before: PersonRow,
  after: PersonRow,
  decision: Extract<Decision, { kind: 'apply' }>,
  trigger: { eventId: string; eventTs: Date },
  at: Date,
  h: Happening,
  s: FunnelSettings,
): Promise<MovementRow> {
  const c = decision.candidate;
  const held = c.heldEventId !== undefined;
  const checks: ValidationCheck[] = [
    { check: 'transition_allowed', passed: true },
    { check: 'cooldown', passed: true, value: held ? 'waited' : decision.bypassed ? 'bypassed' : 'clear' },
    ...c.checks,
  ];
  if (before.is_locked) checks.push({ check: 'lock', passed: true, value: 'exempt' });
  const override = c.event === EventType.EVENT_MANUAL_OVERRIDE ? h.override : undefined;
  const rows = await tx.$queryRaw<MovementRow[]>`
    INSERT INTO funnel.prospect_movement (
      company_id, person_id, suspect_id, from_state, to_state, from_funnel, to_funnel, event_type,
      triggering_event_id, triggering_event_table, event_ts, transition_processed_at, validation_passed,
      validation_checks, was_in_cooldown, cooldown_bypassed, cooldown_bypass_reason, is_manual_override,
      override_user_id, override_reason, metadata)
    VALUES (
      ${before.company_id}::uuid, ${before.person_id}::uuid, ${before.suspect_id}::uuid,
      ${before.funnel_state}::funnel.lifecycle_state, ${decision.to}::funnel.lifecycle_state,
      ${before.funnel_membership}::funnel.funnel_membership, ${after.funnel_membership}::funnel.funnel_membership,
      ${c.event}::funnel.event_type, ${trigger.eventId}::uuid, 'funnel.engagement_events', ${trigger.eventTs}::timestamptz,
      ${at}::timestamptz, true, ${JSON.stringify(checks)}::jsonb, ${decision.bypassed || held}, ${decision.bypassed},
      ${decision.bypassed ? `${c.event} is exempt from the ${s.cooldownHours}-hour cooldown` : null},
      ${override !== undefined}, ${override?.userId ?? null}, ${override?.reason ?? null},
      ${JSON.stringify({
        ...(held ? { held_since: c.raisedAt.toISOString(), applied_when_cooldown_ended: true } : {}),
        ...(h.movementMetadata ?? {}),
        ...(before.is_locked && LOCK_EXEMPT_EVENTS.includes(c.event) ? { locked: true } : {}),
      })}::jsonb)
    RETURNING movement_id, person_id, from_state, to_state, event_type, transition_processed_at`;
  await sideTables(tx, before, after, c.event, trigger.eventId, at, h);
  if (c.event === EventType.EVENT_TALENTFLOW_MOVE) {
    await tx.$executeRaw`
      UPDATE funnel.talentflow_signal_log SET triggered_state_change = true
      WHERE signal_id = (SELECT (e.metadata ->> 'signal_id')::uuid FROM funnel.engagement_events AS e
                         WHERE e.event_id = ${trigger.eventId}::uuid)`;
  }
  return rows[0]!;
}

/** warm_universe and appointment_history follow the person's moves. */
async function sideTables(
  tx: Tx,
  before: PersonRow,
  after: PersonRow,
  event: EventType,
  eventId: string,
  at: Date,
  h: Happening,
): Promise<void> {
  const from = before.funnel_state;
  const to = after.funnel_state;
  if (to === LifecycleState.WARM) {
    await tx.$executeRaw`
      INSERT INTO funnel.warm_universe (
        company_id, person_id, suspect_id, warm_reason, warm_score, qualifying_event_id, first_warm_ts,
        last_engagement_ts, opens_at_promotion, clicks_at_promotion, replies_at_promotion, bit_score_at_promotion,
        current_opens, current_clicks, current_replies, has_talentflow_signal, source)
      VALUES (
        ${after.company_id}::uuid, ${after.person_id}::uuid, ${after.suspect_id}::uuid, ${warmReason(event)},
        ${after.current_bit_score}, ${eventId}::uuid, ${at}::timestamptz, ${after.last_engagement_ts}::timestamptz,
        ${after.email_open_count}, ${after.email_click_count}, ${after.email_reply_count}, ${after.current_bit_score},
        ${after.email_open_count}, ${after.email_click_count}, ${after.email_reply_count},
        ${from === LifecycleState.TALENTFLOW_WARM}, ${after.source})
      ON CONFLICT (person_id) DO UPDATE SET
        is_active = true, last_engagement_ts = EXCLUDED.last_engagement_ts, current_opens = EXCLUDED.current_opens,
        current_clicks = EXCLUDED.current_clicks, current_replies = EXCLUDED.current_replies`;
  } else if (
    from === LifecycleState.WARM ||
    to === LifecycleState.TALENTFLOW_WARM ||
    to === LifecycleState.APPOINTMENT
  ) {
    // A no-op for people who were never WARM (no warm_universe row).
    const demoted = from === LifecycleState.WARM && to === LifecycleState.REENGAGEMENT;
    const promoted = to === LifecycleState.APPOINTMENT;
    const talentflow = to === LifecycleState.TALENTFLOW_WARM;
    await tx.$executeRaw`
      UPDATE funnel.warm_universe SET
        is_active = is_active AND NOT ${from === LifecycleState.WARM},
        demoted_to_reengagement = demoted_to_reengagement OR ${demoted},
        demoted_at = CASE WHEN ${demoted} THEN ${at}::timestamptz ELSE demoted_at END,
        promoted_to_appointment = promoted_to_appointment OR ${promoted},
        promoted_at = CASE WHEN ${promoted} THEN ${at}::timestamptz ELSE promoted_at END,
        has_talentflow_signal = has_talentflow_signal OR ${talentflow},
        talentflow_signal_id = COALESCE(${talentflow ? (h.signal?.id ?? null) : null}::uuid, talentflow_signal_id)
      WHERE person_id = ${after.person_id}::uuid`;
  }
  if (from === LifecycleState.APPOINTMENT && to === LifecycleState.REENGAGEMENT) {
    await tx.$executeRaw`
      UPDATE funnel.appointment_history SET demoted_to_reengagement = true, demoted_at = ${at}::timestamptz
      WHERE appointment_id = (
        SELECT a.appointment_id FROM funnel.appointment_history AS a
        WHERE a.person_id = ${after.person_id}::uuid ORDER BY a.appointment_ts DESC, a.created_at DESC LIMIT 1)`;
  }
}

// ───────────────────────────── explicit requests ─────────────────────────────

/**
 * An explicit request to move someone (book a meeting, sign a client, override) that the rules do
 * not allow fails with a typed error naming the state and the event; nothing is written.
 */
export function assertCanMove(person: PersonRow, event: EventType, to?: LifecycleState): LifecycleState {
  const target = candidateTarget(person.funnel_state, { event, to });
  if (!target) {
    throw new InvalidTransitionError('Prospect', person.funnel_state, to ?? eventTarget(event), event);
  }
  if (person.is_locked && !LOCK_EXEMPT_EVENTS.includes(event)) {
    throw new InvalidTransitionError(
      'Prospect',
      person.funnel_state,
      target,
      event,
      `Prospect is locked (${person.lock_reason ?? 'no reason given'}): only unsubscribe, hard bounce and manual override move them`,
    );
  }
  return target;
}

export interface OverrideInput {
  personId?: string | null;
  email?: string | null;
  toState: LifecycleState;
  reason: string;
}

/** A manual override: any state but CLIENT and UNSUBSCRIBED to any other but CLIENT; reason and user recorded. */
export async function overrideState(input: OverrideInput, userId: string, now: Date = new Date()): Promise<IngestResult> {
  const reason = input.reason.trim();
  if (!reason) throw new ValidationFailedError([{ path: 'reason', message: 'a reason is required' }]);
  return transaction(async (tx) => {
    const person = await requirePerson(tx, input);
    assertCanMove(person, EventType.EVENT_MANUAL_OVERRIDE, input.toState);
    return ingest(tx, person, {
      kind: 'override',
      at: now,
      sourceSystem: SOURCE_GRAPH,
      sourceEmailId: `override:${randomUUID()}`,
      override: { to: input.toState, userId, reason },
      metadata: { user_id: userId, reason, to_state: input.toState },
    });
  });
}

/** Locks a person: no automatic or requested move but unsubscribe, hard bounce and override. */
export async function setLock(key: PersonKey, locked: boolean, reason: string | null, now: Date = new Date()): Promise<PersonRow> {
  return transaction(async (tx) => {
    const person = await requirePerson(tx, key);
    const next: PersonRow = {
      ...person,
      is_locked: locked,
      lock_reason: locked ? (reason?.trim() || null) : null,
      locked_at: locked ? now : null,
    };
    await savePerson(tx, person, next);
    return next;
  });
}

// ───────────────────────────── engagement from the API ─────────────────────────────

export interface EngagementInput extends PersonIdentity {
  kind: Exclude<EngagementKind, 'talentflow' | 'appointment' | 'client_signed' | 'override' | 'reengagement_trigger' | 'inactivity' | 'reengagement_exhausted'>;
  eventTs?: Date | null;
  sentiment?: ReplySentiment | null;
  url?: string | null;
  linkType?: string | null;
  sendId?: string | null;
  sourceSystem?: string | null;
  sourceCampaignId?: string | null;
  sourceEmailId?: string | null;
  metadata?: Record<string, unknown> | null;
}

/** Checks a client-given event time against the server clock. */
export function checkEventTime(at: Date, path: string, s: FunnelSettings, now: Date = new Date()): void {
  if (Number.isNaN(at.getTime())) throw new ValidationFailedError([{ path, message: 'is not a time' }]);
  if (at.getTime() > now.getTime() + s.maxFutureEventMinutes * 60_000) {
    throw new ValidationFailedError([{ path, message: `must not be more than ${s.maxFutureEventMinutes} minutes in the future` }]);
  }
}

export function checkSourceFields(input: { sourceSystem?: string | null; sourceCampaignId?: string | null; sourceEmailId?: string | null; sendId?: string | null }): void {
  const problems = (['sourceSystem', 'sourceCampaignId', 'sourceEmailId', 'sendId'] as const)
    .filter((k) => (input[k]?.length ?? 0) > 100)
    .map((k) => ({ path: k, message: 'must be at most 100 characters' }));
  if (problems.length) throw new ValidationFailedError(problems);
}

/** Records an email engagement or an intent signal for a person (created if new) and applies its rules. */
export async function recordEngagement(input: EngagementInput, s: FunnelSettings = funnelSettings()): Promise<IngestResult> {
  const at = input.eventTs ?? new Date();
  checkEventTime(at, 'eventTs', s);
  checkSourceFields(input);
  if (input.kind === 'open' && !input.sendId && !input.sourceEmailId) {
    throw new ValidationFailedError([{ path: 'sendId', message: 'an open needs the send it belongs to (sendId or sourceEmailId)' }]);
  }
  if (input.kind === 'click' && !input.url?.trim()) {
    throw new ValidationFailedError([{ path: 'url', message: 'a click needs the clicked url' }]);
  }
  if (input.companyDomain !== undefined && input.companyDomain !== null && !normalizeDomain(input.companyDomain)) {
    throw new ValidationFailedError([{ path: 'companyDomain', message: 'is not a domain' }]);
  }
  return transaction(async (tx) => {
    const { person } = await ensurePerson(tx, { ...input, source: input.source ?? input.sourceSystem ?? 'api' }, at);
    return ingest(
      tx,
      person,
      {
        kind: input.kind,
        at,
        sentiment: input.sentiment,
        url: input.url?.trim(),
        linkType: input.linkType,
        sendId: input.sendId ?? (input.kind === 'open' ? input.sourceEmailId : null),
        sourceSystem: input.sourceSystem,
        sourceCampaignId: input.sourceCampaignId,
        sourceEmailId: input.sourceEmailId,
        metadata: input.metadata ?? undefined,
      },
      s,
    );
  });
}

// ───────────────────────────── time rules for one person (the sweep) ─────────────────────────────

export interface PersonSweepResult {
  movements: MovementRow[];
  triggers: number;
  heldApplied: number;
  decayed: boolean;
}

/**
 * Applies every time rule that fell due for one person by `now`, each at the time it fell due (a
 * sweep after a long pause gives the same history as many small ones), then the BIT decay at
 * `now`. Returns null when another transaction holds the person (SKIP LOCKED): that one, or the
 * next sweep, handles them.
 */
export async function sweepPerson(tx: Tx, suspectId: string, now: Date, s: FunnelSettings = funnelSettings()): Promise<PersonSweepResult | null> {
  const rows = await tx.$queryRaw<PersonRow[]>`
    SELECT * FROM funnel.suspect_universe WHERE suspect_id = ${suspectId}::uuid FOR UPDATE SKIP LOCKED`;
  let person = rows[0];
  if (!person) return null;
  const result: PersonSweepResult = { movements: [], triggers: 0, heldApplied: 0, decayed: false };
  for (let step = 0; step < 4 * (s.reengagementWaitDays.length + 4); step += 1) {
    const due = nextDue(await timeSnapshot(tx, person, s), s);
    if (!due || due.at > now) break;
    let after: { person: PersonRow; movement: MovementRow | null; duplicate?: boolean };
    if (due.rule === 'held') {
      after = await applyHeld(tx, person, due.at, s);
      if (after.movement) result.heldApplied += 1;
    } else if (due.rule === 'reengagement_trigger') {
      const cycle = person.reengagement_cycle + 1;
      after = await ingest(tx, person, {
        kind: 'reengagement_trigger',
        at: due.at,
        cycle,
        sourceSystem: SOURCE_SWEEP,
        sourceEmailId: `cycle:${cycle}:${(person.last_reengagement_ts ?? person.last_state_change_ts ?? due.at).toISOString()}`,
        metadata: { cycle, waited_days: s.reengagementWaitDays[cycle - 1] },
      }, s);
      result.triggers += 1;
    } else {
      const kind = due.rule === 'inactivity' ? 'inactivity' : 'reengagement_exhausted';
      after = await ingest(tx, person, {
        kind,
        at: due.at,
        sourceSystem: SOURCE_SWEEP,
        sourceEmailId: `${kind}:${(person.last_state_change_ts ?? person.entered_suspect_ts).toISOString()}`,
        metadata: due.rule === 'inactivity'
          ? { days_without_engagement: s.inactivityDays, last_engagement_ts: person.last_engagement_ts }
          : { cycles: person.reengagement_cycle },
      }, s);
    }
    if (after.movement) result.movements.push(after.movement);
    if (after.duplicate) break;
    person = after.person;
  }
  result.decayed = await applyDecay(tx, person, now, s);
  return result;
}

/** Applies the highest-priority held event that is still valid; the others are superseded. */
async function applyHeld(tx: Tx, person: PersonRow, at: Date, s: FunnelSettings): Promise<{ person: PersonRow; movement: MovementRow | null }> {
  const stats = await loadStats(tx, person, at, null, null, s);
  const when = moveTime(person, at);
  const decision = decide(
    { state: person.funnel_state, locked: person.is_locked, cooldownUntil: person.cooldown_until },
    [],
    stats.held.map((x) => x.candidate),
    when,
    s,
  );
  await settleHeld(tx, stats.held, decision, when);
  if (decision.kind !== 'apply') return { person: { ...person }, movement: null };
  const next: PersonRow = { ...person };
  applyStateChange(next, decision.to, decision.candidate.event, when, s);
  await savePerson(tx, person, next);
  const trigger = stats.held.find((x) => x.eventId === decision.candidate.heldEventId)!;
  const movement = await writeMovement(tx, person, next, decision, trigger, when, { kind: 'inactivity', at: when }, s);
  return { person: next, movement };
}

async function timeSnapshot(tx: Tx, p: PersonRow, s: FunnelSettings) {
  const rows = await tx.$queryRaw<{ held_events: EventType[] | null; latest_meeting: Date | null }[]>`
    SELECT
      (SELECT array_agg(e.metadata -> 'held' ->> 'event') FROM funnel.engagement_events AS e
        WHERE e.person_id = ${p.person_id}::uuid AND NOT e.is_processed AND e.metadata ? 'held') AS held_events,
      (SELECT max(a.appointment_ts) FROM funnel.appointment_history AS a
        WHERE a.person_id = ${p.person_id}::uuid AND a.status IN ('scheduled', 'confirmed', 'rescheduled')) AS latest_meeting`;
  const r = rows[0]!;
  return {
    state: p.funnel_state,
    locked: p.is_locked,
    enteredSuspectTs: p.entered_suspect_ts,
    lastStateChangeTs: p.last_state_change_ts,
    lastEngagementTs: p.last_engagement_ts,
    cooldownUntil: p.cooldown_until,
    reengagementCycle: p.reengagement_cycle,
    lastReengagementTs: p.last_reengagement_ts,
    heldPriority: r.held_events?.length ? Math.max(...r.held_events.map((e) => s.eventPriority[e] ?? 0)) : null,
    latestOpenMeetingTs: r.latest_meeting,
  };
}

/** Recomputes the decayed BIT score at `now`; writes a bit_signal_log row when it changed. */
async function applyDecay(tx: Tx, person: PersonRow, now: Date, s: FunnelSettings): Promise<boolean> {
  const r = await recomputeBit(tx, person, now, null, s);
  return r.changed;
}

/**
 * Recomputes a locked person's BIT score at `at` (after setting their last engagement to
 * `engagedAt`, when given) and saves it; writes a bit_signal_log row when something changed:
 * reason 'meeting_attended' for an attended meeting, 'daily_decay' when only the decay moved,
 * 'recomputed' when the components did (expired signal, restarted window).
 */
export async function recomputeBit(
  tx: Tx,
  person: PersonRow,
  at: Date,
  engagedAt: Date | null,
  s: FunnelSettings = funnelSettings(),
): Promise<{ person: PersonRow; changed: boolean }> {
  const stats = await loadStats(tx, person, at, null, null, s);
  const lastEngagement =
    engagedAt && (!person.last_engagement_ts || engagedAt > person.last_engagement_ts) ? engagedAt : person.last_engagement_ts;
  const points = bitPoints(stats.components, s.bit);
  const decay = recencyDecay(at, lastEngagement, s.bit);
  const score = bitScore(points.total, decay);
  const next = { ...person, current_bit_score: score, bit_points: points.total, last_engagement_ts: lastEngagement };
  const changed = score !== person.current_bit_score || points.total !== person.bit_points;
  await savePerson(tx, person, next);
  if (changed || engagedAt) {
    await insertBitLog(tx, next, {
      score,
      previous: person.current_bit_score,
      points,
      decay,
      reason: engagedAt ? 'meeting_attended' : points.total !== person.bit_points ? 'recomputed' : 'daily_decay',
      eventId: null,
      at,
      triggered: false,
      newState: null,
      details: { components: stats.components, decay_days: s.bit.decayPerDay ? Math.floor(decay / s.bit.decayPerDay) : 0 },
    }, s);
  }
  return { person: next, changed };
}
