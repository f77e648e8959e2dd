// The engine's rules on a real database, at their edges: thresholds in their windows (2 vs 3
// opens, 29 vs 31 days, uniqueness per send/link and day, pixels, the window restart), the BIT
// worked example and its decay, idempotent ingestion, the cooldown (held, applied when the wait
// ends, exempt events bypassing it), priorities, locks, meetings, clients, TalentFlow input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../../src/db.js';
import { ConflictError, InvalidTransitionError, ValidationFailedError } from '../../src/errors.js';
import { EventType as E, LifecycleState as S } from '../../src/generated/prisma/enums.js';
import {
  bookAppointment,
  cancelAppointment,
  completeAppointment,
  confirmAppointment,
  markNoShow,
  rescheduleAppointment,
} from '../../src/modules/funnel/appointments.service.js';
import { signClient } from '../../src/modules/funnel/clients.service.js';
import { recordEngagement, setLock, sweepPerson, transaction } from '../../src/modules/funnel/funnel.service.js';
import { personIdForEmail } from '../../src/modules/funnel/identity.js';
import { recordTalentflowSignal } from '../../src/modules/funnel/talentflow.service.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { at, bitLog, events, movements, newEmail, person, personIn } from '../helpers/funnel.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const open = (email: string, send: string, when: Date) => recordEngagement({ email, kind: 'open', sendId: send, eventTs: when });
const click = (email: string, url: string, when: Date) => recordEngagement({ email, kind: 'click', url, eventTs: when });
const sweep = (suspectId: string, now: Date) => transaction((tx) => sweepPerson(tx, suspectId, now));

describe('opens and clicks in their window', () => {
  it('2 unique opens keep a SUSPECT cold, the 3rd makes them WARM', async () => {
    const email = newEmail();
    await open(email, 's1', at(0));
    const second = await open(email, 's2', at(1));
    expect(second.person.funnel_state).toBe(S.SUSPECT);
    const third = await open(email, 's3', at(2));
    expect(third.person.funnel_state).toBe(S.WARM);
    expect(third.movement).toMatchObject({ from_state: S.SUSPECT, to_state: S.WARM, event_type: E.EVENT_OPENS_X3 });
    const [m] = await movements(third.person.person_id);
    expect(m!.validation_checks).toEqual(
      expect.arrayContaining([{ check: 'unique_opens_in_window', passed: true, value: 3, threshold: 3 }]),
    );
  });

  it('counts one open per send per UTC day (repeats are stored as duplicates)', async () => {
    const email = newEmail();
    await open(email, 's1', at(0, 1));
    const again = await open(email, 's1', at(0, 5)); // same send, same day
    expect(again.event.is_duplicate).toBe(true);
    await open(email, 's1', at(0, 9));
    expect((await person(again.person.person_id)).email_open_count).toBe(1);
    expect((await person(again.person.person_id)).funnel_state).toBe(S.SUSPECT);
    const nextDay = await open(email, 's1', at(1, 1)); // same send, next day: counts
    expect(nextDay.event.is_duplicate).toBe(false);
    expect(nextDay.person.email_open_count).toBe(2);
    const third = await open(email, 's2', at(1, 2));
    expect(third.person.funnel_state).toBe(S.WARM);
  });

  it('opens 31 days apart do not add up; 29 days apart they do', async () => {
    const far = newEmail();
    await open(far, 's1', at(0));
    await open(far, 's2', at(1));
    const late = await open(far, 's3', at(31));
    expect(late.person.funnel_state).toBe(S.SUSPECT);
    const near = newEmail();
    await open(near, 's1', at(0));
    await open(near, 's2', at(1));
    const inTime = await open(near, 's3', at(29));
    expect(inTime.person.funnel_state).toBe(S.WARM);
  });

  it('1 click keeps a SUSPECT cold, 2 make them WARM; pixels, unsubscribe links and repeats do not count', async () => {
    const email = newEmail();
    await click(email, 'https://acme.example/pricing', at(0));
    await click(email, 'https://acme.example/pricing#plans', at(0, 2)); // the same link the same day
    await click(email, 'https://t.example/open/x.gif', at(0, 3));
    const r = await recordEngagement({ email, kind: 'click', url: 'https://acme.example/x', linkType: 'unsubscribe', eventTs: at(0, 4) });
    expect(r.person.funnel_state).toBe(S.SUSPECT);
    expect(r.person.email_click_count).toBe(1);
    const second = await click(email, 'https://acme.example/demo', at(1));
    expect(second.person.funnel_state).toBe(S.WARM);
    expect(second.movement?.event_type).toBe(E.EVENT_CLICKS_X2);
  });

  it('restarts both windows when the person enters REENGAGEMENT', async () => {
    // Two opens just before the person went quiet-and-exhausted no longer count afterwards.
    const p = await personIn(S.REENGAGEMENT, { lastStateChangeTs: at(-10), engagementWindowStartTs: at(-10), reengagementCycle: 3, lastReengagementTs: at(-40) });
    await open(p.email, 's1', at(-12));
    await open(p.email, 's2', at(-11));
    await sweep(p.suspect_id, at(0)); // exhausted → SUSPECT
    expect((await person(p.person_id)).funnel_state).toBe(S.SUSPECT);
    const third = await open(p.email, 's3', at(1));
    expect(third.person.funnel_state).toBe(S.SUSPECT); // only 1 open in the restarted window
    await open(p.email, 's4', at(2));
    const fifth = await open(p.email, 's5', at(3));
    expect(fifth.person.funnel_state).toBe(S.WARM);
  });
});

