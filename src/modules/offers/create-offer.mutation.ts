// createOffer: a new draft offer; the slug is derived from the name and made unique.
import { z } from 'zod';
import { builder } from '../../builder.js';
import * as access from '../common/access.js';
import { COMMON_ERRORS } from '../common/errors.type.js';
import { EmailTemplatesSchema, IcpSchema, LinkedinTemplatesSchema, PositioningSchema } from './offer-json.schemas.js';
import { createOffer } from './offers.service.js';
import { Offer, OfferOwnership, OfferType } from './offer.type.js';

const CreateOfferInput = builder.inputType('CreateOfferInput', {
  description: 'A new offer. It starts as a draft.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Display name (the slug is derived from it).', validate: z.string().trim().min(1).max(200) }),
    type: t.field({ type: OfferType, required: true, description: 'Product or service.' }),
    ownership: t.field({ type: OfferOwnership, required: true, description: 'Internal, or for a client.' }),
    clientName: t.string({ description: 'Required when ownership is client.' }),
    description: t.string({ required: true, description: 'What the offer is.', validate: z.string().trim().min(1) }),
    problemSolved: t.string({ description: 'The problem it solves.' }),
    valueProposition: t.string({ description: 'Why buyers should care.' }),
    priceRange: t.string({ description: 'low, mid, high or enterprise.', validate: z.enum(['low', 'mid', 'high', 'enterprise']) }),
    positioning: t.field({
      type: 'JSONObject',
      description: 'The positioning canvas (snake_case keys as documented; see the Positioning type).',
      validate: PositioningSchema,
    }),
    icp: t.field({ type: 'JSONObject', description: 'The ideal customer profile (see the Icp type).', validate: IcpSchema }),
    emailTemplates: t.field({
      type: 'JSONObject',
      description: 'Email sequence templates (see the EmailTemplates type).',
      validate: EmailTemplatesSchema,
    }),
    linkedinTemplates: t.field({
      type: 'JSONObject',
      description: 'LinkedIn templates (see the LinkedinTemplates type).',
      validate: LinkedinTemplatesSchema,
    }),
  }),
});

builder.mutationField('createOffer', (t) =>
  t.field({
    type: Offer,
    description: 'Creates a draft offer.',
    authScopes: access.write,
    errors: { types: [...COMMON_ERRORS], dataField: { name: 'offer', description: 'The new offer.' } },
    args: { input: t.arg({ type: CreateOfferInput, required: true, description: 'The new offer.' }) },
    resolve: (_root, { input }) => createOffer(input),
  }),
);
