// Table tests of the pure send rules: the send window across DST in both directions, backoff,
// templates, contact and account verdicts, rotation.
import { describe, expect, it } from 'vitest';
import {
  accountVerdict,
  backoffDelayMs,
  contactVerdict,
  isInSendWindow,
  nextSendTime,
  renderTemplate,
  rotateAccounts,
  type SendWindow,
} from '../../src/modules/sending/sending.rules.js';

const NY: SendWindow = { timezone: 'America/New_York', startSeconds: 9 * 3600, endSeconds: 17 * 3600, days: [1, 2, 3, 4, 5] };
const BERLIN: SendWindow = { timezone: 'Europe/Berlin', startSeconds: 8 * 3600 + 1800, endSeconds: 12 * 3600, days: [1, 2, 3, 4, 5, 6, 7] };

describe('send window', () => {
  it.each([
    ['Friday after hours → Monday 09:00 EDT (DST began Sunday)', NY, '2030-03-08T22:30:00Z', '2030-03-11T13:00:00.000Z'],
    ['Friday after hours → Monday 09:00 EST (DST ended Sunday)', NY, '2030-11-01T21:30:00Z', '2030-11-04T14:00:00.000Z'],
    ['inside the window stays', NY, '2030-03-11T15:00:00Z', '2030-03-11T15:00:00.000Z'],
    ['before opening → opening the same day', NY, '2030-03-11T12:00:00Z', '2030-03-11T13:00:00.000Z'],
    ['Berlin, Saturday before DST starts Sunday → Sunday 08:30 CEST', BERLIN, '2030-03-30T11:00:00Z', '2030-03-31T06:30:00.000Z'],
  ])('%s', (_name, w, at, expected) => {
    expect(nextSendTime(new Date(at), w).toISOString()).toBe(expected);
  });

  it.each([
    ['2030-03-11T12:59:59Z', false],
    ['2030-03-11T13:00:00Z', true],
    ['2030-03-11T20:59:59Z', true],
    ['2030-03-11T21:00:00Z', false],
    ['2030-03-09T15:00:00Z', false],
  ])('at %s in New York: %s', (at, inside) => {
    expect(isInSendWindow(new Date(at), NY)).toBe(inside);
  });
});

describe('backoff', () => {
  it('doubles from the base and stops at the maximum', () => {
    const s = { baseMs: 60_000, maxMs: 300_000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelayMs(n, s))).toEqual([60_000, 120_000, 240_000, 300_000, 300_000]);
  });
});

describe('templates', () => {
  it('renders variables and refuses missing ones by name', () => {
    expect(renderTemplate('Hi {{ first_name }} at {{company}}', { first_name: 'Ada', company: 'Acme' })).toEqual({
      ok: true,
      text: 'Hi Ada at Acme',
      used: { first_name: 'Ada', company: 'Acme' },
    });
    expect(renderTemplate('Hi {{first_name}} from {{offer}} {{ company }}', { first_name: ' ', company: null })).toEqual({
      ok: false,
      missing: ['company', 'first_name', 'offer'],
    });
  });
});

describe('verdicts', () => {
  const now = new Date('2030-01-07T12:00:00Z');
  const clean = { doNotContact: false, bounced: false, lifecycleBlock: null, lastSendWithin60Days: null, sequenceStopped: null };
  it.each([
    ['eligible', clean, 1, { ok: true }],
    ['do not contact', { ...clean, doNotContact: true }, 2, { ok: false, action: 'skip', reason: 'do_not_contact' }],
    ['re-engagement exhausted, first touch', { ...clean, lifecycleBlock: 'reengagement_exhausted' }, 1, { ok: false, action: 'skip', reason: 'reengagement_exhausted' }],
    ['re-engagement exhausted, follow-up', { ...clean, lifecycleBlock: 'reengagement_exhausted' }, 2, { ok: true }],
    ['sent 10 days ago, follow-up', { ...clean, lastSendWithin60Days: new Date('2029-12-28T12:00:00Z') }, 2, { ok: true }],
  ] as const)('contact: %s', (_n, facts, step, expected) => {
    expect(contactVerdict(facts, step, now)).toMatchObject(expected);
  });

  it('a first touch 10 days after another send waits for day 60', () => {
    const v = contactVerdict({ ...clean, lastSendWithin60Days: new Date('2029-12-28T12:00:00Z') }, 1, now);
    expect(v).toEqual({ ok: false, action: 'reschedule', reason: 'contacted_within_60_days', at: new Date('2030-02-26T12:00:00Z') });
  });

  const account = { status: 'active', healthScore: 90, todayCount: 0, dailyCap: 40, hourlyLimit: 10, lastHourCount: 0, oldestInLastHour: null, lastActionAt: null };
  const pacing = { minGapMs: 360_000, gapJitterMs: 120_000 };
  it.each([
    ['ok', account, true, null],
    ['paused', { ...account, status: 'paused' }, false, 'account_paused'],
    ['health 29', { ...account, healthScore: 29 }, false, 'account_health_low'],
    ['at the cap', { ...account, todayCount: 40 }, false, 'daily_cap_reached'],
    ['at the hourly limit', { ...account, lastHourCount: 10 }, false, 'hourly_limit_reached'],
    ['5 minutes after the last send', { ...account, lastActionAt: new Date(now.getTime() - 300_000) }, false, 'minimum_gap'],
  ] as const)('account: %s', (_n, a, ok, reason) => {
    const v = accountVerdict(a, now, pacing, 0.5);
    expect(v.ok).toBe(ok);
    if (!v.ok) expect(v.reason).toBe(reason);
  });

  it('the minimum gap adds jitter', () => {
    const v = accountVerdict({ ...account, lastActionAt: now }, now, pacing, 0.5);
    expect(v).toEqual({ ok: false, reason: 'minimum_gap', at: new Date(now.getTime() + 360_000 + 60_000) });
  });
});

describe('rotation', () => {
  it('round-robins over accounts with capacity and never exceeds it', () => {
    expect(rotateAccounts([{ id: 'a', capacity: 1 }, { id: 'b', capacity: 3 }, { id: 'c', capacity: 0 }], 5)).toEqual(['a', 'b', 'b', 'b', null]);
  });
});
