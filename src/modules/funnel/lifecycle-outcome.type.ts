// What a lifecycle write returns: the person after it, the stored event, and the move it caused
// (or why nobody moved).
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import type { IngestResult, PersonRow } from './funnel.service.js';
import { EngagementEvent, ProspectMovement } from './journey.type.js';
import { Prospect } from './prospect.type.js';

export const NoMoveReason = builder.enumType('LifecycleNoMoveReason', {
  description: 'Why an event moved nobody.',
  values: {
    NO_EVENT: { description: 'It raises no lifecycle event (recorded and counted only).' },
    NO_TRANSITION: { description: 'The event it raised moves nobody from the current state (for example a reply in TALENTFLOW_WARM).' },
    LOCKED: { description: 'The person is locked.' },
    HELD: { description: 'Held back by the 24-hour cooldown; the sweep applies it when the wait ends.' },
  } as const,
});

const REASON = { no_event: 'NO_EVENT', no_transition: 'NO_TRANSITION', locked: 'LOCKED', held: 'HELD' } as const;

export interface OutcomeShape {
  person: PersonRow;
  lifecycle: IngestResult | null;
}

export const prospectOf = (person: PersonRow) => prisma.suspect.findUniqueOrThrow({ where: { suspectId: person.suspect_id } });
export const movementOf = (r: IngestResult | null) =>
  r?.movement ? prisma.prospectMovement.findUnique({ where: { movementId: r.movement.movement_id } }) : null;
export const eventOf = (r: IngestResult | null) =>
  r?.event?.event_id ? prisma.engagementEvent.findUnique({ where: { eventId: r.event.event_id } }) : null;

export const LifecycleOutcome = builder.objectRef<IngestResult>('LifecycleOutcome').implement({
  description: 'The result of an event for a person: the stored event, the move it caused, or why nobody moved.',
  fields: (t) => ({
    prospect: t.field({ type: Prospect, description: 'The person, after the event.', resolve: (r) => prospectOf(r.person) }),
    event: t.field({ type: EngagementEvent, nullable: true, description: 'The stored event (the earlier one for a duplicate).', resolve: (r) => eventOf(r) }),
    duplicate: t.boolean({ description: 'The same provider event was stored before: nothing changed.', resolve: (r) => r.duplicate }),
    heldByCooldown: t.boolean({ description: 'The move it earned waits for the cooldown to end (the sweep applies it).', resolve: (r) => r.held }),
    movement: t.field({ type: ProspectMovement, nullable: true, description: 'The state change it caused.', resolve: (r) => movementOf(r) }),
    noMoveReason: t.field({
      type: NoMoveReason,
      nullable: true,
      description: 'Why nobody moved (null when the person moved or for a duplicate).',
      resolve: (r) => (r.noMoveReason ? REASON[r.noMoveReason] : null),
    }),
  }),
});
