// The lifecycle's pure rules (src/modules/funnel/funnel.rules.ts), case by case: settings, BIT
// scoring (DOMAIN.md's worked example), what an event counts as, the choice between pending
// events, the cooldown, locks, when time rules fall due (at their edges), meetings' follow-ups.
import { describe, expect, it } from 'vitest';
import { EventType as E, LifecycleState as S } from '../../src/generated/prisma/enums.js';
import {
  appointmentAfter,
  bitLevel,
  bitPoints,
  bitScore,
  type Candidate,
  classify,
  crossesWarmThreshold,
  DAY_MS,
  decide,
  DEFAULT_FUNNEL_SETTINGS as D,
  followUpFor,
  isFreshSignal,
  nextDue,
  NO_COMPONENTS,
  nonCountingClick,
  raisedEvents,
  recencyDecay,
  replayMovements,
  resolveFunnelSettings,
  sameCompanyJobChange,
  type TimeSnapshot,
  uniqueKey,
} from '../../src/modules/funnel/funnel.rules.js';
import { ConfigError, loadConfig } from '../../src/config.js';

const T0 = new Date('2026-01-01T12:00:00Z');
const at = (days: number, hours = 0) => new Date(T0.getTime() + days * DAY_MS + hours * 3_600_000);
const cand = (event: E, extra: Partial<Candidate> = {}): Candidate => ({ event, raisedAt: T0, checks: [], ...extra });

describe('settings', () => {
  it('default to DOMAIN.md and merge overrides (nested too)', () => {
    expect(D.opensToWarm).toBe(3);
    expect(D.clicksToWarm).toBe(2);
    expect(D.reengagementWaitDays).toEqual([60, 75, 90]);
    expect(D.bit.warmThreshold).toBe(25);
    const s = resolveFunnelSettings({ opensToWarm: 4, bit: { warmThreshold: 30 } });
    expect(s.opensToWarm).toBe(4);
    expect(s.bit.warmThreshold).toBe(30);
    expect(s.bit.hotThreshold).toBe(50);
    expect(s.eventPriority.EVENT_REPLY).toBe(70);
  });

  it('come from FUNNEL_RULES, and a bad value stops start-up naming it', () => {
    expect(loadConfig({ FUNNEL_RULES: '{"cooldownHours":12,"eventPriority":{"EVENT_REPLY":75}}' }).funnel.rules).toMatchObject({
      cooldownHours: 12,
      eventPriority: { EVENT_REPLY: 75, EVENT_OPENS_X3: 40 },
    });
    expect(loadConfig({}).funnel.sweepIntervalSeconds).toBe(300);
    expect(() => loadConfig({ FUNNEL_RULES: '{"opensToWarm":0}' })).toThrow(ConfigError);
    expect(() => loadConfig({ FUNNEL_RULES: '{"bit":{"hotThreshold":10}}' })).toThrow(/FUNNEL_RULES=.*thresholds must nest/);
    expect(() => loadConfig({ FUNNEL_RULES: '{"unknown":1}' })).toThrow(/FUNNEL_RULES/);
    expect(() => loadConfig({ FUNNEL_RULES: 'not json' })).toThrow(/must be a JSON object/);
  });
});

