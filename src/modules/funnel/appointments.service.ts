// Meetings: booking moves a WARM, TALENTFLOW_WARM or REENGAGEMENT person to APPOINTMENT
// (EVENT_APPOINTMENT, exempt from the cooldown); confirming does the same for someone who left
// APPOINTMENT meanwhile; reschedule, complete (an attended meeting is engagement), no-show and
// cancel change the meeting and its follow-up (funnel.rules.ts followUpFor) and keep the person
// in APPOINTMENT, where inactivity applies once no meeting is left on the calendar. Each action
// locks the person first, then changes the meeting with a conditional write on its status.
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db.js';
import { InvalidTransitionError, NotFoundError, ValidationFailedError } from '../../errors.js';
import { EventType, LifecycleState } from '../../generated/prisma/enums.js';
import {
  assertCanMove,
  checkEventTime,
  ingest,
  type IngestResult,
  type PersonKey,
  type PersonRow,
  recomputeBit,
  requirePerson,
  SOURCE_GRAPH,
  transaction,
} from './funnel.service.js';
import {
  type AppointmentAction,
  appointmentAfter,
  type AppointmentOutcomeValue,
  type AppointmentStatusValue,
  followUpFor,
  type FunnelSettings,
} from './funnel.rules.js';
import { funnelSettings } from './funnel.settings.js';

export interface BookAppointmentInput extends PersonKey {
  appointmentTs: Date;
  appointmentEndTs?: Date | null;
  timezone?: string | null;
  meetingType?: 'intro' | 'discovery' | 'demo' | 'proposal' | 'close' | null;
  meetingFormat?: 'video' | 'phone' | 'in_person' | null;
  meetingLink?: string | null;
  meetingLocation?: string | null;
  bookingSource?: 'calendly' | 'manual' | 'reply_booking' | null;
  calendarEventId?: string | null;
  calendlyEventId?: string | null;
  hubspotMeetingId?: string | null;
  acMeetingId?: string | null;
  attendeeNames?: string[] | null;
  attendeeTitles?: string[] | null;
  preMeetingNotes?: string | null;
  /** Already confirmed when booked. */
  confirmed?: boolean | null;
  /** When the booking happened (the lifecycle's clock for this event; default now). */
  bookedAt?: Date | null;
}

export interface AppointmentResult {
  appointmentId: string;
  person: PersonRow;
  /** The lifecycle outcome, when the action raised an event. */
  lifecycle: IngestResult | null;
}

function validateMeeting(start: Date, end: Date | null | undefined, timezone: string | null | undefined): void {
  const problems: { path: string; message: string }[] = [];
  if (end && end <= start) problems.push({ path: 'appointmentEndTs', message: 'must be after appointmentTs' });
  if (timezone) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    } catch {
      problems.push({ path: 'timezone', message: 'is not a time zone' });
    }
  }
  if (problems.length) throw new ValidationFailedError(problems);
}

/** Books a meeting; a WARM, TALENTFLOW_WARM or REENGAGEMENT person moves to APPOINTMENT. */
export async function bookAppointment(input: BookAppointmentInput, s: FunnelSettings = funnelSettings()): Promise<AppointmentResult> {
  const bookedAt = input.bookedAt ?? new Date();
  checkEventTime(bookedAt, 'bookedAt', s);
  validateMeeting(input.appointmentTs, input.appointmentEndTs, input.timezone);
  return transaction(async (tx) => {
    const person = await requirePerson(tx, input);
    // Another meeting for someone already in APPOINTMENT moves nobody; anyone else must be allowed to move.
    const moves = person.funnel_state !== LifecycleState.APPOINTMENT;
    if (moves) assertCanMove(person, EventType.EVENT_APPOINTMENT);
    const appointmentId = randomUUID();
    // Stored either way (another meeting for someone in APPOINTMENT moves nobody).
    const lifecycle = await ingest(
      tx,
      person,
      {
        kind: 'appointment',
        at: bookedAt,
        sourceSystem: input.bookingSource === 'calendly' ? 'calendly' : SOURCE_GRAPH,
        sourceEmailId: `appointment:${appointmentId}`,
        metadata: { appointment_id: appointmentId, appointment_ts: input.appointmentTs.toISOString(), booking_source: input.bookingSource ?? null },
        movementMetadata: { appointment_id: appointmentId },
      },
      s,
    );
    await tx.$executeRaw`
      INSERT INTO funnel.appointment_history (
        appointment_id, company_id, person_id, suspect_id, appointment_ts, appointment_end_ts, timezone, status,
        meeting_type, meeting_format, meeting_link, meeting_location, ac_meeting_id, calendar_event_id,
        calendly_event_id, hubspot_meeting_id, pre_meeting_notes, attendee_names, attendee_titles, attendee_count,
        source_funnel, booking_source, triggering_event_id, created_at)
      VALUES (
        ${appointmentId}::uuid, ${person.company_id}::uuid, ${person.person_id}::uuid, ${person.suspect_id}::uuid,
        ${input.appointmentTs}::timestamptz, ${input.appointmentEndTs ?? null}::timestamptz,
        ${input.timezone ?? 'America/New_York'}, ${input.confirmed ? 'confirmed' : 'scheduled'}::funnel.appointment_status,
        ${input.meetingType ?? null}, ${input.meetingFormat ?? null}, ${input.meetingLink ?? null}, ${input.meetingLocation ?? null},
        ${input.acMeetingId ?? null}, ${input.calendarEventId ?? null}, ${input.calendlyEventId ?? null},
        ${input.hubspotMeetingId ?? null}, ${input.preMeetingNotes ?? null}, ${input.attendeeNames ?? []}::text[],
        ${input.attendeeTitles ?? []}::text[], ${Math.max(1, input.attendeeNames?.length ?? 1)},
        ${person.funnel_membership}::funnel.funnel_membership, ${input.bookingSource ?? 'manual'},
        ${lifecycle.event.event_id}::uuid, ${bookedAt}::timestamptz)`;
    return { appointmentId, person: lifecycle.person, lifecycle };
  });
}

