// Offer-domain reads: offers (and one by id or slug), companies, contacts, message templates,
// tools, tool usage and pipeline runs. Every list is a connection with filter and orderBy.
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { ValidationFailedError } from '../../errors.js';
import { companyList } from './company.type.js';
import { contactList } from './contact.type.js';
import { messageTemplateList } from './message-template.type.js';
import { Offer, offerList } from './offer.type.js';
import { pipelineRunList, pipelineStepList } from './pipeline.type.js';
import { toolList, toolUsageList } from './tool.type.js';

builder.queryFields((t) => ({
  offers: t.prismaConnection({
    type: 'Offer',
    cursor: 'id',
    description: 'Every offer (newest first unless orderBy says otherwise).',
    args: offerList.args(),
    totalCount: (_parent, args) => prisma.offer.count({ where: offerList.where(args) }),
    resolve: (query, _parent, args) => prisma.offer.findMany({ ...query, ...offerList.query(args) }),
  }),
  offer: t.prismaField({
    type: Offer,
    nullable: true,
    description: 'One offer, by database id or by slug (exactly one of the two).',
    args: {
      id: t.arg({ type: 'UUID', required: false, description: 'The database id.' }),
      slug: t.arg.string({ required: false, description: 'The slug.' }),
    },
    resolve: (query, _root, args) => {
      if ((args.id == null) === (args.slug == null)) {
        throw new ValidationFailedError([{ path: '', message: 'Give exactly one of id and slug' }]);
      }
      return prisma.offer.findUnique({
        ...query,
        where: args.id != null ? { id: args.id } : { slug: args.slug! },
      });
    },
  }),
  companies: t.prismaConnection({
    type: 'Company',
    cursor: 'id',
    description: 'Companies of every offer (filter by offerId for one offer).',
    args: companyList.args(),
    totalCount: (_parent, args) => prisma.company.count({ where: companyList.where(args) }),
    resolve: (query, _parent, args) => prisma.company.findMany({ ...query, ...companyList.query(args) }),
  }),
  contacts: t.prismaConnection({
    type: 'Contact',
    cursor: 'id',
    description: 'Contacts of every offer (filter by offerId or companyId to narrow).',
    args: contactList.args(),
    totalCount: (_parent, args) => prisma.contact.count({ where: contactList.where(args) }),
    resolve: (query, _parent, args) => prisma.contact.findMany({ ...query, ...contactList.query(args) }),
  }),
  messageTemplates: t.prismaConnection({
    type: 'MessageTemplate',
    cursor: 'id',
    description: 'Message templates of every offer.',
    args: messageTemplateList.args(),
    totalCount: (_parent, args) => prisma.messageTemplate.count({ where: messageTemplateList.where(args) }),
    resolve: (query, _parent, args) => prisma.messageTemplate.findMany({ ...query, ...messageTemplateList.query(args) }),
  }),
  tools: t.prismaConnection({
    type: 'Tool',
    cursor: 'id',
    description: 'External tools.',
    args: toolList.args(),
    totalCount: (_parent, args) => prisma.tool.count({ where: toolList.where(args) }),
    resolve: (query, _parent, args) => prisma.tool.findMany({ ...query, ...toolList.query(args) }),
  }),
  toolUsage: t.prismaConnection({
    type: 'ToolUsage',
    cursor: 'id',
    description: 'Every external tool call.',
    args: toolUsageList.args(),
    totalCount: (_parent, args) => prisma.toolUsage.count({ where: toolUsageList.where(args) }),
    resolve: (query, _parent, args) => prisma.toolUsage.findMany({ ...query, ...toolUsageList.query(args) }),
  }),
  pipelineRuns: t.prismaConnection({
    type: 'PipelineRun',
    cursor: 'id',
    description: 'Pipeline runs.',
    args: pipelineRunList.args(),
    totalCount: (_parent, args) => prisma.pipelineRun.count({ where: pipelineRunList.where(args) }),
    resolve: (query, _parent, args) => prisma.pipelineRun.findMany({ ...query, ...pipelineRunList.query(args) }),
  }),
  pipelineSteps: t.prismaConnection({
    type: 'PipelineStep',
    cursor: 'id',
    description: 'Steps of every pipeline run.',
    args: pipelineStepList.args(),
    totalCount: (_parent, args) => prisma.pipelineStep.count({ where: pipelineStepList.where(args) }),
    resolve: (query, _parent, args) => prisma.pipelineStep.findMany({ ...query, ...pipelineStepList.query(args) }),
  }),
}));