describe('BIT score', () => {
  it("DOMAIN.md's worked example: 3 opens + 2 clicks + 1 reply = 31, and 26 five days later", () => {
    const p = bitPoints({ ...NO_COMPONENTS, uniqueOpens: 3, uniqueClicks: 2, replied: true }, D.bit);
    expect(p).toMatchObject({ open: 6, click: 10, reply: 15, total: 31 });
    const engaged = at(0);
    expect(bitScore(p.total, recencyDecay(at(0), engaged, D.bit))).toBe(31);
    expect(bitScore(p.total, recencyDecay(at(5), engaged, D.bit))).toBe(26);
    expect(bitScore(p.total, recencyDecay(at(4, 23), engaged, D.bit))).toBe(27); // whole days only
  });

  it('caps every component and the decay, and never goes below 0', () => {
    const p = bitPoints(
      { uniqueOpens: 50, uniqueClicks: 50, replied: true, websiteVisits: 50, contentDownloads: 50, webinar: true, talentflow: true },
      D.bit,
    );
    expect(p).toEqual({ open: 10, click: 15, reply: 15, website: 12, content: 16, webinar: 10, talentflow: 20, total: 98 });
    expect(recencyDecay(at(400), at(0), D.bit)).toBe(30);
    expect(bitScore(10, recencyDecay(at(400), at(0), D.bit))).toBe(0);
    expect(recencyDecay(at(0), null, D.bit)).toBe(0);
    expect(recencyDecay(at(0), at(3), D.bit)).toBe(0); // a later engagement is no decay
  });

  it('has nested thresholds, and raises EVENT_BIT_THRESHOLD only when reaching 25 from below', () => {
    expect([0, 24, 25, 49, 50, 74, 75, 98].map((s) => bitLevel(s, D.bit))).toEqual([
      'NONE', 'NONE', 'WARM', 'WARM', 'HOT', 'HOT', 'PRIORITY', 'PRIORITY',
    ]);
    expect(crossesWarmThreshold(24, 25, D.bit)).toBe(true);
    expect(crossesWarmThreshold(25, 31, D.bit)).toBe(false);
    expect(crossesWarmThreshold(20, 24, D.bit)).toBe(false);
  });
});

describe('what an event counts as', () => {
  it('classifies opens, clicks, replies and intent signals', () => {
    expect(classify({ kind: 'open' })).toMatchObject({ eventType: E.EVENT_OPENS_X3, subtype: 'email_open', counts: 'open', engagement: true });
    expect(classify({ kind: 'click', url: 'https://acme.com/pricing' })).toMatchObject({ counts: 'click', subtype: 'link_click' });
    expect(classify({ kind: 'click', url: 'https://t.acme.com/unsubscribe?u=1' })).toMatchObject({ counts: null, engagement: false, subtype: 'unsubscribe_link_click' });
    expect(classify({ kind: 'click', url: 'https://t.acme.com/x', linkType: 'tracking_pixel' })).toMatchObject({ counts: null, subtype: 'tracking_pixel_click' });
    for (const sentiment of ['positive', 'neutral', 'question'] as const) {
      expect(classify({ kind: 'reply', sentiment })).toMatchObject({ eventType: E.EVENT_REPLY, promotingReply: true, counts: 'reply' });
    }
    expect(classify({ kind: 'reply', sentiment: 'negative' })).toMatchObject({ promotingReply: false, counts: 'reply', engagement: true });
    expect(classify({ kind: 'reply', sentiment: 'ooo' })).toMatchObject({ counts: null, engagement: false, subtype: 'ooo_reply' });
    expect(classify({ kind: 'reply', sentiment: 'auto' })).toMatchObject({ counts: null, engagement: false });
    expect(classify({ kind: 'reply', sentiment: 'unsubscribe' })).toMatchObject({ eventType: E.EVENT_UNSUBSCRIBE });
    expect(classify({ kind: 'website_visit' })).toMatchObject({ eventType: E.EVENT_BIT_THRESHOLD, subtype: 'website_visit', engagement: true });
    expect(classify({ kind: 'spam_complaint' })).toMatchObject({ eventType: E.EVENT_UNSUBSCRIBE, subtype: 'spam_complaint' });
  });

  it('counts an open once per send per UTC day, and a click once per link per UTC day', () => {
    expect(uniqueKey('open', 'send-1', new Date('2026-01-01T00:30:00Z'))).toBe(uniqueKey('open', 'send-1', new Date('2026-01-01T23:59:00Z')));
    expect(uniqueKey('open', 'send-1', new Date('2026-01-01T23:59:00Z'))).not.toBe(uniqueKey('open', 'send-1', new Date('2026-01-02T00:00:00Z')));
    expect(uniqueKey('click', 'HTTPS://Acme.com/a/#top', T0)).toBe(uniqueKey('click', 'https://acme.com/a', T0));
    expect(uniqueKey('click', 'https://acme.com/a', T0)).not.toBe(uniqueKey('click', 'https://acme.com/b', T0));
  });

  it('does not count tracking pixels and unsubscribe links', () => {
    expect(nonCountingClick('https://acme.com/pricing')).toBeNull();
    expect(nonCountingClick('https://track.x.io/open/abc.gif')).toBe('tracking_pixel');
    expect(nonCountingClick('https://x.io/opt-out?id=1')).toBe('unsubscribe');
    expect(nonCountingClick('https://acme.com/pricing', 'unsubscribe')).toBe('unsubscribe');
  });

  it('raises the threshold events at their edges', () => {
    const cls = classify({ kind: 'open' });
    const facts = { kind: 'open' as const, cls, unique: true, opensInWindow: 2, clicksInWindow: 0, bitBefore: 4, bitAfter: 6, at: T0 };
    expect(raisedEvents(facts, D)).toEqual([]);
    expect(raisedEvents({ ...facts, opensInWindow: 3 }, D).map((c) => c.event)).toEqual([E.EVENT_OPENS_X3]);
    expect(raisedEvents({ ...facts, opensInWindow: 3, unique: false }, D)).toEqual([]);
    const click = { ...facts, kind: 'click' as const, cls: classify({ kind: 'click', url: 'https://a.com' }), clicksInWindow: 1 };
    expect(raisedEvents(click, D)).toEqual([]);
    expect(raisedEvents({ ...click, clicksInWindow: 2 }, D).map((c) => c.event)).toEqual([E.EVENT_CLICKS_X2]);
    expect(raisedEvents({ ...facts, bitBefore: 24, bitAfter: 26 }, D).map((c) => c.event)).toEqual([E.EVENT_BIT_THRESHOLD]);
    const tf = { ...facts, kind: 'talentflow' as const, cls: classify({ kind: 'talentflow' }) };
    expect(raisedEvents({ ...tf, fresh: false, verified: true }, D)).toEqual([]);
    expect(raisedEvents({ ...tf, fresh: true, verified: true }, D).map((c) => c.event)).toEqual([E.EVENT_TALENTFLOW_MOVE]);
  });
});

