// The lifecycle as the seed plays it: a small, self-contained replay of DOMAIN.md's rules
// (transition table, 3 opens / 2 clicks in 30 days, replies, BIT score and its threshold,
// TalentFlow, inactivity, re-engagement cycles, anti-thrashing, suppression). The demo data is
// generated as behaviour (sends, opens, replies, job moves, meetings) and this engine decides what
// state each behaviour leads to, so every person's stored state, counters, BIT history and audit
// rows agree with their events by construction, not by assertion.
import type { Rng } from './random.js';
import { DAY, HOUR, MINUTE } from './time.js';

export type State =
  | 'SUSPECT'
  | 'WARM'
  | 'TALENTFLOW_WARM'
  | 'REENGAGEMENT'
  | 'APPOINTMENT'
  | 'CLIENT'
  | 'DISQUALIFIED'
  | 'UNSUBSCRIBED';
export type Funnel = 'COLD_UNIVERSE' | 'TALENTFLOW_UNIVERSE' | 'WARM_UNIVERSE' | 'REENGAGEMENT_UNIVERSE';
export type EventType =
  | 'EVENT_REPLY'
  | 'EVENT_CLICKS_X2'
  | 'EVENT_OPENS_X3'
  | 'EVENT_TALENTFLOW_MOVE'
  | 'EVENT_BIT_THRESHOLD'
  | 'EVENT_REENGAGEMENT_TRIGGER'
  | 'EVENT_APPOINTMENT'
  | 'EVENT_CLIENT_SIGNED'
  | 'EVENT_INACTIVITY_30D'
  | 'EVENT_REENGAGEMENT_EXHAUSTED'
  | 'EVENT_UNSUBSCRIBE'
  | 'EVENT_HARD_BOUNCE'
  | 'EVENT_MANUAL_OVERRIDE';

export const STATES: State[] = [
  'SUSPECT',
  'WARM',
  'TALENTFLOW_WARM',
  'REENGAGEMENT',
  'APPOINTMENT',
  'CLIENT',
  'DISQUALIFIED',
  'UNSUBSCRIBED',
];

/** Events that may move someone inside the 24-hour anti-thrashing window. */
export const COOLDOWN_EXEMPT = new Set<EventType>([
  'EVENT_APPOINTMENT',
  'EVENT_CLIENT_SIGNED',
  'EVENT_UNSUBSCRIBE',
  'EVENT_HARD_BOUNCE',
  'EVENT_MANUAL_OVERRIDE',
]);

export const PRIORITY: Record<EventType, number> = {
  EVENT_CLIENT_SIGNED: 100,
  EVENT_MANUAL_OVERRIDE: 100,
  EVENT_UNSUBSCRIBE: 95,
  EVENT_HARD_BOUNCE: 95,
  EVENT_APPOINTMENT: 90,
  EVENT_TALENTFLOW_MOVE: 80,
  EVENT_REPLY: 70,
  EVENT_BIT_THRESHOLD: 60,
  EVENT_CLICKS_X2: 50,
  EVENT_OPENS_X3: 40,
  EVENT_REENGAGEMENT_TRIGGER: 30,
  EVENT_INACTIVITY_30D: 20,
  EVENT_REENGAGEMENT_EXHAUSTED: 10,
};

const TERMINAL = new Set<State>(['CLIENT', 'DISQUALIFIED', 'UNSUBSCRIBED']);

/** DOMAIN.md's table of allowed transitions, exactly (conditions are the caller's business). */
export function isAllowedTransition(from: State, event: EventType, to: State): boolean {
  if (from === to) return false;
  switch (event) {
    case 'EVENT_REPLY':
      return to === 'WARM' && (from === 'SUSPECT' || from === 'REENGAGEMENT');
    case 'EVENT_OPENS_X3':
    case 'EVENT_CLICKS_X2':
    case 'EVENT_BIT_THRESHOLD':
      return from === 'SUSPECT' && to === 'WARM';
    case 'EVENT_TALENTFLOW_MOVE':
      return to === 'TALENTFLOW_WARM' && (from === 'SUSPECT' || from === 'WARM' || from === 'REENGAGEMENT');
    case 'EVENT_APPOINTMENT':
      return to === 'APPOINTMENT' && (from === 'WARM' || from === 'TALENTFLOW_WARM' || from === 'REENGAGEMENT');
    case 'EVENT_INACTIVITY_30D':
      return to === 'REENGAGEMENT' && (from === 'WARM' || from === 'TALENTFLOW_WARM' || from === 'APPOINTMENT');
    case 'EVENT_REENGAGEMENT_EXHAUSTED':
      return from === 'REENGAGEMENT' && to === 'SUSPECT';
    case 'EVENT_CLIENT_SIGNED':
      return from === 'APPOINTMENT' && to === 'CLIENT';
    case 'EVENT_UNSUBSCRIBE':
      return !TERMINAL.has(from) && to === 'UNSUBSCRIBED';
    case 'EVENT_HARD_BOUNCE':
      return to === 'DISQUALIFIED' && ['SUSPECT', 'WARM', 'TALENTFLOW_WARM', 'REENGAGEMENT'].includes(from);
    case 'EVENT_MANUAL_OVERRIDE':
      return from !== 'CLIENT' && from !== 'UNSUBSCRIBED' && to !== 'CLIENT';
    case 'EVENT_REENGAGEMENT_TRIGGER':
      return false;
  }
}

