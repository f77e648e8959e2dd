// Table tests of the pure campaign rules: slug, state machine, queue effect, send window and the
// enrolment rule (including the 60-day boundary).
import { describe, expect, it } from 'vitest';
import {
  buildCampaignSlug,
  CAMPAIGN_TRANSITIONS,
  canMoveCampaign,
  checkSendWindow,
  enrolmentSkipReason,
  queueEffect,
  validateCampaignSlug,
} from '../../src/modules/campaigns/campaigns.rules.js';
import { CAMPAIGN_STATUSES } from '../../src/modules/common/enums.js';
import { canMoveOffer, OFFER_TRANSITIONS } from '../../src/modules/offers/offers.rules.js';
import { ENROLMENT_CASES, NOW, ready } from '../helpers/enrolment-cases.js';

describe('buildCampaignSlug', () => {
  it.each([
    [
      { campaignType: 'cold_outreach', offer: 'ai-sales-coach', channel: 'linkedin', signal: 'hiring', icp: 'pmre-companies', account: 'mike_linkedin' },
      'cold-ai-sales-coach-linkedin-hiring-pmre-companies-mike-linkedin',
    ],
    [
      { campaignType: 'networking', offer: 'x', channel: 'email', signal: 'Series B Funding!', icp: 'SaaS 20–200', account: 'sales@acme.com' },
      'networking-x-email-series-b-funding-saas-20-200-sales-acme-com',
    ],
  ] as const)('builds %j', (parts, slug) => {
    expect(buildCampaignSlug(parts)).toEqual({ slug });
  });

  it.each([
    ['signal', { signal: '' }, 'targetCriteria.signal'],
    ['icp', { icp: '  ' }, 'targetCriteria.icpTarget'],
    ['account', { account: null }, 'accountId'],
    ['offer slug', { offer: null }, 'offerId'],
    ['a part with no letter or digit', { signal: '!!!' }, 'targetCriteria.signal'],
  ])('refuses a missing %s', (_what, override, path) => {
    const result = buildCampaignSlug({
      campaignType: 'cold_outreach',
      offer: 'o',
      channel: 'email',
      signal: 's',
      icp: 'i',
      account: 'a',
      ...override,
    });
    expect('problems' in result && result.problems.map((p) => p.path)).toEqual([path]);
  });

  it('refuses slugs that are too long or malformed', () => {
    const long = buildCampaignSlug({ campaignType: 'cold_outreach', offer: 'o', channel: 'email', signal: 'x'.repeat(80), icp: 'y'.repeat(80), account: 'z'.repeat(80) });
    expect('problems' in long && long.problems[0]!.message).toMatch(/at most 200/);
    expect(validateCampaignSlug('cold-a-email-b-c-d')).toBeNull();
    expect(validateCampaignSlug('Cold-a-email-b-c-d')).not.toBeNull();
    expect(validateCampaignSlug('cold--a-email-b-c-d')).not.toBeNull();
    expect(validateCampaignSlug('cold-a-email')).not.toBeNull();
  });
});

describe('status machines', () => {
  const campaignAllowed = new Set([
    'draft>ready',
    'draft>cancelled',
    'ready>draft',
    'ready>active',
    'ready>cancelled',
    'active>paused',
    'active>completed',
    'active>cancelled',
    'paused>active',
    'paused>completed',
    'paused>cancelled',
  ]);
  it('campaign: exactly the documented moves are allowed', () => {
    for (const from of CAMPAIGN_STATUSES) {
      for (const to of CAMPAIGN_STATUSES) {
        expect([`${from}>${to}`, canMoveCampaign(from, to)]).toEqual([`${from}>${to}`, campaignAllowed.has(`${from}>${to}`)]);
      }
    }
    expect(Object.keys(CAMPAIGN_TRANSITIONS).sort()).toEqual([...CAMPAIGN_STATUSES].sort());
  });

  const offerAllowed = new Set([
    'draft>ready',
    'ready>active',
    'active>paused',
    'paused>active',
    'paused>completed',
    ...['draft', 'ready', 'active', 'paused', 'completed'].map((s) => `${s}>killed`),
  ]);
  it('offer: draft → ready → active ⇄ paused → completed, any → killed', () => {
    const statuses = Object.keys(OFFER_TRANSITIONS) as (keyof typeof OFFER_TRANSITIONS)[];
    for (const from of statuses) {
      for (const to of statuses) expect([from, to, canMoveOffer(from, to)]).toEqual([from, to, offerAllowed.has(`${from}>${to}`)]);
    }
  });

  it.each([
    ['active', 'paused', 'hold'],
    ['paused', 'active', 'release'],
    ['ready', 'active', 'none'],
    ['active', 'cancelled', 'cancel'],
    ['paused', 'cancelled', 'cancel'],
    ['paused', 'completed', 'cancel'],
    ['draft', 'ready', 'none'],
  ] as const)('%s → %s does %s to the queue', (from, to, effect) => {
    expect(queueEffect(from, to)).toBe(effect);
  });
});

describe('checkSendWindow', () => {
  it.each([
    ['09:00', '17:00', [1, 2, 3, 4, 5], []],
    ['09:00:00', '09:00:01', [7], []],
    ['17:00', '09:00', [1], ['sendWindowEnd']],
    ['09:00', '09:00', [1], ['sendWindowEnd']],
    ['9am', '17:00', [1], ['sendWindowStart']],
    ['09:00', '17:00', [], ['sendDays']],
    ['09:00', '17:00', [0, 8], ['sendDays']],
  ] as const)('%s–%s on %j', (start, end, days, paths) => {
    expect(checkSendWindow(start, end, days).map((p) => p.path)).toEqual(paths);
  });
});

describe('enrolmentSkipReason', () => {
  it.each(ENROLMENT_CASES)('%s', (_name, facts, channel, reason) => {
    expect(enrolmentSkipReason({ ...ready, ...facts }, channel, NOW)).toBe(reason);
  });
});
