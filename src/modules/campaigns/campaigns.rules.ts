// Pure rules for campaigns: the structured slug, the status machine, the send window, and who may
// be enrolled (the 60-day rule across offers, do-not-contact, bounces, readiness). The SQL that
// applies the enrolment rule to many contacts at once (eligibility.sql.ts) mirrors
// enrolmentSkipReason case by case; a test runs one table of cases through both.
import type { FieldProblem } from '../../errors.js';
import type {
  AccountTypeValue,
  CampaignChannelValue,
  CampaignStatusValue,
  CampaignTypeValue,
  ContactStatusValue,
} from '../common/enums.js';
import { slugify } from '../offers/offers.rules.js';

// ───────────────────────────── slug ─────────────────────────────

/** The {type} part of a slug: "cold" for cold outreach, "networking" for networking. */
export const CAMPAIGN_TYPE_CODES: Record<CampaignTypeValue, string> = { cold_outreach: 'cold', networking: 'networking' };

export const MAX_SLUG_LENGTH = 200;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface SlugParts {
  campaignType: CampaignTypeValue;
  /** The offer's slug. */
  offer: string | null;
  channel: CampaignChannelValue;
  /** targetCriteria.signal */
  signal: string | null | undefined;
  /** targetCriteria.icp_target */
  icp: string | null | undefined;
  /** Name of the primary sending account (or the first listed one). */
  account: string | null | undefined;
}

/**
 * `{type}-{offer}-{channel}-{signal}-{icp}-{account}`, each part slugified ("Hiring 2+ SDRs" →
 * "hiring-2-sdrs"). Every part is required; the problems name the input field to fix.
 */
export function buildCampaignSlug(parts: SlugParts): { slug: string } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const piece = (value: string | null | undefined, path: string, what: string) => {
    const s = slugify(value ?? '');
    if (!s) problems.push({ path, message: `${what} is required for the campaign slug and must contain a letter or digit` });
    return s;
  };
  const slug = [
    CAMPAIGN_TYPE_CODES[parts.campaignType],
    piece(parts.offer, 'offerId', 'the offer slug'),
    parts.channel,
    piece(parts.signal, 'targetCriteria.signal', 'the signal'),
    piece(parts.icp, 'targetCriteria.icpTarget', 'the ICP target'),
    piece(parts.account, 'accountId', 'a sending account'),
  ].join('-');
  if (problems.length) return { problems };
  const invalid = validateCampaignSlug(slug);
  return invalid ? { problems: [invalid] } : { slug };
}

/** Null when `slug` is a well-formed campaign slug, else the problem. */
export function validateCampaignSlug(slug: string): FieldProblem | null {
  if (slug.length > MAX_SLUG_LENGTH) {
    return { path: 'campaignSlug', message: `is ${slug.length} characters long; at most ${MAX_SLUG_LENGTH}` };
  }
  if (!SLUG.test(slug)) return { path: 'campaignSlug', message: 'must be lower-case letters and digits joined by single hyphens' };
  if (slug.split('-').length < 6) return { path: 'campaignSlug', message: 'must have the six parts type-offer-channel-signal-icp-account' };
  return null;
}

/** Which account types a channel may send from. */
export function accountFitsChannel(channel: CampaignChannelValue, accountType: AccountTypeValue): boolean {
  return channel === 'multi' || channel === accountType;
}

// ───────────────────────────── status machine ─────────────────────────────

/**
 * draft ⇄ ready → active ⇄ paused → completed; cancelled from any state but completed.
 * Completed and cancelled are final.
 */
