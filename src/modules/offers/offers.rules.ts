// Pure rules for offers: slugs, the status machine, company qualification.
import type { CompanyStatusValue, OfferStatusValue } from '../common/enums.js';

/** A URL-friendly slug: lower-case ASCII words joined by hyphens ("AI Sales Coach!" → "ai-sales-coach"). */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/** The slug to use when `base` is taken by `taken` (base, base-2, base-3, …). */
export function nextFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

// ───────────────────────────── offer status machine ─────────────────────────────

/**
 * draft → ready → active ⇄ paused → completed; any state but killed → killed. Completing goes
 * through paused (the design's chain), so an offer is stopped before it is closed.
 */
export const OFFER_TRANSITIONS: Record<OfferStatusValue, readonly OfferStatusValue[]> = {
  draft: ['ready', 'killed'],
  ready: ['active', 'killed'],
  active: ['paused', 'killed'],
  paused: ['active', 'completed', 'killed'],
  completed: ['killed'],
  killed: [],
};

export function canMoveOffer(from: OfferStatusValue, to: OfferStatusValue): boolean {
  return OFFER_TRANSITIONS[from].includes(to);
}

/** The statuses an offer may be in to move to `to`. */
export function offerStatusesBefore(to: OfferStatusValue): OfferStatusValue[] {
  return (Object.keys(OFFER_TRANSITIONS) as OfferStatusValue[]).filter((from) => canMoveOffer(from, to));
}

// ───────────────────────────── company qualification ─────────────────────────────

/** A company can be qualified or disqualified while nobody has been contacted there yet. */
export const QUALIFIABLE_FROM: readonly CompanyStatusValue[] = ['new', 'qualified', 'disqualified'];

export function canQualify(from: CompanyStatusValue, to: 'qualified' | 'disqualified'): boolean {
  return from !== to && QUALIFIABLE_FROM.includes(from);
}
