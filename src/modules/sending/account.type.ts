// The Account type: a LinkedIn or email account we send from, with its limits, today's counters,
// warm-up and health.
import { builder } from '../../builder.js';
import * as access from '../common/access.js';
import {
  AccountStatus,
  type AccountStatusValue,
  AccountType,
  type AccountTypeValue,
  RotationSet,
  type RotationSetValue,
} from '../common/enums.js';
import { defineList, enumKind } from '../common/list.js';
import { campaignList } from '../campaigns/campaign.type.js';
import { accountActivityList } from './account-activity.type.js';
import { messageEventList } from './message-event.type.js';
import { messageList } from './message.type.js';
import { outreachHistoryList } from './outreach-history.type.js';
import { sendQueueList } from './send-queue.type.js';

export const accountList = defineList('Account', {
  plural: 'accounts',
  filter: {
    id: 'uuid',
    name: 'text',
    emailAddress: 'text',
    owner: 'string',
    type: enumKind(AccountType),
    status: enumKind(AccountStatus),
    rotationSet: enumKind(RotationSet),
    healthScore: 'int',
    createdAt: 'dateTime',
  },
  orderBy: ['createdAt', 'name', 'owner', 'status', 'healthScore', 'totalSent'],
  defaultOrder: [{ field: 'name', direction: 'ASC' }],
});

export const Account = builder.prismaNode('Account', {
  id: { field: 'id' },
  description: 'A LinkedIn or email account we send from.',
  fields: (t) => ({
    uuid: t.expose('id', { type: 'UUID', description: 'The database id.' }),
    name: t.exposeString('name', { description: 'Account name ("mike_linkedin", "sales@company.com").' }),
    type: t.field({ type: AccountType, description: 'LinkedIn or email.', resolve: (a) => a.type as AccountTypeValue }),
    owner: t.exposeString('owner', { description: 'Who owns the account ("mike").' }),
    emailAddress: t.expose('emailAddress', { type: 'EmailAddress', nullable: true, description: 'Mailbox address.' }),
    linkedinUrl: t.expose('linkedinUrl', { type: 'URL', nullable: true, description: 'LinkedIn profile URL.' }),
    unipileAccountId: t.exposeString('unipileAccountId', {
      nullable: true,
      authScopes: access.sensitive,
      description: 'Id of the account in Unipile (sensitive).',
    }),
    provider: t.exposeString('provider', { nullable: true, description: 'Provider ("gmail", "outlook", "linkedin").' }),
    rotationSet: t.field({
      type: RotationSet,
      nullable: true,
      description: 'Rotation group.',
      resolve: (a) => a.rotationSet as RotationSetValue | null,
    }),
    status: t.field({ type: AccountStatus, description: 'Whether it works.', resolve: (a) => a.status as AccountStatusValue }),
    dailyLimitConnections: t.exposeInt('dailyLimitConnections', { description: 'Connection requests allowed per day.' }),
    dailyLimitMessages: t.exposeInt('dailyLimitMessages', { description: 'LinkedIn messages allowed per day.' }),
    dailyLimitEmails: t.exposeInt('dailyLimitEmails', { description: 'Emails allowed per day.' }),
    hourlyLimit: t.exposeInt('hourlyLimit', { description: 'Actions allowed per hour.' }),
    warmingWeek: t.exposeInt('warmingWeek', { description: 'Warm-up week (0 = not warming).' }),
    warmingStartedAt: t.expose('warmingStartedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the warm-up started (the ramp counts weeks from here).',
    }),
    todayConnections: t.exposeInt('todayConnections', { description: 'Connection requests sent today.' }),
    todayMessages: t.exposeInt('todayMessages', { description: 'LinkedIn messages sent today.' }),
    todayEmails: t.exposeInt('todayEmails', { description: 'Emails sent today.' }),
    todayLastActionAt: t.expose('todayLastActionAt', { type: 'DateTime', nullable: true, description: 'Last action.' }),
    totalSent: t.exposeInt('totalSent', { description: 'Messages sent, ever.' }),
    totalDelivered: t.exposeInt('totalDelivered', { description: 'Messages delivered, ever.' }),
    totalBounced: t.exposeInt('totalBounced', { description: 'Messages bounced, ever.' }),
    totalReplies: t.exposeInt('totalReplies', { description: 'Replies received, ever.' }),
    healthScore: t.exposeInt('healthScore', { description: 'Health, 0–100 (below 30 the account sends nothing).' }),
    bounceRate: t.expose('bounceRate', { type: 'Decimal', nullable: true, description: 'Bounces per send, in percent.' }),
    spamRate: t.expose('spamRate', { type: 'Decimal', nullable: true, description: 'Spam complaints per send, in percent.' }),
    replyRate: t.expose('replyRate', { type: 'Decimal', nullable: true, description: 'Replies per send, in percent.' }),
    lastHealthCheck: t.expose('lastHealthCheck', { type: 'DateTime', nullable: true, description: 'Last health check.' }),
    connectedAt: t.expose('connectedAt', { type: 'DateTime', nullable: true, description: 'When it was connected.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was added.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),

    campaigns: t.relatedConnection('campaigns', {
      cursor: 'id',
      totalCount: true,
      description: 'Campaigns that use it as their primary account.',
      args: campaignList.args(),
      query: (args) => campaignList.query(args),
    }),
    sendQueue: t.relatedConnection('sendQueue', {
      cursor: 'id',
      totalCount: true,
      description: 'Sends queued on it.',
      args: sendQueueList.args(),
      query: (args) => sendQueueList.query(args),
    }),
    messages: t.relatedConnection('messages', {
      cursor: 'id',
      totalCount: true,
      description: 'Messages sent from it.',
      args: messageList.args(),
      query: (args) => messageList.query(args),
    }),
    activity: t.relatedConnection('activity', {
      cursor: 'id',
      totalCount: true,
      description: 'What it did.',
      args: accountActivityList.args(),
      query: (args) => accountActivityList.query(args),
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
  }),
});