export const CAMPAIGN_TRANSITIONS: Record<CampaignStatusValue, readonly CampaignStatusValue[]> = {
  draft: ['ready', 'cancelled'],
  ready: ['draft', 'active', 'cancelled'],
  active: ['paused', 'completed', 'cancelled'],
  paused: ['active', 'completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export function canMoveCampaign(from: CampaignStatusValue, to: CampaignStatusValue): boolean {
  return CAMPAIGN_TRANSITIONS[from].includes(to);
}

export function campaignStatusesBefore(to: CampaignStatusValue): CampaignStatusValue[] {
  return (Object.keys(CAMPAIGN_TRANSITIONS) as CampaignStatusValue[]).filter((from) => canMoveCampaign(from, to));
}

/** What a status change does to the campaign's queued sends. */
export type QueueEffect = 'hold' | 'release' | 'cancel' | 'none';

export function queueEffect(from: CampaignStatusValue, to: CampaignStatusValue): QueueEffect {
  if (to === 'paused') return 'hold';
  if (to === 'active' && from === 'paused') return 'release';
  if (to === 'cancelled' || to === 'completed') return 'cancel';
  return 'none';
}

/** Enrolment is open until the campaign is over. */
export const ENROLLABLE_STATUSES: readonly CampaignStatusValue[] = ['draft', 'ready', 'active', 'paused'];

// ───────────────────────────── send window ─────────────────────────────

/** "09:00" or "09:00:00" → seconds since midnight; null when not a time of day. */
export function secondsOfDay(time: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?(?:Z)?$/.exec(time);
  if (!m) return null;
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
}

/** A send window within one day (start before end), on at least one weekday 1 (Monday) … 7. */
export function checkSendWindow(start: string, end: string, days: readonly number[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const s = secondsOfDay(start);
  const e = secondsOfDay(end);
  if (s === null) problems.push({ path: 'sendWindowStart', message: 'must be a time of day (HH:MM)' });
  if (e === null) problems.push({ path: 'sendWindowEnd', message: 'must be a time of day (HH:MM)' });
  if (s !== null && e !== null && s >= e) {
    problems.push({ path: 'sendWindowEnd', message: 'must be after sendWindowStart (windows cannot span midnight)' });
  }
  if (days.length === 0) problems.push({ path: 'sendDays', message: 'must name at least one day' });
  if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
    problems.push({ path: 'sendDays', message: 'days are 1 (Monday) to 7 (Sunday)' });
  }
  return problems;
}

// ───────────────────────────── enrolment eligibility ─────────────────────────────

/** No new cold outreach to a person within this many hours (60 days) of the last send to them. */
export const COOLDOWN_HOURS = 60 * 24;
const COOLDOWN_MS = COOLDOWN_HOURS * 3600 * 1000;

export const SKIP_REASONS = [
  'NOT_FOUND',
  'OTHER_OFFER',
  'ALREADY_ENROLLED',
  'DO_NOT_CONTACT',
  'BOUNCED',
  'EXCLUDED',
  'NO_EMAIL',
  'EMAIL_INVALID',
  'NO_LINKEDIN',
  'NO_ADDRESS',
  'NOT_READY',
  'SKIPPED',
  'FIRST_DEGREE',
  'ALREADY_CONTACTED',
  'CONTACTED_RECENTLY',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** What enrolment needs to know about one candidate contact. */
export interface EnrolmentFacts {
  /** The contact row exists. */
  exists: boolean;
  /** It belongs to the campaign's offer. */
  sameOffer: boolean;
  /** It is already enrolled in this campaign. */
  alreadyEnrolled: boolean;
  /** The person (this row, or any row with the same normalized email or LinkedIn URL) is do-not-contact. */
  doNotContact: boolean;
  status: ContactStatusValue | string;
  skipReason: string | null;
  connectionDegree: number | null;
  alreadyContacted: boolean;
  eligibleForOutreach: boolean;
  hasEmail: boolean;
  emailInvalid: boolean;
  hasLinkedin: boolean;
  /** The latest send to the person from any offer (by contact row, normalized email or LinkedIn URL). */
  lastSentAt: Date | null;
}

/** True when the person was sent to less than 60 days (1440 hours) before `now`. */
export function contactedRecently(lastSentAt: Date | null, now: Date): boolean {
  return lastSentAt !== null && lastSentAt.getTime() > now.getTime() - COOLDOWN_MS;
}

/**
 * Why a contact may not be enrolled in a campaign of `channel` at `now`, or null when it may. The
 * first reason that applies wins, in the order of SKIP_REASONS. Readiness follows contacts_ready:
 * ready or enriched, no skip reason, not a 1st-degree connection, not yet contacted for this
 * offer, not excluded by hand.
 */
export function enrolmentSkipReason(f: EnrolmentFacts, channel: CampaignChannelValue, now: Date): SkipReason | null {
  if (!f.exists) return 'NOT_FOUND';
  if (!f.sameOffer) return 'OTHER_OFFER';
  if (f.alreadyEnrolled) return 'ALREADY_ENROLLED';
  if (f.doNotContact) return 'DO_NOT_CONTACT';
  if (f.status === 'bounced') return 'BOUNCED';
  if (!f.eligibleForOutreach) return 'EXCLUDED';
  const usableEmail = f.hasEmail && !f.emailInvalid;
  if (channel === 'email') {
    if (!f.hasEmail) return 'NO_EMAIL';
    if (f.emailInvalid) return 'EMAIL_INVALID';
  } else if (channel === 'linkedin') {
    if (!f.hasLinkedin) return 'NO_LINKEDIN';
  } else if (!usableEmail && !f.hasLinkedin) {
    return f.hasEmail ? 'EMAIL_INVALID' : 'NO_ADDRESS';
  }
  if (f.status !== 'ready' && f.status !== 'enriched') return 'NOT_READY';
  if (f.skipReason !== null) return 'SKIPPED';
  if (f.connectionDegree === 1) return 'FIRST_DEGREE';
  if (f.alreadyContacted) return 'ALREADY_CONTACTED';
  if (contactedRecently(f.lastSentAt, now)) return 'CONTACTED_RECENTLY';
  return null;
}
