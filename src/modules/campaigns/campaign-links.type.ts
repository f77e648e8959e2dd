// The many-to-many between contacts and campaigns, navigable both ways without the enrolment in
// between: Contact.campaigns and Campaign.contacts. Each is a connection over the enrolments
// (campaign_contacts) that returns their other side, with the other side's filter and orderBy,
// planned into the parent query like every related connection.
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { builder } from '../../builder.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { ListArgs } from '../common/list.js';
import { contactList } from '../offers/contact.type.js';
import { Contact } from '../offers/contact.type.js';
import { Campaign, campaignList } from './campaign.type.js';

const campaignsOfContact = prismaConnectionHelpers(builder, 'CampaignContact', {
  cursor: 'id',
  args: (t) => ({
    filter: t.field({ type: campaignList.filterInput, description: 'Only campaigns matching these conditions.' }),
    orderBy: t.field({ type: [campaignList.orderInput], description: 'Sort keys of the campaigns; the enrolment id breaks ties.' }),
  }),
  query: (args) => ({
    where: { campaign: campaignList.where(args) },
    // Prisma takes a list of sort keys; the helper's type names only one.
    orderBy: [
      ...campaignList.orderBy(args).map((o) => ({ campaign: o })),
      { id: 'asc' },
    ] as Prisma.CampaignContactOrderByWithRelationInput,
  }),
  select: (nodeSelection) => ({ campaign: nodeSelection(true) }),
  resolveNode: (enrolment) => enrolment.campaign,
});

const contactsOfCampaign = prismaConnectionHelpers(builder, 'CampaignContact', {
  cursor: 'id',
  args: (t) => ({
    filter: t.field({ type: contactList.filterInput, description: 'Only contacts matching these conditions.' }),
    orderBy: t.field({ type: [contactList.orderInput], description: 'Sort keys of the contacts; the enrolment id breaks ties.' }),
  }),
  query: (args) => ({
    where: { contact: contactList.where(args) },
    orderBy: [
      ...contactList.orderBy(args).map((o) => ({ contact: o })),
      { id: 'asc' },
    ] as Prisma.CampaignContactOrderByWithRelationInput,
  }),
  select: (nodeSelection) => ({ contact: nodeSelection(true) }),
  resolveNode: (enrolment) => enrolment.contact,
});

builder.prismaObjectField(Contact, 'campaigns', (t) =>
  t.connection(
    {
      type: Campaign,
      description: 'The campaigns the contact is enrolled in (see campaignContacts for the progress in each).',
      args: campaignsOfContact.getArgs(),
      select: (args, ctx, nestedSelection) => ({
        campaignContacts: campaignsOfContact.getQuery(args, ctx, nestedSelection),
        _count: { select: { campaignContacts: { where: { campaign: campaignList.where(args as ListArgs) } } } },
      }),
      resolve: (contact, args, ctx) => ({
        ...campaignsOfContact.resolve(contact.campaignContacts, args, ctx),
        totalCount: contact._count.campaignContacts,
      }),
    },
    {
      name: 'ContactCampaignsConnection',
      description: 'A page of the campaigns a contact is enrolled in.',
      fields: (c) => ({
        totalCount: c.int({ description: 'How many campaigns match, across all pages.', resolve: (page) => page.totalCount }),
      }),
    },
    { name: 'ContactCampaignsConnectionEdge', description: 'A campaign of the contact, with its cursor.' },
  ),
);

builder.prismaObjectField(Campaign, 'contacts', (t) =>
  t.connection(
    {
      type: Contact,
      description: 'The contacts enrolled in the campaign (see campaignContacts for each one’s progress).',
      args: contactsOfCampaign.getArgs(),
      select: (args, ctx, nestedSelection) => ({
        campaignContacts: contactsOfCampaign.getQuery(args, ctx, nestedSelection),
        _count: { select: { campaignContacts: { where: { contact: contactList.where(args as ListArgs) } } } },
      }),
      resolve: (campaign, args, ctx) => ({
        ...contactsOfCampaign.resolve(campaign.campaignContacts, args, ctx),
        totalCount: campaign._count.campaignContacts,
      }),
    },
    {
      name: 'CampaignContactsConnection',
      description: 'A page of the contacts enrolled in a campaign.',
      fields: (c) => ({
        totalCount: c.int({ description: 'How many contacts match, across all pages.', resolve: (page) => page.totalCount }),
      }),
    },
    { name: 'CampaignContactsConnectionEdge', description: 'An enrolled contact, with its cursor.' },
  ),
);
