// The Contact type: a person at a company, found for one offer (unique per offer by normalized
// email and by normalized LinkedIn URL). The same person may have a contact row in several offers.
import { builder } from '../../builder.js';
import { campaignContactList } from '../campaigns/campaign-contact.type.js';
import {
  ContactGlobalStatus,
  type ContactGlobalStatusValue,
  ContactStatus,
  type ContactStatusValue,
  EmailStatus,
  type EmailStatusValue,
  Priority,
  type PriorityValue,
  Seniority,
  type SeniorityValue,
} from '../common/enums.js';
import { defineList, enumKind } from '../common/list.js';
import { accountActivityList } from '../sending/account-activity.type.js';
import { messageEventList } from '../sending/message-event.type.js';
import { messageList } from '../sending/message.type.js';
import { outreachHistoryList } from '../sending/outreach-history.type.js';
import { sendQueueList } from '../sending/send-queue.type.js';
import { toolUsageList } from './tool.type.js';

export const contactList = defineList('Contact', {
  plural: 'contacts',
  filter: {
    id: 'uuid',
    offerId: 'uuid',
    companyId: 'uuid',
    fullName: 'text',
    email: 'text',
    linkedinUrl: 'text',
    title: 'text',
    status: enumKind(ContactStatus),
    emailStatus: enumKind(EmailStatus),
    globalStatus: enumKind(ContactGlobalStatus),
    seniority: enumKind(Seniority),
    priority: enumKind(Priority),
    eligibleForOutreach: 'boolean',
    alreadyContacted: 'boolean',
    connectionDegree: 'int',
    buyerFitScore: 'int',
    sourceTool: 'string',
    globalLastContactedAt: 'dateTime',
    createdAt: 'dateTime',
  },
  orderBy: ['createdAt', 'updatedAt', 'fullName', 'lastName', 'email', 'buyerFitScore', 'globalLastContactedAt', 'status'],
  defaultOrder: [{ field: 'createdAt', direction: 'DESC' }],
});