/** The funnel a state puts someone in; APPOINTMENT, CLIENT and suppression keep the current one. */
export function funnelFor(state: State, current: Funnel): Funnel {
  switch (state) {
    case 'SUSPECT':
      return 'COLD_UNIVERSE';
    case 'TALENTFLOW_WARM':
      return 'TALENTFLOW_UNIVERSE';
    case 'WARM':
      return 'WARM_UNIVERSE';
    case 'REENGAGEMENT':
      return 'REENGAGEMENT_UNIVERSE';
    default:
      return current;
  }
}

// ── the numbers (DOMAIN.md's defaults) ──
export const RULES = {
  opensToWarm: 3,
  clicksToWarm: 2,
  windowDays: 30,
  bitWarm: 25,
  bitHot: 50,
  bitPriority: 75,
  inactivityDays: 30,
  reengagementWaits: [60, 75, 90],
  /** After the third cycle, how long without a response before EXHAUSTED (a seed setting). */
  exhaustAfterDays: 30,
  cooldownHours: 24,
  talentflowFreshDays: 90,
};

export interface BitComponents {
  opens: number;
  clicks: number;
  replied: boolean;
  visits: number;
  downloads: number;
  webinar: boolean;
  talentflow: boolean;
}

export function bitPoints(c: BitComponents) {
  return {
    open: 2 * Math.min(c.opens, 5),
    click: 5 * Math.min(c.clicks, 3),
    reply: c.replied ? 15 : 0,
    website: 3 * Math.min(c.visits, 4),
    content: 8 * Math.min(c.downloads, 2),
    webinar: c.webinar ? 10 : 0,
    talentflow: c.talentflow ? 20 : 0,
  };
}

/** The BIT score: the capped components minus one point a day since the last engagement (≤ 30). */
export function bitScore(c: BitComponents, decayDays: number): number {
  const p = bitPoints(c);
  const sum = p.open + p.click + p.reply + p.website + p.content + p.webinar + p.talentflow;
  return Math.max(0, sum - Math.min(30, Math.max(0, Math.floor(decayDays))));
}

export type Engagement =
  | 'open'
  | 'click'
  | 'reply'
  | 'visit'
  | 'download'
  | 'webinar'
  | 'talentflow'
  | 'unsubscribe'
  | 'bounce'
  | 'appointment'
  | 'signed'
  | 'override'
  | 'reengagement';

export interface EventRow {
  id: string;
  type: EventType;
  subtype: string;
  ts: number;
  sourceSystem: string;
  sourceCampaignId: string | null;
  sourceEmailId: string | null;
  metadata: Record<string, unknown>;
  processedAt: number;
  triggered: boolean;
  toState: State | null;
}

export interface MovementRow {
  id: string;
  from: State;
  to: State;
  fromFunnel: Funnel;
  toFunnel: Funnel;
  event: EventType;
  triggeringEventId: string | null;
  triggeringTable: string | null;
  eventTs: number;
  processedAt: number;
  wasInCooldown: boolean;
  bypassed: boolean;
  bypassReason: string | null;
  override: { user: string; reason: string } | null;
  checks: string[];
}

export interface BitRow {
  id: string;
  ts: number;
  score: number;
  previous: number | null;
  points: ReturnType<typeof bitPoints>;
  decay: number;
  reason: string;
  eventId: string | null;
  triggeredChange: boolean;
  newState: State | null;
}

export interface Change {
  from: State;
  to: State;
  event: EventType;
  at: number;
}