describe('BIT score', () => {
  it("DOMAIN.md's worked example: 3 opens + 2 clicks + 1 reply = 31, and 26 five days later", async () => {
    // In REENGAGEMENT the opens and clicks move nobody, so the score is all there is to see.
    const p = await personIn(S.TALENTFLOW_WARM);
    for (const [i, s] of ['a', 'b', 'c'].entries()) await open(p.email, s, at(0, i));
    await click(p.email, 'https://acme.example/1', at(0, 4));
    await click(p.email, 'https://acme.example/2', at(0, 5));
    const reply = await recordEngagement({ personId: p.person_id, kind: 'reply', sentiment: 'question', eventTs: at(0, 6), sourceEmailId: 'r' });
    expect(reply.person.current_bit_score).toBe(31);
    const log = await bitLog(p.person_id);
    expect(log.at(-1)).toMatchObject({ bit_score: 31, open_points: 6, click_points: 10, reply_points: 15, recency_decay: 0, crossed_warm_threshold: true });
    await sweep(p.suspect_id, at(5, 6));
    expect((await person(p.person_id)).current_bit_score).toBe(26);
    expect((await bitLog(p.person_id)).at(-1)).toMatchObject({ bit_score: 26, recency_decay: 5, bit_reason: 'daily_decay', previous_score: 31, score_delta: -5 });
  });

  it('reaching 25 from below raises EVENT_BIT_THRESHOLD (one log row per recomputation)', async () => {
    const email = newEmail();
    const kinds = ['content_download', 'content_download', 'website_visit', 'website_visit'] as const;
    for (const [i, kind] of kinds.entries()) await recordEngagement({ email, kind, eventTs: at(0, i), sourceEmailId: `k${i}` });
    expect((await person(personIdForEmail(email)!)).current_bit_score).toBe(22);
    const r = await recordEngagement({ email, kind: 'webinar', eventTs: at(0, 5), sourceEmailId: 'w' });
    expect(r.movement).toMatchObject({ event_type: E.EVENT_BIT_THRESHOLD, to_state: S.WARM });
    const log = await bitLog(r.person.person_id);
    expect(log).toHaveLength(5);
    expect(log.at(-1)).toMatchObject({ bit_score: 32, previous_score: 22, triggered_state_change: true });
  });
});

describe('ingestion is idempotent', () => {
  it('stores the same provider event once and changes nothing the second time', async () => {
    const email = newEmail();
    const input = { email, kind: 'reply' as const, sentiment: 'positive' as const, eventTs: at(0, 3, 10), sourceSystem: 'esp', sourceEmailId: 'msg-1' };
    const first = await recordEngagement(input);
    const again = await recordEngagement({ ...input, eventTs: at(0, 3, 40) }); // same hour
    expect(first.duplicate).toBe(false);
    expect(again.duplicate).toBe(true);
    expect(again.event.event_id).toBe(first.event.event_id);
    expect(await events(first.person.person_id)).toHaveLength(1);
    expect(await movements(first.person.person_id)).toHaveLength(1);
    expect((await person(first.person.person_id)).email_reply_count).toBe(1);
  });
});

