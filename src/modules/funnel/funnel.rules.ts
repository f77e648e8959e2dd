// The lifecycle's rules as pure functions: every number of DOMAIN.md part 1 as a setting (with
// DOMAIN.md's defaults), BIT scoring, what an engagement event counts as, which transition an
// event earns, the cooldown (anti-thrashing) rule, the priority choice between pending events,
// and when the time rules (inactivity, re-engagement cycles, exhaustion, held events) fall due.
// The transition table itself is transitions.ts (its SQL twin is funnel.is_valid_transition);
// funnel.service.ts applies these rules to rows, in transactions. Table-tested in
// test/funnel/funnel.rules.test.ts.
import { z } from 'zod';
import { EventType, LifecycleState, TalentflowSignalType } from '../../generated/prisma/enums.js';
import { COOLDOWN_EXEMPT_EVENTS, EVENT_PRIORITY, isValidTransition, targetState, TRANSITIONS } from './transitions.js';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

// ───────────────────────────── settings ─────────────────────────────

const int = (min = 0) => z.number().int().min(min);

const bitSettingsSchema = z.object({
  openPoints: int(),
  openMaxPoints: int(),
  clickPoints: int(),
  clickMaxPoints: int(),
  replyPoints: int(),
  websiteVisitPoints: int(),
  websiteMaxPoints: int(),
  contentDownloadPoints: int(),
  contentMaxPoints: int(),
  webinarPoints: int(),
  talentflowPoints: int(),
  decayPerDay: int(),
  decayMaxPoints: int(),
  warmThreshold: int(1),
  hotThreshold: int(1),
  priorityThreshold: int(1),
});

const talentflowPrioritySchema = z.object({
  job_change: int().max(100),
  startup: int().max(100),
  company_change: int().max(100),
  promotion: int().max(100),
  lateral: int().max(100),
});

const eventPrioritySchema = z.object(
  Object.fromEntries(Object.values(EventType).map((e) => [e, int()])) as Record<EventType, ReturnType<typeof int>>,
);

export const funnelSettingsSchema = z
  .object({
    /** Unique opens within the engagement window that make a SUSPECT warm. */
    opensToWarm: int(1),
    /** Unique clicks within the engagement window that make a SUSPECT warm. */
    clicksToWarm: int(1),
    /** The opens and clicks window, in days (of 24 hours). */
    engagementWindowDays: int(1),
    /** Minimum time between two state changes, in hours (exempt events bypass it). */
    cooldownHours: int(),
    /** Days without engagement after which WARM, TALENTFLOW_WARM and APPOINTMENT people go to REENGAGEMENT. */
    inactivityDays: int(1),
    /** Days to wait before re-engagement cycle 1, 2, 3… (each from the previous cycle, the first from entering REENGAGEMENT). */
    reengagementWaitDays: z.array(int(1)).min(1).max(5),
    /** Days after the last cycle with no response before EVENT_REENGAGEMENT_EXHAUSTED. */
    reengagementExhaustAfterDays: int(0),
    /** Days of no cold outreach after re-engagement is exhausted. */
    coldOutreachBlockDays: int(0),
    /** Days a TalentFlow signal stays fresh. */
    talentflowFreshDays: int(1),
    /** Priority score (0..100) of a TalentFlow signal by type. */
    talentflowPriority: talentflowPrioritySchema,
    bit: bitSettingsSchema,
    /** When several events are pending for a person, only the highest priority one applies. */
    eventPriority: eventPrioritySchema,
    /** Days after a no-show when the follow-up is due. */
    noShowFollowUpDays: int(0),
    /** Days after a held meeting (positive, neutral or no decision) when the follow-up is due. */
    meetingFollowUpDays: int(0),
    /** How far in the future (minutes, by the server clock) an event time given by a client may be. */
    maxFutureEventMinutes: int(0),
  })
  .superRefine((s, ctx) => {
    if (!(s.bit.warmThreshold < s.bit.hotThreshold && s.bit.hotThreshold < s.bit.priorityThreshold)) {
      ctx.addIssue({ code: 'custom', path: ['bit'], message: 'thresholds must nest: warm < hot < priority' });
    }
  });

export type FunnelSettings = z.infer<typeof funnelSettingsSchema>;
export type BitSettings = FunnelSettings['bit'];

