// The deduplication key of an engagement event: the same provider event delivered twice must be
// stored once (engagement_events.event_hash is unique). The SQL twin funnel.generate_event_hash
// computes exactly the same value, so a hash computed by the application and one computed in the
// database can be compared; a test proves it, in several session time zones.
//
// Canonical string (fields joined by "|"):
//   gtm-graph:event:v1 | person uuid | event type | source system | source email id | hour
// - hour: the event time truncated to the hour in UTC, as YYYY-MM-DDTHH:00:00Z. Never a local or
//   session time zone (the original hash changed with the session's TimeZone setting).
// - null and undefined are empty strings.
// - in the two free-text fields "\" becomes "\\" and "|" becomes "\|", so different inputs can
//   never produce the same string.
import { createHash } from 'node:crypto';
import type { EventType } from '../../generated/prisma/enums.js';

const VERSION = 'gtm-graph:event:v1';

/**
 * SHA-256 (64 lower-case hex digits) of the event's canonical string. `eventTs` is a Date or an
 * ISO 8601 string with an offset (a string without one would be read in the process's zone).
 */
export function generateEventHash(
  personId: string | null | undefined,
  eventType: EventType | null | undefined,
  sourceSystem: string | null | undefined,
  sourceEmailId: string | null | undefined,
  eventTs: Date | string | null | undefined,
): string {
  return createHash('sha256').update(eventHashCanonical(personId, eventType, sourceSystem, sourceEmailId, eventTs), 'utf8').digest('hex');
}

/** The string generateEventHash hashes (exported for tests and debugging). */
export function eventHashCanonical(
  personId: string | null | undefined,
  eventType: EventType | null | undefined,
  sourceSystem: string | null | undefined,
  sourceEmailId: string | null | undefined,
  eventTs: Date | string | null | undefined,
): string {
  return [
    VERSION,
    personId ? canonicalUuid(personId) : '',
    eventType ?? '',
    escapeField(sourceSystem),
    escapeField(sourceEmailId),
    eventTs == null ? '' : utcHour(eventTs),
  ].join('|');
}

function escapeField(value: string | null | undefined): string {
  return (value ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

/** PostgreSQL's text form of a uuid: lower-case, hyphenated (accepts braces and no hyphens). */
function canonicalUuid(value: string): string {
  const hex = value.trim().toLowerCase().replace(/^\{|\}$/g, '').replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/.test(hex)) throw new TypeError(`not a UUID: ${value}`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function utcHour(value: Date | string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new TypeError(`not a time: ${String(value)}`);
  return `${date.toISOString().slice(0, 13)}:00:00Z`;
}
