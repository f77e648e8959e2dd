// The Offer type: a product or service under test.
import { builder } from '../../builder.js';

export const OfferStatus = builder.enumType('OfferStatus', {
  description: 'Where an offer stands: draft → ready → active ⇄ paused → completed; any → killed.',
  values: {
    draft: { description: 'Still being defined.' },
    ready: { description: 'ICP and copy ready.' },
    active: { description: 'Campaigns running.' },
    paused: { description: 'Temporarily stopped.' },
    completed: { description: 'Done testing.' },
    killed: { description: 'Did not work; archived.' },
  } as const,
});

export type OfferStatusValue = 'draft' | 'ready' | 'active' | 'paused' | 'completed' | 'killed';

export const OfferType = builder.enumType('OfferType', {
  description: 'What is being offered.',
  values: { product: { description: 'A product.' }, service: { description: 'A service.' } } as const,
});

export const OfferOwnership = builder.enumType('OfferOwnership', {
  description: 'Whose offer it is.',
  values: {
    internal: { description: 'Our own offer.' },
    client: { description: "A client's offer (see clientName)." },
  } as const,
});

export const Offer = builder.prismaNode('Offer', {
  id: { field: 'id' },
  description: 'A product or service being tested with outreach campaigns.',
  fields: (t) => ({
    uuid: t.expose('id', { type: 'UUID', description: 'The database id.' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    slug: t.exposeString('slug', { nullable: true, description: 'URL-friendly unique identifier.' }),
    type: t.field({ type: OfferType, description: 'Product or service.', resolve: (o) => o.type as 'product' | 'service' }),
    ownership: t.field({
      type: OfferOwnership,
      description: 'Internal or for a client.',
      resolve: (o) => o.ownership as 'internal' | 'client',
    }),
    clientName: t.exposeString('clientName', { nullable: true, description: 'The client, when ownership is client.' }),
    description: t.exposeString('description', { description: 'What the offer is.' }),
    problemSolved: t.exposeString('problemSolved', { nullable: true, description: 'The problem it solves.' }),
    valueProposition: t.exposeString('valueProposition', { nullable: true, description: 'Why buyers should care.' }),
    priceRange: t.exposeString('priceRange', { nullable: true, description: 'low, mid, high or enterprise.' }),
    positioningJson: t.expose('positioning', {
      type: 'JSON',
      nullable: true,
      description: 'The positioning canvas as stored (raw JSON).',
    }),
    icpJson: t.expose('icp', { type: 'JSON', nullable: true, description: 'The ideal customer profile as stored (raw JSON).' }),
    emailTemplatesJson: t.expose('emailTemplates', {
      type: 'JSON',
      nullable: true,
      description: 'Email sequence templates as stored (raw JSON).',
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
  }),
});
