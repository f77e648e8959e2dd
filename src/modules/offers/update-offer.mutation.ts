// updateOffer and changeOfferStatus: edit an offer, move it through its status machine.
import { z } from 'zod';
import { builder } from '../../builder.js';
import { InvalidTransitionError, NotFoundError } from '../../errors.js';
import * as access from '../common/access.js';
import { OfferStatus } from '../common/enums.js';
import { COMMON_ERRORS } from '../common/errors.type.js';
import { EmailTemplatesSchema, IcpSchema, LinkedinTemplatesSchema, PositioningSchema } from './offer-json.schemas.js';
import { Offer } from './offer.type.js';
import { changeOfferStatus, updateOffer } from './offers.service.js';

const UpdateOfferInput = builder.inputType('UpdateOfferInput', {
  description: 'Changes to an offer: only the given fields change; null clears an optional field. The slug stays.',
  fields: (t) => ({
    id: t.field({ type: 'UUID', required: true, description: 'Database id of the offer.' }),
    name: t.string({ description: 'Display name.', validate: z.string().trim().min(1).max(200).nullish() }),
    clientName: t.string({ description: 'The client (required while ownership is client).' }),
    description: t.string({ description: 'What the offer is.', validate: z.string().trim().min(1).nullish() }),
    problemSolved: t.string({ description: 'The problem it solves.' }),
    valueProposition: t.string({ description: 'Why buyers should care.' }),
    priceRange: t.string({
      description: 'low, mid, high or enterprise.',
      validate: z.enum(['low', 'mid', 'high', 'enterprise']).nullish(),
    }),
    positioning: t.field({ type: 'JSONObject', description: 'The positioning canvas.', validate: PositioningSchema.nullish() }),
    icp: t.field({ type: 'JSONObject', description: 'The ideal customer profile.', validate: IcpSchema.nullish() }),
    emailTemplates: t.field({ type: 'JSONObject', description: 'Email sequence templates.', validate: EmailTemplatesSchema.nullish() }),
    linkedinTemplates: t.field({
      type: 'JSONObject',
      description: 'LinkedIn templates.',
      validate: LinkedinTemplatesSchema.nullish(),
    }),
  }),
});

const ChangeOfferStatusInput = builder.inputType('ChangeOfferStatusInput', {
  description: 'A status change: draft → ready → active ⇄ paused → completed; any → killed.',
  fields: (t) => ({
    id: t.field({ type: 'UUID', required: true, description: 'Database id of the offer.' }),
    status: t.field({ type: OfferStatus, required: true, description: 'The status to move to.' }),
  }),
});

builder.mutationFields((t) => ({
  updateOffer: t.field({
    type: Offer,
    description: 'Edits an offer.',
    authScopes: access.write,
    errors: { types: [...COMMON_ERRORS, NotFoundError], dataField: { name: 'offer', description: 'The offer after the change.' } },
    args: { input: t.arg({ type: UpdateOfferInput, required: true, description: 'The changes.' }) },
    resolve: (_root, { input }) => updateOffer(input),
  }),
  changeOfferStatus: t.field({
    type: Offer,
    description: 'Moves an offer to another status; a move the rules do not allow is an InvalidTransition.',
    authScopes: access.write,
    errors: {
      types: [...COMMON_ERRORS, NotFoundError, InvalidTransitionError],
      dataField: { name: 'offer', description: 'The offer after the change.' },
    },
    args: { input: t.arg({ type: ChangeOfferStatusInput, required: true, description: 'The change.' }) },
    resolve: (_root, { input }) => changeOfferStatus(input),
  }),
}));
