// Sending capacity: every send is placed on a sending account's own grid of slots so the history
// honours the limits the send path enforces. Slots start at 09:00 local time (inside every
// campaign's window) and are 6½ minutes apart, which keeps the 6-minute minimum gap and at most
// 10 sends an hour; daily caps per action type and the warm-up ramp from warming_started_at
// (email 5/10/20/30, LinkedIn 5/10 → 10/20 → 15/30) cap each day. A day that is full pushes the
// send to the campaign's next sending day, as a real queue would.
import type { Account, Campaign, SequenceStep } from './catalog.js';
import type { Rng } from './random.js';
import { DAY, HOUR, MINUTE, clock, isoWeekday, localDay, localTime } from './time.js';

const FIRST_SLOT = 9 * HOUR;
const SLOT_GAP = 6.5 * MINUTE;
/** Slots that fit between 09:00 and 16:00, the part every campaign window shares. */
const MAX_SLOTS = Math.floor((7 * HOUR) / SLOT_GAP);

type Kind = 0 | 1 | 2; // email, connection, message/inmail

export interface Slot {
  account: Account;
  at: number;
  deferredDays: number;
}

export function emailCap(a: Account, day: number): number {
  if (a.warmingStartedAt !== null) {
    const week = Math.floor((day - localDay(a.zone, a.warmingStartedAt)) / 7) + 1;
    if (week <= 4) return Math.min(a.dailyEmails, [5, 10, 20, 30][week - 1]!);
  }
  return a.dailyEmails;
}

export function linkedinCaps(a: Account, day: number): [number, number] {
  if (a.warmingStartedAt !== null) {
    const week = Math.floor((day - localDay(a.zone, a.warmingStartedAt)) / 7) + 1;
    if (week <= 3) {
      const ramp = [
        [5, 10],
        [10, 20],
        [15, 30],
      ][week - 1]!;
      return [Math.min(a.dailyConnections, ramp[0]!), Math.min(a.dailyMessages, ramp[1]!)];
    }
  }
  return [a.dailyConnections, a.dailyMessages];
}

export class Allocator {
  private readonly used = new Map<number, Uint16Array>();
  deferrals = 0;
  failures = 0;

  constructor(private readonly baseDay: number) {}

  private counters(a: Account, day: number): Uint16Array {
    const key = a.index * 4096 + (day - this.baseDay);
    let c = this.used.get(key);
    if (!c) {
      c = new Uint16Array(4);
      this.used.set(key, c);
    }
    return c;
  }

  private fits(a: Account, day: number, kind: Kind): boolean {
    const dayStart = localTime(a.zone, day, 0);
    if (dayStart < (a.warmingStartedAt ?? a.connectedAt) - DAY) return false;
    if (a.warmingStartedAt !== null && localTime(a.zone, day, FIRST_SLOT) < a.warmingStartedAt) return false;
    const c = this.counters(a, day);
    if (c[0]! >= MAX_SLOTS) return false;
    const at = localTime(a.zone, day, FIRST_SLOT + c[0]! * SLOT_GAP + 30_000);
    if (a.activeUntil !== null && at > a.activeUntil) return false;
    if (kind === 0) return c[1]! < Math.min(emailCap(a, day), MAX_SLOTS);
    const [conn, msg] = linkedinCaps(a, day);
    return kind === 1 ? c[2]! < conn : c[3]! < msg;
  }

  /**
   * A slot for one step of a campaign on its first sending day at or after `earliest`.
   * `rotation` spreads contacts over the campaign's accounts.
   */
  allocate(campaign: Campaign, step: SequenceStep, earliest: number, rotation: number, rng: Rng): Slot | null {
    const kind: Kind = step.actionType === 'email' ? 0 : step.actionType === 'connection_request' ? 1 : 2;
    const type = kind === 0 ? 'email' : 'linkedin';
    const accounts = campaign.accounts.filter((a) => a.type === type);
    if (!accounts.length) return null;
    let day = localDay(campaign.zone, earliest);
    // Too late in the day for the window: start tomorrow.
    if (earliest > localTime(campaign.zone, day, clock(campaign.windowEnd) - HOUR)) day += 1;
    const firstDay = day;
    for (let tries = 0; tries < 21; tries += 1, day += 1) {
      if (!campaign.sendDays.includes(isoWeekday(day))) continue;
      for (let k = 0; k < accounts.length; k += 1) {
        const a = accounts[(rotation + k) % accounts.length]!;
        if (!this.fits(a, day, kind)) continue;
        const c = this.counters(a, day);
        const at = localTime(a.zone, day, FIRST_SLOT + c[0]! * SLOT_GAP) + rng.int(0, 30_000);
        c[0]! += 1;
        c[kind + 1]! += 1;
        if (kind === 2 && step.actionType === 'inmail') {
          // inmail counts against messages (already counted above)
        }
        if (day > firstDay) this.deferrals += 1;
        return { account: a, at, deferredDays: day - firstDay };
      }
    }
    this.failures += 1;
    return null;
  }
}
