// The Campaign type: an outreach campaign of an offer, with its typed configuration (target
// criteria, scheduling, sending accounts) and everything it queued and sent.
import { builder } from '../../builder.js';
import {
  CampaignChannel,
  type CampaignChannelValue,
  CampaignStatus,
  type CampaignStatusValue,
  CampaignType,
  type CampaignTypeValue,
} from '../common/enums.js';
import { asObject } from '../common/json.js';
import { json, jsonObjectRef } from '../common/json.type.js';
import { defineList, enumKind } from '../common/list.js';
import { messageTemplateList } from '../offers/message-template.type.js';
import { pipelineRunList } from '../offers/pipeline.type.js';
import { messageEventList } from '../sending/message-event.type.js';
import { messageList } from '../sending/message.type.js';
import { outreachHistoryList } from '../sending/outreach-history.type.js';
import { sendQueueList } from '../sending/send-queue.type.js';
import { campaignContactList } from './campaign-contact.type.js';

const TargetSignal = jsonObjectRef('TargetSignal').implement({
  description: 'A signal a campaign targets, in detail.',
  fields: (t) => ({
    type: json.string(t, 'type', 'Kind of signal ("HIRING", …).'),
    description: json.string(t, 'description', 'What the signal is.'),
    priority: json.string(t, 'priority', 'Priority ("HIGH", …).'),
  }),
});

export const CampaignTargetCriteria = jsonObjectRef('CampaignTargetCriteria').implement({
  description: 'Which companies and contacts a campaign targets.',
  fields: (t) => ({
    companyStatus: json.stringList(t, 'company_status', 'Company statuses to include.'),
    contactStatus: json.stringList(t, 'contact_status', 'Contact statuses to include.'),
    minFitScore: json.int(t, 'min_fit_score', 'Smallest company fit score.'),
    connectionDegrees: json.intList(t, 'connection_degrees', 'LinkedIn connection degrees to include.'),
    exclude1stDegree: json.boolean(t, 'exclude_1st_degree', 'Leave out first-degree connections.'),
    signal: json.string(t, 'signal', 'The primary signal targeted (part of the campaign slug).'),
    icpTarget: json.string(t, 'icp_target', 'The ICP segment targeted (part of the campaign slug).'),
    signals: json.objectList(t, 'signals', TargetSignal, 'The signals, in detail.'),
  }),
});

const SchedulingStep = jsonObjectRef('SchedulingStep').implement({
  description: 'One step of a campaign sequence.',
  fields: (t) => ({
    step: json.int(t, 'step', 'Position in the sequence (1 = first).'),
    type: json.string(t, 'type', 'What the step sends ("connection_request", "linkedin_dm", "email").'),
    delayDays: json.int(t, 'delay_days', 'Days to wait after the previous step.'),
    condition: json.string(t, 'condition', 'When the step runs ("connected", "no_reply").'),
  }),
});

export const SchedulingConfig = jsonObjectRef('SchedulingConfig').implement({
  description: 'The sequence of a campaign and when it stops.',
  fields: (t) => ({
    steps: json.objectList(t, 'steps', SchedulingStep, 'The steps, in order.'),
    stopOnReply: json.boolean(t, 'stop_on_reply', 'Stop the sequence when the contact replies.'),
    maxTouches: json.int(t, 'max_touches', 'Most messages one contact receives.'),
  }),
});

const CampaignAccountRef = jsonObjectRef('CampaignAccountRef').implement({
  description: 'A sending account listed on a campaign (from its accountIds JSON).',
  fields: (t) => ({
    id: json.string(t, 'id', 'Database id of the account.'),
    name: json.string(t, 'name', 'Account name when the campaign was set up.'),
    type: json.string(t, 'type', 'email or linkedin.'),
  }),
});