/** DOMAIN.md part 1, "Rules and numbers". */
export const DEFAULT_FUNNEL_SETTINGS: FunnelSettings = Object.freeze({
  opensToWarm: 3,
  clicksToWarm: 2,
  engagementWindowDays: 30,
  cooldownHours: 24,
  inactivityDays: 30,
  reengagementWaitDays: [60, 75, 90],
  reengagementExhaustAfterDays: 30,
  coldOutreachBlockDays: 180,
  talentflowFreshDays: 90,
  talentflowPriority: { job_change: 100, startup: 90, company_change: 80, promotion: 70, lateral: 50 },
  bit: {
    openPoints: 2,
    openMaxPoints: 10,
    clickPoints: 5,
    clickMaxPoints: 15,
    replyPoints: 15,
    websiteVisitPoints: 3,
    websiteMaxPoints: 12,
    contentDownloadPoints: 8,
    contentMaxPoints: 16,
    webinarPoints: 10,
    talentflowPoints: 20,
    decayPerDay: 1,
    decayMaxPoints: 30,
    warmThreshold: 25,
    hotThreshold: 50,
    priorityThreshold: 75,
  },
  eventPriority: { ...EVENT_PRIORITY },
  noShowFollowUpDays: 2,
  meetingFollowUpDays: 7,
  maxFutureEventMinutes: 5,
});

/** Overrides as given in FUNNEL_RULES (any subset; nested objects merge). */
export const funnelSettingsOverridesSchema = z
  .object({
    ...funnelSettingsSchema.shape,
    bit: bitSettingsSchema.partial().strict(),
    talentflowPriority: talentflowPrioritySchema.partial().strict(),
    eventPriority: eventPrioritySchema.partial().strict(),
  })
  .partial()
  .strict();
export type FunnelSettingsOverrides = z.infer<typeof funnelSettingsOverridesSchema>;

/** DOMAIN.md's defaults with the overrides applied; throws a ZodError when the result is invalid. */
export function resolveFunnelSettings(overrides: FunnelSettingsOverrides = {}): FunnelSettings {
  const d = DEFAULT_FUNNEL_SETTINGS;
  return funnelSettingsSchema.parse({
    ...d,
    ...overrides,
    bit: { ...d.bit, ...overrides.bit },
    talentflowPriority: { ...d.talentflowPriority, ...overrides.talentflowPriority },
    eventPriority: { ...d.eventPriority, ...overrides.eventPriority },
  });
}

// ───────────────────────────── engagement events ─────────────────────────────

/** What a person did (or what happened to them), as the engine stores it. */
export type EngagementKind =
  | 'open'
  | 'click'
  | 'reply'
  | 'website_visit'
  | 'content_download'
  | 'webinar'
  | 'unsubscribe'
  | 'spam_complaint'
  | 'hard_bounce'
  | 'talentflow'
  | 'appointment'
  | 'client_signed'
  | 'override'
  | 'reengagement_trigger'
  | 'inactivity'
  | 'reengagement_exhausted';

export type ReplySentiment = 'positive' | 'neutral' | 'question' | 'negative' | 'ooo' | 'auto' | 'unsubscribe';

/** Replies that promote (DOMAIN.md): positive, neutral and question. */
export const PROMOTING_SENTIMENTS: readonly ReplySentiment[] = ['positive', 'neutral', 'question'];

/**
 * engagement_events.event_type is the lifecycle event a happening can raise; event_subtype says
 * what happened. Single opens are stored as EVENT_OPENS_X3/email_open, single clicks as
 * EVENT_CLICKS_X2/link_click, intent signals as EVENT_BIT_THRESHOLD/website_visit… (the demo
 * seed uses the same convention).
 */
export const SUBTYPES = {
  open: 'email_open',
  click: 'link_click',
  trackingPixelClick: 'tracking_pixel_click',
  unsubscribeLinkClick: 'unsubscribe_link_click',
  websiteVisit: 'website_visit',
  contentDownload: 'content_download',
  webinar: 'webinar_attended',
  unsubscribeLink: 'unsubscribe_link',
  unsubscribeRequest: 'unsubscribe_request',
  spamComplaint: 'spam_complaint',
  hardBounce: 'hard_bounce',
  meetingBooked: 'meeting_booked',
  meetingConfirmed: 'meeting_confirmed',
  contractSigned: 'contract_signed',
  manualOverride: 'manual_override',
  inactivity: 'inactivity',
  exhausted: 'reengagement_exhausted',
} as const;

export const PROMOTING_REPLY_SUBTYPES = PROMOTING_SENTIMENTS.map((s) => `${s}_reply`);

/** Link types (from the tracking provider) and URL shapes that are not a person clicking. */
const NON_COUNTING_LINK_TYPES = new Set(['tracking_pixel', 'pixel', 'open_pixel', 'unsubscribe', 'unsubscribe_link']);
const TRACKING_PIXEL_URL = /(\/pixel\b|\/open\b|\/o\/|\/track\/open|\.gif(\?|$)|\/beacon\b)/i;
const UNSUBSCRIBE_URL = /(unsubscribe|opt-?out|\/unsub\b|list-manage\.com\/unsubscribe)/i;

