// Live subscriptions over the change log: sendQueueChanged, prospectMoved, activity (event
// streams with cursors and `after:` replay) and campaignMetrics, funnelCounts (figures pushed when
// a change affects them). Filters run in the hub, before anything is loaded or sent. Payloads
// carry the same types as the queries (SendQueueItem, ProspectMovement, CampaignPerformanceRow…).
import { GraphQLError } from 'graphql';
import { builder } from '../../builder.js';
import type { MessageEvent as MessageEventRow, OutreachHistory as OutreachRow, ProspectMovement as MovementRow, SendQueueItem as QueueRow } from '../../generated/prisma/client.js';
import * as access from '../common/access.js';
import { SendQueueStatus, type SendQueueStatusValue } from '../common/enums.js';
import { CampaignPerformanceRow } from '../dashboards/dashboard.types.js';
import { campaignPerformance } from '../dashboards/dashboards.service.js';
import type { SqlRow } from '../dashboards/flat-row.js';
import { StateFunnelCountType } from '../funnel/dashboard.queries.js';
import { stateFunnelCounts, type StateFunnelCount } from '../funnel/dashboards.service.js';
import { FunnelMembership, LifecycleEventType, LifecycleState } from '../funnel/funnel-enums.type.js';
import { ProspectMovement } from '../funnel/journey.type.js';
import { MessageEvent } from '../sending/message-event.type.js';
import { OutreachHistory } from '../sending/outreach-history.type.js';
import { SendQueueItem } from '../sending/send-queue.type.js';
import type { ChangeRow, Topic } from './change-log.service.js';
import { type ChangeEvent, changeHub, type SnapshotValue } from './hub.js';
import { Overflow } from './stream.js';

type Maybe<T> = T | null | undefined;
const anyOf = (list: Maybe<readonly string[]>, value: string | undefined) => !list || list.length === 0 || (value !== undefined && list.includes(value));

/** The HTTP request's abort signal (SSE); WebSocket operations end with their socket instead. */
const signalOf = (ctx: object): AbortSignal | undefined => {
  const signal = (ctx as { request?: { signal?: Partial<AbortSignal> } }).request?.signal;
  return typeof signal?.addEventListener === 'function' && typeof signal.aborted === 'boolean' ? (signal as AbortSignal) : undefined;
};

/** The resolver's view of a stream item: an event, or the end of a too-slow subscription. */
function unwrap<T>(item: T | Overflow): T {
  if (item instanceof Overflow) {
    throw new GraphQLError(
      'The client fell too far behind; the subscription ended. Subscribe again with `after` set to the cursor in this error to receive what followed, nothing lost.',
      { extensions: { code: 'SLOW_CONSUMER', cursor: item.cursor } },
    );
  }
  return item;
}

const AFTER_DESCRIPTION =
  'Resume after this cursor (from an earlier payload): missed events are replayed first, then live ones follow, none twice.';

// ───────────────────────────── sendQueueChanged ─────────────────────────────

const SendQueueChangeKind = builder.enumType('SendQueueChangeKind', {
  description: 'What happened to a queued send.',
  values: {
    CREATED: { value: 'insert', description: 'The item was queued.' },
    STATUS_CHANGED: { value: 'status', description: 'Its status changed.' },
  },
});

const SendQueueChange = builder.objectRef<ChangeEvent<QueueRow>>('SendQueueChange').implement({
  description: 'A queue item was created or changed status.',
  fields: (t) => ({
    cursor: t.exposeString('cursor', { description: 'Pass as `after` to resume right after this event.' }),
    kind: t.field({ type: SendQueueChangeKind, description: 'Created or status changed.', resolve: (e) => e.row.op as 'insert' | 'status' }),
    status: t.field({ type: SendQueueStatus, description: 'The status this change set (the item may have moved on since).', resolve: (e) => e.row.payload.status as SendQueueStatusValue }),
    previousStatus: t.field({
      type: SendQueueStatus,
      nullable: true,
      description: 'The status before (null for a new item).',
      resolve: (e) => (e.row.payload.previous_status as SendQueueStatusValue | undefined) ?? null,
    }),
    changedAt: t.field({ type: 'DateTime', description: 'When the change was written.', resolve: (e) => e.row.createdAt }),
    item: t.field({ type: SendQueueItem, nullable: true, description: 'The queue item as it is now (null if it was deleted since).', resolve: (e) => e.entity }),
  }),
});

