// Pure rules of the send path: the campaign's send window in its own time zone (DST-correct, via
// luxon), retry backoff, template rendering, the checks a claimed item must pass before it is
// sent, and account rotation. The worker (worker/queue.service.ts) and the scheduler
// (schedule.service.ts) apply them; test/sending/rules.test.ts tests them case by case.
import { DateTime } from 'luxon';

// ───────────────────────────── send window ─────────────────────────────

export interface SendWindow {
  /** Seconds since local midnight when sending may start (inclusive). */
  startSeconds: number;
  /** Seconds since local midnight when sending stops (exclusive). */
  endSeconds: number;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: readonly number[];
  /** IANA time zone of the campaign. */
  timezone: string;
}

/** "09:00:00" (a PostgreSQL time) → seconds since midnight. */
export function timeToSeconds(time: string): number {
  const [h = '0', m = '0', s = '0'] = time.split(':');
  return Number(h) * 3600 + Number(m) * 60 + Math.floor(Number(s));
}

function local(at: Date, zone: string): DateTime {
  const dt = DateTime.fromJSDate(at, { zone });
  if (!dt.isValid) throw new Error(`unknown time zone ${zone}`);
  return dt;
}

/** Whether `at` falls inside the window, on a send day, in the campaign's time zone. */
export function isInSendWindow(at: Date, w: SendWindow): boolean {
  const t = local(at, w.timezone);
  const seconds = t.hour * 3600 + t.minute * 60 + t.second;
  return w.days.includes(t.weekday) && seconds >= w.startSeconds && seconds < w.endSeconds;
}

/** A wall-clock time of a local day as an instant (a time skipped by DST moves forward). */
function atLocal(day: DateTime, seconds: number): DateTime {
  return day.set({ hour: Math.floor(seconds / 3600), minute: Math.floor((seconds % 3600) / 60), second: seconds % 60, millisecond: 0 });
}

/**
 * The first instant at or after `at` inside the window: `at` itself when it is inside, else the
 * next window opening on a send day (in the campaign's zone, across DST changes).
 */
export function nextSendTime(at: Date, w: SendWindow): Date {
  if (w.days.length === 0) throw new Error('a send window needs at least one day');
  const t = local(at, w.timezone);
  for (let d = 0; d <= 8; d += 1) {
    const day = t.startOf('day').plus({ days: d });
    if (!w.days.includes(day.weekday)) continue;
    const start = atLocal(day, w.startSeconds);
    const end = atLocal(day, w.endSeconds);
    if (at.getTime() < end.toMillis()) return at.getTime() < start.toMillis() ? start.toJSDate() : at;
  }
  throw new Error('no send day within a week');
}

/** The start of the local day `days` after the day of `at` in the zone, at the window opening. */
export function windowOpeningAfterDays(at: Date, days: number, w: SendWindow): Date {
  const day = local(at, w.timezone).startOf('day').plus({ days });
  return nextSendTime(atLocal(day, w.startSeconds).toJSDate(), w);
}

/** Midnight UTC after `at`: an account's "today" is the UTC day (see account_day in SQL). */
export function nextAccountDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() + 1));
}

// ───────────────────────────── retries ─────────────────────────────

export interface BackoffSettings {
  baseMs: number;
  maxMs: number;
}

/**
 * Delay before the next try after `attemptsMade` real attempts failed transiently:
 * base · 2^(attempts − 1), at most maxMs. Deterministic (no jitter), so a schedule can be checked.
 */
export function backoffDelayMs(attemptsMade: number, s: BackoffSettings): number {
  return Math.min(s.maxMs, s.baseMs * 2 ** Math.max(0, attemptsMade - 1));
}

/** What a failed attempt leads to. */
export function afterFailure(
  kind: 'transient' | 'permanent',
  attemptsMade: number,
  maxAttempts: number,
): 'retry' | 'give_up' {
  return kind === 'transient' && attemptsMade < maxAttempts ? 'retry' : 'give_up';
}

// ───────────────────────────── templates ─────────────────────────────

const VARIABLE = /\{\{\s*([a-zA-Z_][a-zA-Z0-9_.]*)\s*\}\}/g;

export type RenderResult = { ok: true; text: string; used: Record<string, string> } | { ok: false; missing: string[] };

/**
 * Replaces `{{variable}}` with its value. A variable with no value (missing, null or blank) is an
 * error naming it, never an empty string in a sent message.
 */
export function renderTemplate(template: string, vars: Record<string, string | null | undefined>): RenderResult {
  const missing = new Set<string>();
  const used: Record<string, string> = {};
  const text = template.replace(VARIABLE, (_m, name: string) => {
    const value = vars[name];
    if (value === undefined || value === null || value.trim() === '') {
      missing.add(name);
      return '';
    }
    used[name] = value;
    return value;
  });
  return missing.size ? { ok: false, missing: [...missing].sort() } : { ok: true, text, used };
}

// ───────────────────────────── claim checks ─────────────────────────────

export interface ContactFacts {
  doNotContact: boolean;
  bounced: boolean;
  /** funnel.cold_outreach_block_reason: unsubscribed, disqualified, bounced, reengagement_exhausted. */
  lifecycleBlock: string | null;
  /** Last send to the person from any offer within the last 60 days, by others than this sequence. */
  lastSendWithin60Days: Date | null;
  /** The enrolment's sequence is over (a reply, a bounce, an unsubscribe). */
  sequenceStopped: string | null;
}

