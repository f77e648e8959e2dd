// Funnel reads: one person's journey, the lists (people, state changes, events) and the state
// machine itself.
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { stateMachine } from './dashboards.service.js';
import { FunnelMembership, LifecycleEventType, LifecycleState } from './funnel-enums.type.js';
import { appointmentList, eventList, movementList, prospectList } from './funnel-lists.js';
import { findProspect } from './journey.service.js';
import { Prospect } from './prospect.type.js';

const StateInfo = builder.objectRef<ReturnType<typeof stateMachine>['states'][number]>('LifecycleStateInfo').implement({
  description: 'A state of the lifecycle.',
  fields: (t) => ({
    state: t.field({ type: LifecycleState, description: 'The state.', resolve: (s) => s.state }),
    funnel: t.field({
      type: FunnelMembership,
      nullable: true,
      description: 'The funnel it puts people in (null: they keep the funnel they came from).',
      resolve: (s) => s.funnel,
    }),
    terminal: t.boolean({ description: 'Nothing moves people out of it (but a manual override out of DISQUALIFIED).', resolve: (s) => s.terminal }),
  }),
});

const EventInfo = builder.objectRef<ReturnType<typeof stateMachine>['events'][number]>('LifecycleEventInfo').implement({
  description: 'A lifecycle event and how it competes.',
  fields: (t) => ({
    event: t.field({ type: LifecycleEventType, description: 'The event.', resolve: (e) => e.event }),
    priority: t.int({ description: 'When several are pending for a person, only the highest applies.', resolve: (e) => e.priority }),
    cooldownExempt: t.boolean({ description: 'Applies within 24 hours of the last change (recorded as bypassed).', resolve: (e) => e.cooldownExempt }),
    lockExempt: t.boolean({ description: 'Moves a locked person too.', resolve: (e) => e.lockExempt }),
  }),
});

const TransitionEdge = builder.objectRef<ReturnType<typeof stateMachine>['transitions'][number]>('LifecycleTransition').implement({
  description: 'An allowed move (anything else is refused).',
  fields: (t) => ({
    from: t.field({ type: LifecycleState, description: 'From this state.', resolve: (e) => e.from }),
    event: t.field({ type: LifecycleEventType, description: 'On this event.', resolve: (e) => e.event }),
    to: t.field({ type: LifecycleState, description: 'To this state.', resolve: (e) => e.to }),
    condition: t.string({ description: 'When it applies, in words (empty: always).', resolve: (e) => e.condition }),
  }),
});

const StateMachine = builder.objectRef<ReturnType<typeof stateMachine>>('LifecycleStateMachine').implement({
  description: 'The lifecycle state machine (DOMAIN.md part 1), for drawing it.',
  fields: (t) => ({
    states: t.field({ type: [StateInfo], description: 'Every state.', resolve: (m) => m.states }),
    events: t.field({ type: [EventInfo], description: 'Every event, with its priority.', resolve: (m) => m.events }),
    transitions: t.field({ type: [TransitionEdge], description: 'Every allowed (from, event, to).', resolve: (m) => m.transitions }),
  }),
});

builder.queryFields((t) => ({
  prospect: t.prismaField({
    type: Prospect,
    nullable: true,
    description: "One person's journey, by exactly one of: lifecycle id, person id, email, or the id of a contact that is this person.",
    args: {
      id: t.arg({ type: 'UUID', description: 'The lifecycle row id (Prospect.uuid).' }),
      personId: t.arg({ type: 'UUID', description: 'The person id.' }),
      email: t.arg.string({ description: 'An email (normalized before the lookup).' }),
      contactId: t.arg({ type: 'UUID', description: 'A contact (of any offer) whose email is this person.' }),
    },
    resolve: async (query, _root, args) => {
      const found = await findProspect(args);
      return found ? prisma.suspect.findUnique({ ...query, where: { suspectId: found.suspectId } }) : null;
    },
  }),
  prospects: t.prismaConnection({
    type: Prospect,
    cursor: 'suspectId',
    description: 'People in the lifecycle, filtered and sorted.',
    args: prospectList.args(),
    totalCount: (_parent, args) => prisma.suspect.count({ where: prospectList.where(args) }),
    resolve: (query, _root, args) => prisma.suspect.findMany({ ...query, ...prospectList.query(args) }),
  }),
  prospectMovements: t.prismaConnection({
    type: 'ProspectMovement',
    cursor: 'movementId',
    description: 'State changes of everyone (the audit), filtered and sorted.',
    args: movementList.args(),
    totalCount: (_parent, args) => prisma.prospectMovement.count({ where: movementList.where(args) }),
    resolve: (query, _root, args) => prisma.prospectMovement.findMany({ ...query, ...movementList.query(args) }),
  }),
  engagementEvents: t.prismaConnection({
    type: 'EngagementEvent',
    cursor: 'eventId',
    description: 'Engagement events of everyone, filtered and sorted.',
    args: eventList.args(),
    totalCount: (_parent, args) => prisma.engagementEvent.count({ where: eventList.where(args) }),
    resolve: (query, _root, args) => prisma.engagementEvent.findMany({ ...query, ...eventList.query(args) }),
  }),
  appointments: t.prismaConnection({
    type: 'Appointment',
    cursor: 'appointmentId',
    description: 'Meetings of everyone, filtered and sorted.',
    args: appointmentList.args(),
    totalCount: (_parent, args) => prisma.appointment.count({ where: appointmentList.where(args) }),
    resolve: (query, _root, args) => prisma.appointment.findMany({ ...query, ...appointmentList.query(args) }),
  }),
  lifecycleStateMachine: t.field({
    type: StateMachine,
    description: 'The lifecycle state machine: states, events with priorities, and every allowed transition.',
    resolve: () => stateMachine(),
  }),
}));