interface AppointmentRow {
  appointment_id: string;
  person_id: string;
  status: AppointmentStatusValue;
  appointment_ts: Date;
  appointment_end_ts: Date | null;
}

/** Locks the meeting's person, then reads the meeting; checks the action is allowed from its status. */
async function openAppointment(
  tx: Tx,
  appointmentId: string,
  action: AppointmentAction,
): Promise<{ person: PersonRow; appointment: AppointmentRow; to: AppointmentStatusValue }> {
  const owner = await tx.$queryRaw<{ person_id: string }[]>`
    SELECT person_id FROM funnel.appointment_history WHERE appointment_id = ${appointmentId}::uuid`;
  if (!owner[0]) throw new NotFoundError('Appointment', appointmentId);
  const person = await requirePerson(tx, { personId: owner[0].person_id });
  const rows = await tx.$queryRaw<AppointmentRow[]>`
    SELECT appointment_id, person_id, status, appointment_ts, appointment_end_ts
    FROM funnel.appointment_history WHERE appointment_id = ${appointmentId}::uuid FOR UPDATE`;
  const appointment = rows[0]!;
  const to = appointmentAfter(appointment.status, action);
  if (!to) {
    throw new InvalidTransitionError('Appointment', appointment.status, action === 'reschedule' ? 'rescheduled' : null, action,
      `A ${appointment.status} meeting cannot be ${ACTION_WORD[action]}`);
  }
  return { person, appointment, to };
}

const ACTION_WORD: Record<AppointmentAction, string> = {
  confirm: 'confirmed',
  reschedule: 'rescheduled',
  complete: 'completed',
  no_show: 'marked as a no-show',
  cancel: 'cancelled',
};

const FIELD_CASTS: Record<string, string> = {
  appointment_ts: 'timestamptz',
  appointment_end_ts: 'timestamptz',
  outcome: 'funnel.appointment_outcome',
  follow_up_scheduled: 'boolean',
  follow_up_date: 'date',
};

/** YYYY-MM-DD of a time in UTC (follow_up_date is a calendar date). */
const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Conditional write on the meeting's status (it was read under the person's lock). */
async function setStatus(tx: Tx, a: AppointmentRow, to: AppointmentStatusValue, fields: Record<string, unknown> = {}): Promise<void> {
  const names = Object.keys(fields);
  const sets = names.map((n, i) => `, ${n} = $${i + 4}::${FIELD_CASTS[n] ?? 'text'}`).join('');
  const count = await tx.$executeRawUnsafe(
    `UPDATE funnel.appointment_history SET status = $3::funnel.appointment_status${sets}
     WHERE appointment_id = $1::uuid AND status = $2::funnel.appointment_status`,
    a.appointment_id,
    a.status,
    to,
    ...names.map((n) => (n === 'follow_up_date' ? isoDay(fields[n] as Date | null) : fields[n])),
  );
  if (count !== 1) throw new Error(`lost update on appointment ${a.appointment_id}`);
}