export interface EngageInput {
  kind: Engagement;
  at: number;
  subtype: string;
  sourceSystem: string;
  sourceCampaignId?: string | null;
  sourceEmailId?: string | null;
  metadata?: Record<string, unknown>;
  /** For replies: positive, neutral, question promote; negative, ooo do not. */
  sentiment?: string;
  /** For TalentFlow: only a verified move promotes. */
  verified?: boolean;
  /** For overrides. */
  overrideTo?: State;
  overrideUser?: string;
  overrideReason?: string;
}

const ENGAGING = new Set<Engagement>(['open', 'click', 'reply', 'visit', 'download', 'webinar']);

/** One person's lifecycle. Call `due()` / `fire()` between happenings, `engage()` for each one. */
export class Lifecycle {
  state: State = 'SUSPECT';
  funnel: Funnel = 'COLD_UNIVERSE';
  lastChange: number | null = null;
  lastEngagement: number | null = null;
  lastEventTs: number | null = null;
  windowStart: number;
  cycle = 0;
  lastReengagementTs: number | null = null;
  reengagementEnteredAt: number | null = null;
  /** Start of the current/next meeting while in APPOINTMENT (null when none is upcoming). */
  meetingAt: number | null = null;
  bounced = false;
  unsubscribed = false;
  disqualified = false;
  opens = 0;
  clicks = 0;
  replies = 0;
  everWarm: { at: number; reason: string; eventId: string | null; opens: number; clicks: number; replies: number; bit: number } | null =
    null;
  readonly events: EventRow[] = [];
  readonly movements: MovementRow[] = [];
  readonly bits: BitRow[] = [];
  private readonly openTimes: number[] = [];
  private readonly clickTimes: number[] = [];
  private readonly bit: BitComponents = {
    opens: 0,
    clicks: 0,
    replied: false,
    visits: 0,
    downloads: 0,
    webinar: false,
    talentflow: false,
  };
  private lastBitScore: number | null = null;
  private lastBitDay = -1;
  private held: { event: EventType; to: State; eventRow: EventRow; due: number } | null = null;

  constructor(
    private readonly rng: Rng,
    readonly enteredAt: number,
  ) {
    this.windowStart = enteredAt;
  }

  /** The next time a sweep would move this person (inactivity, re-engagement, held event). */
  due(): number | null {
    let next: number | null = this.held ? this.held.due : null;
    const consider = (t: number) => {
      if (next === null || t < next) next = t;
    };
    const since = Math.max(this.lastEngagement ?? this.enteredAt, this.lastChange ?? this.enteredAt);
    if (this.state === 'WARM' || this.state === 'TALENTFLOW_WARM') {
      consider(sweepTime(since + RULES.inactivityDays * DAY));
    } else if (this.state === 'APPOINTMENT') {
      // Only once the meeting is behind them: an upcoming meeting keeps them in APPOINTMENT.
      consider(sweepTime(Math.max(since, this.meetingAt ?? 0) + RULES.inactivityDays * DAY));
    } else if (this.state === 'REENGAGEMENT') {
      if (this.cycle < 3) {
        const ref = this.cycle === 0 ? this.reengagementEnteredAt! : this.lastReengagementTs!;
        consider(sweepTime(ref + RULES.reengagementWaits[this.cycle]! * DAY));
      } else {
        consider(sweepTime(this.lastReengagementTs! + RULES.exhaustAfterDays * DAY));
      }
    }
    return next;
  }

  /** Runs the sweep that is due at `due()`. Returns the state change, or a new cycle. */
  fire(): { change?: Change; cycle?: number; at: number } {
    const at = this.due()!;
    if (this.held && this.held.due === at) {
      const h = this.held;
      if (this.lastChange !== null && at - this.lastChange < RULES.cooldownHours * HOUR) {
        // An exempt event moved them meanwhile: the wait starts again.
        h.due = this.lastChange + RULES.cooldownHours * HOUR + 5 * MINUTE;
        return { at };
      }
      this.held = null;
      h.eventRow.processedAt = at;
      if (isAllowedTransition(this.state, h.event, h.to)) {
        h.eventRow.triggered = true;
        h.eventRow.toState = h.to;
        return { change: this.move(h.to, h.event, at, h.eventRow, { heldFrom: h.eventRow.ts }), at };
      }
      return { at };
    }
    if (this.state === 'REENGAGEMENT' && this.cycle < 3) {
      this.cycle += 1;
      this.lastReengagementTs = at;
      this.record({
        kind: 'reengagement',
        at,
        subtype: `cycle_${this.cycle}`,
        sourceSystem: 'gtm-graph-sweep',
        metadata: { cycle: this.cycle, waited_days: RULES.reengagementWaits[this.cycle - 1] },
      });
      return { cycle: this.cycle, at };
    }
    if (this.state === 'REENGAGEMENT') {
      return { change: this.move('SUSPECT', 'EVENT_REENGAGEMENT_EXHAUSTED', at, null, {}), at };
    }
    return { change: this.move('REENGAGEMENT', 'EVENT_INACTIVITY_30D', at, null, {}), at };
  }