const SendQueueChangeFilter = builder.inputType('SendQueueChangeFilter', {
  description: 'Which queue changes to receive; every given condition must hold, a list matches any of its values.',
  fields: (t) => ({
    campaignId: t.field({ type: ['UUID'], required: false, description: 'Only these campaigns.' }),
    accountId: t.field({ type: ['UUID'], required: false, description: 'Only these sending accounts.' }),
    contactId: t.field({ type: ['UUID'], required: false, description: 'Only these contacts.' }),
    status: t.field({ type: [SendQueueStatus], required: false, description: 'Only changes to these statuses.' }),
  }),
});

builder.subscriptionField('sendQueueChanged', (t) =>
  t.field({
    type: SendQueueChange,
    description: 'Queue items created or changing status, by any writer (this or another server, the worker, plain SQL).',
    authScopes: access.read,
    args: { filter: t.arg({ type: SendQueueChangeFilter, required: false, description: 'Which changes.' }), after: t.arg.string({ required: false, description: AFTER_DESCRIPTION }) },
    subscribe: (_root, args, ctx) => {
      const f = args.filter ?? {};
      return changeHub().subscribe({
        signal: signalOf(ctx),
        topics: ['send_queue'],
        after: args.after,
        accept: (row) =>
          anyOf(f.campaignId, row.payload.campaign_id) &&
          anyOf(f.accountId, row.payload.account_id) &&
          anyOf(f.contactId, row.payload.contact_id) &&
          anyOf(f.status, row.payload.status),
      }) as Promise<AsyncIterable<ChangeEvent<QueueRow> | Overflow>>;
    },
    resolve: (item) => unwrap(item),
  }),
);

// ───────────────────────────── prospectMoved ─────────────────────────────

const ProspectMovedEvent = builder.objectRef<ChangeEvent<MovementRow>>('ProspectMovedEvent').implement({
  description: 'A person changed lifecycle state (a funnel.prospect_movement row was written).',
  fields: (t) => ({
    cursor: t.exposeString('cursor', { description: 'Pass as `after` to resume right after this event.' }),
    movement: t.field({ type: ProspectMovement, nullable: true, description: 'The movement (null if it was deleted since).', resolve: (e) => e.entity }),
  }),
});

const ProspectMovedFilter = builder.inputType('ProspectMovedFilter', {
  description: 'Which movements to receive; every given condition must hold, a list matches any of its values.',
  fields: (t) => ({
    funnel: t.field({ type: [FunnelMembership], required: false, description: 'Only movements into these funnels.' }),
    fromState: t.field({ type: [LifecycleState], required: false, description: 'Only movements from these states.' }),
    toState: t.field({ type: [LifecycleState], required: false, description: 'Only movements to these states.' }),
    event: t.field({ type: [LifecycleEventType], required: false, description: 'Only movements caused by these events.' }),
    companyId: t.field({ type: ['UUID'], required: false, description: 'Only people of these companies (lifecycle company ids).' }),
  }),
});

builder.subscriptionField('prospectMoved', (t) =>
  t.field({
    type: ProspectMovedEvent,
    description: 'Lifecycle movements as they are written, by any writer.',
    authScopes: access.read,
    args: { filter: t.arg({ type: ProspectMovedFilter, required: false, description: 'Which movements.' }), after: t.arg.string({ required: false, description: AFTER_DESCRIPTION }) },
    subscribe: (_root, args, ctx) => {
      const f = args.filter ?? {};
      return changeHub().subscribe({
        signal: signalOf(ctx),
        topics: ['prospect_movement'],
        after: args.after,
        accept: (row) =>
          anyOf(f.funnel, row.payload.funnel) &&
          anyOf(f.fromState, row.payload.from) &&
          anyOf(f.toState, row.payload.to) &&
          anyOf(f.event, row.payload.event) &&
          anyOf(f.companyId, row.payload.company_id),
      }) as Promise<AsyncIterable<ChangeEvent<MovementRow> | Overflow>>;
    },
    resolve: (item) => unwrap(item),
  }),
);

