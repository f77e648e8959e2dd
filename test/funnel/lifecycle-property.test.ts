// Random event sequences (fast-check) against the real engine and database. After every step:
// - no refused transition happened: every audit row is a move the table allows (in TypeScript and
//   in SQL), and no non-exempt move came within 24 hours of the previous one;
// - the audit rows equal the moves: one row per state change the services reported, each tied
//   to the engagement event marked as having caused it;
// - replaying the audit from SUSPECT rebuilds the stored state and funnel;
// - the counters equal a recount of the stored events.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../../src/db.js';
import { DomainError } from '../../src/errors.js';
import { LifecycleState as S } from '../../src/generated/prisma/enums.js';
import { bookAppointment, completeAppointment, markNoShow } from '../../src/modules/funnel/appointments.service.js';
import { signClient } from '../../src/modules/funnel/clients.service.js';
import { DAY_MS, HOUR_MS, isCooldownExempt, replayMovements } from '../../src/modules/funnel/funnel.rules.js';
import { overrideState, recordEngagement, setLock, sweepPerson, transaction } from '../../src/modules/funnel/funnel.service.js';
import { personIdForEmail } from '../../src/modules/funnel/identity.js';
import { recordTalentflowSignal } from '../../src/modules/funnel/talentflow.service.js';
import { isValidTransition } from '../../src/modules/funnel/transitions.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { at, events, movements, newEmail, person } from '../helpers/funnel.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

type Action =
  | { kind: 'open'; send: number }
  | { kind: 'click'; link: number }
  | { kind: 'reply'; sentiment: 'positive' | 'neutral' | 'question' | 'negative' | 'ooo' }
  | { kind: 'intent'; what: 'website_visit' | 'content_download' | 'webinar' }
  | { kind: 'unsubscribe' | 'hard_bounce' }
  | { kind: 'talentflow'; verified: boolean }
  | { kind: 'book'; inDays: number }
  | { kind: 'meeting'; outcome: 'positive' | 'negative' | 'no_show' }
  | { kind: 'sign' }
  | { kind: 'override'; to: S }
  | { kind: 'lock'; locked: boolean }
  | { kind: 'sweep' };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ kind: fc.constant('open' as const), send: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('click' as const), link: fc.integer({ min: 0, max: 3 }) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('reply' as const), sentiment: fc.constantFrom('positive', 'neutral', 'question', 'negative', 'ooo') }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('intent' as const), what: fc.constantFrom('website_visit', 'content_download', 'webinar') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('unsubscribe' as const, 'hard_bounce' as const) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('talentflow' as const), verified: fc.boolean() }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('book' as const), inDays: fc.integer({ min: 0, max: 40 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('meeting' as const), outcome: fc.constantFrom('positive', 'negative', 'no_show') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('sign' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('override' as const), to: fc.constantFrom(...Object.values(S)) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('lock' as const), locked: fc.boolean() }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('sweep' as const) }) },
);

/** Time passes before each step: minutes, hours, days, or long silences (the sweep's rules). */
const gap = fc.oneof(
  fc.integer({ min: 0, max: 90 }).map((m) => m * 60_000),
  fc.integer({ min: 1, max: 30 }).map((h) => h * HOUR_MS),
  fc.integer({ min: 1, max: 15 }).map((d) => d * DAY_MS),
  fc.integer({ min: 25, max: 95 }).map((d) => d * DAY_MS),
);

/** Event times must stay behind the server clock: a sequence ends 380 days after T0. */
const END = at(380);

const step = fc.record({ gap, action });

const LINKS = ['https://acme.example/pricing', 'https://acme.example/demo', 'https://acme.example/unsubscribe', 'https://t.example/open/p.gif'];

