// A person's journey: the Prospect node over funnel.suspect_universe (one per person, found by
// person id or normalized email) with its state, funnel, counters, BIT score and history,
// TalentFlow signals, events, movements, meetings, conversion, the seed's journey summary
// (funnel.get_journey_summary) and the contacts (one per offer) that are this person.
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { bitLevel, inCooldown } from './funnel.rules.js';
import { personIdForEmail } from './identity.js';
import { funnelSettings } from './funnel.settings.js';
import { BitLevel, FunnelMembership, LifecycleState } from './funnel-enums.type.js';
import { Contact } from '../offers/contact.type.js';
import { contactIdsForPeople, contactsForPeople, journeySummaries, type JourneySummaryRow, prospectsForPeople } from './journey.service.js';
import { appointmentList, bitSignalList, eventList, movementList, talentflowSignalList } from './funnel-lists.js';
import { ClientConversion, WarmProspect } from './journey.type.js';

export const JourneySummary = builder.objectRef<JourneySummaryRow>('JourneySummary').implement({
  description: "A person's journey at a glance (funnel.get_journey_summary at the time of the request).",
  fields: (t) => ({
    funnelState: t.field({ type: LifecycleState, description: 'Current state.', resolve: (j) => j.funnel_state }),
    funnelMembership: t.field({ type: FunnelMembership, description: 'Current funnel.', resolve: (j) => j.funnel_membership }),
    enteredSuspectTs: t.field({ type: 'DateTime', description: 'When the person entered the lifecycle.', resolve: (j) => j.entered_suspect_ts }),
    firstContactTs: t.field({ type: 'DateTime', nullable: true, description: 'The first engagement event.', resolve: (j) => j.first_contact_ts }),
    lastEventTs: t.field({ type: 'DateTime', nullable: true, description: 'The last engagement event.', resolve: (j) => j.last_event_ts }),
    lastStateChangeTs: t.field({ type: 'DateTime', nullable: true, description: 'The last state change.', resolve: (j) => j.last_state_change_ts }),
    daysInCurrentState: t.int({ description: 'Whole days in the current state.', resolve: (j) => j.days_in_current_state }),
    movementCount: t.int({ description: 'State changes so far.', resolve: (j) => j.movement_count }),
    eventCount: t.int({ description: 'Events stored (duplicates excluded).', resolve: (j) => j.event_count }),
    currentBitScore: t.int({ description: 'The latest BIT score logged.', resolve: (j) => j.current_bit_score }),
    hasFreshTalentflowSignal: t.boolean({ description: 'A TalentFlow signal of the last 90 days.', resolve: (j) => j.has_fresh_talentflow_signal }),
    isInCooldown: t.boolean({ description: 'Within 24 hours of the last state change.', resolve: (j) => j.is_in_cooldown }),
    reengagementCycle: t.int({ description: 'Re-engagement cycles run.', resolve: (j) => j.reengagement_cycle }),
  }),
});

