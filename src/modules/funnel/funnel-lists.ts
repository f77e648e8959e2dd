// The funnel's lists with the graph's shared filter and orderBy inputs (src/modules/common/list.ts):
// people, state changes, engagement events, BIT history, TalentFlow signals and meetings, for the
// top-level lists and the related connections of a Prospect alike. Filterable columns are the
// indexed ones; the row key breaks every tie.
import { defineList, enumKind } from '../common/list.js';
import {
  AppointmentOutcome,
  AppointmentStatus,
  FunnelMembership,
  LifecycleEventType,
  LifecycleState,
  TalentflowSignalType,
} from './funnel-enums.type.js';

export const prospectList = defineList('Suspect', {
  name: 'Prospect',
  idField: 'suspectId',
  plural: 'people',
  filter: {
    suspectId: 'uuid',
    personId: 'uuid',
    companyId: 'uuid',
    email: 'text',
    funnelState: enumKind(LifecycleState),
    funnelMembership: enumKind(FunnelMembership),
    currentBitScore: 'int',
    reengagementCycle: 'int',
    isLocked: 'boolean',
    isBounced: 'boolean',
    isUnsubscribed: 'boolean',
    isDisqualified: 'boolean',
    source: 'string',
    lastEventTs: 'dateTime',
    lastEngagementTs: 'dateTime',
    lastStateChangeTs: 'dateTime',
    enteredSuspectTs: 'dateTime',
    cooldownUntil: 'dateTime',
    coldOutreachBlockedUntil: 'dateTime',
    createdAt: 'dateTime',
  },
  orderBy: ['createdAt', 'currentBitScore', 'lastEventTs', 'lastEngagementTs', 'lastStateChangeTs', 'enteredSuspectTs', 'email'],
  defaultOrder: [{ field: 'createdAt', direction: 'DESC' }],
});

export const movementList = defineList('ProspectMovement', {
  idField: 'movementId',
  plural: 'state changes',
  filter: {
    movementId: 'uuid',
    personId: 'uuid',
    companyId: 'uuid',
    fromState: enumKind(LifecycleState),
    toState: enumKind(LifecycleState),
    toFunnel: enumKind(FunnelMembership),
    eventType: enumKind(LifecycleEventType),
    isManualOverride: 'boolean',
    wasInCooldown: 'boolean',
    transitionProcessedAt: 'dateTime',
  },
  orderBy: ['transitionProcessedAt', 'eventTs', 'createdAt'],
  defaultOrder: [{ field: 'transitionProcessedAt', direction: 'DESC' }],
});

export const eventList = defineList('EngagementEvent', {
  idField: 'eventId',
  plural: 'engagement events',
  filter: {
    eventId: 'uuid',
    personId: 'uuid',
    companyId: 'uuid',
    eventType: enumKind(LifecycleEventType),
    eventSubtype: 'string',
    sourceSystem: 'string',
    sourceCampaignId: 'string',
    isProcessed: 'boolean',
    triggeredTransition: 'boolean',
    transitionToState: enumKind(LifecycleState),
    eventTs: 'dateTime',
  },
  orderBy: ['eventTs', 'createdAt'],
  defaultOrder: [{ field: 'eventTs', direction: 'DESC' }],
});

export const bitSignalList = defineList('BitSignal', {
  idField: 'bitLogId',
  plural: 'BIT score computations',
  filter: { bitScore: 'int', bitReason: 'string', triggeredStateChange: 'boolean', detectedTs: 'dateTime' },
  orderBy: ['detectedTs', 'bitScore', 'createdAt'],
  defaultOrder: [{ field: 'detectedTs', direction: 'DESC' }, { field: 'createdAt', direction: 'DESC' }],
});

export const talentflowSignalList = defineList('TalentflowSignal', {
  idField: 'signalId',
  plural: 'TalentFlow signals',
  filter: { signalType: enumKind(TalentflowSignalType), isVerified: 'boolean', isExpired: 'boolean', priorityScore: 'int', signalTs: 'dateTime' },
  orderBy: ['signalTs', 'priorityScore', 'expiresAt'],
  defaultOrder: [{ field: 'signalTs', direction: 'DESC' }],
});

export const appointmentList = defineList('Appointment', {
  idField: 'appointmentId',
  plural: 'meetings',
  filter: {
    appointmentId: 'uuid',
    personId: 'uuid',
    companyId: 'uuid',
    status: enumKind(AppointmentStatus),
    outcome: enumKind(AppointmentOutcome),
    sourceFunnel: enumKind(FunnelMembership),
    meetingType: 'string',
    followUpScheduled: 'boolean',
    appointmentTs: 'dateTime',
  },
  orderBy: ['appointmentTs', 'createdAt'],
  defaultOrder: [{ field: 'appointmentTs', direction: 'DESC' }],
});