describe('choosing the transition', () => {
  const open = { state: S.SUSPECT, locked: false, cooldownUntil: null };

  it('applies only the highest-priority pending event', () => {
    const d = decide(open, [cand(E.EVENT_OPENS_X3), cand(E.EVENT_BIT_THRESHOLD)], [cand(E.EVENT_REPLY, { heldEventId: 'h' })], at(0), D);
    expect(d).toMatchObject({ kind: 'apply', to: S.WARM, candidate: { event: E.EVENT_REPLY, heldEventId: 'h' } });
    const d2 = decide(open, [cand(E.EVENT_OPENS_X3), cand(E.EVENT_BIT_THRESHOLD)], [], at(0), D);
    expect(d2).toMatchObject({ kind: 'apply', candidate: { event: E.EVENT_BIT_THRESHOLD } });
  });

  it('ignores events that move nobody from the state', () => {
    expect(decide({ ...open, state: S.TALENTFLOW_WARM }, [cand(E.EVENT_REPLY)], [], at(0), D)).toEqual({ kind: 'none', reason: 'no_transition' });
    expect(decide({ ...open, state: S.APPOINTMENT }, [cand(E.EVENT_HARD_BOUNCE)], [], at(0), D)).toEqual({ kind: 'none', reason: 'no_transition' });
    expect(decide(open, [], [], at(0), D)).toEqual({ kind: 'none', reason: 'no_event' });
  });

  it('holds back non-exempt events inside the cooldown, and lets exempt ones bypass it', () => {
    const cooling = { state: S.WARM, locked: false, cooldownUntil: at(1) };
    expect(decide(cooling, [cand(E.EVENT_TALENTFLOW_MOVE)], [], at(0, 23), D)).toMatchObject({ kind: 'hold', to: S.TALENTFLOW_WARM });
    expect(decide(cooling, [cand(E.EVENT_TALENTFLOW_MOVE)], [], at(1), D)).toMatchObject({ kind: 'apply', bypassed: false });
    for (const e of [E.EVENT_APPOINTMENT, E.EVENT_UNSUBSCRIBE, E.EVENT_HARD_BOUNCE]) {
      expect(decide(cooling, [cand(e)], [], at(0, 1), D)).toMatchObject({ kind: 'apply', bypassed: true, inCooldown: true });
    }
    expect(decide(cooling, [cand(E.EVENT_MANUAL_OVERRIDE, { to: S.SUSPECT })], [], at(0, 1), D)).toMatchObject({ kind: 'apply', to: S.SUSPECT, bypassed: true });
    // Held events compete only once the cooldown is over.
    expect(decide(cooling, [], [cand(E.EVENT_TALENTFLOW_MOVE, { heldEventId: 'h' })], at(0, 2), D)).toEqual({ kind: 'none', reason: 'no_event' });
  });

  it('moves a locked person only by unsubscribe, hard bounce and override', () => {
    const locked = { state: S.WARM, locked: true, cooldownUntil: null };
    expect(decide(locked, [cand(E.EVENT_APPOINTMENT)], [], at(0), D)).toEqual({ kind: 'none', reason: 'locked' });
    expect(decide(locked, [cand(E.EVENT_UNSUBSCRIBE)], [], at(0), D)).toMatchObject({ kind: 'apply', to: S.UNSUBSCRIBED });
    expect(decide(locked, [cand(E.EVENT_HARD_BOUNCE)], [], at(0), D)).toMatchObject({ kind: 'apply', to: S.DISQUALIFIED });
  });
});