// ───────────────────────────── activity ─────────────────────────────

export const ACTIVITY_KINDS = ['QUEUED', 'SENT', 'REPLY', 'MOVEMENT'] as const;
type ActivityKindValue = (typeof ACTIVITY_KINDS)[number];

const ActivityKind = builder.enumType('ActivityKind', {
  description: 'What an activity item is.',
  values: {
    QUEUED: { description: 'A send was queued (a new send_queue item).' },
    SENT: { description: 'A send went out (a new outreach_history row).' },
    REPLY: { description: 'A reply came in (a message event of type replied).' },
    MOVEMENT: { description: 'A person changed lifecycle state.' },
  } as const,
});

/** The activity kind of a change row, or null when the activity feed does not show it. */
export function activityKind(row: ChangeRow): ActivityKindValue | null {
  if (row.topic === 'send_queue') return row.op === 'insert' ? 'QUEUED' : null;
  if (row.topic === 'outreach') return 'SENT';
  if (row.topic === 'message_event') return row.payload.event === 'replied' ? 'REPLY' : null;
  if (row.topic === 'prospect_movement') return 'MOVEMENT';
  return null;
}

const ActivityEvent = builder.objectRef<ChangeEvent>('ActivityEvent').implement({
  description: 'One item of the live activity feed: queued and sent outreach, replies and lifecycle movements, in one stream. The field of its kind holds the object.',
  fields: (t) => ({
    cursor: t.exposeString('cursor', { description: 'Pass as `after` to resume right after this event.' }),
    kind: t.field({ type: ActivityKind, description: 'What it is.', resolve: (e) => activityKind(e.row)! }),
    occurredAt: t.field({ type: 'DateTime', description: 'When it was written.', resolve: (e) => e.row.createdAt }),
    campaignId: t.field({ type: 'UUID', nullable: true, description: 'Database id of the campaign (outreach items).', resolve: (e) => e.row.payload.campaign_id ?? null }),
    contactId: t.field({ type: 'UUID', nullable: true, description: 'Database id of the contact (outreach items).', resolve: (e) => e.row.payload.contact_id ?? null }),
    accountId: t.field({ type: 'UUID', nullable: true, description: 'Database id of the sending account (outreach items).', resolve: (e) => e.row.payload.account_id ?? null }),
    queueItem: t.field({ type: SendQueueItem, nullable: true, description: 'QUEUED: the queue item.', resolve: (e) => (e.row.topic === 'send_queue' ? (e.entity as QueueRow | null) : null) }),
    outreach: t.field({ type: OutreachHistory, nullable: true, description: 'SENT: the outreach history row.', resolve: (e) => (e.row.topic === 'outreach' ? (e.entity as OutreachRow | null) : null) }),
    messageEvent: t.field({ type: MessageEvent, nullable: true, description: 'REPLY: the message event.', resolve: (e) => (e.row.topic === 'message_event' ? (e.entity as MessageEventRow | null) : null) }),
    movement: t.field({ type: ProspectMovement, nullable: true, description: 'MOVEMENT: the movement.', resolve: (e) => (e.row.topic === 'prospect_movement' ? (e.entity as MovementRow | null) : null) }),
  }),
});

const ActivityFilter = builder.inputType('ActivityFilter', {
  description: 'Which activity to receive; every given condition must hold, a list matches any of its values. Campaign, account and contact conditions leave out movements.',
  fields: (t) => ({
    kind: t.field({ type: [ActivityKind], required: false, description: 'Only these kinds.' }),
    campaignId: t.field({ type: ['UUID'], required: false, description: 'Only these campaigns.' }),
    accountId: t.field({ type: ['UUID'], required: false, description: 'Only these sending accounts.' }),
    contactId: t.field({ type: ['UUID'], required: false, description: 'Only these contacts.' }),
  }),
});

