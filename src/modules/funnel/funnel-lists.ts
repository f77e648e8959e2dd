// Filters and orders of the funnel lists (prospects, movements, events). Deliberately minimal and
// self-contained: the graph's shared filter/orderBy mechanism (src/modules/common/list.ts, on the
// offers branch) replaces these inputs once it is on main; the Prisma `where`/`orderBy` they
// compile to stay the same. Every condition given must hold; the database id breaks ties so
// cursor paging never skips or repeats a row.
import { builder } from '../../builder.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { EventType, FunnelMembership as FunnelMembershipValue, LifecycleState as LifecycleStateValue } from '../../generated/prisma/enums.js';
import { ValidationFailedError } from '../../errors.js';
import { FunnelMembership, LifecycleEventType, LifecycleState } from './funnel-enums.type.js';

const MAX_IN = 1000;

function checkLists(filter: Record<string, unknown> | null | undefined, path: string): void {
  if (!filter) return;
  const problems = Object.entries(filter)
    .filter(([, v]) => Array.isArray(v) && v.length > MAX_IN)
    .map(([k]) => ({ path: `${path}.${k}`, message: `must have at most ${MAX_IN} values` }));
  if (problems.length) throw new ValidationFailedError(problems);
}

const some = <T>(list: readonly T[] | null | undefined) => (list && list.length ? [...list] : undefined);

// ───────────────────────────── prospects ─────────────────────────────

export interface ProspectFilterValue {
  states?: LifecycleStateValue[] | null;
  funnels?: FunnelMembershipValue[] | null;
  companyIds?: string[] | null;
  personIds?: string[] | null;
  emailContains?: string | null;
  minBitScore?: number | null;
  maxBitScore?: number | null;
  locked?: boolean | null;
  suppressed?: boolean | null;
  lastEventAfter?: Date | null;
  lastEventBefore?: Date | null;
}

export const ProspectFilter = builder.inputRef<ProspectFilterValue>('ProspectFilter').implement({
  description: 'Which people to list: every condition given must hold.',
  fields: (t) => ({
    states: t.field({ type: [LifecycleState], description: 'In one of these states.' }),
    funnels: t.field({ type: [FunnelMembership], description: 'In one of these funnels.' }),
    companyIds: t.field({ type: ['UUID'], description: 'Of one of these lifecycle companies.' }),
    personIds: t.field({ type: ['UUID'], description: 'One of these people.' }),
    emailContains: t.string({ description: 'Email contains this text (ignoring case).' }),
    minBitScore: t.int({ description: 'BIT score at least this.' }),
    maxBitScore: t.int({ description: 'BIT score at most this.' }),
    locked: t.boolean({ description: 'Locked (true) or not (false).' }),
    suppressed: t.boolean({ description: 'Bounced, unsubscribed or disqualified (true), or none of these (false).' }),
    lastEventAfter: t.field({ type: 'DateTime', description: 'Last event at or after.' }),
    lastEventBefore: t.field({ type: 'DateTime', description: 'Last event before.' }),
  }),
});

export type ProspectOrderValue = 'CREATED_DESC' | 'BIT_SCORE_DESC' | 'LAST_EVENT_DESC' | 'LAST_STATE_CHANGE_DESC' | 'EMAIL_ASC';
export const ProspectOrder = builder.enumType('ProspectOrder', {
  description: 'How to sort people (the id breaks ties).',
  values: {
    CREATED_DESC: { description: 'Newest in the lifecycle first (default).' },
    BIT_SCORE_DESC: { description: 'Highest BIT score first.' },
    LAST_EVENT_DESC: { description: 'Most recent event first (people without events last).' },
    LAST_STATE_CHANGE_DESC: { description: 'Most recently moved first (never moved last).' },
    EMAIL_ASC: { description: 'By email, A to Z.' },
  } as const,
});