/** Why a click does not count, or null when it does: tracking pixels and unsubscribe links. */
export function nonCountingClick(url: string, linkType?: string | null): 'tracking_pixel' | 'unsubscribe' | null {
  const type = linkType?.trim().toLowerCase();
  if (type && NON_COUNTING_LINK_TYPES.has(type)) return type.startsWith('unsub') ? 'unsubscribe' : 'tracking_pixel';
  if (UNSUBSCRIBE_URL.test(url)) return 'unsubscribe';
  if (TRACKING_PIXEL_URL.test(url)) return 'tracking_pixel';
  return null;
}

/** A link as one link: lower-case scheme and host, no fragment, no trailing slash. */
export function normalizeLink(url: string): string {
  const trimmed = url.trim();
  try {
    const u = new URL(trimmed);
    u.hash = '';
    const text = `${u.protocol}//${u.host.toLowerCase()}${u.pathname.replace(/\/+$/, '')}${u.search}`;
    return text;
  } catch {
    return trimmed.replace(/#.*$/, '').replace(/\/+$/, '').toLowerCase();
  }
}

/** The UTC calendar day of a time, YYYY-MM-DD. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/**
 * The uniqueness key of an open or click: an open counts at most once per send per UTC day, a
 * click at most once per link per UTC day. A second open of the same send on the same day is
 * stored with is_duplicate = true and counts nowhere.
 */
export function uniqueKey(kind: 'open' | 'click', id: string, at: Date): string {
  return `${kind}|${kind === 'click' ? normalizeLink(id) : id}|${utcDay(at)}`;
}

export interface Classification {
  eventType: EventType;
  subtype: string;
  /** Counts towards a threshold and the counters (before the per-day uniqueness check). */
  counts: 'open' | 'click' | 'reply' | null;
  /** Resets the inactivity clock and BIT decay. */
  engagement: boolean;
  /** A reply that promotes (positive, neutral, question). */
  promotingReply: boolean;
}

export interface ClassifyInput {
  kind: EngagementKind;
  sentiment?: ReplySentiment | null;
  url?: string | null;
  linkType?: string | null;
  signalType?: TalentflowSignalType | null;
  cycle?: number;
}

/** How the engine stores and counts one happening. */
export function classify(input: ClassifyInput): Classification {
  const E = EventType;
  const base = { counts: null, engagement: false, promotingReply: false } as const;
  switch (input.kind) {
    case 'open':
      return { ...base, eventType: E.EVENT_OPENS_X3, subtype: SUBTYPES.open, counts: 'open', engagement: true };
    case 'click': {
      const not = nonCountingClick(input.url ?? '', input.linkType);
      if (not) {
        const subtype = not === 'unsubscribe' ? SUBTYPES.unsubscribeLinkClick : SUBTYPES.trackingPixelClick;
        return { ...base, eventType: E.EVENT_CLICKS_X2, subtype };
      }
      return { ...base, eventType: E.EVENT_CLICKS_X2, subtype: SUBTYPES.click, counts: 'click', engagement: true };
    }
    case 'reply': {
      const sentiment = input.sentiment ?? 'neutral';
      if (sentiment === 'unsubscribe') return { ...base, eventType: E.EVENT_UNSUBSCRIBE, subtype: SUBTYPES.unsubscribeRequest };
      if (sentiment === 'ooo' || sentiment === 'auto') {
        // Out-of-office and auto-replies are ignored: stored, counted nowhere.
        return { ...base, eventType: E.EVENT_REPLY, subtype: sentiment === 'ooo' ? 'ooo_reply' : 'auto_reply' };
      }
      const promotingReply = PROMOTING_SENTIMENTS.includes(sentiment);
      return { eventType: E.EVENT_REPLY, subtype: `${sentiment}_reply`, counts: 'reply', engagement: true, promotingReply };
    }
    case 'website_visit':
      return { ...base, eventType: E.EVENT_BIT_THRESHOLD, subtype: SUBTYPES.websiteVisit, engagement: true };
    case 'content_download':
      return { ...base, eventType: E.EVENT_BIT_THRESHOLD, subtype: SUBTYPES.contentDownload, engagement: true };
    case 'webinar':
      return { ...base, eventType: E.EVENT_BIT_THRESHOLD, subtype: SUBTYPES.webinar, engagement: true };
    case 'unsubscribe':
      return { ...base, eventType: E.EVENT_UNSUBSCRIBE, subtype: SUBTYPES.unsubscribeLink };
    case 'spam_complaint':
      return { ...base, eventType: E.EVENT_UNSUBSCRIBE, subtype: SUBTYPES.spamComplaint };
    case 'hard_bounce':
      return { ...base, eventType: E.EVENT_HARD_BOUNCE, subtype: SUBTYPES.hardBounce };
    case 'talentflow':
      return { ...base, eventType: E.EVENT_TALENTFLOW_MOVE, subtype: input.signalType ?? 'job_change' };
    case 'appointment':
      return { ...base, eventType: E.EVENT_APPOINTMENT, subtype: SUBTYPES.meetingBooked };
    case 'client_signed':
      return { ...base, eventType: E.EVENT_CLIENT_SIGNED, subtype: SUBTYPES.contractSigned };
    case 'override':
      return { ...base, eventType: E.EVENT_MANUAL_OVERRIDE, subtype: SUBTYPES.manualOverride };
    case 'reengagement_trigger':
      return { ...base, eventType: E.EVENT_REENGAGEMENT_TRIGGER, subtype: `cycle_${input.cycle ?? 1}` };
    case 'inactivity':
      return { ...base, eventType: E.EVENT_INACTIVITY_30D, subtype: SUBTYPES.inactivity };
    case 'reengagement_exhausted':
      return { ...base, eventType: E.EVENT_REENGAGEMENT_EXHAUSTED, subtype: SUBTYPES.exhausted };
  }
}

// ───────────────────────────── BIT score ─────────────────────────────

/** What the score is made of, counted since the person's engagement window start. */
export interface BitComponents {
  uniqueOpens: number;
  uniqueClicks: number;
  /** A promoting reply (positive, neutral, question). */
  replied: boolean;
  websiteVisits: number;
  contentDownloads: number;
  webinar: boolean;
  /** A fresh TalentFlow signal. */
  talentflow: boolean;
}

export const NO_COMPONENTS: BitComponents = Object.freeze({
  uniqueOpens: 0,
  uniqueClicks: 0,
  replied: false,
  websiteVisits: 0,
  contentDownloads: 0,
  webinar: false,
  talentflow: false,
});

export interface BitPoints {
  open: number;
  click: number;
  reply: number;
  website: number;
  content: number;
  webinar: number;
  talentflow: number;
  /** The sum before decay. */
  total: number;
}

export function bitPoints(c: BitComponents, s: BitSettings): BitPoints {
  const p = {
    open: Math.min(c.uniqueOpens * s.openPoints, s.openMaxPoints),
    click: Math.min(c.uniqueClicks * s.clickPoints, s.clickMaxPoints),
    reply: c.replied ? s.replyPoints : 0,
    website: Math.min(c.websiteVisits * s.websiteVisitPoints, s.websiteMaxPoints),
    content: Math.min(c.contentDownloads * s.contentDownloadPoints, s.contentMaxPoints),
    webinar: c.webinar ? s.webinarPoints : 0,
    talentflow: c.talentflow ? s.talentflowPoints : 0,
  };
  return { ...p, total: p.open + p.click + p.reply + p.website + p.content + p.webinar + p.talentflow };
}

/** Whole days (of 24 hours) from the last engagement to `at`; 0 when there is none or it is later. */
export function daysSince(at: Date, last: Date | null): number {
  if (!last) return 0;
  return Math.max(0, Math.floor((at.getTime() - last.getTime()) / DAY_MS));
}

/** Recency decay in points: decayPerDay per whole day since the last engagement, at most decayMaxPoints. */
export function recencyDecay(at: Date, lastEngagement: Date | null, s: BitSettings): number {
  return Math.min(daysSince(at, lastEngagement) * s.decayPerDay, s.decayMaxPoints);
}

/** The score: points minus decay, never below 0. */
export function bitScore(totalPoints: number, decay: number): number {
  return Math.max(0, totalPoints - decay);
}

export type BitLevel = 'NONE' | 'WARM' | 'HOT' | 'PRIORITY';

/** The nested thresholds: PRIORITY implies HOT implies WARM. */
export function bitLevel(score: number, s: BitSettings): BitLevel {
  if (score >= s.priorityThreshold) return 'PRIORITY';
  if (score >= s.hotThreshold) return 'HOT';
  if (score >= s.warmThreshold) return 'WARM';
  return 'NONE';
}

/** Reaching the warm threshold from below raises EVENT_BIT_THRESHOLD. */
export function crossesWarmThreshold(before: number, after: number, s: BitSettings): boolean {
  return before < s.warmThreshold && after >= s.warmThreshold;
}

/** Adds one event's contribution to the components (pure; the service counts the rest in SQL). */
export function addToComponents(c: BitComponents, cls: Classification, unique: boolean): BitComponents {
  const next = { ...c };
  if (cls.counts === 'open' && unique) next.uniqueOpens += 1;
  if (cls.counts === 'click' && unique) next.uniqueClicks += 1;
  if (cls.promotingReply) next.replied = true;
  if (cls.subtype === SUBTYPES.websiteVisit) next.websiteVisits += 1;
  if (cls.subtype === SUBTYPES.contentDownload) next.contentDownloads += 1;
  if (cls.subtype === SUBTYPES.webinar) next.webinar = true;
  return next;
}

// ───────────────────────────── transitions for events ─────────────────────────────

/** A lifecycle event that may move the person (from the event at hand or held back earlier). */
export interface Candidate {
  event: EventType;
  /** Given for a manual override; otherwise the table's target from the current state. */
  to?: LifecycleState;
  /** Which stored engagement event raised it (undefined: the event being ingested). */
  heldEventId?: string;
  /** When it was raised (for ordering equal priorities: earlier first). */
  raisedAt: Date;
  /** Conditions checked when it was raised (written to prospect_movement.validation_checks). */
  checks: ValidationCheck[];
  /** EVENT_TALENTFLOW_MOVE: whether the move is verified (only a verified one moves a SUSPECT). */
  verified?: boolean;
}

export interface ValidationCheck {
  check: string;
  passed: boolean;
  value?: number | string | boolean | null;
  threshold?: number | null;
}

/** What one ingested happening raises, given the counts the service found. */
export interface EventFacts {
  kind: EngagementKind;
  cls: Classification;
  /** Not a repeat of the same send/link on the same UTC day. */
  unique: boolean;
  /** Unique opens / clicks in the window after this event. */
  opensInWindow: number;
  clicksInWindow: number;
  bitBefore: number;
  bitAfter: number;
  /** TalentFlow: the signal is verified, and fresh at the event time. */
  verified?: boolean;
  fresh?: boolean;
  /** Manual override target. */
  overrideTo?: LifecycleState;
  at: Date;
}

/** The lifecycle events one happening raises (before checking the state, lock and cooldown). */
export function raisedEvents(f: EventFacts, s: FunnelSettings): Candidate[] {
  const E = EventType;
  const out: Candidate[] = [];
  const add = (event: EventType, checks: ValidationCheck[] = [], to?: LifecycleState) =>
    out.push({ event, to, raisedAt: f.at, checks });
  switch (f.kind) {
    case 'unsubscribe':
    case 'spam_complaint':
      add(E.EVENT_UNSUBSCRIBE);
      break;
    case 'reply':
      if (f.cls.eventType === E.EVENT_UNSUBSCRIBE) add(E.EVENT_UNSUBSCRIBE);
      if (f.cls.promotingReply) add(E.EVENT_REPLY, [{ check: 'reply_promotes', passed: true, value: f.cls.subtype }]);
      break;
    case 'hard_bounce':
      add(E.EVENT_HARD_BOUNCE);
      break;
    case 'appointment':
      add(E.EVENT_APPOINTMENT, [{ check: 'meeting_scheduled_or_confirmed', passed: true }]);
      break;
    case 'client_signed':
      add(E.EVENT_CLIENT_SIGNED);
      break;
    case 'override':
      add(E.EVENT_MANUAL_OVERRIDE, [], f.overrideTo);
      break;
    case 'talentflow':
      if (f.fresh) {
        add(E.EVENT_TALENTFLOW_MOVE, [
          { check: 'signal_fresh', passed: true, threshold: s.talentflowFreshDays },
          { check: 'move_verified', passed: !!f.verified },
        ]);
        out[out.length - 1]!.verified = !!f.verified;
      }
      break;
    case 'inactivity':
      add(E.EVENT_INACTIVITY_30D, [{ check: 'days_without_engagement', passed: true, threshold: s.inactivityDays }]);
      break;
    case 'reengagement_exhausted':
      add(E.EVENT_REENGAGEMENT_EXHAUSTED, [{ check: 'cycles_without_response', passed: true, threshold: s.reengagementWaitDays.length }]);
      break;
    default:
      break;
  }
  if (f.cls.counts === 'open' && f.unique && f.opensInWindow >= s.opensToWarm) {
    add(E.EVENT_OPENS_X3, [{ check: 'unique_opens_in_window', passed: true, value: f.opensInWindow, threshold: s.opensToWarm }]);
  }
  if (f.cls.counts === 'click' && f.unique && f.clicksInWindow >= s.clicksToWarm) {
    add(E.EVENT_CLICKS_X2, [{ check: 'unique_clicks_in_window', passed: true, value: f.clicksInWindow, threshold: s.clicksToWarm }]);
  }
  if (crossesWarmThreshold(f.bitBefore, f.bitAfter, s.bit)) {
    add(E.EVENT_BIT_THRESHOLD, [{ check: 'bit_score', passed: true, value: f.bitAfter, threshold: s.bit.warmThreshold }]);
  }
  return out;
}

/** Events that still apply to a locked person: suppression and a manual override. */
export const LOCK_EXEMPT_EVENTS: readonly EventType[] = [
  EventType.EVENT_UNSUBSCRIBE,
  EventType.EVENT_HARD_BOUNCE,
  EventType.EVENT_MANUAL_OVERRIDE,
];

export function isCooldownExempt(event: EventType): boolean {
  return COOLDOWN_EXEMPT_EVENTS.includes(event);
}

/**
 * Where a candidate would take a person in `from`, or null when it moves nobody from there (the
 * table, plus the one condition that depends on the state: only a verified move makes a SUSPECT
 * TALENTFLOW_WARM).
 */
export function candidateTarget(from: LifecycleState, c: Pick<Candidate, 'event' | 'to' | 'verified'>): LifecycleState | null {
  if (c.event === EventType.EVENT_TALENTFLOW_MOVE && from === LifecycleState.SUSPECT && c.verified === false) return null;
  const to = c.event === EventType.EVENT_MANUAL_OVERRIDE ? (c.to ?? null) : targetState(from, c.event);
  return to && isValidTransition(from, to, c.event) ? to : null;
}

/** The state an event leads to wherever it applies (null for an override or a re-engagement cycle). */
export function eventTarget(event: EventType): LifecycleState | null {
  const targets = new Set(TRANSITIONS.filter((r) => r.event === event).flatMap((r) => r.to));
  return targets.size === 1 ? [...targets][0]! : null;
}

export interface PersonGate {
  state: LifecycleState;
  locked: boolean;
  cooldownUntil: Date | null;
}

export type Decision =
  | { kind: 'none'; reason: 'no_event' | 'no_transition' | 'locked' }
  | { kind: 'apply'; candidate: Candidate; to: LifecycleState; inCooldown: boolean; bypassed: boolean }
  | { kind: 'hold'; candidate: Candidate; to: LifecycleState };

/** Whether `at` falls inside the cooldown that follows the last state change. */
export function inCooldown(at: Date, cooldownUntil: Date | null): boolean {
  return cooldownUntil !== null && at.getTime() < cooldownUntil.getTime();
}

/** The end of the cooldown that a state change at `changedAt` starts. */
export function cooldownEnd(changedAt: Date, s: FunnelSettings): Date {
  return new Date(changedAt.getTime() + s.cooldownHours * HOUR_MS);
}

function byPriority(s: FunnelSettings) {
  return (a: Candidate, b: Candidate) =>
    s.eventPriority[b.event] - s.eventPriority[a.event] || a.raisedAt.getTime() - b.raisedAt.getTime();
}

/**
 * The one transition to apply now, to hold back, or none. Only the highest-priority pending event
 * applies (`held` are events held back earlier; they compete only once the cooldown is over). An
 * event that is not exempt from the cooldown and falls inside it is held back; an exempt one
 * applies and is recorded as bypassing it. A locked person moves only by LOCK_EXEMPT_EVENTS.
 */
export function decide(
  gate: PersonGate,
  fresh: readonly Candidate[],
  held: readonly Candidate[],
  at: Date,
  s: FunnelSettings,
): Decision {
  const cooling = inCooldown(at, gate.cooldownUntil);
  const pending = cooling ? [...fresh] : [...fresh, ...held];
  if (pending.length === 0) return { kind: 'none', reason: 'no_event' };
  const valid = pending
    .map((candidate) => ({ candidate, to: candidateTarget(gate.state, candidate) }))
    .filter((x): x is { candidate: Candidate; to: LifecycleState } => x.to !== null);
  const allowed = gate.locked ? valid.filter((x) => LOCK_EXEMPT_EVENTS.includes(x.candidate.event)) : valid;
  if (allowed.length === 0) return { kind: 'none', reason: valid.length ? 'locked' : 'no_transition' };
  allowed.sort((a, b) => byPriority(s)(a.candidate, b.candidate));
  const best = allowed[0]!;
  if (cooling && !isCooldownExempt(best.candidate.event)) return { kind: 'hold', candidate: best.candidate, to: best.to };
  return { kind: 'apply', candidate: best.candidate, to: best.to, inCooldown: cooling, bypassed: cooling };
}

/** The warm_universe reason for entering WARM on an event. */
export function warmReason(event: EventType): 'reply' | 'opens_x3' | 'clicks_x2' | 'bit_threshold' | 'manual' {
  switch (event) {
    case EventType.EVENT_REPLY:
      return 'reply';
    case EventType.EVENT_OPENS_X3:
      return 'opens_x3';
    case EventType.EVENT_CLICKS_X2:
      return 'clicks_x2';
    case EventType.EVENT_BIT_THRESHOLD:
      return 'bit_threshold';
    default:
      return 'manual';
  }
}

// ───────────────────────────── time rules ─────────────────────────────

/** What the sweep needs to know about a person to find the next time rule due. */
export interface TimeSnapshot {
  state: LifecycleState;
  locked: boolean;
  enteredSuspectTs: Date;
  lastStateChangeTs: Date | null;
  lastEngagementTs: Date | null;
  cooldownUntil: Date | null;
  reengagementCycle: number;
  lastReengagementTs: Date | null;
  /** Held-back events (the highest priority first), if any. */
  heldPriority: number | null;
  /** APPOINTMENT: start of the latest meeting still scheduled, confirmed or rescheduled (null: none). */
  latestOpenMeetingTs: Date | null;
}

export type DueRule = 'held' | 'inactivity' | 'reengagement_trigger' | 'reengagement_exhausted';

export interface Due {
  rule: DueRule;
  at: Date;
}

const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY_MS);
const later = (...ds: (Date | null)[]) =>
  new Date(Math.max(...ds.filter((d): d is Date => d !== null).map((d) => d.getTime())));

