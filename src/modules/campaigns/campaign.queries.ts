// Campaign reads: campaigns (and one by id or slug) and enrolments.
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { ValidationFailedError } from '../../errors.js';
import { campaignContactList } from './campaign-contact.type.js';
import { Campaign, campaignList } from './campaign.type.js';

builder.queryFields((t) => ({
  campaigns: t.prismaConnection({
    type: 'Campaign',
    cursor: 'id',
    description: 'Campaigns of every offer (newest first unless orderBy says otherwise).',
    args: campaignList.args(),
    totalCount: (_parent, args) => prisma.campaign.count({ where: campaignList.where(args) }),
    resolve: (query, _parent, args) => prisma.campaign.findMany({ ...query, ...campaignList.query(args) }),
  }),
  campaign: t.prismaField({
    type: Campaign,
    nullable: true,
    description: 'One campaign, by database id or by slug (exactly one of the two).',
    args: {
      id: t.arg({ type: 'UUID', required: false, description: 'The database id.' }),
      slug: t.arg.string({ required: false, description: 'The campaign slug.' }),
    },
    resolve: (query, _root, args) => {
      if ((args.id == null) === (args.slug == null)) {
        throw new ValidationFailedError([{ path: '', message: 'Give exactly one of id and slug' }]);
      }
      return prisma.campaign.findUnique({
        ...query,
        where: args.id != null ? { id: args.id } : { campaignSlug: args.slug! },
      });
    },
  }),
  campaignContacts: t.prismaConnection({
    type: 'CampaignContact',
    cursor: 'id',
    description: 'Enrolments of contacts in campaigns.',
    args: campaignContactList.args(),
    totalCount: (_parent, args) => prisma.campaignContact.count({ where: campaignContactList.where(args) }),
    resolve: (query, _parent, args) => prisma.campaignContact.findMany({ ...query, ...campaignContactList.query(args) }),
  }),
}));