describe('time rules', () => {
  const base: TimeSnapshot = {
    state: S.WARM,
    locked: false,
    enteredSuspectTs: at(-10),
    lastStateChangeTs: at(0),
    lastEngagementTs: at(0),
    cooldownUntil: at(1),
    reengagementCycle: 0,
    lastReengagementTs: null,
    heldPriority: null,
    latestOpenMeetingTs: null,
  };

  it('inactivity: due 30 days after the later of the last engagement and the last change (29 days: not yet)', () => {
    expect(nextDue(base, D)).toEqual({ rule: 'inactivity', at: at(30) });
    expect(nextDue({ ...base, lastEngagementTs: at(2) }, D)).toEqual({ rule: 'inactivity', at: at(32) });
    expect(nextDue({ ...base, state: S.TALENTFLOW_WARM }, D)?.rule).toBe('inactivity');
    expect(nextDue({ ...base, state: S.SUSPECT }, D)).toBeNull();
    expect(nextDue({ ...base, state: S.CLIENT }, D)).toBeNull();
    expect(nextDue({ ...base, locked: true }, D)).toBeNull();
  });

  it('an APPOINTMENT person with a meeting on the calendar is not inactive until 30 days after it', () => {
    expect(nextDue({ ...base, state: S.APPOINTMENT, latestOpenMeetingTs: at(20) }, D)).toEqual({ rule: 'inactivity', at: at(50) });
    expect(nextDue({ ...base, state: S.APPOINTMENT, latestOpenMeetingTs: null }, D)).toEqual({ rule: 'inactivity', at: at(30) });
  });

  it('re-engagement: cycles after 60, 75 and 90 days, exhaustion 30 days after the third', () => {
    const r = { ...base, state: S.REENGAGEMENT, lastReengagementTs: at(0) };
    expect(nextDue(r, D)).toEqual({ rule: 'reengagement_trigger', at: at(60) });
    expect(nextDue({ ...r, reengagementCycle: 1, lastReengagementTs: at(60) }, D)).toEqual({ rule: 'reengagement_trigger', at: at(135) });
    expect(nextDue({ ...r, reengagementCycle: 2, lastReengagementTs: at(135) }, D)).toEqual({ rule: 'reengagement_trigger', at: at(225) });
    expect(nextDue({ ...r, reengagementCycle: 3, lastReengagementTs: at(225) }, D)).toEqual({ rule: 'reengagement_exhausted', at: at(255) });
  });

  it('held events fall due when the cooldown ends, before later rules', () => {
    expect(nextDue({ ...base, heldPriority: 80 }, D)).toEqual({ rule: 'held', at: at(1) });
  });
});

