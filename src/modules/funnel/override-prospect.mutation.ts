// Manual moves and locks (roles admin, sales_manager, customer_success: access.manage). The
// caller and the reason are recorded in the audit row.
import { z } from 'zod';
import { builder } from '../../builder.js';
import { ForbiddenError, InvalidTransitionError, NotFoundError } from '../../errors.js';
import * as access from '../common/access.js';
import { COMMON_ERRORS } from '../common/errors.type.js';
import { LifecycleState } from './funnel-enums.type.js';
import { overrideState, setLock } from './funnel.service.js';
import { LifecycleOutcome, prospectOf } from './lifecycle-outcome.type.js';
import { Prospect } from './prospect.type.js';

const reason = z.string().trim().min(1, 'a reason is required').max(2000);

const OverrideInput = builder.inputType('OverrideProspectStateInput', {
  description: 'A manual move (give personId or email).',
  fields: (t) => ({
    personId: t.field({ type: 'UUID', description: 'The lifecycle person.' }),
    email: t.string({ description: "The person's email." }),
    toState: t.field({ type: LifecycleState, required: true, description: 'The state to move to (never CLIENT).' }),
    reason: t.string({ required: true, description: 'Why (recorded in the audit).', validate: reason }),
  }),
});

const LockInput = builder.inputType('LockProspectInput', {
  description: 'A person to lock (give personId or email).',
  fields: (t) => ({
    personId: t.field({ type: 'UUID', description: 'The lifecycle person.' }),
    email: t.string({ description: "The person's email." }),
    reason: t.string({ required: true, description: 'Why.', validate: reason }),
  }),
});

const UnlockInput = builder.inputType('UnlockProspectInput', {
  description: 'A person to unlock (give personId or email).',
  fields: (t) => ({
    personId: t.field({ type: 'UUID', description: 'The lifecycle person.' }),
    email: t.string({ description: "The person's email." }),
  }),
});

builder.mutationFields((t) => ({
  overrideProspectState: t.field({
    type: LifecycleOutcome,
    description:
      'Moves a person by hand: from any state but CLIENT and UNSUBSCRIBED to any other but CLIENT, bypassing the cooldown and a lock; the caller and the reason are recorded. Refused moves are InvalidTransition.',
    authScopes: access.manage,
    errors: { types: [...COMMON_ERRORS, NotFoundError, InvalidTransitionError], dataField: { name: 'outcome', description: 'The move.' } },
    args: { input: t.arg({ type: OverrideInput, required: true, description: 'The move.' }) },
    resolve: (_root, { input }, ctx) => {
      if (!ctx.caller) throw new ForbiddenError();
      return overrideState(input, ctx.caller.id);
    },
  }),
  lockProspect: t.field({
    type: Prospect,
    description: 'Locks a person: only unsubscribe, hard bounce and manual override move them; time rules stop.',
    authScopes: access.manage,
    errors: { types: [...COMMON_ERRORS, NotFoundError], dataField: { name: 'prospect', description: 'The person.' } },
    args: { input: t.arg({ type: LockInput, required: true, description: 'The person and why.' }) },
    resolve: async (_root, { input }) => prospectOf(await setLock(input, true, input.reason)),
  }),
  unlockProspect: t.field({
    type: Prospect,
    description: 'Unlocks a person.',
    authScopes: access.manage,
    errors: { types: [...COMMON_ERRORS, NotFoundError], dataField: { name: 'prospect', description: 'The person.' } },
    args: { input: t.arg({ type: UnlockInput, required: true, description: 'The person.' }) },
    resolve: async (_root, { input }) => prospectOf(await setLock(input, false, null)),
  }),
}));
