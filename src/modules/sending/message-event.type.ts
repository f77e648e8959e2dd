// The MessageEvent type: one outcome of a queued send (sent, opened, replied, bounced, …).
import { builder } from '../../builder.js';
import * as access from '../common/access.js';
import { MessageEventType, type MessageEventTypeValue, ReplySentiment, type ReplySentimentValue } from '../common/enums.js';
import { defineList, enumKind } from '../common/list.js';

export const messageEventList = defineList('MessageEvent', {
  plural: 'message events',
  filter: {
    id: 'uuid',
    sendQueueId: 'uuid',
    contactId: 'uuid',
    campaignId: 'uuid',
    accountId: 'uuid',
    eventType: enumKind(MessageEventType),
    replySentiment: enumKind(ReplySentiment),
    createdAt: 'dateTime',
  },
  orderBy: ['createdAt', 'eventType'],
  defaultOrder: [{ field: 'createdAt', direction: 'DESC' }],
});

export const MessageEvent = builder.prismaNode('MessageEvent', {
  id: { field: 'id' },
  description: 'One outcome of a queued send.',
  fields: (t) => ({
    uuid: t.expose('id', { type: 'UUID', description: 'The database id.' }),
    sendQueueId: t.expose('sendQueueId', { type: 'UUID', description: 'Database id of the queued send.' }),
    contactId: t.expose('contactId', { type: 'UUID', description: 'Database id of the contact.' }),
    campaignId: t.expose('campaignId', { type: 'UUID', description: 'Database id of the campaign.' }),
    accountId: t.expose('accountId', { type: 'UUID', nullable: true, description: 'Database id of the sending account.' }),
    eventType: t.field({
      type: MessageEventType,
      description: 'What happened.',
      resolve: (e) => e.eventType as MessageEventTypeValue,
    }),
    eventDataJson: t.expose('eventData', { type: 'JSON', description: 'Provider details (raw JSON).' }),
    replyText: t.exposeString('replyText', { nullable: true, authScopes: access.sensitive, description: 'The reply (sensitive).' }),
    replySentiment: t.field({
      type: ReplySentiment,
      nullable: true,
      description: 'How the reply reads.',
      resolve: (e) => e.replySentiment as ReplySentimentValue | null,
    }),
    provider: t.exposeString('provider', { nullable: true, description: 'The provider that reported it (webhook events).' }),
    providerEventId: t.exposeString('providerEventId', {
      nullable: true,
      authScopes: access.sensitive,
      description: 'The provider’s own event id; a redelivered webhook is stored once (sensitive).',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it happened.' }),

    sendQueueItem: t.relation('sendQueueItem', { description: 'The queued send.' }),
    contact: t.relation('contact', { description: 'The contact.' }),
    campaign: t.relation('campaign', { description: 'The campaign.' }),
    account: t.relation('account', { nullable: true, description: 'The sending account.' }),
  }),
});