describe('meetings and signals', () => {
  it('allows meeting actions only from a meeting still on the calendar', () => {
    expect(appointmentAfter('scheduled', 'confirm')).toBe('confirmed');
    expect(appointmentAfter('confirmed', 'confirm')).toBeNull();
    expect(appointmentAfter('rescheduled', 'complete')).toBe('completed');
    for (const done of ['completed', 'no_show', 'cancelled'] as const) {
      for (const action of ['confirm', 'reschedule', 'complete', 'no_show', 'cancel'] as const) expect(appointmentAfter(done, action)).toBeNull();
    }
  });

  it('schedules follow-ups: no-show +2 days, held and not negative +7 days, negative none', () => {
    expect(followUpFor({ status: 'no_show' }, T0, D)).toEqual({ scheduled: true, date: at(2) });
    expect(followUpFor({ status: 'completed', outcome: 'positive' }, T0, D)).toEqual({ scheduled: true, date: at(7) });
    expect(followUpFor({ status: 'completed', outcome: 'no_decision' }, T0, D)).toEqual({ scheduled: true, date: at(7) });
    expect(followUpFor({ status: 'completed', outcome: 'negative' }, T0, D)).toEqual({ scheduled: false, date: null });
    expect(followUpFor({ status: 'cancelled' }, T0, D)).toEqual({ scheduled: false, date: null });
    expect(followUpFor({ status: 'completed', outcome: 'negative' }, T0, D, at(3))).toEqual({ scheduled: true, date: at(3) });
  });

  it('refuses a job change to the same company, and keeps a signal fresh for 90 days', () => {
    expect(sameCompanyJobChange({ signalType: 'job_change', oldCompanyId: 'A', newCompanyId: 'a' })).toBe(true);
    expect(sameCompanyJobChange({ signalType: 'job_change', oldCompanyName: 'Acme  Inc', newCompanyName: 'acme inc' })).toBe(true);
    expect(sameCompanyJobChange({ signalType: 'promotion', oldCompanyId: 'a', newCompanyId: 'a' })).toBe(false);
    expect(sameCompanyJobChange({ signalType: 'job_change', oldCompanyId: 'a', newCompanyId: 'b' })).toBe(false);
    expect(isFreshSignal(at(0), at(89, 23), D)).toBe(true);
    expect(isFreshSignal(at(0), at(90), D)).toBe(false);
  });
});

describe('audit replay', () => {
  it('rebuilds state and funnel, and refuses a broken chain', () => {
    const moves = [
      { fromState: S.SUSPECT, toState: S.WARM, toFunnel: 'WARM_UNIVERSE', eventType: E.EVENT_REPLY },
      { fromState: S.WARM, toState: S.APPOINTMENT, toFunnel: 'WARM_UNIVERSE', eventType: E.EVENT_APPOINTMENT },
    ];
    expect(replayMovements(moves)).toEqual({ state: S.APPOINTMENT, funnel: 'WARM_UNIVERSE' });
    expect(() => replayMovements([moves[1]!])).toThrow(/starts in WARM/);
    expect(() => replayMovements([{ ...moves[0]!, eventType: E.EVENT_INACTIVITY_30D }])).toThrow(/not allowed/);
  });
});