  /** Records an engagement (or explicit request) and applies the transition it earns, if any. */
  engage(input: EngageInput): { row: EventRow; change?: Change; held?: boolean } {
    const row = this.record(input);
    const at = input.at;
    if (ENGAGING.has(input.kind)) this.lastEngagement = at;
    const before = this.currentBit(at, true);
    switch (input.kind) {
      case 'open':
        this.opens += 1;
        this.bit.opens += 1;
        this.openTimes.push(at);
        break;
      case 'click':
        this.clicks += 1;
        this.bit.clicks += 1;
        this.clickTimes.push(at);
        break;
      case 'reply':
        this.replies += 1;
        if (input.sentiment !== 'ooo') this.bit.replied = true;
        break;
      case 'visit':
        this.bit.visits += 1;
        break;
      case 'download':
        this.bit.downloads += 1;
        break;
      case 'webinar':
        this.bit.webinar = true;
        break;
      case 'talentflow':
        if (input.verified) this.bit.talentflow = true;
        break;
      case 'bounce':
        this.bounced = true;
        break;
      case 'unsubscribe':
        this.unsubscribed = true;
        break;
      default:
        break;
    }
    const bitRelevant = ENGAGING.has(input.kind) || (input.kind === 'talentflow' && input.verified);
    const after = bitRelevant ? bitScore(this.bit, 0) : before;

    // Candidate transitions for this event; the highest priority wins.
    const candidates: { event: EventType; to: State }[] = [];
    const s = this.state;
    const windowFrom = Math.max(at - RULES.windowDays * DAY, this.windowStart);
    if (input.kind === 'unsubscribe') candidates.push({ event: 'EVENT_UNSUBSCRIBE', to: 'UNSUBSCRIBED' });
    if (input.kind === 'bounce') candidates.push({ event: 'EVENT_HARD_BOUNCE', to: 'DISQUALIFIED' });
    if (input.kind === 'appointment') candidates.push({ event: 'EVENT_APPOINTMENT', to: 'APPOINTMENT' });
    if (input.kind === 'signed') candidates.push({ event: 'EVENT_CLIENT_SIGNED', to: 'CLIENT' });
    if (input.kind === 'override') candidates.push({ event: 'EVENT_MANUAL_OVERRIDE', to: input.overrideTo! });
    if (input.kind === 'talentflow' && input.verified)
      candidates.push({ event: 'EVENT_TALENTFLOW_MOVE', to: 'TALENTFLOW_WARM' });
    if (input.kind === 'reply' && ['positive', 'neutral', 'question'].includes(input.sentiment ?? ''))
      candidates.push({ event: 'EVENT_REPLY', to: 'WARM' });
    if (bitRelevant && before < RULES.bitWarm && after >= RULES.bitWarm)
      candidates.push({ event: 'EVENT_BIT_THRESHOLD', to: 'WARM' });
    if (input.kind === 'click' && this.clickTimes.filter((t) => t >= windowFrom).length >= RULES.clicksToWarm)
      candidates.push({ event: 'EVENT_CLICKS_X2', to: 'WARM' });
    if (input.kind === 'open' && this.openTimes.filter((t) => t >= windowFrom).length >= RULES.opensToWarm)
      candidates.push({ event: 'EVENT_OPENS_X3', to: 'WARM' });
    const allowed = candidates
      .filter((c) => isAllowedTransition(s, c.event, c.to))
      .sort((a, b) => PRIORITY[b.event] - PRIORITY[a.event]);

    let change: Change | undefined;
    let held = false;
    const pick = allowed[0];
    if (pick) {
      const inCooldown = this.lastChange !== null && at - this.lastChange < RULES.cooldownHours * HOUR;
      if (inCooldown && !COOLDOWN_EXEMPT.has(pick.event)) {
        // Held back: stays unprocessed until the wait ends, then applies if still allowed.
        const dueAt = this.lastChange! + RULES.cooldownHours * HOUR + this.rng.int(1, 20) * MINUTE;
        if (!this.held || PRIORITY[pick.event] > PRIORITY[this.held.event]) {
          this.held = { event: pick.event, to: pick.to, eventRow: row, due: dueAt };
        }
        held = true;
      } else {
        row.triggered = true;
        row.toState = pick.to;
        change = this.move(pick.to, pick.event, at, row, {
          override:
            input.kind === 'override' ? { user: input.overrideUser!, reason: input.overrideReason! } : undefined,
        });
      }
    } else if (input.kind === 'bounce') {
      // In APPOINTMENT a bounce only flags the person.
    }
    if (bitRelevant) this.logBit(at, after, before, reasonFor(input), row.id, change);
    return { row, change, held };
  }