export const campaignList = defineList('Campaign', {
  plural: 'campaigns',
  filter: {
    id: 'uuid',
    offerId: 'uuid',
    accountId: 'uuid',
    name: 'text',
    campaignSlug: 'text',
    channel: enumKind(CampaignChannel),
    campaignType: enumKind(CampaignType),
    status: enumKind(CampaignStatus),
    createdAt: 'dateTime',
    lastSendAt: 'dateTime',
  },
  orderBy: ['createdAt', 'updatedAt', 'name', 'status', 'totalSent', 'totalReplied', 'replyRate', 'lastSendAt'],
  defaultOrder: [{ field: 'createdAt', direction: 'DESC' }],
});

/** "09:00:00" from a TIME column (Prisma reads it as a Date on 1970-01-01 UTC). */
export function timeOfDay(value: Date): string {
  return value.toISOString().slice(11, 19);
}

export const Campaign = builder.prismaNode('Campaign', {
  id: { field: 'id' },
  description: 'An outreach campaign of an offer.',
  fields: (t) => ({
    uuid: t.expose('id', { type: 'UUID', description: 'The database id.' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    offerId: t.expose('offerId', { type: 'UUID', description: 'Database id of the offer.' }),
    channel: t.field({ type: CampaignChannel, description: 'Email, LinkedIn or both.', resolve: (c) => c.channel as CampaignChannelValue }),
    campaignType: t.field({
      type: CampaignType,
      description: 'Networking or cold outreach.',
      resolve: (c) => c.campaignType as CampaignTypeValue,
    }),
    accountId: t.expose('accountId', { type: 'UUID', nullable: true, description: 'Database id of the primary sending account.' }),
    campaignSlug: t.exposeString('campaignSlug', {
      nullable: true,
      description: 'Structured unique slug: {type}-{offer}-{channel}-{signal}-{icp}-{account}.',
    }),
    accountRefs: t.field({
      type: [CampaignAccountRef],
      nullable: true,
      description: 'The sending accounts listed on the campaign, typed (see accountIdsJson).',
      resolve: (c) => (Array.isArray(c.accountIds) ? c.accountIds.map(asObject).filter((o) => o !== null) : null),
    }),
    accountIdsJson: t.expose('accountIds', { type: 'JSON', nullable: true, description: 'Sending accounts as stored (raw JSON).' }),
    targetCriteria: t.field({
      type: CampaignTargetCriteria,
      nullable: true,
      description: 'Who the campaign targets, typed (see targetCriteriaJson).',
      resolve: (c) => asObject(c.targetCriteria),
    }),
    targetCriteriaJson: t.expose('targetCriteria', {
      type: 'JSON',
      nullable: true,
      description: 'Target criteria as stored (raw JSON).',
    }),
    sequenceConfigJson: t.expose('sequenceConfig', {
      type: 'JSON',
      nullable: true,
      description: 'Sequence configuration as stored (raw JSON; its shape is not documented).',
    }),
    schedulingConfig: t.field({
      type: SchedulingConfig,
      nullable: true,
      description: 'The sequence steps and stop rules, typed (see schedulingConfigJson).',
      resolve: (c) => asObject(c.schedulingConfig),
    }),
    schedulingConfigJson: t.expose('schedulingConfig', {
      type: 'JSON',
      nullable: true,
      description: 'Scheduling configuration as stored (raw JSON).',
    }),
    status: t.field({ type: CampaignStatus, description: 'Where the campaign stands.', resolve: (c) => c.status as CampaignStatusValue }),
    sendWindowStart: t.field({
      type: 'LocalTime',
      description: 'Sends start at this time of day, in the campaign time zone.',
      resolve: (c) => timeOfDay(c.sendWindowStart),
    }),
    sendWindowEnd: t.field({
      type: 'LocalTime',
      description: 'Sends stop at this time of day, in the campaign time zone.',
      resolve: (c) => timeOfDay(c.sendWindowEnd),
    }),
    sendDays: t.exposeIntList('sendDays', { description: 'Days of the week it sends on (1 = Monday … 7 = Sunday).' }),
    timezone: t.expose('timezone', { type: 'TimeZone', description: 'IANA time zone of the send window and of "today".' }),
    totalContacts: t.exposeInt('totalContacts', { description: 'Contacts enrolled (maintained counter).' }),
    contactsSent: t.exposeInt('contactsSent', { description: 'Enrolled contacts that have been sent to (maintained counter).' }),
    contactsRemaining: t.exposeInt('contactsRemaining', { description: 'Enrolled contacts still waiting (maintained counter).' }),
    totalSent: t.exposeInt('totalSent', { description: 'Messages sent (maintained counter).' }),
    totalDelivered: t.exposeInt('totalDelivered', { description: 'Messages delivered (maintained counter).' }),
    totalOpened: t.exposeInt('totalOpened', { description: 'Messages opened (maintained counter).' }),
    totalClicked: t.exposeInt('totalClicked', { description: 'Messages clicked (maintained counter).' }),
    totalReplied: t.exposeInt('totalReplied', { description: 'Replies (maintained counter).' }),
    totalPositiveReplies: t.exposeInt('totalPositiveReplies', { description: 'Positive replies (maintained counter).' }),
    totalMeetings: t.exposeInt('totalMeetings', { description: 'Meetings booked (maintained counter).' }),
    openRate: t.expose('openRate', { type: 'Decimal', nullable: true, description: 'Opens per send, in percent.' }),
    replyRate: t.expose('replyRate', { type: 'Decimal', nullable: true, description: 'Replies per send, in percent.' }),
    positiveReplyRate: t.expose('positiveReplyRate', {
      type: 'Decimal',
      nullable: true,
      description: 'Positive replies per reply, in percent.',
    }),
    meetingRate: t.expose('meetingRate', { type: 'Decimal', nullable: true, description: 'Meetings per send, in percent.' }),
    firstSendAt: t.expose('firstSendAt', { type: 'DateTime', nullable: true, description: 'First send.' }),
    lastSendAt: t.expose('lastSendAt', { type: 'DateTime', nullable: true, description: 'Latest send.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the campaign was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the campaign last changed.' }),

    offer: t.relation('offer', { description: 'The offer the campaign tests.' }),
    account: t.relation('account', { nullable: true, description: 'The primary sending account.' }),
    campaignContacts: t.relatedConnection('campaignContacts', {
      cursor: 'id',
      totalCount: true,
      description: 'The contacts enrolled, with their progress.',
      args: campaignContactList.args(),
      query: (args) => campaignContactList.query(args),
    }),
    sendQueue: t.relatedConnection('sendQueue', {
      cursor: 'id',
      totalCount: true,
      description: "The campaign's queue of sends.",
      args: sendQueueList.args(),
      query: (args) => sendQueueList.query(args),
    }),
    messages: t.relatedConnection('messages', {
      cursor: 'id',
      totalCount: true,
      description: 'Messages of the campaign.',
      args: messageList.args(),
      query: (args) => messageList.query(args),
    }),
    messageTemplates: t.relatedConnection('messageTemplates', {
      cursor: 'id',
      totalCount: true,
      description: 'Templates written for the campaign.',
      args: messageTemplateList.args(),
      query: (args) => messageTemplateList.query(args),
    }),
    messageEvents: t.relatedConnection('messageEvents', {
      cursor: 'id',
      totalCount: true,
      description: 'What happened to its sends.',
      args: messageEventList.args(),
      query: (args) => messageEventList.query(args),
    }),
    outreachHistory: t.relatedConnection('outreachHistory', {
      cursor: 'id',
      totalCount: true,
      description: 'Its sends, as recorded in the outreach history.',
      args: outreachHistoryList.args(),
      query: (args) => outreachHistoryList.query(args),
    }),
    pipelineRuns: t.relatedConnection('pipelineRuns', {
      cursor: 'id',
      totalCount: true,
      description: 'Pipeline runs for the campaign.',
      args: pipelineRunList.args(),
      query: (args) => pipelineRunList.query(args),
    }),
  }),
});