export const COOLDOWN_MS = 60 * 24 * 3600 * 1000;

export type ContactVerdict = { ok: true } | { ok: false; action: 'skip'; reason: string } | { ok: false; action: 'reschedule'; at: Date; reason: string };

/**
 * Whether the contact may get this step now. Do-not-contact, bounces and lifecycle suppression
 * skip any step; the 60-day rule and the 180-day wait after an exhausted re-engagement apply to
 * first touches (step 1) only: later steps of the running sequence are follow-ups.
 */
export function contactVerdict(f: ContactFacts, step: number, now: Date): ContactVerdict {
  if (f.sequenceStopped) return { ok: false, action: 'skip', reason: f.sequenceStopped };
  if (f.doNotContact) return { ok: false, action: 'skip', reason: 'do_not_contact' };
  if (f.bounced) return { ok: false, action: 'skip', reason: 'bounced' };
  if (f.lifecycleBlock && f.lifecycleBlock !== 'reengagement_exhausted') return { ok: false, action: 'skip', reason: f.lifecycleBlock };
  if (step <= 1) {
    if (f.lifecycleBlock === 'reengagement_exhausted') return { ok: false, action: 'skip', reason: 'reengagement_exhausted' };
    if (f.lastSendWithin60Days) {
      return { ok: false, action: 'reschedule', at: new Date(f.lastSendWithin60Days.getTime() + COOLDOWN_MS), reason: 'contacted_within_60_days' };
    }
  }
  return { ok: true };
}

export interface AccountState {
  status: string;
  healthScore: number;
  /** Today's count of the counter this channel uses (0 when the stored day is over). */
  todayCount: number;
  /** Daily cap for the counter, warm-up ramp applied (account_row_daily_cap). */
  dailyCap: number;
  hourlyLimit: number;
  /** Successful sends in the last hour plus sends in flight. */
  lastHourCount: number;
  /** The oldest of the last hour's sends (when the hourly limit frees a slot). */
  oldestInLastHour: Date | null;
  lastActionAt: Date | null;
}

export interface PacingSettings {
  minGapMs: number;
  gapJitterMs: number;
}

export type AccountVerdict = { ok: true } | { ok: false; at: Date; reason: string };

/**
 * Whether the account may send one more now: status active or warming with health ≥ 30, under
 * its daily cap (warm-up aware) and hourly limit, and at least the minimum gap (plus jitter)
 * after its last send. Otherwise when to try again. `random` in [0, 1) picks the jitter.
 */
export function accountVerdict(a: AccountState, now: Date, p: PacingSettings, random: number): AccountVerdict {
  const jitter = Math.floor(random * p.gapJitterMs);
  if (!['active', 'warming'].includes(a.status)) return { ok: false, at: new Date(now.getTime() + 3600_000), reason: `account_${a.status}` };
  if (a.healthScore < 30) return { ok: false, at: new Date(now.getTime() + 3600_000), reason: 'account_health_low' };
  if (a.todayCount >= a.dailyCap) return { ok: false, at: new Date(nextAccountDay(now).getTime() + jitter), reason: 'daily_cap_reached' };
  if (a.lastHourCount >= a.hourlyLimit) {
    const base = a.oldestInLastHour ? a.oldestInLastHour.getTime() + 3600_000 : now.getTime() + 3600_000;
    return { ok: false, at: new Date(Math.max(base, now.getTime() + 1000) + jitter), reason: 'hourly_limit_reached' };
  }
  if (a.lastActionAt && now.getTime() - a.lastActionAt.getTime() < p.minGapMs) {
    return { ok: false, at: new Date(a.lastActionAt.getTime() + p.minGapMs + jitter), reason: 'minimum_gap' };
  }
  return { ok: true };
}

/** The account counter a channel uses (account_counter_for in SQL). */
export function counterFor(channel: string): 'emails' | 'connections' | 'messages' {
  if (channel === 'email') return 'emails';
  if (channel === 'linkedin_connect') return 'connections';
  return 'messages';
}

/** account_activity.action_type / messages.action_type of a channel. */
export function actionTypeFor(channel: string): 'email' | 'connection_request' | 'message' | 'inmail' {
  if (channel === 'email') return 'email';
  if (channel === 'linkedin_connect') return 'connection_request';
  if (channel === 'linkedin_inmail') return 'inmail';
  return 'message';
}

// ───────────────────────────── rotation ─────────────────────────────

export interface RotationAccount {
  id: string;
  /** Sends still available per day for the campaign's channel (cap minus what is booked). */
  capacity: number;
}

/**
 * Assigns each of `count` sends an account, round robin over the accounts that still have
 * capacity, so no account gets more than its capacity; null once every account is full.
 */
export function rotateAccounts(accounts: readonly RotationAccount[], count: number, offset = 0): (string | null)[] {
  const left = accounts.map((a) => ({ id: a.id, capacity: Math.max(0, a.capacity) }));
  const out: (string | null)[] = [];
  let cursor = offset;
  for (let i = 0; i < count; i += 1) {
    let chosen: string | null = null;
    for (let k = 0; k < left.length; k += 1) {
      const a = left[(cursor + k) % left.length]!;
      if (a.capacity > 0) {
        a.capacity -= 1;
        chosen = a.id;
        cursor = (cursor + k + 1) % left.length;
        break;
      }
    }
    out.push(chosen);
  }
  return out;
}