  /** The score now (decay counted from the last engagement). */
  currentBit(at: number, beforeEvent = false): number {
    const last = this.lastEngagement;
    if (last === null) return bitScore(this.bit, 0);
    const decay = beforeEvent ? Math.floor((at - last) / DAY) : Math.floor((at - last) / DAY);
    return bitScore(this.bit, decay);
  }

  /** Writes the daily decay row at the last sweep before `now` if decay changed the score. */
  finish(now: number, idFor: () => string): void {
    if (this.lastBitScore === null || this.lastEngagement === null) return;
    const sweep = Math.floor(now / DAY) * DAY + 2 * HOUR <= now ? Math.floor(now / DAY) * DAY + 2 * HOUR : Math.floor(now / DAY) * DAY - DAY + 2 * HOUR;
    if (sweep <= this.lastEngagement) return;
    const decay = Math.min(30, Math.floor((sweep - this.lastEngagement) / DAY));
    const score = bitScore(this.bit, decay);
    if (score === this.lastBitScore) return;
    this.bits.push({
      id: idFor(),
      ts: sweep,
      score,
      previous: this.lastBitScore,
      points: bitPoints(this.bit),
      decay,
      reason: 'daily_decay',
      eventId: null,
      triggeredChange: false,
      newState: null,
    });
    this.lastBitScore = score;
  }

  get bitScoreNow(): number {
    return this.lastBitScore ?? 0;
  }

  /** The BIT points before decay (suspect_universe.bit_points). */
  get bitPointsNow(): number {
    const p = bitPoints(this.bit);
    return p.open + p.click + p.reply + p.website + p.content + p.webinar + p.talentflow;
  }

  private logBit(at: number, score: number, before: number, reason: string, eventId: string, change?: Change) {
    // One row per day with engagement (the day's last recomputation), plus every threshold crossing.
    const day = Math.floor(at / DAY);
    const crossing = change?.event === 'EVENT_BIT_THRESHOLD';
    const last = this.bits[this.bits.length - 1];
    if (last && day === this.lastBitDay && !crossing && !last.triggeredChange) {
      last.ts = at;
      last.score = score;
      last.points = bitPoints(this.bit);
      last.reason = reason;
      last.eventId = eventId;
    } else {
      this.bits.push({
        id: this.rng.uuid(),
        ts: at,
        score,
        previous: this.lastBitScore ?? (before === 0 ? null : before),
        points: bitPoints(this.bit),
        decay: 0,
        reason,
        eventId,
        triggeredChange: crossing,
        newState: crossing ? 'WARM' : null,
      });
    }
    this.lastBitDay = day;
    this.lastBitScore = score;
  }

  private record(input: EngageInput): EventRow {
    const row: EventRow = {
      id: this.rng.uuid(),
      type: eventTypeFor(input),
      subtype: input.subtype,
      ts: input.at,
      sourceSystem: input.sourceSystem,
      sourceCampaignId: input.sourceCampaignId ?? null,
      sourceEmailId: input.sourceEmailId ?? null,
      metadata: input.metadata ?? {},
      processedAt: input.at + this.rng.int(2, 90) * 1000,
      triggered: false,
      toState: null,
    };
    this.events.push(row);
    if (this.lastEventTs === null || input.at > this.lastEventTs) this.lastEventTs = input.at;
    return row;
  }

