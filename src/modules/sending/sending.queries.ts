// Sending reads: accounts, their activity, messages, the send queue, message events and the
// outreach history.
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { accountActivityList } from './account-activity.type.js';
import { accountList } from './account.type.js';
import { messageEventList } from './message-event.type.js';
import { messageList } from './message.type.js';
import { outreachHistoryList } from './outreach-history.type.js';
import { sendQueueList } from './send-queue.type.js';

builder.queryFields((t) => ({
  accounts: t.prismaConnection({
    type: 'Account',
    cursor: 'id',
    description: 'Sending accounts.',
    args: accountList.args(),
    totalCount: (_parent, args) => prisma.account.count({ where: accountList.where(args) }),
    resolve: (query, _parent, args) => prisma.account.findMany({ ...query, ...accountList.query(args) }),
  }),
  accountActivity: t.prismaConnection({
    type: 'AccountActivity',
    cursor: 'id',
    description: 'What sending accounts did.',
    args: accountActivityList.args(),
    totalCount: (_parent, args) => prisma.accountActivity.count({ where: accountActivityList.where(args) }),
    resolve: (query, _parent, args) => prisma.accountActivity.findMany({ ...query, ...accountActivityList.query(args) }),
  }),
  messages: t.prismaConnection({
    type: 'Message',
    cursor: 'id',
    description: 'Messages of every campaign.',
    args: messageList.args(),
    totalCount: (_parent, args) => prisma.message.count({ where: messageList.where(args) }),
    resolve: (query, _parent, args) => prisma.message.findMany({ ...query, ...messageList.query(args) }),
  }),
  sendQueue: t.prismaConnection({
    type: 'SendQueueItem',
    cursor: 'id',
    description: 'The send queue (earliest first unless orderBy says otherwise).',
    args: sendQueueList.args(),
    totalCount: (_parent, args) => prisma.sendQueueItem.count({ where: sendQueueList.where(args) }),
    resolve: (query, _parent, args) => prisma.sendQueueItem.findMany({ ...query, ...sendQueueList.query(args) }),
  }),
  messageEvents: t.prismaConnection({
    type: 'MessageEvent',
    cursor: 'id',
    description: 'Outcomes of queued sends.',
    args: messageEventList.args(),
    totalCount: (_parent, args) => prisma.messageEvent.count({ where: messageEventList.where(args) }),
    resolve: (query, _parent, args) => prisma.messageEvent.findMany({ ...query, ...messageEventList.query(args) }),
  }),
  outreachHistory: t.prismaConnection({
    type: 'OutreachHistory',
    cursor: 'id',
    description: 'Every send to every person, across offers (latest first unless orderBy says otherwise).',
    args: outreachHistoryList.args(),
    totalCount: (_parent, args) => prisma.outreachHistory.count({ where: outreachHistoryList.where(args) }),
    resolve: (query, _parent, args) => prisma.outreachHistory.findMany({ ...query, ...outreachHistoryList.query(args) }),
  }),
}));
