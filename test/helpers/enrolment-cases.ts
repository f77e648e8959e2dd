// The enrolment rule as a table, shared by the pure-function test and the SQL-twin test:
// [case, facts that differ from a ready contact, channel, expected reason or null].
import type { EnrolmentFacts } from '../../src/modules/campaigns/campaigns.rules.js';

export const NOW = new Date('2026-06-15T12:00:00Z');
export const DAY = 24 * 3600 * 1000;
export const ready: EnrolmentFacts = {
  exists: true,
  sameOffer: true,
  alreadyEnrolled: false,
  doNotContact: false,
  status: 'ready',
  skipReason: null,
  connectionDegree: 2,
  alreadyContacted: false,
  eligibleForOutreach: true,
  hasEmail: true,
  emailInvalid: false,
  hasLinkedin: true,
  lastSentAt: null,
};

/** The enrolment table: [case, facts that differ from a ready contact, channel, expected reason]. */
export const ENROLMENT_CASES: [string, Partial<EnrolmentFacts>, 'email' | 'linkedin' | 'multi', string | null][] = [
  ['a ready contact', {}, 'email', null],
  ['an enriched contact', { status: 'enriched' }, 'email', null],
  ['no connection degree known', { connectionDegree: null }, 'linkedin', null],
  ['missing', { exists: false }, 'email', 'NOT_FOUND'],
  ['of another offer', { sameOffer: false }, 'email', 'OTHER_OFFER'],
  ['already enrolled', { alreadyEnrolled: true }, 'email', 'ALREADY_ENROLLED'],
  ['do-not-contact', { doNotContact: true }, 'email', 'DO_NOT_CONTACT'],
  ['bounced', { status: 'bounced' }, 'email', 'BOUNCED'],
  ['excluded by hand', { eligibleForOutreach: false }, 'email', 'EXCLUDED'],
  ['no email, email campaign', { hasEmail: false }, 'email', 'NO_EMAIL'],
  ['invalid email, email campaign', { emailInvalid: true }, 'email', 'EMAIL_INVALID'],
  ['invalid email, LinkedIn campaign', { emailInvalid: true }, 'linkedin', null],
  ['no LinkedIn, LinkedIn campaign', { hasLinkedin: false }, 'linkedin', 'NO_LINKEDIN'],
  ['no LinkedIn, multi campaign', { hasLinkedin: false }, 'multi', null],
  ['invalid email and no LinkedIn, multi', { emailInvalid: true, hasLinkedin: false }, 'multi', 'EMAIL_INVALID'],
  ['neither address, multi', { hasEmail: false, hasLinkedin: false }, 'multi', 'NO_ADDRESS'],
  ['new (not ready)', { status: 'new' }, 'email', 'NOT_READY'],
  ['queued elsewhere', { status: 'queued' }, 'email', 'NOT_READY'],
  ['with a skip reason', { skipReason: 'no_email' }, 'email', 'SKIPPED'],
  ['1st degree', { connectionDegree: 1 }, 'linkedin', 'FIRST_DEGREE'],
  ['already contacted for this offer', { alreadyContacted: true }, 'email', 'ALREADY_CONTACTED'],
  ['sent to 59 days ago', { lastSentAt: new Date(NOW.getTime() - 59 * DAY) }, 'email', 'CONTACTED_RECENTLY'],
  ['sent to 1 minute ago', { lastSentAt: new Date(NOW.getTime() - 60_000) }, 'email', 'CONTACTED_RECENTLY'],
  ['sent to exactly 60 days ago', { lastSentAt: new Date(NOW.getTime() - 60 * DAY) }, 'email', null],
  ['sent to 61 days ago', { lastSentAt: new Date(NOW.getTime() - 61 * DAY) }, 'email', null],
  ['do-not-contact wins over bounced', { doNotContact: true, status: 'bounced' }, 'email', 'DO_NOT_CONTACT'],
];