export function prospectWhere(f: ProspectFilterValue | null | undefined): Prisma.SuspectWhereInput {
  checkLists(f as Record<string, unknown>, 'filter');
  if (!f) return {};
  const and: Prisma.SuspectWhereInput[] = [];
  if (some(f.states)) and.push({ funnelState: { in: some(f.states) } });
  if (some(f.funnels)) and.push({ funnelMembership: { in: some(f.funnels) } });
  if (some(f.companyIds)) and.push({ companyId: { in: some(f.companyIds) } });
  if (some(f.personIds)) and.push({ personId: { in: some(f.personIds) } });
  if (f.emailContains) and.push({ email: { contains: f.emailContains, mode: 'insensitive' } });
  if (f.minBitScore != null) and.push({ currentBitScore: { gte: f.minBitScore } });
  if (f.maxBitScore != null) and.push({ currentBitScore: { lte: f.maxBitScore } });
  if (f.locked != null) and.push({ isLocked: f.locked });
  if (f.suppressed === true) and.push({ OR: [{ isBounced: true }, { isUnsubscribed: true }, { isDisqualified: true }] });
  if (f.suppressed === false) and.push({ isBounced: false, isUnsubscribed: false, isDisqualified: false });
  if (f.lastEventAfter) and.push({ lastEventTs: { gte: f.lastEventAfter } });
  if (f.lastEventBefore) and.push({ lastEventTs: { lt: f.lastEventBefore } });
  return and.length ? { AND: and } : {};
}

export function prospectOrderBy(o: ProspectOrderValue | null | undefined): Prisma.SuspectOrderByWithRelationInput[] {
  switch (o ?? 'CREATED_DESC') {
    case 'BIT_SCORE_DESC':
      return [{ currentBitScore: 'desc' }, { suspectId: 'desc' }];
    case 'LAST_EVENT_DESC':
      return [{ lastEventTs: { sort: 'desc', nulls: 'last' } }, { suspectId: 'desc' }];
    case 'LAST_STATE_CHANGE_DESC':
      return [{ lastStateChangeTs: { sort: 'desc', nulls: 'last' } }, { suspectId: 'desc' }];
    case 'EMAIL_ASC':
      return [{ email: 'asc' }, { suspectId: 'asc' }];
    default:
      return [{ createdAt: 'desc' }, { suspectId: 'desc' }];
  }
}

// ───────────────────────────── movements and events ─────────────────────────────

export const TimeOrder = builder.enumType('FunnelTimeOrder', {
  description: 'Newest or oldest first (the id breaks ties).',
  values: {
    NEWEST_FIRST: { description: 'Newest first (default).' },
    OLDEST_FIRST: { description: 'Oldest first.' },
  } as const,
});
export type TimeOrderValue = 'NEWEST_FIRST' | 'OLDEST_FIRST';

export interface MovementFilterValue {
  personIds?: string[] | null;
  companyIds?: string[] | null;
  eventTypes?: EventType[] | null;
  fromStates?: LifecycleStateValue[] | null;
  toStates?: LifecycleStateValue[] | null;
  toFunnels?: FunnelMembershipValue[] | null;
  manualOverride?: boolean | null;
  after?: Date | null;
  before?: Date | null;
}

export const ProspectMovementFilter = builder.inputRef<MovementFilterValue>('ProspectMovementFilter').implement({
  description: 'Which state changes to list: every condition given must hold.',
  fields: (t) => ({
    personIds: t.field({ type: ['UUID'], description: 'Of one of these people.' }),
    companyIds: t.field({ type: ['UUID'], description: 'Of one of these lifecycle companies.' }),
    eventTypes: t.field({ type: [LifecycleEventType], description: 'Caused by one of these events.' }),
    fromStates: t.field({ type: [LifecycleState], description: 'Out of one of these states.' }),
    toStates: t.field({ type: [LifecycleState], description: 'Into one of these states.' }),
    toFunnels: t.field({ type: [FunnelMembership], description: 'Into one of these funnels.' }),
    manualOverride: t.boolean({ description: 'Manual overrides only (true) or none (false).' }),
    after: t.field({ type: 'DateTime', description: 'Moved at or after.' }),
    before: t.field({ type: 'DateTime', description: 'Moved before.' }),
  }),
});