export const Contact = builder.prismaNode('Contact', {
  id: { field: 'id' },
  description:
    'A person at a company, found for an offer. Unique per offer by normalized email and by normalized LinkedIn URL.',
  fields: (t) => ({
    uuid: t.expose('id', { type: 'UUID', description: 'The database id.' }),
    companyId: t.expose('companyId', { type: 'UUID', description: 'Database id of the company.' }),
    offerId: t.expose('offerId', { type: 'UUID', description: 'Database id of the offer.' }),
    firstName: t.exposeString('firstName', { nullable: true, description: 'First name.' }),
    lastName: t.exposeString('lastName', { nullable: true, description: 'Last name.' }),
    fullName: t.exposeString('fullName', { nullable: true, description: 'Full name.' }),
    title: t.exposeString('title', { nullable: true, description: 'Job title as found.' }),
    titleNormalized: t.exposeString('titleNormalized', { nullable: true, description: 'Normalized title ("vp_sales", …).' }),
    department: t.exposeString('department', { nullable: true, description: 'Department.' }),
    seniority: t.field({
      type: Seniority,
      nullable: true,
      description: 'Seniority.',
      resolve: (c) => c.seniority as SeniorityValue | null,
    }),
    email: t.expose('email', { type: 'EmailAddress', nullable: true, description: 'Email address (normalized: trimmed, lower-case).' }),
    emailStatus: t.field({
      type: EmailStatus,
      nullable: true,
      description: 'What we know about the email address.',
      resolve: (c) => c.emailStatus as EmailStatusValue | null,
    }),
    emailVerificationSource: t.exposeString('emailVerificationSource', {
      nullable: true,
      description: 'Who verified the email ("leadmagic", …).',
    }),
    emailVerified: t.exposeBoolean('emailVerified', {
      nullable: true,
      description: 'Whether the email is verified deliverable (computed: emailStatus = valid).',
    }),
    phone: t.exposeString('phone', { nullable: true, description: 'Phone number.' }),
    linkedinUrl: t.expose('linkedinUrl', {
      type: 'URL',
      nullable: true,
      description: 'LinkedIn profile URL (normalized: https://linkedin.com/in/…).',
    }),
    linkedinId: t.exposeString('linkedinId', { nullable: true, description: "LinkedIn's internal id." }),
    connectionDegree: t.exposeInt('connectionDegree', { nullable: true, description: 'LinkedIn connection degree (1, 2 or 3).' }),
    alreadyContacted: t.exposeBoolean('alreadyContacted', { description: 'Contacted for this offer already.' }),
    lastContactedAt: t.expose('lastContactedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Last contact for this offer.',
    }),
    contactCount: t.exposeInt('contactCount', { description: 'Times contacted for this offer.' }),
    globalLastContactedAt: t.expose('globalLastContactedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Last contact from any offer.',
    }),
    globalContactCount: t.exposeInt('globalContactCount', { description: 'Times contacted from any offer.' }),
    globalLastReplyAt: t.expose('globalLastReplyAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Last reply to any offer.',
    }),
    globalStatus: t.field({
      type: ContactGlobalStatus,
      description: 'Outreach status across every offer.',
      resolve: (c) => c.globalStatus as ContactGlobalStatusValue,
    }),
    eligibleForOutreach: t.exposeBoolean('eligibleForOutreach', {
      description: 'Stored eligibility flag (enrolment recomputes eligibility itself, including the 60-day rule).',
    }),
    buyerFitScore: t.exposeInt('buyerFitScore', { nullable: true, description: 'Buyer fit, 1 (poor) to 10 (perfect).' }),
    priority: t.field({
      type: Priority,
      nullable: true,
      description: 'How soon to work them.',
      resolve: (c) => c.priority as PriorityValue | null,
    }),
    sourceTool: t.exposeString('sourceTool', { description: 'Tool that found them ("parallel", "leadmagic", "linkedin", "manual").' }),
    sourceRawJson: t.expose('sourceRaw', { type: 'JSON', nullable: true, description: 'Raw API response (raw JSON).' }),
    status: t.field({ type: ContactStatus, description: 'Where they stand for this offer.', resolve: (c) => c.status as ContactStatusValue }),
    skipReason: t.exposeString('skipReason', {
      nullable: true,
      description: 'Why they are skipped ("1st_degree", "already_contacted", "no_email", …).',
    }),
    notes: t.exposeString('notes', { nullable: true, description: 'Free notes.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When they were found.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the row last changed.' }),

    company: t.relation('company', { description: 'The company they work at.' }),
    offer: t.relation('offer', { description: 'The offer they were found for.' }),
    campaignContacts: t.relatedConnection('campaignContacts', {
      cursor: 'id',
      totalCount: true,
      description: 'The campaigns they are enrolled in, with their progress in each.',
      args: campaignContactList.args(),
      query: (args) => campaignContactList.query(args),
    }),
    messages: t.relatedConnection('messages', {
      cursor: 'id',
      totalCount: true,
      description: 'Messages to them.',
      args: messageList.args(),
      query: (args) => messageList.query(args),
    }),
    sendQueue: t.relatedConnection('sendQueue', {
      cursor: 'id',
      totalCount: true,
      description: 'Queued sends to them.',
      args: sendQueueList.args(),
      query: (args) => sendQueueList.query(args),
    }),
    messageEvents: t.relatedConnection('messageEvents', {
      cursor: 'id',
      totalCount: true,
      description: 'What happened to sends to them.',
      args: messageEventList.args(),
      query: (args) => messageEventList.query(args),
    }),
    outreachHistory: t.relatedConnection('outreachHistory', {
      cursor: 'id',
      totalCount: true,
      description: 'Sends to this contact row (the 60-day rule looks across every offer by email and LinkedIn URL).',
      args: outreachHistoryList.args(),
      query: (args) => outreachHistoryList.query(args),
    }),
    accountActivity: t.relatedConnection('accountActivity', {
      cursor: 'id',
      totalCount: true,
      description: 'Account actions about them.',
      args: accountActivityList.args(),
      query: (args) => accountActivityList.query(args),
    }),
    toolUsage: t.relatedConnection('toolUsage', {
      cursor: 'id',
      totalCount: true,
      description: 'External tool calls made about them.',
      args: toolUsageList.args(),
      query: (args) => toolUsageList.query(args),
    }),
  }),
});