  private move(
    to: State,
    event: EventType,
    at: number,
    row: EventRow | null,
    extra: { override?: { user: string; reason: string }; heldFrom?: number },
  ): Change {
    const from = this.state;
    if (!isAllowedTransition(from, event, to)) throw new Error(`seed lifecycle: ${from} -${event}-> ${to} is not allowed`);
    const inCooldown = this.lastChange !== null && at - this.lastChange < RULES.cooldownHours * HOUR;
    if (inCooldown && !COOLDOWN_EXEMPT.has(event)) throw new Error('seed lifecycle: cooldown violated');
    const fromFunnel = this.funnel;
    const toFunnel = funnelFor(to, fromFunnel);
    const checks = ['transition_allowed', 'cooldown_checked'];
    if (event === 'EVENT_OPENS_X3') checks.push('opens_in_window>=3');
    if (event === 'EVENT_CLICKS_X2') checks.push('clicks_in_window>=2');
    if (event === 'EVENT_BIT_THRESHOLD') checks.push('bit_score>=25');
    if (event === 'EVENT_TALENTFLOW_MOVE') checks.push('move_verified');
    this.movements.push({
      id: this.rng.uuid(),
      from,
      to,
      fromFunnel,
      toFunnel,
      event,
      triggeringEventId: row?.id ?? null,
      triggeringTable: row ? 'funnel.engagement_events' : 'sweep',
      eventTs: extra.heldFrom ?? (row ? row.ts : at),
      processedAt: at,
      wasInCooldown: inCooldown || extra.heldFrom !== undefined,
      bypassed: inCooldown && COOLDOWN_EXEMPT.has(event),
      bypassReason: inCooldown && COOLDOWN_EXEMPT.has(event) ? `${event} is exempt from the 24h cooldown` : null,
      override: extra.override ?? null,
      checks,
    });
    if (to === 'WARM' && !this.everWarm) {
      const reason =
        event === 'EVENT_REPLY'
          ? 'reply'
          : event === 'EVENT_OPENS_X3'
            ? 'opens_x3'
            : event === 'EVENT_CLICKS_X2'
              ? 'clicks_x2'
              : event === 'EVENT_BIT_THRESHOLD'
                ? 'bit_threshold'
                : 'manual';
      this.everWarm = {
        at,
        reason,
        eventId: row?.id ?? null,
        opens: this.opens,
        clicks: this.clicks,
        replies: this.replies,
        bit: bitScore(this.bit, 0),
      };
    }
    this.state = to;
    this.funnel = toFunnel;
    this.lastChange = at;
    if (to === 'REENGAGEMENT') {
      this.cycle = 0;
      this.reengagementEnteredAt = at;
      this.lastReengagementTs = null;
      this.windowStart = at; // both windows restart on entering REENGAGEMENT
    }
    if (to === 'DISQUALIFIED') this.disqualified = true;
    if (to !== 'APPOINTMENT') this.meetingAt = null;
    return { from, to, event, at };
  }
}

function eventTypeFor(input: EngageInput): EventType {
  switch (input.kind) {
    case 'open':
      return 'EVENT_OPENS_X3';
    case 'click':
      return 'EVENT_CLICKS_X2';
    case 'reply':
      return 'EVENT_REPLY';
    case 'visit':
    case 'download':
    case 'webinar':
      return 'EVENT_BIT_THRESHOLD';
    case 'talentflow':
      return 'EVENT_TALENTFLOW_MOVE';
    case 'unsubscribe':
      return 'EVENT_UNSUBSCRIBE';
    case 'bounce':
      return 'EVENT_HARD_BOUNCE';
    case 'appointment':
      return 'EVENT_APPOINTMENT';
    case 'signed':
      return 'EVENT_CLIENT_SIGNED';
    case 'override':
      return 'EVENT_MANUAL_OVERRIDE';
    case 'reengagement':
      return 'EVENT_REENGAGEMENT_TRIGGER';
  }
}

function reasonFor(input: EngageInput): string {
  switch (input.kind) {
    case 'open':
      return 'email_open';
    case 'click':
      return 'email_click';
    case 'reply':
      return 'reply_received';
    case 'visit':
      return 'website_visit';
    case 'download':
      return 'content_download';
    case 'webinar':
      return 'webinar_attended';
    case 'talentflow':
      return 'talentflow_signal';
    default:
      return input.kind;
  }
}

/** Sweeps run every 15 minutes: a deadline is acted on at the next quarter hour. */
export function sweepTime(t: number): number {
  const q = 15 * MINUTE;
  return Math.ceil(t / q) * q + 3 * 60_000;
}