const ACTIVITY_TOPICS: Topic[] = ['send_queue', 'outreach', 'message_event', 'prospect_movement'];

builder.subscriptionField('activity', (t) =>
  t.field({
    type: ActivityEvent,
    description: 'The activity feed as one live stream (queued and sent outreach, replies, movements), by any writer.',
    authScopes: access.read,
    args: { filter: t.arg({ type: ActivityFilter, required: false, description: 'Which activity.' }), after: t.arg.string({ required: false, description: AFTER_DESCRIPTION }) },
    subscribe: (_root, args, ctx) => {
      const f = args.filter ?? {};
      return changeHub().subscribe({
        signal: signalOf(ctx),
        topics: ACTIVITY_TOPICS,
        after: args.after,
        accept: (row) => {
          const kind = activityKind(row);
          return (
            kind !== null &&
            anyOf(f.kind, kind) &&
            anyOf(f.campaignId, row.payload.campaign_id) &&
            anyOf(f.accountId, row.payload.account_id) &&
            anyOf(f.contactId, row.payload.contact_id)
          );
        },
      });
    },
    resolve: (item) => unwrap(item),
  }),
);

// ───────────────────────────── figures ─────────────────────────────

const CampaignMetricsUpdate = builder.objectRef<SnapshotValue<SqlRow | null>>('CampaignMetricsUpdate').implement({
  description: "A campaign's figures, sent first on subscribing and again whenever they change.",
  fields: (t) => ({
    cursor: t.exposeString('cursor', { description: 'The change-log position these figures include.' }),
    metrics: t.field({ type: CampaignPerformanceRow, nullable: true, description: 'The campaign with its metrics (null when there is no such campaign).', resolve: (u) => u.value }),
  }),
});

const CAMPAIGN_TOPICS = new Set<Topic>(['send_queue', 'message', 'message_event', 'outreach']);

builder.subscriptionField('campaignMetrics', (t) =>
  t.field({
    type: CampaignMetricsUpdate,
    description: "One campaign's live figures (the campaignPerformance row), pushed when a send, message or message event of the campaign changes them. A slow client gets the latest figures, never a backlog.",
    authScopes: access.read,
    args: { campaignId: t.arg({ type: 'UUID', required: true, description: 'Database id of the campaign.' }) },
    subscribe: (_root, args, ctx) =>
      changeHub().watch<SqlRow | null>(`campaign:${args.campaignId}`, {
        signal: signalOf(ctx),
        affectedBy: (row) => CAMPAIGN_TOPICS.has(row.topic) && row.payload.campaign_id === args.campaignId,
        compute: async () => (await campaignPerformance({ campaignId: args.campaignId }))[0] ?? null,
      }),
    resolve: (item) => unwrap(item),
  }),
);

const FunnelCountsUpdate = builder.objectRef<SnapshotValue<StateFunnelCount[]>>('FunnelCountsUpdate').implement({
  description: 'People by lifecycle state and funnel, sent first on subscribing and again whenever a movement changes them.',
  fields: (t) => ({
    cursor: t.exposeString('cursor', { description: 'The change-log position these counts include.' }),
    counts: t.field({ type: [StateFunnelCountType], description: 'People by (state, funnel), as funnelDashboard.stateCounts.', resolve: (u) => u.value }),
  }),
});

builder.subscriptionField('funnelCounts', (t) =>
  t.field({
    type: FunnelCountsUpdate,
    description: 'The funnel counts, live. A slow client gets the latest counts, never a backlog.',
    authScopes: access.read,
    subscribe: (_root, _args, ctx) =>
      changeHub().watch<StateFunnelCount[]>('funnel-counts', {
        signal: signalOf(ctx),
        affectedBy: (row) => row.topic === 'prospect_movement',
        compute: () => stateFunnelCounts(),
      }),
    resolve: (item) => unwrap(item),
  }),
);

