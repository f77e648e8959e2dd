// cancelQueueItem, rescheduleQueueItem: one queued send changed by hand.
import { builder } from '../../builder.js';
import { InvalidTransitionError, NotFoundError } from '../../errors.js';
import * as access from '../common/access.js';
import { COMMON_ERRORS } from '../common/errors.type.js';
import { cancelQueueItem, rescheduleQueueItem } from './queue-item.service.js';
import { SendQueueItem } from './send-queue.type.js';

const CancelQueueItemInput = builder.inputType('CancelQueueItemInput', {
  description: 'A queued send to cancel (pending, scheduled, held or in review).',
  fields: (t) => ({
    id: t.field({ type: 'UUID', required: true, description: 'Database id of the queued send.' }),
    reason: t.string({ description: 'Why (kept in lastError).' }),
  }),
});

const RescheduleQueueItemInput = builder.inputType('RescheduleQueueItemInput', {
  description:
    'A new time for a queued send (pending, scheduled, held or in review). An item in review is sent again: do it only once the provider shows the first attempt did not go out.',
  fields: (t) => ({
    id: t.field({ type: 'UUID', required: true, description: 'Database id of the queued send.' }),
    scheduledFor: t.field({ type: 'DateTime', required: true, description: 'When to send it (the worker still applies the send window and limits).' }),
  }),
});

const dataField = { name: 'item', description: 'The queued send after the change.' };

builder.mutationFields((t) => ({
  cancelQueueItem: t.field({
    type: SendQueueItem,
    description: 'Cancels one queued send; an item a worker is sending, or one already final, cannot be cancelled.',
    authScopes: access.write,
    errors: { types: [...COMMON_ERRORS, NotFoundError, InvalidTransitionError], dataField },
    args: { input: t.arg({ type: CancelQueueItemInput, required: true, description: 'The send.' }) },
    resolve: (_root, { input }) => cancelQueueItem(input),
  }),
  rescheduleQueueItem: t.field({
    type: SendQueueItem,
    description: 'Moves one queued send to another time (held again if its campaign is paused).',
    authScopes: access.write,
    errors: { types: [...COMMON_ERRORS, NotFoundError, InvalidTransitionError], dataField },
    args: { input: t.arg({ type: RescheduleQueueItemInput, required: true, description: 'The send and its new time.' }) },
    resolve: (_root, { input }) => rescheduleQueueItem(input),
  }),
}));