/**
 * The earliest time rule that falls due for a person (at any time; the sweep applies those due by
 * its "now"), or null. Inactivity counts from the later of the last engagement and the last state
 * change; for APPOINTMENT also from the latest meeting still on the calendar, so a person with an
 * upcoming meeting never goes inactive. Re-engagement cycle n falls due reengagementWaitDays[n-1]
 * days after the previous cycle (the first after entering REENGAGEMENT); exhaustion
 * reengagementExhaustAfterDays after the last cycle. Held-back events fall due when the cooldown
 * ends. A lock stops every time rule.
 */
export function nextDue(p: TimeSnapshot, s: FunnelSettings): Due | null {
  if (p.locked) return null;
  const dues: Due[] = [];
  const cooldownOver = (d: Date) => (p.cooldownUntil && p.cooldownUntil > d ? p.cooldownUntil : d);
  if (p.heldPriority !== null) dues.push({ rule: 'held', at: p.cooldownUntil ?? new Date(0) });
  const since = later(p.lastEngagementTs, p.lastStateChangeTs, p.enteredSuspectTs);
  if (p.state === LifecycleState.WARM || p.state === LifecycleState.TALENTFLOW_WARM) {
    dues.push({ rule: 'inactivity', at: cooldownOver(addDays(since, s.inactivityDays)) });
  } else if (p.state === LifecycleState.APPOINTMENT) {
    dues.push({ rule: 'inactivity', at: cooldownOver(addDays(later(since, p.latestOpenMeetingTs), s.inactivityDays)) });
  } else if (p.state === LifecycleState.REENGAGEMENT) {
    const ref = p.lastReengagementTs ?? p.lastStateChangeTs ?? p.enteredSuspectTs;
    const waits = s.reengagementWaitDays;
    if (p.reengagementCycle < waits.length) {
      dues.push({ rule: 'reengagement_trigger', at: addDays(ref, waits[p.reengagementCycle]!) });
    } else {
      dues.push({ rule: 'reengagement_exhausted', at: cooldownOver(addDays(ref, s.reengagementExhaustAfterDays)) });
    }
  }
  if (dues.length === 0) return null;
  const priority = (d: Due) =>
    d.rule === 'held'
      ? (p.heldPriority ?? 0)
      : s.eventPriority[
          d.rule === 'inactivity'
            ? EventType.EVENT_INACTIVITY_30D
            : d.rule === 'reengagement_trigger'
              ? EventType.EVENT_REENGAGEMENT_TRIGGER
              : EventType.EVENT_REENGAGEMENT_EXHAUSTED
        ];
  dues.sort((a, b) => a.at.getTime() - b.at.getTime() || priority(b) - priority(a));
  return dues[0]!;
}