/** Confirms a meeting; a person who left APPOINTMENT meanwhile (and may move) moves back. */
export async function confirmAppointment(appointmentId: string, at: Date = new Date(), s: FunnelSettings = funnelSettings()): Promise<AppointmentResult> {
  checkEventTime(at, 'confirmedAt', s);
  return transaction(async (tx) => {
    const { person, appointment, to } = await openAppointment(tx, appointmentId, 'confirm');
    await setStatus(tx, appointment, to);
    let lifecycle: IngestResult | null = null;
    if (person.funnel_state !== LifecycleState.APPOINTMENT) {
      assertCanMove(person, EventType.EVENT_APPOINTMENT);
      lifecycle = await ingest(tx, person, {
        kind: 'appointment',
        at,
        sourceSystem: SOURCE_GRAPH,
        sourceEmailId: `appointment-confirmed:${appointmentId}`,
        metadata: { appointment_id: appointmentId, confirmed: true },
        movementMetadata: { appointment_id: appointmentId },
      }, s);
    }
    return { appointmentId, person: lifecycle?.person ?? person, lifecycle };
  });
}

export interface RescheduleInput {
  appointmentId: string;
  appointmentTs: Date;
  appointmentEndTs?: Date | null;
  reason?: string | null;
}

/** Moves a meeting (the trigger keeps the original time, counts the reschedule and sets status rescheduled). */
export async function rescheduleAppointment(input: RescheduleInput): Promise<AppointmentResult> {
  return transaction(async (tx) => {
    const { person, appointment, to } = await openAppointment(tx, input.appointmentId, 'reschedule');
    const end =
      input.appointmentEndTs ??
      (appointment.appointment_end_ts
        ? new Date(input.appointmentTs.getTime() + (appointment.appointment_end_ts.getTime() - appointment.appointment_ts.getTime()))
        : null);
    validateMeeting(input.appointmentTs, end, null);
    if (input.appointmentTs.getTime() === appointment.appointment_ts.getTime()) {
      throw new ValidationFailedError([{ path: 'appointmentTs', message: 'is the current time of the meeting' }]);
    }
    await setStatus(tx, appointment, to, {
      appointment_ts: input.appointmentTs,
      appointment_end_ts: end,
      reschedule_reason: input.reason ?? null,
    });
    return { appointmentId: input.appointmentId, person, lifecycle: null };
  });
}

export interface CompleteInput {
  appointmentId: string;
  outcome: Exclude<AppointmentOutcomeValue, 'pending'>;
  meetingNotes?: string | null;
  followUpNotes?: string | null;
  nextSteps?: string | null;
  followUpDate?: Date | null;
  /** When the outcome was recorded (default now); the meeting counts as engagement at its end. */
  completedAt?: Date | null;
}

/** Records a held meeting and its outcome; it is engagement (inactivity and BIT decay restart). */
export async function completeAppointment(input: CompleteInput, s: FunnelSettings = funnelSettings()): Promise<AppointmentResult> {
  const completedAt = input.completedAt ?? new Date();
  checkEventTime(completedAt, 'completedAt', s);
  return transaction(async (tx) => {
    const { person, appointment, to } = await openAppointment(tx, input.appointmentId, 'complete');
    const followUp = followUpFor({ status: 'completed', outcome: input.outcome }, appointment.appointment_ts, s, input.followUpDate);
    await setStatus(tx, appointment, to, {
      outcome: input.outcome,
      meeting_notes: input.meetingNotes ?? null,
      follow_up_notes: input.followUpNotes ?? null,
      next_steps: input.nextSteps ?? null,
      follow_up_scheduled: followUp.scheduled,
      follow_up_date: followUp.date,
    });
    const attendedAt = new Date(Math.min((appointment.appointment_end_ts ?? appointment.appointment_ts).getTime(), completedAt.getTime()));
    const { person: after } = await recomputeBit(tx, person, completedAt, attendedAt, s);
    return { appointmentId: input.appointmentId, person: after, lifecycle: null };
  });
}

/** A missed meeting: a follow-up to rebook is scheduled; the person stays in APPOINTMENT. */
export async function markNoShow(appointmentId: string, s: FunnelSettings = funnelSettings()): Promise<AppointmentResult> {
  return transaction(async (tx) => {
    const { person, appointment, to } = await openAppointment(tx, appointmentId, 'no_show');
    const followUp = followUpFor({ status: 'no_show' }, appointment.appointment_ts, s);
    await setStatus(tx, appointment, to, { follow_up_scheduled: followUp.scheduled, follow_up_date: followUp.date });
    return { appointmentId, person, lifecycle: null };
  });
}

/** Cancels a meeting (no follow-up); the reason goes to follow_up_notes. */
export async function cancelAppointment(appointmentId: string, reason: string | null): Promise<AppointmentResult> {
  return transaction(async (tx) => {
    const { person, appointment, to } = await openAppointment(tx, appointmentId, 'cancel');
    await setStatus(tx, appointment, to, { follow_up_scheduled: false, follow_up_date: null, follow_up_notes: reason });
    return { appointmentId, person, lifecycle: null };
  });
}
