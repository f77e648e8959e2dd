// Meeting mutations: book, confirm, reschedule, complete, no-show, cancel. Booking (and confirming
// for someone who left APPOINTMENT) moves the person; a move the rules refuse is a typed
// InvalidTransition naming the state and the event.
import { z } from 'zod';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { InvalidTransitionError, NotFoundError } from '../../errors.js';
import * as access from '../common/access.js';
import { COMMON_ERRORS } from '../common/errors.type.js';
import {
  type AppointmentResult,
  bookAppointment,
  cancelAppointment,
  completeAppointment,
  confirmAppointment,
  markNoShow,
  rescheduleAppointment,
} from './appointments.service.js';
import { BookingSource, MeetingFormat, MeetingType } from './funnel-enums.type.js';
import { Appointment } from './journey.type.js';
import { LifecycleOutcome, prospectOf } from './lifecycle-outcome.type.js';
import { Prospect } from './prospect.type.js';

const AppointmentChange = builder.objectRef<AppointmentResult>('AppointmentChange').implement({
  description: 'A meeting after a change, its person, and the lifecycle move it caused (if any).',
  fields: (t) => ({
    appointment: t.field({
      type: Appointment,
      description: 'The meeting.',
      resolve: (r) => prisma.appointment.findUniqueOrThrow({ where: { appointmentId: r.appointmentId } }),
    }),
    prospect: t.field({ type: Prospect, description: 'The person.', resolve: (r) => prospectOf(r.person) }),
    lifecycle: t.field({ type: LifecycleOutcome, nullable: true, description: 'The lifecycle event it raised (booking, confirming).', resolve: (r) => r.lifecycle }),
  }),
});

const HeldMeetingOutcome = builder.enumType('HeldMeetingOutcome', {
  description: 'How a held meeting went (AppointmentOutcome without pending).',
  values: {
    positive: { description: 'Positive (follow-up scheduled).' },
    neutral: { description: 'Neutral (follow-up scheduled).' },
    negative: { description: 'Negative (no follow-up).' },
    no_decision: { description: 'No decision yet (follow-up scheduled).' },
  } as const,
});

const ERRORS = [...COMMON_ERRORS, NotFoundError, InvalidTransitionError];
const dataField = { name: 'change', description: 'The meeting after the change.' };
const text = z.string().trim().max(10_000);

const BookAppointmentInput = builder.inputType('BookAppointmentInput', {
  description: 'A new meeting with a person (give personId or email).',
  fields: (t) => ({
    personId: t.field({ type: 'UUID', description: 'The lifecycle person.' }),
    email: t.string({ description: "The person's email." }),
    appointmentTs: t.field({ type: 'DateTime', required: true, description: 'When it starts.' }),
    appointmentEndTs: t.field({ type: 'DateTime', description: 'When it ends (after appointmentTs).' }),
    timezone: t.field({ type: 'TimeZone', description: "The attendee's time zone (default America/New_York)." }),
    meetingType: t.field({ type: MeetingType, description: 'The kind of meeting.' }),
    meetingFormat: t.field({ type: MeetingFormat, description: 'How it is held.' }),
    meetingLink: t.string({ description: 'The video link.', validate: z.string().max(500) }),
    meetingLocation: t.string({ description: 'Where, in person.', validate: text }),
    bookingSource: t.field({ type: BookingSource, description: 'How it was booked (default manual).' }),
    calendarEventId: t.string({ description: 'Calendar event id.', validate: z.string().max(255) }),
    calendlyEventId: t.string({ description: 'Calendly event id.', validate: z.string().max(255) }),
    hubspotMeetingId: t.string({ description: 'HubSpot meeting id.', validate: z.string().max(100) }),
    attendeeNames: t.stringList({ description: 'Who attends.' }),
    attendeeTitles: t.stringList({ description: 'Their titles.' }),
    preMeetingNotes: t.string({ description: 'Preparation notes.', validate: text }),
    confirmed: t.boolean({ description: 'Already confirmed.' }),
    bookedAt: t.field({ type: 'DateTime', description: 'When it was booked (default now).' }),
  }),
});

const ID = 'The meeting (Appointment.uuid).';

const AppointmentRefInput = builder.inputType('AppointmentRefInput', {
  description: 'A meeting.',
  fields: (t) => ({ id: t.field({ type: 'UUID', required: true, description: ID }) }),
});

const ConfirmAppointmentInput = builder.inputType('ConfirmAppointmentInput', {
  description: 'A meeting to confirm.',
  fields: (t) => ({
    id: t.field({ type: 'UUID', required: true, description: ID }),
    confirmedAt: t.field({ type: 'DateTime', description: 'When it was confirmed (default now).' }),
  }),
});

