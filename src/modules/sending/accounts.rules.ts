// Pure rules for sending accounts: which status changes are allowed, and when warm-up may start.
import type { AccountStatusValue } from '../common/enums.js';

/**
 * Any status may change to any other, except that `warming` is entered through warm-up (which
 * records when it started, the start of the ramp): setting it directly is allowed only for an
 * account that has a warm-up start already (a paused warming account resuming).
 */
export function accountStatusChangeProblem(
  from: AccountStatusValue,
  to: AccountStatusValue,
  warmingStartedAt: Date | null,
): string | null {
  if (from === to) return `the account is already ${to}`;
  if (to === 'warming' && warmingStartedAt === null) return 'start warm-up with startAccountWarming';
  return null;
}

/** Warm-up starts once, from an account that is active or paused. */
export const WARMUP_START_FROM: readonly AccountStatusValue[] = ['active', 'paused'];
