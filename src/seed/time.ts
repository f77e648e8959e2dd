// Time for the demo data: everything is placed relative to one "now" (an option, so the same seed
// and the same now give the same data). Campaigns send inside their own window, on their own days,
// in their own time zone, so local days are computed per zone; offsets are cached per zone and
// UTC day because Intl is slow and only daylight-saving days change them.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, number>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's offset from UTC in ms at an instant (positive east of Greenwich). */
export function zoneOffset(zone: string, at: number): number {
  const parts = formatter(zone).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(at / 1000) * 1000;
}

/** The offset at local noon of a local day (the day count since 1970-01-01 in that zone). */
function offsetForLocalDay(zone: string, localDay: number): number {
  const key = `${zone}|${localDay}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    const guess = localDay * DAY + 12 * HOUR;
    offset = zoneOffset(zone, guess - zoneOffset(zone, guess));
    offsetCache.set(key, offset);
  }
  return offset;
}

/** The local day (days since 1970-01-01 in the zone) an instant falls on. */
export function localDay(zone: string, at: number): number {
  const approx = Math.floor((at + offsetForLocalDay(zone, Math.floor(at / DAY))) / DAY);
  return Math.floor((at + offsetForLocalDay(zone, approx)) / DAY);
}

/** The instant of a local wall-clock time (ms after local midnight) on a local day. */
export function localTime(zone: string, day: number, msAfterMidnight: number): number {
  return day * DAY + msAfterMidnight - offsetForLocalDay(zone, day);
}

/** ISO weekday of a local day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** "HH:MM" → ms after midnight. */
export function clock(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * HOUR + m! * MINUTE;
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** "YYYY-MM-DD" of an instant in UTC. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
