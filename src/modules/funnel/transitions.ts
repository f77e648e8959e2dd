// The lifecycle's state machine as data: DOMAIN.md's transition table, the funnel each state
// belongs to, the terminal states, and the priority of pending events. Pure, so the lifecycle
// engine and its tests share one definition; the SQL function funnel.is_valid_transition is its
// twin (test/db/transitions.test.ts compares the two over every (from, to, event)).
//
// Conditions ("3 unique opens within 30 days", "the move is verified", …) are the engine's to
// check with the current settings; this module answers whether a move can exist at all.
import { EventType, FunnelMembership, LifecycleState } from '../../generated/prisma/enums.js';

export interface TransitionRule {
  /** States the rule moves people out of. */
  readonly from: readonly LifecycleState[];
  readonly event: EventType;
  /** States the rule may move people into (several only for a manual override). */
  readonly to: readonly LifecycleState[];
  /** When the move applies, in DOMAIN.md's words; empty when unconditional. */
  readonly condition: string;
}

const S = LifecycleState;
const E = EventType;

export const ALL_STATES: readonly LifecycleState[] = Object.values(LifecycleState);
export const ALL_EVENTS: readonly EventType[] = Object.values(EventType);

/** Nothing moves a person out of these (DOMAIN.md: not even suppression or override out of CLIENT). */
export const TERMINAL_STATES: readonly LifecycleState[] = [S.CLIENT, S.DISQUALIFIED, S.UNSUBSCRIBED];

export const NON_TERMINAL_STATES: readonly LifecycleState[] = ALL_STATES.filter((s) => !TERMINAL_STATES.includes(s));

/** Everything but CLIENT and UNSUBSCRIBED may be overridden; DISQUALIFIED can be corrected by hand. */
const OVERRIDABLE: readonly LifecycleState[] = ALL_STATES.filter((s) => s !== S.CLIENT && s !== S.UNSUBSCRIBED);

/** DOMAIN.md's table, one entry per row. Anything not listed here is rejected. */
export const TRANSITIONS: readonly TransitionRule[] = [
  { from: [S.SUSPECT], event: E.EVENT_REPLY, to: [S.WARM], condition: 'reply is positive, neutral or a question' },
  { from: [S.SUSPECT], event: E.EVENT_OPENS_X3, to: [S.WARM], condition: '3 unique opens within 30 days' },
  { from: [S.SUSPECT], event: E.EVENT_CLICKS_X2, to: [S.WARM], condition: '2 unique clicks within 30 days' },
  { from: [S.SUSPECT], event: E.EVENT_BIT_THRESHOLD, to: [S.WARM], condition: 'BIT score reaches 25' },
  { from: [S.SUSPECT], event: E.EVENT_TALENTFLOW_MOVE, to: [S.TALENTFLOW_WARM], condition: 'the move is verified' },
  { from: [S.WARM], event: E.EVENT_TALENTFLOW_MOVE, to: [S.TALENTFLOW_WARM], condition: '' },
  {
    from: [S.WARM, S.TALENTFLOW_WARM, S.REENGAGEMENT],
    event: E.EVENT_APPOINTMENT,
    to: [S.APPOINTMENT],
    condition: 'a meeting is scheduled or confirmed',
  },
  {
    from: [S.WARM, S.TALENTFLOW_WARM, S.APPOINTMENT],
    event: E.EVENT_INACTIVITY_30D,
    to: [S.REENGAGEMENT],
    condition: 'no engagement for 30 days (for APPOINTMENT: and no upcoming meeting)',
  },
  { from: [S.REENGAGEMENT], event: E.EVENT_REPLY, to: [S.WARM], condition: '' },
  { from: [S.REENGAGEMENT], event: E.EVENT_TALENTFLOW_MOVE, to: [S.TALENTFLOW_WARM], condition: '' },
  { from: [S.REENGAGEMENT], event: E.EVENT_REENGAGEMENT_EXHAUSTED, to: [S.SUSPECT], condition: '3 cycles with no response' },
  { from: [S.APPOINTMENT], event: E.EVENT_CLIENT_SIGNED, to: [S.CLIENT], condition: '' },
  { from: NON_TERMINAL_STATES, event: E.EVENT_UNSUBSCRIBE, to: [S.UNSUBSCRIBED], condition: '' },
  {
    from: [S.SUSPECT, S.WARM, S.TALENTFLOW_WARM, S.REENGAGEMENT],
    event: E.EVENT_HARD_BOUNCE,
    to: [S.DISQUALIFIED],
    condition: 'in APPOINTMENT a bounce only flags the person',
  },
  {
    from: OVERRIDABLE,
    event: E.EVENT_MANUAL_OVERRIDE,
    to: ALL_STATES.filter((s) => s !== S.CLIENT),
    // The roles are access.manage in src/modules/common/access.ts.
    condition: 'roles admin, sales_manager, customer_success; reason and user recorded',
  },
];

/** Whether DOMAIN.md's table allows moving from → to on event (never when from = to). */
export function isValidTransition(from: LifecycleState, to: LifecycleState, event: EventType): boolean {
  if (from === to) return false;
  return TRANSITIONS.some((r) => r.event === event && r.from.includes(from) && r.to.includes(to));
}

/**
 * The state an event moves a person in `from` to, or null when the event moves nobody from there
 * (it is still stored and counted, e.g. TALENTFLOW_WARM + EVENT_REPLY). A manual override names its
 * target itself, so it has none here.
 */
export function targetState(from: LifecycleState, event: EventType): LifecycleState | null {
  if (event === E.EVENT_MANUAL_OVERRIDE) return null;
  const rule = TRANSITIONS.find((r) => r.event === event && r.from.includes(from));
  return rule?.to[0] ?? null;
}

/**
 * The funnel each state belongs to. null: APPOINTMENT and CLIENT keep the funnel the person came
 * from (the source funnel of appointments and clients); DISQUALIFIED and UNSUBSCRIBED keep their
 * last value. Twin of funnel.state_to_funnel.
 */
export const STATE_FUNNEL: Readonly<Record<LifecycleState, FunnelMembership | null>> = {
  SUSPECT: FunnelMembership.COLD_UNIVERSE,
  TALENTFLOW_WARM: FunnelMembership.TALENTFLOW_UNIVERSE,
  WARM: FunnelMembership.WARM_UNIVERSE,
  REENGAGEMENT: FunnelMembership.REENGAGEMENT_UNIVERSE,
  APPOINTMENT: null,
  CLIENT: null,
  DISQUALIFIED: null,
  UNSUBSCRIBED: null,
};

/** The funnel after moving into `to` from a person whose funnel is `current`. */
export function funnelAfter(current: FunnelMembership, to: LifecycleState): FunnelMembership {
  return STATE_FUNNEL[to] ?? current;
}

/** When several events are pending for a person, only the highest priority one is applied. */
export const EVENT_PRIORITY: Readonly<Record<EventType, number>> = {
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

/** Events that may change state within 24 hours of the last change (recorded as bypassed). */
export const COOLDOWN_EXEMPT_EVENTS: readonly EventType[] = [
  E.EVENT_APPOINTMENT,
  E.EVENT_CLIENT_SIGNED,
  E.EVENT_UNSUBSCRIBE,
  E.EVENT_HARD_BOUNCE,
  E.EVENT_MANUAL_OVERRIDE,
];
