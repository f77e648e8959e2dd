// The Message type: the content and intent of one message to a contact (sending is driven by the
// send queue). Bodies, reply texts and provider ids are sensitive: not for viewers.
import { builder } from '../../builder.js';
import * as access from '../common/access.js';
import {
  MessageActionType,
  type MessageActionTypeValue,
  MessageChannel,
  type MessageChannelValue,
  MessageStatus,
  type MessageStatusValue,
  ReplySentiment,
  type ReplySentimentValue,
} from '../common/enums.js';
import { defineList, enumKind } from '../common/list.js';
import { accountActivityList } from './account-activity.type.js';

export const messageList = defineList('Message', {
  plural: 'messages',
  filter: {
    id: 'uuid',
    campaignContactId: 'uuid',
    campaignId: 'uuid',
    contactId: 'uuid',
    accountId: 'uuid',
    sendQueueId: 'uuid',
    channel: enumKind(MessageChannel),
    status: enumKind(MessageStatus),
    sequenceStep: 'int',
    scheduledAt: 'dateTime',
    sentAt: 'dateTime',
    createdAt: 'dateTime',
  },
  orderBy: ['createdAt', 'scheduledAt', 'sentAt', 'sequenceStep'],
  defaultOrder: [{ field: 'createdAt', direction: 'DESC' }],
});

export const Message = builder.prismaNode('Message', {
  id: { field: 'id' },
  description: 'One message to a contact: what we plan to send or sent, and what came back.',
  fields: (t) => ({
    uuid: t.expose('id', { type: 'UUID', description: 'The database id.' }),
    campaignContactId: t.expose('campaignContactId', { type: 'UUID', description: 'Database id of the enrolment.' }),
    campaignId: t.expose('campaignId', { type: 'UUID', nullable: true, description: 'Database id of the campaign.' }),
    contactId: t.expose('contactId', { type: 'UUID', description: 'Database id of the contact.' }),
    accountId: t.expose('accountId', { type: 'UUID', description: 'Database id of the sending account.' }),
    sendQueueId: t.expose('sendQueueId', { type: 'UUID', nullable: true, description: 'Database id of the queued send.' }),
    channel: t.field({ type: MessageChannel, description: 'The channel.', resolve: (m) => m.channel as MessageChannelValue }),
    actionType: t.field({
      type: MessageActionType,
      nullable: true,
      description: 'The action (counted against the matching account limit).',
      resolve: (m) => m.actionType as MessageActionTypeValue | null,
    }),
    sequenceStep: t.exposeInt('sequenceStep', { description: 'Step of the sequence (1 = first).' }),
    subject: t.exposeString('subject', { nullable: true, authScopes: access.sensitive, description: 'Email subject (sensitive).' }),
    body: t.exposeString('body', { nullable: true, authScopes: access.sensitive, description: 'Message body (sensitive).' }),
    personalizationUsedJson: t.expose('personalizationUsed', {
      type: 'JSON',
      nullable: true,
      authScopes: access.sensitive,
      description: 'Variables substituted into the copy (raw JSON, sensitive).',
    }),
    externalId: t.exposeString('externalId', {
      nullable: true,
      authScopes: access.sensitive,
      description: 'Id at the provider (sensitive).',
    }),
    threadId: t.exposeString('threadId', { nullable: true, authScopes: access.sensitive, description: 'Email thread id (sensitive).' }),
    status: t.field({ type: MessageStatus, description: 'Where the message stands.', resolve: (m) => m.status as MessageStatusValue }),
    errorMessage: t.exposeString('errorMessage', { nullable: true, description: 'Why sending failed.' }),
    openedAt: t.expose('openedAt', { type: 'DateTime', nullable: true, description: 'First open.' }),
    clickedAt: t.expose('clickedAt', { type: 'DateTime', nullable: true, description: 'First click.' }),
    repliedAt: t.expose('repliedAt', { type: 'DateTime', nullable: true, description: 'Reply.' }),
    replyText: t.exposeString('replyText', { nullable: true, authScopes: access.sensitive, description: 'The reply (sensitive).' }),
    replySentiment: t.field({
      type: ReplySentiment,
      nullable: true,
      description: 'How the reply reads.',
      resolve: (m) => m.replySentiment as ReplySentimentValue | null,
    }),
    scheduledAt: t.expose('scheduledAt', { type: 'DateTime', nullable: true, description: 'When it is planned.' }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true, description: 'When it was sent.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the row was created.' }),

    campaignContact: t.relation('campaignContact', { description: 'The enrolment it belongs to.' }),
    campaign: t.relation('campaign', { nullable: true, description: 'The campaign.' }),
    contact: t.relation('contact', { description: 'The recipient.' }),
    account: t.relation('account', { description: 'The sending account.' }),
    sendQueueItem: t.relation('sendQueueItem', { nullable: true, description: 'The queued send.' }),
    accountActivity: t.relatedConnection('accountActivity', {
      cursor: 'id',
      totalCount: true,
      description: 'Account actions for this message.',
      args: accountActivityList.args(),
      query: (args) => accountActivityList.query(args),
    }),
  }),
});
