// The CampaignContact type: one contact enrolled in one campaign, with its sequence progress and
// engagement.
import { builder } from '../../builder.js';
import {
  CampaignContactStatus,
  type CampaignContactStatusValue,
  ReplySentiment,
  type ReplySentimentValue,
} from '../common/enums.js';
import { defineList, enumKind } from '../common/list.js';
import { messageList } from '../sending/message.type.js';
import { sendQueueList } from '../sending/send-queue.type.js';

export const campaignContactList = defineList('CampaignContact', {
  plural: 'enrolments',
  filter: {
    id: 'uuid',
    campaignId: 'uuid',
    contactId: 'uuid',
    status: enumKind(CampaignContactStatus),
    replied: 'boolean',
    meetingBooked: 'boolean',
    nextStepAt: 'dateTime',
    addedAt: 'dateTime',
  },
  orderBy: ['addedAt', 'nextStepAt', 'currentStep', 'status'],
  defaultOrder: [{ field: 'addedAt', direction: 'DESC' }],
});

export const CampaignContact = builder.prismaNode('CampaignContact', {
  id: { field: 'id' },
  description: 'A contact enrolled in a campaign: its place in the sequence and how it engaged.',
  fields: (t) => ({
    uuid: t.expose('id', { type: 'UUID', description: 'The database id.' }),
    campaignId: t.expose('campaignId', { type: 'UUID', description: 'Database id of the campaign.' }),
    contactId: t.expose('contactId', { type: 'UUID', description: 'Database id of the contact.' }),
    currentStep: t.exposeInt('currentStep', { description: 'Last sequence step sent (0 = none yet).' }),
    maxStep: t.exposeInt('maxStep', { nullable: true, description: 'Last step of the sequence.' }),
    status: t.field({
      type: CampaignContactStatus,
      description: 'Where the contact stands in the sequence.',
      resolve: (c) => c.status as CampaignContactStatusValue,
    }),
    opened: t.exposeBoolean('opened', { description: 'Opened a message.' }),
    clicked: t.exposeBoolean('clicked', { description: 'Clicked a link.' }),
    replied: t.exposeBoolean('replied', { description: 'Replied.' }),
    replySentiment: t.field({
      type: ReplySentiment,
      nullable: true,
      description: 'How the reply reads.',
      resolve: (c) => c.replySentiment as ReplySentimentValue | null,
    }),
    meetingBooked: t.exposeBoolean('meetingBooked', { description: 'Booked a meeting.' }),
    addedAt: t.expose('addedAt', { type: 'DateTime', description: 'When the contact was enrolled.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true, description: 'When the first step was sent.' }),
    nextStepAt: t.expose('nextStepAt', { type: 'DateTime', nullable: true, description: 'When the next step is due.' }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true, description: 'When the sequence ended.' }),

    campaign: t.relation('campaign', { description: 'The campaign.' }),
    contact: t.relation('contact', { description: 'The contact.' }),
    messages: t.relatedConnection('messages', {
      cursor: 'id',
      totalCount: true,
      description: 'Messages of this enrolment.',
      args: messageList.args(),
      query: (args) => messageList.query(args),
    }),
    sendQueue: t.relatedConnection('sendQueue', {
      cursor: 'id',
      totalCount: true,
      description: 'Queued sends of this enrolment.',
      args: sendQueueList.args(),
      query: (args) => sendQueueList.query(args),
    }),
  }),
});
