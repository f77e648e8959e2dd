// DOMAIN.md's transition table, twice: as data in src/modules/funnel/transitions.ts and as the SQL
// function funnel.is_valid_transition. Every allowed row is tested in both, the named refusals in
// both, and the two are compared over every (from, to, event) triple.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventType, FunnelMembership, LifecycleState } from '../../src/generated/prisma/enums.js';
import {
  ALL_EVENTS,
  ALL_STATES,
  COOLDOWN_EXEMPT_EVENTS,
  EVENT_PRIORITY,
  funnelAfter,
  isValidTransition,
  NON_TERMINAL_STATES,
  STATE_FUNNEL,
  targetState,
  TERMINAL_STATES,
} from '../../src/modules/funnel/transitions.js';
import { openSqlTest, rows, type SqlTestContext } from '../helpers/sql.js';
import { DOMAIN_EVENT_TRANSITIONS, type Triple } from '../helpers/transition-table.js';

let t: SqlTestContext;
beforeAll(async () => {
  t = await openSqlTest();
});
afterAll(() => t?.close());

const S = LifecycleState;
const E = EventType;
/** DOMAIN.md's "Allowed transitions", one line per (from, event, to): the events' rows and the overrides. */
const ALLOWED: Triple[] = [
  ...DOMAIN_EVENT_TRANSITIONS,
  // Manual override: from any state but CLIENT and UNSUBSCRIBED to any other state but CLIENT.
  ...[S.SUSPECT, S.WARM, S.TALENTFLOW_WARM, S.REENGAGEMENT, S.APPOINTMENT, S.DISQUALIFIED].flatMap((from) =>
    [S.SUSPECT, S.WARM, S.TALENTFLOW_WARM, S.REENGAGEMENT, S.APPOINTMENT, S.DISQUALIFIED, S.UNSUBSCRIBED]
      .filter((to) => to !== from)
      .map((to): Triple => [from, E.EVENT_MANUAL_OVERRIDE, to]),
  ),
];

const REFUSED: [string, Triple][] = [
  ['SUSPECT straight to APPOINTMENT', [S.SUSPECT, E.EVENT_APPOINTMENT, S.APPOINTMENT]],
  ['REENGAGEMENT straight to CLIENT', [S.REENGAGEMENT, E.EVENT_CLIENT_SIGNED, S.CLIENT]],
  ['CLIENT unsubscribing', [S.CLIENT, E.EVENT_UNSUBSCRIBE, S.UNSUBSCRIBED]],
  ['CLIENT bouncing', [S.CLIENT, E.EVENT_HARD_BOUNCE, S.DISQUALIFIED]],
  ['CLIENT overridden to WARM', [S.CLIENT, E.EVENT_MANUAL_OVERRIDE, S.WARM]],
  ['CLIENT going inactive', [S.CLIENT, E.EVENT_INACTIVITY_30D, S.REENGAGEMENT]],
  ['TALENTFLOW_WARM replying (recorded, moves nobody)', [S.TALENTFLOW_WARM, E.EVENT_REPLY, S.WARM]],
  ['TALENTFLOW_WARM replying to itself', [S.TALENTFLOW_WARM, E.EVENT_REPLY, S.TALENTFLOW_WARM]],
  ['APPOINTMENT bouncing (only flags the person)', [S.APPOINTMENT, E.EVENT_HARD_BOUNCE, S.DISQUALIFIED]],
  ['override into CLIENT', [S.APPOINTMENT, E.EVENT_MANUAL_OVERRIDE, S.CLIENT]],
  ['override out of UNSUBSCRIBED', [S.UNSUBSCRIBED, E.EVENT_MANUAL_OVERRIDE, S.SUSPECT]],
  ['override to the same state', [S.WARM, E.EVENT_MANUAL_OVERRIDE, S.WARM]],
  ['UNSUBSCRIBED unsubscribing again', [S.UNSUBSCRIBED, E.EVENT_UNSUBSCRIBE, S.UNSUBSCRIBED]],
  ['DISQUALIFIED unsubscribing (terminal)', [S.DISQUALIFIED, E.EVENT_UNSUBSCRIBE, S.UNSUBSCRIBED]],
  ['WARM going back to SUSPECT on a reply', [S.WARM, E.EVENT_REPLY, S.SUSPECT]],
  ['WARM with opens (already warm)', [S.WARM, E.EVENT_OPENS_X3, S.WARM]],
  ['a re-engagement trigger (no state change)', [S.REENGAGEMENT, E.EVENT_REENGAGEMENT_TRIGGER, S.REENGAGEMENT]],
  ['a re-engagement trigger out of REENGAGEMENT', [S.REENGAGEMENT, E.EVENT_REENGAGEMENT_TRIGGER, S.SUSPECT]],
  ['SUSPECT exhausting re-engagement', [S.SUSPECT, E.EVENT_REENGAGEMENT_EXHAUSTED, S.SUSPECT]],
  ['SUSPECT inactive', [S.SUSPECT, E.EVENT_INACTIVITY_30D, S.REENGAGEMENT]],
  ['TALENTFLOW_WARM moving again', [S.TALENTFLOW_WARM, E.EVENT_TALENTFLOW_MOVE, S.TALENTFLOW_WARM]],
];

async function sqlValid(triples: Triple[]): Promise<boolean[]> {
  const result = await rows<{ ok: boolean }>(
    t.client,
    `SELECT funnel.is_valid_transition(f, t, e) AS ok
     FROM unnest($1::funnel.lifecycle_state[], $2::funnel.event_type[], $3::funnel.lifecycle_state[]) WITH ORDINALITY AS u(f, e, t, i)
     ORDER BY i`,
    [triples.map((x) => x[0]), triples.map((x) => x[1]), triples.map((x) => x[2])],
  );
  return result.map((r) => r.ok);
}

