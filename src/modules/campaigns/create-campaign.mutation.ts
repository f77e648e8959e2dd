// createCampaign and updateCampaign.
import { builder } from '../../builder.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import * as access from '../common/access.js';
import { COMMON_ERRORS } from '../common/errors.type.js';
import { CreateCampaignInput, UpdateCampaignInput } from './campaign-input.type.js';
import { Campaign } from './campaign.type.js';
import { createCampaign, updateCampaign } from './campaigns.service.js';

builder.mutationFields((t) => ({
  createCampaign: t.field({
    type: Campaign,
    description: 'Creates a draft campaign with its structured slug.',
    authScopes: access.write,
    errors: {
      types: [...COMMON_ERRORS, NotFoundError, ConflictError],
      dataField: { name: 'campaign', description: 'The new campaign.' },
    },
    args: { input: t.arg({ type: CreateCampaignInput, required: true, description: 'The campaign.' }) },
    resolve: (_root, { input }) => createCampaign(input),
  }),
  updateCampaign: t.field({
    type: Campaign,
    description: 'Changes a campaign that is not completed or cancelled.',
    authScopes: access.write,
    errors: {
      types: [...COMMON_ERRORS, NotFoundError, ConflictError],
      dataField: { name: 'campaign', description: 'The campaign after the change.' },
    },
    args: { input: t.arg({ type: UpdateCampaignInput, required: true, description: 'The changes.' }) },
    resolve: (_root, { input }) => updateCampaign(input),
  }),
}));
