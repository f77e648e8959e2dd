// The SendQueueItem type: one scheduled send. Only pending and scheduled items of active campaigns
// are ever claimed by the sending worker; items of a paused campaign are `held`.
import { builder } from '../../builder.js';
import * as access from '../common/access.js';
import { MessageChannel, type MessageChannelValue, SendQueueStatus, type SendQueueStatusValue } from '../common/enums.js';
import { defineList, enumKind } from '../common/list.js';
import { messageEventList } from './message-event.type.js';
import { messageList } from './message.type.js';
import { outreachHistoryList } from './outreach-history.type.js';

export const sendQueueList = defineList('SendQueueItem', {
  plural: 'queued sends',
  filter: {
    id: 'uuid',
    campaignId: 'uuid',
    campaignContactId: 'uuid',
    contactId: 'uuid',
    accountId: 'uuid',
    channel: enumKind(MessageChannel),
    status: enumKind(SendQueueStatus),
    priority: 'int',
    scheduledFor: 'dateTime',
    sentAt: 'dateTime',
    createdAt: 'dateTime',
  },
  orderBy: ['scheduledFor', 'createdAt', 'priority', 'sentAt', 'status'],
  defaultOrder: [{ field: 'scheduledFor', direction: 'ASC' }],
});

export const SendQueueItem = builder.prismaNode('SendQueueItem', {
  id: { field: 'id' },
  description: 'One scheduled send in the queue the sending worker drains.',
  fields: (t) => ({
    uuid: t.expose('id', { type: 'UUID', description: 'The database id.' }),
    campaignId: t.expose('campaignId', { type: 'UUID', description: 'Database id of the campaign.' }),
    campaignContactId: t.expose('campaignContactId', { type: 'UUID', nullable: true, description: 'Database id of the enrolment.' }),
    contactId: t.expose('contactId', { type: 'UUID', description: 'Database id of the contact.' }),
    accountId: t.expose('accountId', { type: 'UUID', nullable: true, description: 'Database id of the sending account.' }),
    channel: t.field({ type: MessageChannel, description: 'The channel.', resolve: (q) => q.channel as MessageChannelValue }),
    sequenceStep: t.exposeInt('sequenceStep', { nullable: true, description: 'Step of the sequence.' }),
    subject: t.exposeString('subject', { nullable: true, authScopes: access.sensitive, description: 'Email subject (sensitive).' }),
    body: t.exposeString('body', { nullable: true, authScopes: access.sensitive, description: 'Message body (sensitive).' }),
    scheduledFor: t.expose('scheduledFor', { type: 'DateTime', description: 'When it should go out.' }),
    priority: t.exposeInt('priority', { description: 'Priority, 1 (first) to 10.' }),
    status: t.field({ type: SendQueueStatus, description: 'Where it stands.', resolve: (q) => q.status as SendQueueStatusValue }),
    attempts: t.exposeInt('attempts', { description: 'Real send attempts so far.' }),
    maxAttempts: t.exposeInt('maxAttempts', { description: 'Attempts before it fails for good.' }),
    lastAttemptAt: t.expose('lastAttemptAt', { type: 'DateTime', nullable: true, description: 'Last attempt.' }),
    lastError: t.exposeString('lastError', { nullable: true, description: 'Last error, or why it was cancelled.' }),
    externalMessageId: t.exposeString('externalMessageId', {
      nullable: true,
      authScopes: access.sensitive,
      description: 'Id at the provider (sensitive).',
    }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true, description: 'When it was sent.' }),
    lockedBy: t.exposeString('lockedBy', { nullable: true, description: 'The worker holding it (while processing).' }),
    leaseExpiresAt: t.expose('leaseExpiresAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the worker’s claim runs out; an item still processing after it is reclaimed.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was queued.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),

    campaign: t.relation('campaign', { description: 'The campaign.' }),
    campaignContact: t.relation('campaignContact', { nullable: true, description: 'The enrolment.' }),
    contact: t.relation('contact', { description: 'The recipient.' }),
    account: t.relation('account', { nullable: true, description: 'The sending account.' }),
    messages: t.relatedConnection('messages', {
      cursor: 'id',
      totalCount: true,
      description: 'Messages recorded for this send.',
      args: messageList.args(),
      query: (args) => messageList.query(args),
    }),
    events: t.relatedConnection('events', {
      cursor: 'id',
      totalCount: true,
      description: 'What happened to this send.',
      args: messageEventList.args(),
      query: (args) => messageEventList.query(args),
    }),
    outreachHistory: t.relatedConnection('outreachHistory', {
      cursor: 'id',
      totalCount: true,
      description: 'The outreach history rows of this send.',
      args: outreachHistoryList.args(),
      query: (args) => outreachHistoryList.query(args),
    }),
    sendAttempts: t.relation('sendAttempts', {
      description: 'Every provider call for this send, in order (at most max_attempts).',
      query: { orderBy: { attempt: 'asc' } },
    }),
  }),
});

builder.prismaObject('SendAttempt', {
  description: 'One provider call for a queued send, recorded before the call (the idempotency record).',
  fields: (t) => ({
    uuid: t.expose('id', { type: 'UUID', description: 'The database id.' }),
    attempt: t.exposeInt('attempt', { description: 'Which attempt (1, 2, …).' }),
    idempotencyKey: t.exposeString('idempotencyKey', { description: 'The key sent to the provider (item id and attempt).' }),
    workerId: t.exposeString('workerId', { description: 'The worker that made it.' }),
    provider: t.exposeString('provider', { description: 'The provider called.' }),
    status: t.exposeString('status', {
      description: 'started (call in progress, or its worker died), succeeded, failed, or unknown (worker died; item in review).',
    }),
    providerMessageId: t.exposeString('providerMessageId', {
      nullable: true,
      authScopes: access.sensitive,
      description: 'Id at the provider when it succeeded (sensitive).',
    }),
    error: t.exposeString('error', { nullable: true, description: 'Why it failed.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', description: 'When the call started.' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true, description: 'When its outcome was recorded.' }),
  }),
});