export function movementWhere(f: MovementFilterValue | null | undefined): Prisma.ProspectMovementWhereInput {
  checkLists(f as Record<string, unknown>, 'filter');
  if (!f) return {};
  const w: Prisma.ProspectMovementWhereInput = {};
  if (some(f.personIds)) w.personId = { in: some(f.personIds) };
  if (some(f.companyIds)) w.companyId = { in: some(f.companyIds) };
  if (some(f.eventTypes)) w.eventType = { in: some(f.eventTypes) };
  if (some(f.fromStates)) w.fromState = { in: some(f.fromStates) };
  if (some(f.toStates)) w.toState = { in: some(f.toStates) };
  if (some(f.toFunnels)) w.toFunnel = { in: some(f.toFunnels) };
  if (f.manualOverride != null) w.isManualOverride = f.manualOverride;
  if (f.after || f.before) w.transitionProcessedAt = { ...(f.after ? { gte: f.after } : {}), ...(f.before ? { lt: f.before } : {}) };
  return w;
}

export function movementOrderBy(o: TimeOrderValue | null | undefined): Prisma.ProspectMovementOrderByWithRelationInput[] {
  const dir = o === 'OLDEST_FIRST' ? 'asc' : 'desc';
  return [{ transitionProcessedAt: dir }, { createdAt: dir }, { movementId: dir }];
}

export interface EventFilterValue {
  personIds?: string[] | null;
  companyIds?: string[] | null;
  eventTypes?: EventType[] | null;
  subtypes?: string[] | null;
  sourceSystems?: string[] | null;
  processed?: boolean | null;
  triggeredTransition?: boolean | null;
  after?: Date | null;
  before?: Date | null;
}

export const EngagementEventFilter = builder.inputRef<EventFilterValue>('EngagementEventFilter').implement({
  description: 'Which engagement events to list: every condition given must hold.',
  fields: (t) => ({
    personIds: t.field({ type: ['UUID'], description: 'Of one of these people.' }),
    companyIds: t.field({ type: ['UUID'], description: 'Of one of these lifecycle companies.' }),
    eventTypes: t.field({ type: [LifecycleEventType], description: 'Of one of these event types.' }),
    subtypes: t.stringList({ description: 'Of one of these subtypes (email_open, link_click, positive_reply…).' }),
    sourceSystems: t.stringList({ description: 'From one of these source systems.' }),
    processed: t.boolean({ description: 'Evaluated (true) or held back by the cooldown (false).' }),
    triggeredTransition: t.boolean({ description: 'Moved the person (true) or not (false).' }),
    after: t.field({ type: 'DateTime', description: 'Happened at or after.' }),
    before: t.field({ type: 'DateTime', description: 'Happened before.' }),
  }),
});

export function eventWhere(f: EventFilterValue | null | undefined): Prisma.EngagementEventWhereInput {
  checkLists(f as Record<string, unknown>, 'filter');
  if (!f) return {};
  const w: Prisma.EngagementEventWhereInput = {};
  if (some(f.personIds)) w.personId = { in: some(f.personIds) };
  if (some(f.companyIds)) w.companyId = { in: some(f.companyIds) };
  if (some(f.eventTypes)) w.eventType = { in: some(f.eventTypes) };
  if (some(f.subtypes)) w.eventSubtype = { in: some(f.subtypes) };
  if (some(f.sourceSystems)) w.sourceSystem = { in: some(f.sourceSystems) };
  if (f.processed != null) w.isProcessed = f.processed;
  if (f.triggeredTransition != null) w.triggeredTransition = f.triggeredTransition;
  if (f.after || f.before) w.eventTs = { ...(f.after ? { gte: f.after } : {}), ...(f.before ? { lt: f.before } : {}) };
  return w;
}

export function eventOrderBy(o: TimeOrderValue | null | undefined): Prisma.EngagementEventOrderByWithRelationInput[] {
  const dir = o === 'OLDEST_FIRST' ? 'asc' : 'desc';
  return [{ eventTs: dir }, { eventId: dir }];
}
