// The MessageTemplate type: reusable copy for one channel and sequence step of an offer or campaign.
import { builder } from '../../builder.js';
import {
  MessageChannel,
  type MessageChannelValue,
  MessageTemplateStatus,
  type MessageTemplateStatusValue,
} from '../common/enums.js';
import { defineList, enumKind } from '../common/list.js';

export const messageTemplateList = defineList('MessageTemplate', {
  plural: 'message templates',
  filter: {
    id: 'uuid',
    offerId: 'uuid',
    campaignId: 'uuid',
    name: 'text',
    channel: enumKind(MessageChannel),
    status: enumKind(MessageTemplateStatus),
    sequenceStep: 'int',
    templateKey: 'string',
    createdAt: 'dateTime',
  },
  orderBy: ['createdAt', 'updatedAt', 'name', 'sequenceStep'],
  defaultOrder: [{ field: 'createdAt', direction: 'DESC' }],
});

export const MessageTemplate = builder.prismaNode('MessageTemplate', {
  id: { field: 'id' },
  description: 'Reusable copy for one channel and sequence step.',
  fields: (t) => ({
    uuid: t.expose('id', { type: 'UUID', description: 'The database id.' }),
    offerId: t.expose('offerId', { type: 'UUID', description: 'Database id of the offer.' }),
    campaignId: t.expose('campaignId', { type: 'UUID', nullable: true, description: 'Database id of the campaign, if any.' }),
    name: t.exposeString('name', { description: 'Template name.' }),
    channel: t.field({ type: MessageChannel, description: 'The channel.', resolve: (m) => m.channel as MessageChannelValue }),
    sequenceStep: t.exposeInt('sequenceStep', { nullable: true, description: 'Sequence step it is for.' }),
    templateKey: t.exposeString('templateKey', { nullable: true, description: 'Key used by the sequencer.' }),
    subject: t.exposeString('subject', { nullable: true, description: 'Subject (email).' }),
    body: t.exposeString('body', { description: 'Body with {{placeholders}}.' }),
    status: t.field({
      type: MessageTemplateStatus,
      description: 'Where the template stands.',
      resolve: (m) => m.status as MessageTemplateStatusValue,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),

    offer: t.relation('offer', { description: 'The offer.' }),
    campaign: t.relation('campaign', { nullable: true, description: 'The campaign, if any.' }),
  }),
});
