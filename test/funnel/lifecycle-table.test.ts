// DOMAIN.md's transition table through the engine: for every state and every event, the event is
// raised the way the system raises it (engagement, TalentFlow, a meeting, signing, the sweep's
// time events, an override) and the person moves exactly when the table allows it. Every pair the
// table excludes is refused: an explicit request (book, sign, override) fails with a typed
// InvalidTransition naming the state and the event and writes nothing; any other event is stored,
// processed, and moves nobody.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidTransitionError } from '../../src/errors.js';
import { EventType as E, LifecycleState as S } from '../../src/generated/prisma/enums.js';
import { bookAppointment } from '../../src/modules/funnel/appointments.service.js';
import { signClient } from '../../src/modules/funnel/clients.service.js';
import { overrideState, recordEngagement } from '../../src/modules/funnel/funnel.service.js';
import { recordTalentflowSignal } from '../../src/modules/funnel/talentflow.service.js';
import { prisma } from '../../src/db.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { at, events, happen, movements, person, personIn } from '../helpers/funnel.js';
import { DOMAIN_EVENT_TRANSITIONS, type Triple } from '../helpers/transition-table.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

/** DOMAIN.md's "Allowed transitions" (override rows below). */
const ALLOWED: readonly Triple[] = DOMAIN_EVENT_TRANSITIONS;
const STATES = Object.values(S);
const EVENTS = Object.values(E).filter((e) => e !== E.EVENT_MANUAL_OVERRIDE);
const EXPLICIT = new Set<E>([E.EVENT_APPOINTMENT, E.EVENT_CLIENT_SIGNED]);

/** Raises `event` for the person the way the system does; returns the error of a refused explicit request. */
async function raise(personId: string, email: string, event: E): Promise<unknown> {
  const when = (minutes: number) => at(0, 0, minutes);
  try {
    switch (event) {
      case E.EVENT_REPLY:
        await recordEngagement({ personId, kind: 'reply', sentiment: 'positive', eventTs: when(1), sourceEmailId: 'r1' });
        break;
      case E.EVENT_OPENS_X3:
        for (const i of [1, 2, 3]) await recordEngagement({ personId, kind: 'open', sendId: `send-${i}`, eventTs: when(i) });
        break;
      case E.EVENT_CLICKS_X2:
        for (const i of [1, 2]) await recordEngagement({ personId, kind: 'click', url: `https://acme.example/p${i}`, eventTs: when(i) });
        break;
      case E.EVENT_BIT_THRESHOLD:
        // 2 downloads (16) + 3 visits (9) = 25: the fifth signal reaches the threshold.
        for (const [i, kind] of (['content_download', 'content_download', 'website_visit', 'website_visit', 'website_visit'] as const).entries()) {
          await recordEngagement({ personId, kind, eventTs: when(i + 1), sourceEmailId: `intent-${i}` });
        }
        break;
      case E.EVENT_TALENTFLOW_MOVE:
        await recordTalentflowSignal({ personId, signalType: 'job_change', verified: true, signalTs: at(-10), detectedAt: when(1), oldCompanyName: 'Old', newCompanyName: 'New' });
        break;
      case E.EVENT_APPOINTMENT:
        await bookAppointment({ personId, appointmentTs: at(7), bookedAt: when(1) });
        break;
      case E.EVENT_CLIENT_SIGNED:
        await signClient({ email, signedAt: when(1), annualRevenue: '1200.00' });
        break;
      case E.EVENT_INACTIVITY_30D:
        await happen(personId, { kind: 'inactivity', at: when(1), sourceSystem: 'test', sourceEmailId: 'i' });
        break;
      case E.EVENT_REENGAGEMENT_TRIGGER:
        await happen(personId, { kind: 'reengagement_trigger', at: when(1), cycle: 1, sourceSystem: 'test', sourceEmailId: 'c1' });
        break;
      case E.EVENT_REENGAGEMENT_EXHAUSTED:
        await happen(personId, { kind: 'reengagement_exhausted', at: when(1), sourceSystem: 'test', sourceEmailId: 'x' });
        break;
      case E.EVENT_UNSUBSCRIBE:
        await recordEngagement({ personId, kind: 'unsubscribe', eventTs: when(1), sourceEmailId: 'u' });
        break;
      case E.EVENT_HARD_BOUNCE:
        await recordEngagement({ personId, kind: 'hard_bounce', eventTs: when(1), sourceEmailId: 'b' });
        break;
      default:
        throw new Error(`not raised here: ${event}`);
    }
    return null;
  } catch (error) {
    return error;
  }
}