describe('the cooldown', () => {
  it('holds a non-exempt move back for 24 hours, then the sweep applies it at the end of the wait', async () => {
    const email = newEmail();
    const warm = await recordEngagement({ email, kind: 'reply', sentiment: 'positive', eventTs: at(0), sourceEmailId: 'r' });
    expect(warm.person.funnel_state).toBe(S.WARM);
    const tf = await recordTalentflowSignal({ email, signalType: 'job_change', verified: true, detectedAt: at(0, 2), newCompanyName: 'B', oldCompanyName: 'A' });
    expect(tf.held).toBe(true);
    expect(tf.person.funnel_state).toBe(S.WARM);
    expect(tf.event.is_processed).toBe(false);
    expect((await sweep(tf.person.suspect_id, at(0, 23, 59)))?.movements).toEqual([]);
    const r = await sweep(tf.person.suspect_id, at(1, 1));
    expect(r?.heldApplied).toBe(1);
    const moves = await movements(tf.person.person_id);
    expect(moves.map((m) => m.event_type)).toEqual([E.EVENT_REPLY, E.EVENT_TALENTFLOW_MOVE]);
    expect(moves[1]!.transition_processed_at).toEqual(at(1)); // when the wait ended
    expect(moves[1]!.was_in_cooldown).toBe(true);
    expect(moves[1]!.cooldown_bypassed).toBe(false);
    const evs = await events(tf.person.person_id);
    expect(evs.every((e) => e.is_processed)).toBe(true);
    expect((await prisma.talentflowSignal.findUniqueOrThrow({ where: { signalId: tf.signalId } })).triggeredStateChange).toBe(true);
  });

  it('lets exempt events through, recorded as bypassed', async () => {
    const email = newEmail();
    await recordEngagement({ email, kind: 'reply', sentiment: 'positive', eventTs: at(0), sourceEmailId: 'r' });
    const booked = await bookAppointment({ email, appointmentTs: at(3), bookedAt: at(0, 1) });
    expect(booked.person.funnel_state).toBe(S.APPOINTMENT);
    const [, m] = await movements(booked.person.person_id);
    expect(m).toMatchObject({ event_type: E.EVENT_APPOINTMENT, was_in_cooldown: true, cooldown_bypassed: true });
  });

  it('supersedes held events when a higher-priority event applies after the wait', async () => {
    const p = await personIn(S.REENGAGEMENT, { lastStateChangeTs: at(-0.5) }); // cooling until at(0.5)
    const reply = await recordEngagement({ personId: p.person_id, kind: 'reply', sentiment: 'positive', eventTs: at(0, 1), sourceEmailId: 'r' });
    expect(reply.held).toBe(true);
    const tf = await recordTalentflowSignal({ personId: p.person_id, signalType: 'job_change', verified: true, detectedAt: at(1) });
    expect(tf.movement?.event_type).toBe(E.EVENT_TALENTFLOW_MOVE);
    const held = (await events(p.person_id)).find((e) => e.event_type === E.EVENT_REPLY)!;
    expect(held).toMatchObject({ is_processed: true, triggered_transition: false, transition_to_state: null });
    expect(held.metadata.held_outcome).toBe('superseded');
    expect((await movements(p.person_id)).map((m) => m.event_type)).toEqual([E.EVENT_TALENTFLOW_MOVE]);
  });

  it('applies only the highest-priority held event', async () => {
    const p = await personIn(S.REENGAGEMENT, { lastStateChangeTs: at(-0.5) }); // cooling until at(0.5)
    const tf = await recordTalentflowSignal({ personId: p.person_id, signalType: 'startup', verified: true, detectedAt: at(0, 1) });
    const reply = await recordEngagement({ personId: p.person_id, kind: 'reply', sentiment: 'positive', eventTs: at(0, 2), sourceEmailId: 'r' });
    expect([tf.held, reply.held]).toEqual([true, true]);
    await sweep(p.suspect_id, at(1));
    const moves = await movements(p.person_id);
    expect(moves.map((m) => [m.event_type, m.to_state])).toEqual([[E.EVENT_TALENTFLOW_MOVE, S.TALENTFLOW_WARM]]);
    const evs = await events(p.person_id);
    expect(evs.find((e) => e.event_type === E.EVENT_REPLY)).toMatchObject({ is_processed: true, triggered_transition: false });
  });
});

