// The OutreachHistory type: every send to a person, across offers. The 60-day rule reads it,
// matching people by normalized email or LinkedIn URL.
import { builder } from '../../builder.js';
import * as access from '../common/access.js';
import {
  MessageChannel,
  type MessageChannelValue,
  OutreachStatus,
  type OutreachStatusValue,
  ReplySentiment,
  type ReplySentimentValue,
} from '../common/enums.js';
import { defineList, enumKind } from '../common/list.js';

export const outreachHistoryList = defineList('OutreachHistory', {
  plural: 'sends',
  filter: {
    id: 'uuid',
    contactEmail: 'text',
    contactLinkedinUrl: 'text',
    contactId: 'uuid',
    campaignId: 'uuid',
    offerId: 'uuid',
    accountId: 'uuid',
    sendQueueId: 'uuid',
    channel: enumKind(MessageChannel),
    status: enumKind(OutreachStatus),
    sentAt: 'dateTime',
  },
  orderBy: ['sentAt', 'createdAt'],
  defaultOrder: [{ field: 'sentAt', direction: 'DESC' }],
});

export const OutreachHistory = builder.prismaNode('OutreachHistory', {
  id: { field: 'id' },
  description: 'One send to a person, recorded for the cross-offer 60-day rule.',
  fields: (t) => ({
    uuid: t.expose('id', { type: 'UUID', description: 'The database id.' }),
    contactEmail: t.exposeString('contactEmail', { nullable: true, description: 'Email the send went to.' }),
    contactLinkedinUrl: t.exposeString('contactLinkedinUrl', { nullable: true, description: 'LinkedIn URL the send went to.' }),
    contactId: t.expose('contactId', { type: 'UUID', nullable: true, description: 'Database id of the contact row.' }),
    campaignId: t.expose('campaignId', { type: 'UUID', nullable: true, description: 'Database id of the campaign.' }),
    offerId: t.expose('offerId', { type: 'UUID', nullable: true, description: 'Database id of the offer.' }),
    accountId: t.expose('accountId', { type: 'UUID', nullable: true, description: 'Database id of the sending account.' }),
    sendQueueId: t.expose('sendQueueId', { type: 'UUID', nullable: true, description: 'Database id of the queued send.' }),
    channel: t.field({ type: MessageChannel, description: 'The channel.', resolve: (h) => h.channel as MessageChannelValue }),
    messageSubject: t.exposeString('messageSubject', {
      nullable: true,
      authScopes: access.sensitive,
      description: 'Subject sent (sensitive).',
    }),
    messageBody: t.exposeString('messageBody', { nullable: true, authScopes: access.sensitive, description: 'Body sent (sensitive).' }),
    sentAt: t.expose('sentAt', { type: 'DateTime', description: 'When it was sent.' }),
    status: t.field({ type: OutreachStatus, description: 'Outcome.', resolve: (h) => h.status as OutreachStatusValue }),
    repliedAt: t.expose('repliedAt', { type: 'DateTime', nullable: true, description: 'When the person replied.' }),
    replySentiment: t.field({
      type: ReplySentiment,
      nullable: true,
      description: 'How the reply reads.',
      resolve: (h) => h.replySentiment as ReplySentimentValue | null,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the row was written.' }),

    contact: t.relation('contact', { nullable: true, description: 'The contact row.' }),
    campaign: t.relation('campaign', { nullable: true, description: 'The campaign.' }),
    offer: t.relation('offer', { nullable: true, description: 'The offer.' }),
    account: t.relation('account', { nullable: true, description: 'The sending account.' }),
    sendQueueItem: t.relation('sendQueueItem', { nullable: true, description: 'The queued send.' }),
  }),
});