// ───────────────────────────── audit replay ─────────────────────────────

export interface MovementLike {
  fromState: LifecycleState;
  toState: LifecycleState;
  toFunnel: string | null;
  eventType: EventType;
}

/**
 * Rebuilds a person's state and funnel from their audit rows (oldest first), starting as a
 * SUSPECT in the cold universe. Throws when a row does not start where the previous one ended or
 * is not a move the table allows.
 */
export function replayMovements(
  movements: readonly MovementLike[],
  start: { state: LifecycleState; funnel: string } = { state: LifecycleState.SUSPECT, funnel: 'COLD_UNIVERSE' },
): { state: LifecycleState; funnel: string } {
  let { state, funnel } = start;
  movements.forEach((m, i) => {
    if (m.fromState !== state) throw new Error(`movement ${i} starts in ${m.fromState}, but the person was ${state}`);
    if (!isValidTransition(m.fromState, m.toState, m.eventType)) {
      throw new Error(`movement ${i} (${m.fromState} --${m.eventType}--> ${m.toState}) is not allowed`);
    }
    state = m.toState;
    funnel = m.toFunnel ?? funnel;
  });
  return { state, funnel };
}

// ───────────────────────────── appointments ─────────────────────────────

export type AppointmentStatusValue = 'scheduled' | 'confirmed' | 'completed' | 'no_show' | 'cancelled' | 'rescheduled';
export type AppointmentAction = 'confirm' | 'reschedule' | 'complete' | 'no_show' | 'cancel';