describe('locks', () => {
  it('stop automatic and requested moves but unsubscribe, bounce and override; time rules stop', async () => {
    const p = await personIn(S.WARM, { lastEngagementTs: at(-100) });
    await setLock({ personId: p.person_id }, true, 'legal hold');
    await expect(bookAppointment({ personId: p.person_id, appointmentTs: at(3), bookedAt: at(0) })).rejects.toBeInstanceOf(InvalidTransitionError);
    const tf = await recordTalentflowSignal({ personId: p.person_id, signalType: 'job_change', verified: true, detectedAt: at(0) });
    expect(tf.noMoveReason).toBe('locked');
    expect((await sweep(p.suspect_id, at(1)))?.movements).toEqual([]);
    expect((await person(p.person_id)).funnel_state).toBe(S.WARM);
    const u = await recordEngagement({ personId: p.person_id, kind: 'unsubscribe', eventTs: at(1), sourceEmailId: 'u' });
    expect(u.person.funnel_state).toBe(S.UNSUBSCRIBED);
  });
});

describe('meetings', () => {
  it('keeps an APPOINTMENT person while a meeting is on the calendar, then inactivity applies 30 days after it', async () => {
    const p = await personIn(S.WARM);
    const booked = await bookAppointment({ personId: p.person_id, appointmentTs: at(40), bookedAt: at(0) });
    expect(booked.person.funnel_state).toBe(S.APPOINTMENT);
    const appt = await prisma.appointment.findUniqueOrThrow({ where: { appointmentId: booked.appointmentId } });
    expect(appt).toMatchObject({ status: 'scheduled', sourceFunnel: 'WARM_UNIVERSE', triggeringEventId: booked.lifecycle!.event.event_id });
    expect((await sweep(p.suspect_id, at(69)))?.movements).toEqual([]); // 29 days after the meeting
    const r = await sweep(p.suspect_id, at(71)); // 31 days after
    expect(r?.movements.map((m) => m.to_state)).toEqual([S.REENGAGEMENT]);
    expect((await prisma.appointment.findUniqueOrThrow({ where: { appointmentId: booked.appointmentId } })).demotedToReengagement).toBe(true);
  });

  it('confirms, reschedules, completes with follow-ups; attended meetings are engagement', async () => {
    const p = await personIn(S.TALENTFLOW_WARM);
    const { appointmentId } = await bookAppointment({ personId: p.person_id, appointmentTs: at(5), appointmentEndTs: at(5, 1), bookedAt: at(0) });
    await confirmAppointment(appointmentId, at(1));
    await expect(confirmAppointment(appointmentId, at(1))).rejects.toMatchObject({ constructor: InvalidTransitionError, entity: 'Appointment', from: 'confirmed' });
    await rescheduleAppointment({ appointmentId, appointmentTs: at(6), reason: 'travel' });
    let a = await prisma.appointment.findUniqueOrThrow({ where: { appointmentId } });
    expect(a).toMatchObject({ status: 'rescheduled', rescheduleCount: 1, originalAppointmentTs: at(5), appointmentEndTs: at(6, 1) });
    await completeAppointment({ appointmentId, outcome: 'positive', completedAt: at(6, 2) });
    a = await prisma.appointment.findUniqueOrThrow({ where: { appointmentId } });
    expect(a).toMatchObject({ status: 'completed', outcome: 'positive', followUpScheduled: true });
    expect(a.followUpDate?.toISOString().slice(0, 10)).toBe(at(13).toISOString().slice(0, 10));
    const after = await person(p.person_id);
    expect(after.funnel_state).toBe(S.APPOINTMENT);
    expect(after.last_engagement_ts).toEqual(at(6, 1));
    await expect(markNoShow(appointmentId)).rejects.toBeInstanceOf(InvalidTransitionError);
  });

  it('no-show schedules a follow-up; cancel does not', async () => {
    const p = await personIn(S.WARM);
    const one = await bookAppointment({ personId: p.person_id, appointmentTs: at(2), bookedAt: at(0) });
    const two = await bookAppointment({ personId: p.person_id, appointmentTs: at(4), bookedAt: at(0, 1) });
    expect(two.lifecycle?.movement).toBeNull(); // already in APPOINTMENT
    await markNoShow(one.appointmentId);
    await cancelAppointment(two.appointmentId, 'budget');
    const [a, b] = await Promise.all([one, two].map((x) => prisma.appointment.findUniqueOrThrow({ where: { appointmentId: x.appointmentId } })));
    expect(a).toMatchObject({ status: 'no_show', followUpScheduled: true });
    expect(a!.followUpDate?.toISOString().slice(0, 10)).toBe(at(4).toISOString().slice(0, 10));
    expect(b).toMatchObject({ status: 'cancelled', followUpScheduled: false, followUpNotes: 'budget' });
  });
});

