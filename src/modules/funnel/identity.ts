// Deterministic lifecycle ids. A contact row exists once per offer, but the person behind it is
// one person: the funnel's person_id is derived from the normalized email, and its company_id from
// the normalized domain, so the link between outreach and lifecycle needs no master table and is
// idempotent. The ids are name-based UUIDs (RFC 9562 version 8) over SHA-256, because PostgreSQL
// has sha256() built in (no extension) and the SQL twins funnel.person_id_for_email and
// funnel.company_id_for_domain must compute exactly the same values.
import { createHash } from 'node:crypto';
import { normalizeDomain, normalizeEmail } from '../common/normalize.js';

/** A version-8 UUID from the first 16 bytes of SHA-256(name). */
export function nameUuid(name: string): string {
  const bytes = createHash('sha256').update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80; // version 8
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The lifecycle person id for an email address (null when the email is blank). */
export function personIdForEmail(email: string | null | undefined): string | null {
  const normalized = normalizeEmail(email);
  return normalized ? nameUuid(`gtm-graph:person:${normalized}`) : null;
}

/** The lifecycle company id for a domain or URL (null when blank). */
export function companyIdForDomain(domain: string | null | undefined): string | null {
  const normalized = normalizeDomain(domain);
  return normalized ? nameUuid(`gtm-graph:company:${normalized}`) : null;
}
