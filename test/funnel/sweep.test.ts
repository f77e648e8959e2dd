// The sweep moves time forward: a WARM person goes quiet, is re-engaged in three cycles (after 60,
// 75 and 90 days), and is exhausted back to SUSPECT with a 180-day no-cold-outreach mark. A sweep
// after a long pause writes the same history as daily sweeps. Several sweeps at once handle each
// person once. The server runs the sweep on its schedule and stops it with app.stop().
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../../src/db.js';
import { EventType as E, LifecycleState as S } from '../../src/generated/prisma/enums.js';
import { recordEngagement } from '../../src/modules/funnel/funnel.service.js';
import { replayMovements } from '../../src/modules/funnel/funnel.rules.js';
import { runFunnelSweep } from '../../src/modules/funnel/sweep.service.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { at, events, movements, newEmail, person } from '../helpers/funnel.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

async function warmPerson(): Promise<string> {
  const r = await recordEngagement({ email: newEmail(), kind: 'reply', sentiment: 'positive', eventTs: at(0), sourceEmailId: 'r' });
  expect(r.person.funnel_state).toBe(S.WARM);
  return r.person.person_id;
}

describe('a full re-engagement cycle to exhaustion', () => {
  it('moves day by day: inactivity at 30 days, cycles at +60, +75, +90, exhausted 30 days after the third', async () => {
    const personId = await warmPerson();
    const checkpoints: [number, S, number][] = [
      [29, S.WARM, 0],
      [31, S.REENGAGEMENT, 0], // inactive since day 30
      [89, S.REENGAGEMENT, 0],
      [91, S.REENGAGEMENT, 1], // cycle 1 at day 90 (30 + 60)
      [164, S.REENGAGEMENT, 1],
      [166, S.REENGAGEMENT, 2], // cycle 2 at day 165 (90 + 75)
      [254, S.REENGAGEMENT, 2],
      [256, S.REENGAGEMENT, 3], // cycle 3 at day 255 (165 + 90)
      [284, S.REENGAGEMENT, 3],
      [286, S.SUSPECT, 3], // exhausted at day 285 (255 + 30)
    ];
    for (const [day, state, cycle] of checkpoints) {
      await runFunnelSweep({ now: at(day) });
      const p = await person(personId);
      expect([day, p.funnel_state, p.reengagement_cycle]).toEqual([day, state, cycle]);
    }
    const p = await person(personId);
    expect(p.cold_outreach_blocked_until).toEqual(at(285 + 180));
    expect(p.funnel_membership).toBe('COLD_UNIVERSE');
    const moves = await movements(personId);
    expect(moves.map((m) => [m.event_type, m.transition_processed_at])).toEqual([
      [E.EVENT_REPLY, at(0)],
      [E.EVENT_INACTIVITY_30D, at(30)],
      [E.EVENT_REENGAGEMENT_EXHAUSTED, at(285)],
    ]);
    const triggers = (await events(personId)).filter((e) => e.event_type === E.EVENT_REENGAGEMENT_TRIGGER);
    expect(triggers.map((e) => [e.event_subtype, e.event_ts])).toEqual([
      ['cycle_1', at(90)],
      ['cycle_2', at(165)],
      ['cycle_3', at(255)],
    ]);
    expect(replayMovements(moves.map((m) => ({ fromState: m.from_state, toState: m.to_state, toFunnel: m.to_funnel, eventType: m.event_type })))).toEqual({
      state: p.funnel_state,
      funnel: p.funnel_membership,
    });
    // The sweep again at the same time changes nothing.
    const again = await runFunnelSweep({ now: at(286) });
    expect(again.movements.filter((m) => m.person_id === personId)).toEqual([]);
  });

  it('a reply during re-engagement brings the person back to WARM and stops the cycles', async () => {
    const personId = await warmPerson();
    await runFunnelSweep({ now: at(100) });
    expect((await person(personId)).reengagement_cycle).toBe(1);
    await recordEngagement({ personId, kind: 'reply', sentiment: 'neutral', eventTs: at(101), sourceEmailId: 'back' });
    await runFunnelSweep({ now: at(120) });
    const p = await person(personId);
    expect(p.funnel_state).toBe(S.WARM);
    expect((await movements(personId)).map((m) => m.event_type)).toEqual([E.EVENT_REPLY, E.EVENT_INACTIVITY_30D, E.EVENT_REPLY]);
  });

  it('one late sweep writes the same history as weekly sweeps', async () => {
    const weekly = await warmPerson();
    const once = await warmPerson();
    // `once` sits out the weekly sweeps (a lock stops its time rules), then is swept once at day 300.
    await prisma.$executeRaw`UPDATE funnel.suspect_universe SET is_locked = true WHERE person_id = ${once}::uuid`;
    for (let day = 1; day <= 300; day += 7) await runFunnelSweep({ now: at(day) });
    await prisma.$executeRaw`UPDATE funnel.suspect_universe SET is_locked = false WHERE person_id = ${once}::uuid`;
    expect(await movements(once)).toHaveLength(1);
    await runFunnelSweep({ now: at(300) });
    const shape = async (id: string) =>
      (await movements(id)).map((m) => [m.from_state, m.event_type, m.to_state, m.transition_processed_at.getTime()]);
    expect((await shape(weekly)).map((m) => m[1])).toEqual([E.EVENT_REPLY, E.EVENT_INACTIVITY_30D, E.EVENT_REENGAGEMENT_EXHAUSTED]);
    expect(await shape(once)).toEqual(await shape(weekly));
    const cycles = async (id: string) =>
      (await events(id)).filter((e) => e.event_type === E.EVENT_REENGAGEMENT_TRIGGER).map((e) => e.event_ts.getTime());
    expect(await cycles(once)).toEqual(await cycles(weekly));
  });
});

describe('several sweeps at once', () => {
  it('handle each person once (no duplicate movements or cycles)', async () => {
    const people = await Promise.all(Array.from({ length: 12 }, () => warmPerson()));
    const reports = await Promise.all([1, 2, 3].map(() => runFunnelSweep({ now: at(100) })));
    const mine = reports.flatMap((r) => r.movements).filter((m) => people.includes(m.person_id));
    expect(mine).toHaveLength(12);
    for (const id of people) {
      const p = await person(id);
      expect([p.funnel_state, p.reengagement_cycle]).toEqual([S.REENGAGEMENT, 1]);
      expect((await movements(id)).map((m) => m.event_type)).toEqual([E.EVENT_REPLY, E.EVENT_INACTIVITY_30D]);
      expect((await events(id)).filter((e) => e.event_type === E.EVENT_REENGAGEMENT_TRIGGER)).toHaveLength(1);
    }
  });
});
