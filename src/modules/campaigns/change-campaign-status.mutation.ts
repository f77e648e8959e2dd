// changeCampaignStatus: the campaign state machine, with its effect on queued sends.
import { builder } from '../../builder.js';
import { InvalidTransitionError, NotFoundError } from '../../errors.js';
import * as access from '../common/access.js';
import { CampaignStatus } from '../common/enums.js';
import { COMMON_ERRORS } from '../common/errors.type.js';
import { Campaign } from './campaign.type.js';
import { type CampaignStatusChange, changeCampaignStatus } from './campaigns.service.js';

const ChangeCampaignStatusInput = builder.inputType('ChangeCampaignStatusInput', {
  description:
    'A status change: draft ⇄ ready → active ⇄ paused → completed; cancelled from any state but completed. Pausing holds the queued sends, resuming releases them, cancelling or completing cancels them.',
  fields: (t) => ({
    id: t.field({ type: 'UUID', required: true, description: 'Database id of the campaign.' }),
    status: t.field({ type: CampaignStatus, required: true, description: 'The status to move to.' }),
  }),
});

const CampaignStatusChangeRef = builder.objectRef<CampaignStatusChange>('CampaignStatusChange').implement({
  description: 'A campaign after a status change, and what happened to its queued sends.',
  fields: (t) => ({
    campaign: t.field({ type: Campaign, description: 'The campaign.', resolve: (c) => c.campaign }),
    heldSends: t.exposeInt('heldSends', { description: 'Queued sends set aside (status held) by a pause.' }),
    releasedSends: t.exposeInt('releasedSends', { description: 'Held sends put back in the queue by a resume.' }),
    cancelledSends: t.exposeInt('cancelledSends', { description: 'Queued or held sends cancelled.' }),
  }),
});

builder.mutationField('changeCampaignStatus', (t) =>
  t.field({
    type: CampaignStatusChangeRef,
    description: 'Moves a campaign to another status; a move the state machine does not allow is an InvalidTransition.',
    authScopes: access.write,
    errors: {
      types: [...COMMON_ERRORS, NotFoundError, InvalidTransitionError],
      dataField: { name: 'change', description: 'The campaign and the effect on its queue.' },
    },
    args: { input: t.arg({ type: ChangeCampaignStatusInput, required: true, description: 'The change.' }) },
    resolve: (_root, { input }) => changeCampaignStatus(input),
  }),
);