export const Prospect = builder.prismaNode('Suspect', {
  name: 'Prospect',
  id: { field: 'suspectId' },
  description:
    'A person in the four-funnel lifecycle (one per person, however many contacts across offers they are): where they stand and how they got there.',
  fields: (t) => ({
    uuid: t.expose('suspectId', { type: 'UUID', description: 'The database id of the lifecycle row.' }),
    personId: t.expose('personId', { type: 'UUID', description: 'The person id (derived from the normalized email for people found by outreach).' }),
    companyId: t.expose('companyId', { type: 'UUID', description: 'The company id (derived from the normalized domain).' }),
    email: t.exposeString('email', { description: 'The normalized email.' }),
    funnelState: t.expose('funnelState', { type: LifecycleState, description: 'Where the person stands.' }),
    funnelMembership: t.expose('funnelMembership', { type: FunnelMembership, description: 'The funnel the person is in.' }),
    enteredSuspectTs: t.expose('enteredSuspectTs', { type: 'DateTime', description: 'When the person entered the lifecycle.' }),
    lastEventTs: t.expose('lastEventTs', { type: 'DateTime', nullable: true, description: 'The last event (system events excluded).' }),
    lastEngagementTs: t.expose('lastEngagementTs', {
      type: 'DateTime',
      nullable: true,
      description: 'The last open, click, reply, website visit, content download, webinar or attended meeting (inactivity and BIT decay count from it).',
    }),
    lastStateChangeTs: t.expose('lastStateChangeTs', { type: 'DateTime', nullable: true, description: 'The last state change.' }),
    cooldownUntil: t.expose('cooldownUntil', { type: 'DateTime', nullable: true, description: 'Until when non-exempt events are held back (24 hours after a change).' }),
    inCooldown: t.boolean({ description: 'Non-exempt events are held back right now.', resolve: (p) => inCooldown(new Date(), p.cooldownUntil) }),
    emailOpenCount: t.exposeInt('emailOpenCount', { description: 'Unique opens (once per send per UTC day).' }),
    emailClickCount: t.exposeInt('emailClickCount', { description: 'Unique clicks (once per link per UTC day; no pixels or unsubscribe links).' }),
    emailReplyCount: t.exposeInt('emailReplyCount', { description: 'Replies (out-of-office and auto-replies excluded).' }),
    currentBitScore: t.exposeInt('currentBitScore', { description: 'The BIT score as of the last computation (the sweep applies the daily decay).' }),
    bitLevel: t.field({ type: BitLevel, description: 'The BIT thresholds the score is at.', resolve: (p) => bitLevel(p.currentBitScore, funnelSettings().bit) }),
    engagementWindowStartTs: t.expose('engagementWindowStartTs', {
      type: 'DateTime',
      nullable: true,
      description: 'Opens, clicks and BIT points count from here (restarts on entering REENGAGEMENT).',
    }),
    reengagementCycle: t.exposeInt('reengagementCycle', { description: 'Re-engagement cycles run in the current re-engagement.' }),
    lastReengagementTs: t.expose('lastReengagementTs', { type: 'DateTime', nullable: true, description: 'The last cycle (or entering REENGAGEMENT).' }),
    coldOutreachBlockedUntil: t.expose('coldOutreachBlockedUntil', {
      type: 'DateTime',
      nullable: true,
      description: 'No cold outreach before this time (re-engagement exhausted). SQL: funnel.is_cold_outreach_blocked(email).',
    }),
    isLocked: t.exposeBoolean('isLocked', { description: 'Locked: only unsubscribe, hard bounce and manual override move the person.' }),
    lockReason: t.exposeString('lockReason', { nullable: true, description: 'Why the person is locked.' }),
    lockedAt: t.expose('lockedAt', { type: 'DateTime', nullable: true, description: 'When the person was locked.' }),
    isBounced: t.exposeBoolean('isBounced', { description: 'The email bounced hard.' }),
    isUnsubscribed: t.exposeBoolean('isUnsubscribed', { description: 'Opted out.' }),
    isDisqualified: t.exposeBoolean('isDisqualified', { description: 'Disqualified.' }),
    source: t.exposeString('source', { nullable: true, description: 'Where the person came from (outreach, talentflow, api…).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the row was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the row last changed.' }),
    journeySummary: t.loadable({
      type: JourneySummary,
      nullable: true,
      description: 'The journey at a glance (funnel.get_journey_summary).',
      load: (personIds: string[]) => journeySummaries(personIds),
      sort: (j) => j.person_id,
      resolve: (p) => p.personId,
    }),
    contactIds: t.loadableList({
      type: 'UUID',
      description: 'The ids of the contacts (one per offer) whose normalized email is this person.',
      load: (personIds: string[]) => contactIdsForPeople(personIds),
      resolve: (p) => p.personId,
    }),
    contacts: t.loadableList({
      type: Contact,
      description: 'The contacts (one per offer) whose normalized email is this person, oldest first.',
      load: (personIds: string[]) => contactsForPeople(personIds),
      resolve: (p) => p.personId,
    }),
    bitPoints: t.exposeInt('bitPoints', { description: 'The BIT points before recency decay.' }),
    events: t.relatedConnection('events', {
      cursor: 'eventId',
      totalCount: true,
      description: "The person's engagement events (newest first unless orderBy says otherwise).",
      args: eventList.args(),
      query: (args) => eventList.query(args),
    }),
    movements: t.relatedConnection('movements', {
      cursor: 'movementId',
      totalCount: true,
      description: "The person's state changes, the audit (newest first unless orderBy says otherwise).",
      args: movementList.args(),
      query: (args) => movementList.query(args),
    }),
    bitHistory: t.relatedConnection('bitSignals', {
      cursor: 'bitLogId',
      totalCount: true,
      description: 'BIT score computations (newest first unless orderBy says otherwise).',
      args: bitSignalList.args(),
      query: (args) => bitSignalList.query(args),
    }),
    talentflowSignals: t.relatedConnection('talentflow', {
      cursor: 'signalId',
      totalCount: true,
      description: 'TalentFlow signals (newest first unless orderBy says otherwise).',
      args: talentflowSignalList.args(),
      query: (args) => talentflowSignalList.query(args),
    }),
    appointments: t.relatedConnection('appointments', {
      cursor: 'appointmentId',
      totalCount: true,
      description: 'Meetings (latest first unless orderBy says otherwise).',
      args: appointmentList.args(),
      query: (args) => appointmentList.query(args),
    }),
    warmProfile: t.field({
      type: WarmProspect,
      nullable: true,
      description: 'The warm profile, once the person has been WARM.',
      select: { warm: { take: 1 } },
      resolve: (p) => p.warm[0] ?? null,
    }),
    conversion: t.field({
      type: ClientConversion,
      nullable: true,
      description: 'The client conversion this person signed, if any.',
      select: { conversions: { take: 1 } },
      resolve: (p) => p.conversions[0] ?? null,
    }),
  }),
});

// From a contact (one offer's row for a person) to the person's journey.
builder.prismaObjectField(Contact, 'prospect', (t) =>
  t.loadable({
    type: Prospect,
    nullable: true,
    description: "This person's journey in the four-funnel lifecycle (by the contact's normalized email); null until the lifecycle knows them.",
    load: (personIds: string[]) => prospectsForPeople(personIds),
    sort: (p) => p.personId,
    resolve: (c) => personIdForEmail(c.email),
  }),
);

