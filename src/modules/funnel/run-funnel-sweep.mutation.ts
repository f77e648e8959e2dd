// runFunnelSweep: the time rules on demand (admins; the server also runs them on a schedule).
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import * as access from '../common/access.js';
import { COMMON_ERRORS } from '../common/errors.type.js';
import { ProspectMovement } from './journey.type.js';
import { runFunnelSweep, type SweepReport } from './sweep.service.js';

const FunnelSweepReport = builder.objectRef<SweepReport>('FunnelSweepReport').implement({
  description: 'What one sweep of the time rules did.',
  fields: (t) => ({
    now: t.field({ type: 'DateTime', description: 'The "now" it ran at.', resolve: (r) => r.now }),
    outreachIngested: t.int({ description: 'Outreach message events brought into the lifecycle (missing ones).', resolve: (r) => r.outreachIngested }),
    signalsExpired: t.int({ description: 'TalentFlow signals that stopped being fresh.', resolve: (r) => r.signalsExpired }),
    peopleSwept: t.int({ description: 'People with a rule due who were handled.', resolve: (r) => r.peopleSwept }),
    peopleSkipped: t.int({ description: 'People skipped because another transaction held them (the next sweep handles them).', resolve: (r) => r.peopleSkipped }),
    movements: t.field({
      type: [ProspectMovement],
      description: 'The state changes it made (inactivity, exhaustion, held events).',
      resolve: (r) =>
        r.movements.length
          ? prisma.prospectMovement.findMany({
              where: { movementId: { in: r.movements.map((m) => m.movement_id) } },
              orderBy: [{ transitionProcessedAt: 'asc' }, { movementId: 'asc' }],
            })
          : [],
    }),
    reengagementTriggers: t.int({ description: 'Re-engagement cycles started.', resolve: (r) => r.reengagementTriggers }),
    heldApplied: t.int({ description: 'Events held back by the cooldown and applied now.', resolve: (r) => r.heldApplied }),
    bitDecayed: t.int({ description: 'BIT scores recomputed (daily decay, expired signals).', resolve: (r) => r.bitDecayed }),
  }),
});

const RunFunnelSweepInput = builder.inputType('RunFunnelSweepInput', {
  description: 'A sweep of the time rules.',
  fields: (t) => ({ now: t.field({ type: 'DateTime', description: 'The time to apply the rules at (default: the server clock).' }) }),
});

builder.mutationField('runFunnelSweep', (t) =>
  t.field({
    type: FunnelSweepReport,
    description:
      'Runs the time rules now (inactivity, re-engagement cycles and exhaustion, held events, signal expiry, BIT decay, missing outreach events). Safe to run alongside the scheduled sweep.',
    authScopes: access.admin,
    errors: { types: [...COMMON_ERRORS], dataField: { name: 'report', description: 'What it did.' } },
    args: { input: t.arg({ type: RunFunnelSweepInput, description: 'When to apply the rules at (default: now).' }) },
    resolve: (_root, { input }) => runFunnelSweep({ now: input?.now ?? new Date() }),
  }),
);