describe('the transition table', () => {
  it('allows every row of DOMAIN.md, in TypeScript and in SQL', async () => {
    for (const [from, event, to] of ALLOWED) expect(isValidTransition(from, to, event), `${from} --${event}--> ${to}`).toBe(true);
    expect(await sqlValid(ALLOWED)).toEqual(ALLOWED.map(() => true));
  });

  it.each(REFUSED)('refuses %s, in TypeScript and in SQL', async (_name, [from, event, to]) => {
    expect(isValidTransition(from, to, event)).toBe(false);
    expect(await sqlValid([[from, event, to]])).toEqual([false]);
  });

  it('allows nothing but the rows of DOMAIN.md, and SQL agrees for every (from, to, event)', async () => {
    const all: Triple[] = [];
    for (const from of ALL_STATES) for (const event of ALL_EVENTS) for (const to of ALL_STATES) all.push([from, event, to]);
    expect(all).toHaveLength(8 * 13 * 8);
    const allowed = new Set(ALLOWED.map((x) => x.join(' ')));
    expect(all.filter(([f, e, to]) => isValidTransition(f, to, e)).map((x) => x.join(' ')).sort()).toEqual([...allowed].sort());
    const sql = await sqlValid(all);
    const disagreements = all.filter(([f, e, to], i) => sql[i] !== isValidTransition(f, to, e)).map((x) => x.join(' '));
    expect(disagreements).toEqual([]);
  });

  it('moves nobody out of a terminal state but DISQUALIFIED by override', () => {
    expect(TERMINAL_STATES).toEqual([S.CLIENT, S.DISQUALIFIED, S.UNSUBSCRIBED]);
    expect(NON_TERMINAL_STATES).toEqual([S.SUSPECT, S.WARM, S.TALENTFLOW_WARM, S.REENGAGEMENT, S.APPOINTMENT]);
    for (const from of TERMINAL_STATES)
      for (const event of ALL_EVENTS)
        for (const to of ALL_STATES) {
          const allowed = isValidTransition(from, to, event);
          expect(allowed && !(from === S.DISQUALIFIED && event === E.EVENT_MANUAL_OVERRIDE), `${from} ${event} ${to}`).toBe(false);
        }
  });

  it('names the target of each event, or none when it moves nobody', () => {
    expect(targetState(S.SUSPECT, E.EVENT_REPLY)).toBe(S.WARM);
    expect(targetState(S.REENGAGEMENT, E.EVENT_REPLY)).toBe(S.WARM);
    expect(targetState(S.TALENTFLOW_WARM, E.EVENT_REPLY)).toBeNull();
    expect(targetState(S.APPOINTMENT, E.EVENT_HARD_BOUNCE)).toBeNull();
    expect(targetState(S.CLIENT, E.EVENT_UNSUBSCRIBE)).toBeNull();
    expect(targetState(S.WARM, E.EVENT_MANUAL_OVERRIDE)).toBeNull();
    for (const from of ALL_STATES)
      for (const event of ALL_EVENTS) {
        const to = targetState(from, event);
        if (to) expect(isValidTransition(from, to, event)).toBe(true);
      }
  });
});

describe('funnels and priorities', () => {
  it('maps states to funnels as DOMAIN.md does, and state_to_funnel agrees', async () => {
    expect(STATE_FUNNEL).toEqual({
      SUSPECT: 'COLD_UNIVERSE',
      TALENTFLOW_WARM: 'TALENTFLOW_UNIVERSE',
      WARM: 'WARM_UNIVERSE',
      REENGAGEMENT: 'REENGAGEMENT_UNIVERSE',
      APPOINTMENT: null,
      CLIENT: null,
      DISQUALIFIED: null,
      UNSUBSCRIBED: null,
    });
    const sql = await rows<{ s: LifecycleState; f: FunnelMembership | null }>(
      t.client,
      `SELECT s, funnel.state_to_funnel(s) AS f FROM unnest(enum_range(NULL::funnel.lifecycle_state)) AS s`,
    );
    expect(Object.fromEntries(sql.map((r) => [r.s, r.f]))).toEqual(STATE_FUNNEL);
    expect(funnelAfter(FunnelMembership.WARM_UNIVERSE, S.APPOINTMENT)).toBe(FunnelMembership.WARM_UNIVERSE);
    expect(funnelAfter(FunnelMembership.REENGAGEMENT_UNIVERSE, S.WARM)).toBe(FunnelMembership.WARM_UNIVERSE);
  });

  it('ranks every event as DOMAIN.md does', () => {
    expect(Object.keys(EVENT_PRIORITY).sort()).toEqual([...ALL_EVENTS].sort());
    const ranked = [...ALL_EVENTS].sort((a, b) => EVENT_PRIORITY[b] - EVENT_PRIORITY[a]);
    expect(ranked.slice(0, 2).sort()).toEqual([E.EVENT_CLIENT_SIGNED, E.EVENT_MANUAL_OVERRIDE].sort());
    expect(ranked.at(-1)).toBe(E.EVENT_REENGAGEMENT_EXHAUSTED);
    expect(EVENT_PRIORITY.EVENT_REPLY).toBeGreaterThan(EVENT_PRIORITY.EVENT_BIT_THRESHOLD);
    expect(COOLDOWN_EXEMPT_EVENTS).toHaveLength(5);
  });
});