describe('every (state, event) through the engine', () => {
  const cases = STATES.flatMap((from) => EVENTS.map((event) => [from, event] as const));

  it.each(cases)('%s on %s', async (from, event) => {
    const p = await personIn(from, { reengagementCycle: event === E.EVENT_REENGAGEMENT_EXHAUSTED ? 3 : 0 });
    const allowed = ALLOWED.find(([f, e]) => f === from && e === event);
    const error = await raise(p.person_id, p.email, event);
    const after = await person(p.person_id);
    const moves = await movements(p.person_id);
    if (allowed) {
      expect(error).toBeNull();
      expect(after.funnel_state).toBe(allowed[2]);
      expect(moves.map((m) => [m.from_state, m.event_type, m.to_state])).toEqual([allowed]);
      const trigger = (await events(p.person_id)).find((e) => e.triggered_transition);
      expect(trigger?.transition_to_state).toBe(allowed[2]);
      return;
    }
    // Refused: nobody moves.
    expect(after.funnel_state).toBe(from);
    expect(moves).toEqual([]);
    if (EXPLICIT.has(event) && !(event === E.EVENT_APPOINTMENT && from === S.APPOINTMENT)) {
      expect(error).toBeInstanceOf(InvalidTransitionError);
      expect(error).toMatchObject({ entity: 'Prospect', from, event });
      expect(await events(p.person_id)).toEqual([]);
    } else {
      expect(error).toBeNull();
      const stored = await events(p.person_id);
      expect(stored.length).toBeGreaterThan(0);
      expect(stored.every((e) => e.is_processed && !e.triggered_transition)).toBe(true);
    }
  });

  it('checks the conditions: an unverified move leaves a SUSPECT cold, a negative reply too', async () => {
    const a = await personIn(S.SUSPECT);
    await recordTalentflowSignal({ personId: a.person_id, signalType: 'promotion', verified: false, detectedAt: at(0) });
    expect((await person(a.person_id)).funnel_state).toBe(S.SUSPECT);
    const b = await personIn(S.WARM);
    await recordTalentflowSignal({ personId: b.person_id, signalType: 'promotion', verified: false, detectedAt: at(0) });
    expect((await person(b.person_id)).funnel_state).toBe(S.TALENTFLOW_WARM); // no condition from WARM
    const c = await personIn(S.SUSPECT);
    for (const sentiment of ['negative', 'ooo', 'auto'] as const) {
      await recordEngagement({ personId: c.person_id, kind: 'reply', sentiment, eventTs: at(0), sourceEmailId: sentiment });
    }
    expect((await person(c.person_id)).funnel_state).toBe(S.SUSPECT);
    expect((await person(c.person_id)).email_reply_count).toBe(1); // the negative one; ooo and auto are ignored
    const d = await personIn(S.SUSPECT);
    await recordEngagement({ personId: d.person_id, kind: 'reply', sentiment: 'unsubscribe', eventTs: at(0), sourceEmailId: 'x' });
    expect((await person(d.person_id)).funnel_state).toBe(S.UNSUBSCRIBED);
  });

  it('records TALENTFLOW_WARM + EVENT_REPLY and counts it, but moves nobody', async () => {
    const p = await personIn(S.TALENTFLOW_WARM);
    await recordEngagement({ personId: p.person_id, kind: 'reply', sentiment: 'positive', eventTs: at(0), sourceEmailId: 'r' });
    const after = await person(p.person_id);
    expect(after.funnel_state).toBe(S.TALENTFLOW_WARM);
    expect(after.email_reply_count).toBe(1);
    expect(await movements(p.person_id)).toEqual([]);
  });

  it('only flags a bounce in APPOINTMENT', async () => {
    const p = await personIn(S.APPOINTMENT);
    await recordEngagement({ personId: p.person_id, kind: 'hard_bounce', eventTs: at(0), sourceEmailId: 'b' });
    const after = await person(p.person_id);
    expect(after.funnel_state).toBe(S.APPOINTMENT);
    expect(after.is_bounced).toBe(true);
  });
});

describe('manual override, every (from, to)', () => {
  const pairs = STATES.flatMap((from) => STATES.map((to) => [from, to] as const));
  const allowed = (from: S, to: S) => from !== to && from !== S.CLIENT && from !== S.UNSUBSCRIBED && to !== S.CLIENT;

  it.each(pairs)('%s → %s', async (from, to) => {
    const p = await personIn(from, { lastStateChangeTs: at(-0.5) }); // inside the cooldown: an override bypasses it
    const result = overrideState({ personId: p.person_id, toState: to, reason: 'corrected by hand' }, 'user-7', at(0));
    if (!allowed(from, to)) {
      await expect(result).rejects.toMatchObject({ constructor: InvalidTransitionError, from, to, event: E.EVENT_MANUAL_OVERRIDE });
      expect((await person(p.person_id)).funnel_state).toBe(from);
      expect(await movements(p.person_id)).toEqual([]);
      expect(await events(p.person_id)).toEqual([]);
      return;
    }
    await result;
    const after = await person(p.person_id);
    expect(after.funnel_state).toBe(to);
    expect(after.is_disqualified).toBe(to === S.DISQUALIFIED);
    const [m, ...rest] = await movements(p.person_id);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({
      from_state: from,
      to_state: to,
      event_type: E.EVENT_MANUAL_OVERRIDE,
      is_manual_override: true,
      override_user_id: 'user-7',
      override_reason: 'corrected by hand',
      was_in_cooldown: true,
      cooldown_bypassed: true,
    });
  });

  it('requires a reason', async () => {
    const p = await personIn(S.WARM);
    await expect(overrideState({ personId: p.person_id, toState: S.SUSPECT, reason: '  ' }, 'u')).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await prisma.prospectMovement.count({ where: { personId: p.person_id } })).toBe(0);
  });
});