/** Runs one action at `now`; returns how many state changes it reported. Refusals are typed errors. */
async function run(email: string, a: Action, now: Date, n: number): Promise<number> {
  const personId = personIdForEmail(email)!;
  const src = `e${n}`;
  const moved = (r: { movement: unknown } | { lifecycle: { movement: unknown } | null }): number =>
    ('movement' in r ? r.movement : r.lifecycle?.movement) ? 1 : 0;
  try {
    switch (a.kind) {
      case 'open':
        return moved(await recordEngagement({ email, kind: 'open', sendId: `send-${a.send}`, eventTs: now }));
      case 'click':
        return moved(await recordEngagement({ email, kind: 'click', url: LINKS[a.link]!, eventTs: now }));
      case 'reply':
        return moved(await recordEngagement({ email, kind: 'reply', sentiment: a.sentiment, eventTs: now, sourceEmailId: src }));
      case 'intent':
        return moved(await recordEngagement({ email, kind: a.what, eventTs: now, sourceEmailId: src }));
      case 'unsubscribe':
      case 'hard_bounce':
        return moved(await recordEngagement({ email, kind: a.kind, eventTs: now, sourceEmailId: src }));
      case 'talentflow':
        return moved(await recordTalentflowSignal({ email, signalType: 'job_change', verified: a.verified, detectedAt: now, sourceRecordId: src }));
      case 'book':
        return moved(await bookAppointment({ email, appointmentTs: new Date(now.getTime() + a.inDays * DAY_MS + HOUR_MS), bookedAt: now }));
      case 'meeting': {
        const open = await prisma.appointment.findFirst({
          where: { personId, status: { in: ['scheduled', 'confirmed', 'rescheduled'] } },
          orderBy: { appointmentTs: 'asc' },
        });
        if (!open) return 0;
        if (a.outcome === 'no_show') await markNoShow(open.appointmentId);
        else await completeAppointment({ appointmentId: open.appointmentId, outcome: a.outcome, completedAt: now });
        return 0;
      }
      case 'sign':
        return moved(await signClient({ email, signedAt: now, annualRevenue: '1000.00' }));
      case 'override':
        return moved(await overrideState({ email, toState: a.to, reason: 'property test' }, 'tester', now));
      case 'lock':
        await setLock({ email }, a.locked, 'property test', now);
        return 0;
      case 'sweep': {
        const p = await prisma.suspect.findUnique({ where: { personId } });
        if (!p) return 0;
        const r = await transaction((tx) => sweepPerson(tx, p.suspectId, now));
        return r?.movements.length ?? 0;
      }
    }
  } catch (error) {
    // Refused requests (a meeting for a SUSPECT, signing outside APPOINTMENT, a forbidden override,
    // an unknown person) are typed errors; anything else is a bug.
    if (error instanceof DomainError) return 0;
    throw error;
  }
}

async function checkInvariants(personId: string, reported: number) {
  const p = await person(personId);
  if (!p) {
    expect(reported).toBe(0);
    return;
  }
  const moves = await movements(personId);
  // No refused transition: allowed by the table (TypeScript and SQL), and the cooldown respected.
  for (const m of moves) expect(isValidTransition(m.from_state, m.to_state, m.event_type), `${m.from_state} ${m.event_type} ${m.to_state}`).toBe(true);
  const sql = await prisma.$queryRaw<{ ok: boolean | null }[]>`
    SELECT bool_and(funnel.is_valid_transition(from_state, to_state, event_type)) AS ok
    FROM funnel.prospect_movement WHERE person_id = ${personId}::uuid`;
  expect(sql[0]!.ok ?? true).toBe(true);
  for (let i = 1; i < moves.length; i += 1) {
    const wait = moves[i]!.transition_processed_at.getTime() - moves[i - 1]!.transition_processed_at.getTime();
    expect(wait).toBeGreaterThan(0);
    if (!isCooldownExempt(moves[i]!.event_type)) expect(wait).toBeGreaterThanOrEqual(24 * HOUR_MS);
  }
  // The audit rows are the moves: one per reported state change, each tied to its event.
  expect(moves).toHaveLength(reported);
  const evs = await events(personId);
  const triggered = evs.filter((e) => e.triggered_transition);
  expect(triggered.map((e) => e.event_id).sort()).toEqual(moves.map((m) => m.triggering_event_id).sort());
  for (const m of moves) expect(triggered.find((e) => e.event_id === m.triggering_event_id)?.transition_to_state).toBe(m.to_state);
  // Replaying the audit rebuilds the stored state.
  const replayed = replayMovements(moves.map((m) => ({ fromState: m.from_state, toState: m.to_state, toFunnel: m.to_funnel, eventType: m.event_type })));
  expect(replayed).toEqual({ state: p.funnel_state, funnel: p.funnel_membership });
  // Counters are a recount of the events.
  const count = (f: (e: (typeof evs)[number]) => boolean) => evs.filter(f).length;
  expect(p.email_open_count).toBe(count((e) => e.event_subtype === 'email_open' && !e.is_duplicate));
  expect(p.email_click_count).toBe(count((e) => e.event_subtype === 'link_click' && !e.is_duplicate));
  expect(p.email_reply_count).toBe(count((e) => ['positive_reply', 'neutral_reply', 'question_reply', 'negative_reply'].includes(e.event_subtype ?? '')));
}

describe('random event sequences', () => {
  it('never make a refused move, audit every move, and replay to the stored state', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        const email = newEmail('prop');
        const personId = personIdForEmail(email)!;
        let now = at(0);
        let reported = 0;
        for (const [i, s] of steps.entries()) {
          now = new Date(now.getTime() + s.gap);
          if (now > END) break;
          reported += await run(email, s.action, now, i);
          await checkInvariants(personId, reported);
        }
        for (const m of await movements(personId)) seen.add(`${m.from_state} ${m.event_type} ${m.to_state}`);
      }),
      { numRuns: Number(process.env.FUNNEL_PROPERTY_RUNS) || (t.testDb.kind === 'pglite' ? 12 : 40), endOnFailure: true },
    );
    // Not vacuous: the sequences moved people along many different edges of the table.
    expect(seen.size).toBeGreaterThan(t.testDb.kind === 'pglite' ? 3 : 8);
    console.log(`${seen.size} distinct moves:`, [...seen].sort().join(', '));
  });
});