/** Meetings still on the calendar (a rescheduled meeting is one too). */
export const OPEN_APPOINTMENT_STATUSES: readonly AppointmentStatusValue[] = ['scheduled', 'confirmed', 'rescheduled'];

/**
 * The status an action leaves a meeting in, or null when it is not allowed from `from`: only a
 * meeting still on the calendar can be confirmed (not twice), rescheduled, completed, missed or
 * cancelled; completed, no_show and cancelled are final.
 */
export function appointmentAfter(from: AppointmentStatusValue, action: AppointmentAction): AppointmentStatusValue | null {
  if (!OPEN_APPOINTMENT_STATUSES.includes(from)) return null;
  switch (action) {
    case 'confirm':
      return from === 'confirmed' ? null : 'confirmed';
    case 'reschedule':
      return 'rescheduled';
    case 'complete':
      return 'completed';
    case 'no_show':
      return 'no_show';
    case 'cancel':
      return 'cancelled';
  }
}

export type AppointmentOutcomeValue = 'positive' | 'neutral' | 'negative' | 'no_decision' | 'pending';

/**
 * The follow-up after a meeting ends. A held meeting with a positive, neutral or undecided
 * outcome gets a follow-up meetingFollowUpDays after it; a no-show gets one noShowFollowUpDays
 * after it (to rebook); a negative outcome or a cancellation gets none. A date given by the
 * caller wins. The person stays in APPOINTMENT either way; with no meeting left on the calendar
 * they are subject to inactivity (30 days after the last engagement, an attended meeting counts).
 */
