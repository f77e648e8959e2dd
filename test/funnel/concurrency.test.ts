// Concurrent events for one person, on real parallel connections: the person's row lock makes
// them apply one after the other, so two of them never both move the person out of the same
// state, and the audit still replays to the stored state. (Needs several real sessions: skipped
// on the embedded PGlite, which has one.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../../src/db.js';
import { InvalidTransitionError } from '../../src/errors.js';
import { LifecycleState as S } from '../../src/generated/prisma/enums.js';
import { bookAppointment } from '../../src/modules/funnel/appointments.service.js';
import { replayMovements } from '../../src/modules/funnel/funnel.rules.js';
import { recordEngagement } from '../../src/modules/funnel/funnel.service.js';
import { recordTalentflowSignal } from '../../src/modules/funnel/talentflow.service.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { at, events, movements, person, personIn } from '../helpers/funnel.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ DB_POOL_MAX: '12' });
});
afterAll(() => t?.close());

/** The audit chains from the starting state to the stored one (never two moves out of one state). */
async function checkAudit(personId: string, start: { state: S; funnel: string }) {
  const moves = await movements(personId);
  const p = await person(personId);
  const replayed = replayMovements(
    moves.map((m) => ({ fromState: m.from_state, toState: m.to_state, toFunnel: m.to_funnel, eventType: m.event_type })),
    start,
  );
  expect(replayed).toEqual({ state: p.funnel_state, funnel: p.funnel_membership });
  return { moves, person: p };
}

describe('parallel events on one person', () => {
  it('several events that would each make a SUSPECT warm: exactly one moves them', async (ctx) => {
    if (t.testDb.kind === 'pglite') ctx.skip();
    for (let round = 0; round < 8; round += 1) {
      const p = await personIn(S.SUSPECT);
      await recordEngagement({ personId: p.person_id, kind: 'open', sendId: 's1', eventTs: at(0, 1) });
      await recordEngagement({ personId: p.person_id, kind: 'open', sendId: 's2', eventTs: at(0, 2) });
      await recordEngagement({ personId: p.person_id, kind: 'click', url: 'https://acme.example/a', eventTs: at(0, 2) });
      const when = at(0, 3);
      const results = await Promise.allSettled([
        recordEngagement({ personId: p.person_id, kind: 'open', sendId: 's3', eventTs: when }),
        recordEngagement({ personId: p.person_id, kind: 'click', url: 'https://acme.example/b', eventTs: when }),
        recordEngagement({ personId: p.person_id, kind: 'reply', sentiment: 'positive', eventTs: when, sourceEmailId: 'r' }),
        recordTalentflowSignal({ personId: p.person_id, signalType: 'job_change', verified: true, detectedAt: when }),
        recordEngagement({ personId: p.person_id, kind: 'webinar', eventTs: when, sourceEmailId: 'w' }),
        recordEngagement({ personId: p.person_id, kind: 'content_download', eventTs: when, sourceEmailId: 'd' }),
      ]);
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      const { moves } = await checkAudit(p.person_id, { state: S.SUSPECT, funnel: 'COLD_UNIVERSE' });
      expect(moves.filter((m) => m.from_state === S.SUSPECT)).toHaveLength(1);
      // Whatever came second found the person warm and in the cooldown: held, or nothing to do.
      expect(moves).toHaveLength(1);
      expect(await events(p.person_id)).toHaveLength(9);
    }
  });

  it('an unsubscribe, a bounce and a booking at once on a WARM person: one move out of WARM', async (ctx) => {
    if (t.testDb.kind === 'pglite') ctx.skip();
    for (let round = 0; round < 8; round += 1) {
      const p = await personIn(S.WARM);
      const results = await Promise.allSettled([
        recordEngagement({ personId: p.person_id, kind: 'unsubscribe', eventTs: at(0), sourceEmailId: 'u' }),
        recordEngagement({ personId: p.person_id, kind: 'hard_bounce', eventTs: at(0), sourceEmailId: 'b' }),
        bookAppointment({ personId: p.person_id, appointmentTs: at(5), bookedAt: at(0) }),
      ]);
      for (const r of results) {
        if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(InvalidTransitionError);
      }
      const { moves, person: after } = await checkAudit(p.person_id, { state: S.WARM, funnel: 'WARM_UNIVERSE' });
      expect(moves.filter((m) => m.from_state === S.WARM)).toHaveLength(1);
      expect([S.UNSUBSCRIBED, S.DISQUALIFIED]).toContain(after.funnel_state);
      expect(after.is_bounced && after.is_unsubscribed).toBe(true); // both flags, whatever the order
    }
  });

  it('the same provider event delivered in parallel is stored once', async (ctx) => {
    if (t.testDb.kind === 'pglite') ctx.skip();
    const p = await personIn(S.SUSPECT);
    const same = { personId: p.person_id, kind: 'reply' as const, sentiment: 'positive' as const, eventTs: at(0), sourceSystem: 'esp', sourceEmailId: 'dup' };
    const results = await Promise.all(Array.from({ length: 6 }, () => recordEngagement(same)));
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(await prisma.engagementEvent.count({ where: { personId: p.person_id } })).toBe(1);
    expect((await person(p.person_id)).email_reply_count).toBe(1);
    expect(await movements(p.person_id)).toHaveLength(1);
  });
});
