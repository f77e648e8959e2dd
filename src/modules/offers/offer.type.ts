// The Offer type: a product or service under test, with its companies, contacts, campaigns and
// everything recorded against it.
import { builder } from '../../builder.js';
import {
  OfferOwnership,
  type OfferOwnershipValue,
  OfferStatus,
  type OfferStatusValue,
  OfferType,
  type OfferTypeValue,
} from '../common/enums.js';
import { asObject } from '../common/json.js';
import { defineList, enumKind } from '../common/list.js';
import { campaignList } from '../campaigns/campaign.type.js';
import { outreachHistoryList } from '../sending/outreach-history.type.js';
import { companyList } from './company.type.js';
import { contactList } from './contact.type.js';
import { messageTemplateList } from './message-template.type.js';
import { pipelineRunList } from './pipeline.type.js';
import { EmailTemplates, Icp, LinkedinTemplates, Positioning } from './positioning.type.js';
import { toolUsageList } from './tool.type.js';

export { OfferOwnership, OfferStatus, OfferType, type OfferStatusValue };

export const offerList = defineList('Offer', {
  plural: 'offers',
  filter: {
    id: 'uuid',
    name: 'text',
    slug: 'text',
    type: enumKind(OfferType),
    ownership: enumKind(OfferOwnership),
    status: enumKind(OfferStatus),
    createdAt: 'dateTime',
  },
  orderBy: ['createdAt', 'updatedAt', 'name', 'status', 'totalCompanies', 'totalContacts', 'totalSent'],
  defaultOrder: [{ field: 'createdAt', direction: 'DESC' }],
});

export const Offer = builder.prismaNode('Offer', {
  id: { field: 'id' },
  description: 'A product or service being tested with outreach campaigns.',
  fields: (t) => ({
    uuid: t.expose('id', { type: 'UUID', description: 'The database id.' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    slug: t.exposeString('slug', { nullable: true, description: 'URL-friendly unique identifier.' }),
    type: t.field({ type: OfferType, description: 'Product or service.', resolve: (o) => o.type as OfferTypeValue }),
    ownership: t.field({
      type: OfferOwnership,
      description: 'Internal or for a client.',
      resolve: (o) => o.ownership as OfferOwnershipValue,
    }),
    clientName: t.exposeString('clientName', { nullable: true, description: 'The client, when ownership is client.' }),
    description: t.exposeString('description', { description: 'What the offer is.' }),
    problemSolved: t.exposeString('problemSolved', { nullable: true, description: 'The problem it solves.' }),
    valueProposition: t.exposeString('valueProposition', { nullable: true, description: 'Why buyers should care.' }),
    priceRange: t.exposeString('priceRange', { nullable: true, description: 'low, mid, high or enterprise.' }),
    positioning: t.field({
      type: Positioning,
      nullable: true,
      description: 'The positioning canvas, typed (see positioningJson for the stored JSON).',
      resolve: (o) => asObject(o.positioning),
    }),
    positioningJson: t.expose('positioning', {
      type: 'JSON',
      nullable: true,
      description: 'The positioning canvas as stored (raw JSON).',
    }),
    icp: t.field({
      type: Icp,
      nullable: true,
      description: 'The ideal customer profile, typed (see icpJson for the stored JSON).',
      resolve: (o) => asObject(o.icp),
    }),
    icpJson: t.expose('icp', { type: 'JSON', nullable: true, description: 'The ideal customer profile as stored (raw JSON).' }),
    emailTemplates: t.field({
      type: EmailTemplates,
      nullable: true,
      description: 'The email sequence templates, typed (see emailTemplatesJson).',
      resolve: (o) => asObject(o.emailTemplates),
    }),
    emailTemplatesJson: t.expose('emailTemplates', {
      type: 'JSON',
      nullable: true,
      description: 'Email sequence templates as stored (raw JSON).',
    }),
    linkedinTemplates: t.field({
      type: LinkedinTemplates,
      nullable: true,
      description: 'The LinkedIn templates, typed (see linkedinTemplatesJson).',
      resolve: (o) => asObject(o.linkedinTemplates),
    }),
    linkedinTemplatesJson: t.expose('linkedinTemplates', {
      type: 'JSON',
      nullable: true,
      description: 'LinkedIn templates as stored (raw JSON).',
    }),
    status: t.field({ type: OfferStatus, description: 'Lifecycle status.', resolve: (o) => o.status as OfferStatusValue }),
    totalCompanies: t.exposeInt('totalCompanies', { description: 'Companies found for this offer (maintained counter).' }),
    totalContacts: t.exposeInt('totalContacts', { description: 'Contacts found for this offer (maintained counter).' }),
    totalSent: t.exposeInt('totalSent', { description: 'Messages sent for this offer (maintained counter).' }),
    totalReplies: t.exposeInt('totalReplies', { description: 'Replies received (maintained counter).' }),
    totalMeetings: t.exposeInt('totalMeetings', { description: 'Meetings booked (maintained counter).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the offer was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the offer last changed.' }),

    companies: t.relatedConnection('companies', {
      cursor: 'id',
      totalCount: true,
      description: 'Companies found for this offer.',
      args: companyList.args(),
      query: (args) => companyList.query(args),
    }),
    contacts: t.relatedConnection('contacts', {
      cursor: 'id',
      totalCount: true,
      description: 'Contacts found for this offer.',
      args: contactList.args(),
      query: (args) => contactList.query(args),
    }),
    campaigns: t.relatedConnection('campaigns', {
      cursor: 'id',
      totalCount: true,
      description: 'Campaigns run for this offer.',
      args: campaignList.args(),
      query: (args) => campaignList.query(args),
    }),
    messageTemplates: t.relatedConnection('messageTemplates', {
      cursor: 'id',
      totalCount: true,
      description: 'Message templates written for this offer.',
      args: messageTemplateList.args(),
      query: (args) => messageTemplateList.query(args),
    }),
    toolUsage: t.relatedConnection('toolUsage', {
      cursor: 'id',
      totalCount: true,
      description: 'External tool calls made for this offer.',
      args: toolUsageList.args(),
      query: (args) => toolUsageList.query(args),
    }),
    outreachHistory: t.relatedConnection('outreachHistory', {
      cursor: 'id',
      totalCount: true,
      description: 'Sends made for this offer (the outreach history).',
      args: outreachHistoryList.args(),
      query: (args) => outreachHistoryList.query(args),
    }),
    pipelineRuns: t.relatedConnection('pipelineRuns', {
      cursor: 'id',
      totalCount: true,
      description: 'Pipeline runs for this offer.',
      args: pipelineRunList.args(),
      query: (args) => pipelineRunList.query(args),
    }),
  }),
});