export function followUpFor(
  result: { status: 'completed'; outcome: AppointmentOutcomeValue } | { status: 'no_show' | 'cancelled' },
  meetingAt: Date,
  s: FunnelSettings,
  given?: Date | null,
): { scheduled: boolean; date: Date | null } {
  if (given) return { scheduled: true, date: given };
  const days =
    result.status === 'no_show'
      ? s.noShowFollowUpDays
      : result.status === 'completed' && result.outcome !== 'negative'
        ? s.meetingFollowUpDays
        : null;
  if (days === null) return { scheduled: false, date: null };
  return { scheduled: true, date: new Date(meetingAt.getTime() + days * DAY_MS) };
}

/** A job change to the company the person already works for is not a move (DOMAIN.md: invalid input). */
export function sameCompanyJobChange(input: {
  signalType: TalentflowSignalType;
  oldCompanyId?: string | null;
  newCompanyId?: string | null;
  oldCompanyName?: string | null;
  newCompanyName?: string | null;
}): boolean {
  if (input.signalType !== TalentflowSignalType.job_change) return false;
  if (input.oldCompanyId && input.newCompanyId) return input.oldCompanyId.toLowerCase() === input.newCompanyId.toLowerCase();
  const norm = (n: string | null | undefined) => n?.trim().toLowerCase().replace(/\s+/g, ' ') || null;
  const a = norm(input.oldCompanyName);
  const b = norm(input.newCompanyName);
  return a !== null && a === b;
}

/** Whether a signal at `signalTs`, learned of at `at`, is still fresh. */
export function isFreshSignal(signalTs: Date, at: Date, s: FunnelSettings): boolean {
  return signalTs.getTime() <= at.getTime() && at.getTime() - signalTs.getTime() < s.talentflowFreshDays * DAY_MS;
}