const RescheduleAppointmentInput = builder.inputType('RescheduleAppointmentInput', {
  description: 'A meeting and its new time.',
  fields: (t) => ({
    id: t.field({ type: 'UUID', required: true, description: ID }),
    appointmentTs: t.field({ type: 'DateTime', required: true, description: 'The new start.' }),
    appointmentEndTs: t.field({ type: 'DateTime', description: 'The new end (default: same length as before).' }),
    reason: t.string({ description: 'Why.', validate: text }),
  }),
});

const CompleteAppointmentInput = builder.inputType('CompleteAppointmentInput', {
  description: 'A held meeting and how it went.',
  fields: (t) => ({
    id: t.field({ type: 'UUID', required: true, description: ID }),
    outcome: t.field({ type: HeldMeetingOutcome, required: true, description: 'How it went.' }),
    meetingNotes: t.string({ description: 'Notes.', validate: text }),
    followUpNotes: t.string({ description: 'Follow-up notes.', validate: text }),
    nextSteps: t.string({ description: 'Agreed next steps.', validate: text }),
    followUpDate: t.field({ type: 'LocalDate', description: 'When to follow up (overrides the default).' }),
    completedAt: t.field({ type: 'DateTime', description: 'When the outcome was recorded (default now).' }),
  }),
});

const CancelAppointmentInput = builder.inputType('CancelAppointmentInput', {
  description: 'A meeting to cancel.',
  fields: (t) => ({
    id: t.field({ type: 'UUID', required: true, description: ID }),
    reason: t.string({ description: 'Why (kept in followUpNotes).', validate: text }),
  }),
});

builder.mutationFields((t) => ({
  bookAppointment: t.field({
    type: AppointmentChange,
    description:
      'Books a meeting. A WARM, TALENTFLOW_WARM or REENGAGEMENT person moves to APPOINTMENT (exempt from the cooldown); a person already in APPOINTMENT just gets another meeting; anyone else is refused (InvalidTransition).',
    authScopes: access.write,
    errors: { types: ERRORS, dataField },
    args: { input: t.arg({ type: BookAppointmentInput, required: true, description: 'The meeting.' }) },
    resolve: (_root, { input }) => bookAppointment(input),
  }),
  confirmAppointment: t.field({
    type: AppointmentChange,
    description: 'Confirms a scheduled or rescheduled meeting (a person who left APPOINTMENT meanwhile moves back, when allowed).',
    authScopes: access.write,
    errors: { types: ERRORS, dataField },
    args: { input: t.arg({ type: ConfirmAppointmentInput, required: true, description: 'The meeting.' }) },
    resolve: (_root, { input }) => confirmAppointment(input.id, input.confirmedAt ?? undefined),
  }),
  rescheduleAppointment: t.field({
    type: AppointmentChange,
    description: 'Moves a meeting still on the calendar; the first planned time and the count of moves are kept.',
    authScopes: access.write,
    errors: { types: ERRORS, dataField },
    args: { input: t.arg({ type: RescheduleAppointmentInput, required: true, description: 'The meeting and its new time.' }) },
    resolve: (_root, { input }) =>
      rescheduleAppointment({
        appointmentId: input.id,
        appointmentTs: input.appointmentTs,
        appointmentEndTs: input.appointmentEndTs,
        reason: input.reason,
      }),
  }),
  completeAppointment: t.field({
    type: AppointmentChange,
    description:
      'Records a held meeting and its outcome (engagement: the inactivity clock and BIT decay restart). Positive, neutral or undecided: a follow-up 7 days after (or followUpDate); negative: none. The person stays in APPOINTMENT.',
    authScopes: access.write,
    errors: { types: ERRORS, dataField },
    args: { input: t.arg({ type: CompleteAppointmentInput, required: true, description: 'The meeting and how it went.' }) },
    resolve: (_root, { input }) =>
      completeAppointment({
        appointmentId: input.id,
        outcome: input.outcome,
        meetingNotes: input.meetingNotes,
        followUpNotes: input.followUpNotes,
        nextSteps: input.nextSteps,
        followUpDate: input.followUpDate ? new Date(`${input.followUpDate}T00:00:00Z`) : null,
        completedAt: input.completedAt,
      }),
  }),
  markAppointmentNoShow: t.field({
    type: AppointmentChange,
    description: 'Records a missed meeting: a follow-up to rebook is scheduled 2 days after it; the person stays in APPOINTMENT.',
    authScopes: access.write,
    errors: { types: ERRORS, dataField },
    args: { input: t.arg({ type: AppointmentRefInput, required: true, description: 'The meeting.' }) },
    resolve: (_root, { input }) => markNoShow(input.id),
  }),
  cancelAppointment: t.field({
    type: AppointmentChange,
    description: 'Cancels a meeting still on the calendar (no follow-up).',
    authScopes: access.write,
    errors: { types: ERRORS, dataField },
    args: { input: t.arg({ type: CancelAppointmentInput, required: true, description: 'The meeting and why.' }) },
    resolve: (_root, { input }) => cancelAppointment(input.id, input.reason ?? null),
  }),
}));