describe('clients', () => {
  it('signs once per company: a second signing for the company is a Conflict and changes nothing', async () => {
    const domain = `acme-${Date.now()}.example`;
    const a = await personIn(S.APPOINTMENT, { email: `a@${domain}` });
    const b = await personIn(S.APPOINTMENT, { email: `b@${domain}` });
    const { appointmentId } = await bookAppointment({ personId: a.person_id, appointmentTs: at(1), bookedAt: at(0) });
    await completeAppointment({ appointmentId, outcome: 'positive', completedAt: at(1, 2) });
    const signed = await signClient({ personId: a.person_id, signedAt: at(2), annualRevenue: '120000.00', lives: 250, contractStartDate: '2026-01-01', contractEndDate: '2026-12-31' });
    const client = await prisma.clientConversion.findUniqueOrThrow({ where: { clientId: signed.clientId } });
    expect(client).toMatchObject({ sourceAppointmentId: appointmentId, meetingsCount: 1, sourceFunnel: 'WARM_UNIVERSE', lives: 250 });
    expect(client.annualRevenue?.toFixed(2)).toBe('120000.00');
    expect(client.daysToConversion).toBe(202);
    expect((await person(a.person_id)).funnel_state).toBe(S.CLIENT);
    await expect(signClient({ personId: b.person_id, signedAt: at(3) })).rejects.toBeInstanceOf(ConflictError);
    expect((await person(b.person_id)).funnel_state).toBe(S.APPOINTMENT);
    expect(await movements(b.person_id)).toEqual([]);
    await expect(signClient({ personId: b.person_id, annualRevenue: '-1' })).rejects.toBeInstanceOf(ValidationFailedError);
  });
});

describe('TalentFlow input', () => {
  it('refuses a job change to the same company; stores priority and expiry; the same source record twice is one signal', async () => {
    const email = newEmail();
    const same = '00000000-0000-4000-8000-0000000000aa';
    await expect(recordTalentflowSignal({ email, signalType: 'job_change', oldCompanyId: same, newCompanyId: same })).rejects.toBeInstanceOf(ValidationFailedError);
    const r = await recordTalentflowSignal({ email, signalType: 'startup', detectedAt: at(0), signalTs: at(-5), sourceRecordId: 'tf-1', verified: true });
    const s = await prisma.talentflowSignal.findUniqueOrThrow({ where: { signalId: r.signalId } });
    expect(s).toMatchObject({ priorityScore: 90, expiresAt: at(85), isExpired: false });
    const again = await recordTalentflowSignal({ email, signalType: 'startup', detectedAt: at(0), signalTs: at(-5), sourceRecordId: 'tf-1', verified: true });
    expect(again.duplicate).toBe(true);
    expect(await prisma.talentflowSignal.count({ where: { personId: r.person.person_id } })).toBe(1);
    // A stale signal (older than 90 days when detected) moves nobody.
    const old = await recordTalentflowSignal({ email: newEmail(), signalType: 'job_change', verified: true, detectedAt: at(0), signalTs: at(-91) });
    expect(old.person.funnel_state).toBe(S.SUSPECT);
  });

  it('expires signals in the sweep and takes their BIT points back', async () => {
    const r = await recordTalentflowSignal({ email: newEmail(), signalType: 'lateral', verified: false, detectedAt: at(0), signalTs: at(0) });
    expect(r.person.current_bit_score).toBe(20);
    const { runFunnelSweep } = await import('../../src/modules/funnel/sweep.service.js');
    await runFunnelSweep({ now: at(91) });
    expect((await prisma.talentflowSignal.findUniqueOrThrow({ where: { signalId: r.signalId } })).isExpired).toBe(true);
    expect((await person(r.person.person_id)).current_bit_score).toBe(0);
  });
});
