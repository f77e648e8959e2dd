// The small, hand-shaped part of the demo data: tools, sending accounts, offers with their
// positioning canvases and copy, the real companies behind the per-offer company rows, campaigns
// and their templates. Built in memory first because every person's journey refers to it.
import { Rng } from './random.js';
import { CAMPAIGN_ZONES, COMPANY_PREFIXES, COMPANY_SUFFIXES, FUNDING_STAGES, GROWTH_SIGNALS, LOCATIONS, OFFERS, TECH_STACK, TLDS, VERTICALS, ACCOUNT_OWNERS, type OfferSpec } from './vocabulary.js';
import { DAY, HOUR, clock, isoDate } from './time.js';

export type OfferStatus = 'draft' | 'ready' | 'active' | 'paused' | 'completed' | 'killed';
export type CampaignStatus = 'draft' | 'ready' | 'active' | 'paused' | 'completed' | 'cancelled';
export type Channel = 'email' | 'linkedin_connect' | 'linkedin_dm' | 'linkedin_inmail';

export interface Offer {
  index: number;
  id: string;
  slug: string;
  spec: OfferSpec;
  status: OfferStatus;
  createdAt: number;
  emailSequence: { step: number; subject: string; body: string; delay_days: number }[];
  linkedin: { connection_request: string; follow_up_dm: string; inmail: string };
  positioning: unknown;
  icp: unknown;
  companies: CompanyRow[];
  campaigns: Campaign[];
}

export interface Account {
  index: number;
  id: string;
  name: string;
  type: 'email' | 'linkedin';
  owner: string;
  zone: string;
  status: 'active' | 'warming' | 'paused' | 'limited' | 'disconnected' | 'banned';
  provider: string;
  emailAddress: string | null;
  linkedinUrl: string | null;
  rotationSet: 'odd' | 'even' | 'burner';
  dailyEmails: number;
  dailyConnections: number;
  dailyMessages: number;
  hourlyLimit: number;
  connectedAt: number;
  warmingStartedAt: number | null;
  /** No sends after this (when the account was paused, limited, cut off or banned). */
  activeUntil: number | null;
  healthScore: number;
  createdAt: number;
}

export interface Company {
  index: number;
  name: string;
  domain: string;
  vertical: string;
  industry: string;
  size: string;
  sizeExact: number;
  location: (typeof LOCATIONS)[number];
  signals: Record<string, unknown>;
  description: string;
  offers: number[];
  rows: CompanyRow[];
  /** Persons working here (indexes into the person list, filled while people are generated). */
  weight: number;
}

export interface CompanyRow {
  id: string;
  offer: Offer;
  company: Company;
  fitScore: number;
  priority: 'high' | 'medium' | 'low';
  sourceTool: string;
  createdAt: number;
  status: 'new' | 'qualified' | 'disqualified';
}

export interface SequenceStep {
  step: number;
  channel: Channel;
  actionType: 'email' | 'connection_request' | 'message' | 'inmail';
  delayDays: number;
  condition?: string;
  subject: string | null;
  body: string;
}

export interface Campaign {
  index: number;
  id: string;
  offer: Offer;
  name: string;
  slug: string;
  type: 'cold_outreach' | 'networking';
  channel: 'email' | 'linkedin' | 'multi';
  status: CampaignStatus;
  zone: string;
  windowStart: string;
  windowEnd: string;
  sendDays: number[];
  accounts: Account[];
  steps: SequenceStep[];
  signal: string;
  icpTarget: string;
  startAt: number;
  /** Paused, cancelled or completed at (null while it runs). */
  endAt: number | null;
  /** Last moment a contact may be enrolled. */
  lastEnrollAt: number;
  createdAt: number;
  targetCriteria: unknown;
  schedulingConfig: unknown;
  sequenceConfig: unknown;
}

export interface CatalogSize {
  offers: number;
  companies: number;
  accounts: number;
  campaignsPerOffer: number;
}

export interface Catalog {
  offers: Offer[];
  accounts: Account[];
  companies: Company[];
  campaigns: Campaign[];
}

function slugify(s: string): string {
  return s
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const OFFER_STATUSES: OfferStatus[] = ['active', 'active', 'completed', 'ready', 'active', 'paused', 'draft', 'killed', 'active', 'active'];

function buildOffer(rng: Rng, index: number, now: number): Offer {
  const spec = OFFERS[index % OFFERS.length]!;
  const round = Math.floor(index / OFFERS.length);
  const name = round ? `${spec.name} ${['II', 'III', 'IV', 'V'][round - 1] ?? round + 1}` : spec.name;
  const status = OFFER_STATUSES[index % OFFER_STATUSES.length]!;
  const ageDays =
    status === 'draft' ? rng.int(2, 8) : status === 'ready' ? rng.int(10, 25) : status === 'completed' || status === 'killed' ? rng.int(420, 700) : status === 'paused' ? rng.int(120, 400) : rng.int(150, 640);
  const createdAt = now - ageDays * DAY - rng.int(0, 20) * HOUR;
  const positioning = {
    category: spec.category,
    problem: {
      core_problem: spec.problem,
      who_feels_it: spec.whoFeelsIt,
      business_impact: spec.impact,
      customer_language: spec.customerLanguage,
      awareness_level: spec.awareness,
    },
    symptoms: spec.symptoms.map((s) => {
      const score = { detectable: rng.int(3, 5), relevant: rng.int(3, 5), timely: rng.int(3, 5), specific: rng.int(3, 5) };
      return { ...s, filter: rng.pick(['last_30_days', 'last_90_days', 'last_180_days']), score: { ...score, total: score.detectable + score.relevant + score.timely + score.specific } };
    }),
    outcomes: spec.outcomes,
    alternatives: spec.alternatives,
    positioning_statement: `We help ${spec.verticals.slice(0, 2).join(' and ')} teams ${spec.promise}. Unlike ${spec.alternatives[0]!.name.toLowerCase()}, ${spec.category.differentiator.toLowerCase()}.`,
    signal_stacks: spec.stacks,
    disqualifying_signals: spec.disqualifiers,
  };
  const icp = {
    company: { verticals: spec.verticals, size_min: spec.sizeMin, size_max: spec.sizeMax, signals: spec.icpSignals, disqualifiers: spec.disqualifiers.map(slugify) },
    buyer: { titles: spec.buyerTitles, departments: spec.departments, seniority: spec.seniority },
  };
  const emailSequence = [
    {
      step: 1,
      subject: `{{company_name}} + ${spec.category.name.toLowerCase()}`,
      body: `Hi {{first_name}},\n\n${spec.customerLanguage}? That's what we hear from ${spec.whoFeelsIt[0]} leaders at companies like {{company_name}}.\n\nWe ${spec.promise}: ${spec.proof}.\n\nWorth a 20-minute look?`,
      delay_days: 0,
    },
    {
      step: 2,
      subject: `Re: {{company_name}} + ${spec.category.name.toLowerCase()}`,
      body: `Hi {{first_name}}, following up. The short version: ${spec.outcomes.short_term.toLowerCase()}, and ${spec.outcomes.immediate.toLowerCase()}. Open to a quick call this week?`,
      delay_days: 3,
    },
    {
      step: 3,
      subject: `Last note for {{company_name}}`,
      body: `{{first_name}}, I'll stop here. If ${spec.problem.toLowerCase()} becomes a priority at {{company_name}}, reply "later" and I'll check back next quarter.`,
      delay_days: 4,
    },
  ];
  const linkedin = {
    connection_request: `Hi {{first_name}}, I work with ${spec.whoFeelsIt[0]} leaders on ${spec.problem.toLowerCase()}. Would love to connect.`,
    follow_up_dm: `Thanks for connecting, {{first_name}}! Curious how {{company_name}} handles this today: we ${spec.promise}. Worth comparing notes?`,
    inmail: `Hi {{first_name}}, ${spec.proof}. If {{company_name}} is feeling "${spec.customerLanguage.toLowerCase()}", I'd love to show you how.`,
  };
  return {
    index,
    id: rng.uuid(),
    slug: slugify(name),
    spec: round ? { ...spec, name } : spec,
    status,
    createdAt,
    emailSequence,
    linkedin,
    positioning,
    icp,
    companies: [],
    campaigns: [],
  };
}

function buildAccounts(rng: Rng, count: number, now: number): Account[] {
  // Every campaign zone gets at least one active email and one active LinkedIn account; the rest
  // are spread over zones with a realistic mix of statuses.
  const accounts: Account[] = [];
  const linkedinShare = 0.3;
  const plan: { type: 'email' | 'linkedin'; zone: string; status: Account['status'] }[] = [];
  for (const zone of CAMPAIGN_ZONES) {
    plan.push({ type: 'email', zone, status: 'active' }, { type: 'linkedin', zone, status: 'active' });
  }
  const extraStatuses: [Account['status'], number][] = [
    ['active', 60],
    ['warming', 14],
    ['paused', 8],
    ['limited', 7],
    ['disconnected', 6],
    ['banned', 5],
  ];
  let k = 0;
  while (plan.length < count) {
    const type = rng.chance(linkedinShare) ? 'linkedin' : 'email';
    // The first extras cover every non-active status once, so small sizes show them all.
    const status = k < 5 ? (['warming', 'paused', 'limited', 'disconnected', 'banned'] as const)[k]! : rng.weighted(extraStatuses);
    plan.push({ type, zone: CAMPAIGN_ZONES[plan.length % CAMPAIGN_ZONES.length]!, status });
    k += 1;
  }
  const usedNames = new Set<string>();
  plan.slice(0, Math.max(count, plan.length)).forEach((p, index) => {
    let owner = ACCOUNT_OWNERS[index % ACCOUNT_OWNERS.length]!;
    let name = p.type === 'linkedin' ? `${owner}_linkedin` : `${owner}@outbound-${(index % 7) + 1}.gtm-graph.dev`;
    let n = 2;
    while (usedNames.has(name)) {
      name = p.type === 'linkedin' ? `${owner}_linkedin_${n}` : `${owner}${n}@outbound-${(index % 7) + 1}.gtm-graph.dev`;
      n += 1;
    }
    usedNames.add(name);
    const connectedAt = now - rng.int(400, 760) * DAY;
    const warmingStartedAt = p.status === 'warming' ? now - rng.int(3, 26) * DAY - rng.int(0, 12) * HOUR : null;
    const activeUntil = ['paused', 'limited', 'disconnected', 'banned'].includes(p.status) ? now - rng.int(2, 45) * DAY : null;
    const provider = p.type === 'linkedin' ? 'linkedin' : rng.pick(['gmail', 'outlook', 'gmail']);
    accounts.push({
      index,
      id: rng.uuid(),
      name,
      type: p.type,
      owner,
      zone: p.zone,
      status: p.status,
      provider,
      emailAddress: p.type === 'email' ? name : null,
      linkedinUrl: p.type === 'linkedin' ? `https://linkedin.com/in/${owner}-${rng.hex(6)}` : null,
      rotationSet: rng.weighted([
        ['odd', 45],
        ['even', 45],
        ['burner', 10],
      ]),
      dailyEmails: p.type === 'email' ? rng.pick([60, 80, 100]) : 0,
      dailyConnections: p.type === 'linkedin' ? rng.pick([15, 20, 25]) : 0,
      dailyMessages: p.type === 'linkedin' ? rng.pick([30, 40, 50]) : 0,
      hourlyLimit: 10,
      connectedAt: warmingStartedAt ?? connectedAt,
      warmingStartedAt,
      activeUntil,
      healthScore:
        p.status === 'banned' ? rng.int(5, 25) : p.status === 'disconnected' ? rng.int(20, 45) : p.status === 'limited' ? rng.int(40, 65) : p.status === 'warming' ? rng.int(70, 90) : rng.int(75, 100),
      createdAt: (warmingStartedAt ?? connectedAt) - rng.int(1, 5) * DAY,
    });
    owner = '';
  });
  return accounts;
}

const SIZES: [string, number, number][] = [
  ['1-10', 2, 10],
  ['11-50', 11, 50],
  ['51-200', 51, 200],
  ['201-500', 201, 500],
  ['501-1000', 501, 1000],
  ['1000+', 1001, 8000],
];

function buildCompanies(rng: Rng, count: number, offers: Offer[], now: number): Company[] {
  const usedNames = new Set<string>();
  const usedDomains = new Set<string>();
  const companies: Company[] = [];
  const eligibleOffers = offers.filter((o) => o.status !== 'draft');
  for (let index = 0; index < count; index += 1) {
    let name = '';
    for (let attempt = 0; ; attempt += 1) {
      const p = rng.pick(COMPANY_PREFIXES);
      const s = rng.pick(COMPANY_SUFFIXES);
      name = attempt < 3 ? `${p} ${s}` : `${p} ${rng.pick(COMPANY_PREFIXES)} ${s}`;
      if (attempt > 8) name = `${name} ${index}`;
      if (!usedNames.has(name)) break;
    }
    usedNames.add(name);
    const tld = rng.pick(TLDS);
    let domain = `${slugify(name).replace(/-/g, '')}.${tld}`;
    for (let n = 2; usedDomains.has(domain); n += 1) domain = `${slugify(name).replace(/-/g, '')}${n}.${tld}`;
    usedDomains.add(domain);
    const { vertical, industry } = rng.pick(VERTICALS);
    const [size, lo, hi] = rng.weighted(SIZES.map((s, i) => [s, [10, 30, 28, 16, 9, 7][i]!] as const));
    const sizeExact = rng.int(lo, hi);
    const location = rng.pick(LOCATIONS);
    const stage = rng.pick(FUNDING_STAGES);
    const fundingDate = now - rng.int(20, 900) * DAY;
    const signals: Record<string, unknown> = {
      hiring: {
        sales_reps: rng.int(0, 8),
        bdrs: rng.int(0, 5),
        engineers: rng.int(0, 15),
        last_checked: isoDate(now - rng.int(1, 30) * DAY),
      },
      tech_stack: rng.sample(TECH_STACK, rng.int(2, 6)),
      funding: {
        stage,
        amount: Math.round(rng.between(0.5, 60) * (stage === 'pre_seed' ? 0.5 : stage === 'seed' ? 1 : 4) * 1_000_000),
        date: isoDate(fundingDate),
      },
      growth_signals: rng.sample(GROWTH_SIGNALS, rng.int(0, 3)),
    };
    // The same real company shows up under one to three offers (same domain, one row per offer).
    const k = rng.weighted([
      [1, 50],
      [2, 35],
      [3, 15],
    ] as const);
    const picked = rng.sample(eligibleOffers, Math.min(k, eligibleOffers.length)).map((o) => o.index);
    companies.push({
      index,
      name,
      domain,
      vertical,
      industry,
      size,
      sizeExact,
      location,
      signals,
      description: `${name} builds ${vertical} products for ${rng.pick(['mid-market', 'enterprise', 'SMB', 'consumer'])} customers from ${location.city}.`,
      offers: picked.sort((a, b) => a - b),
      rows: [],
      weight: Math.sqrt(sizeExact),
    });
  }
  return companies;
}

function fitFor(rng: Rng, offer: Offer, c: Company): number {
  let fit = 3 + rng.int(0, 2);
  if (offer.spec.verticals.includes(c.vertical)) fit += 3;
  if (c.sizeExact >= offer.spec.sizeMin && c.sizeExact <= offer.spec.sizeMax) fit += 2;
  return Math.max(1, Math.min(10, fit + rng.int(-1, 1)));
}

const SIGNALS = ['hiring', 'funding', 'leadership', 'techstack', 'growth', 'compliance'];
const ICP_SEGMENTS = ['smb', 'midmarket', 'enterprise', 'saas-100-500', 'fintech-us', 'eu-scaleups', 'series-b'];

const CAMPAIGN_STATUS_BY_OFFER: Record<OfferStatus, CampaignStatus[]> = {
  draft: ['draft'],
  ready: ['ready', 'draft', 'ready'],
  active: ['active', 'active', 'completed', 'paused', 'active', 'cancelled', 'active', 'ready'],
  paused: ['paused', 'completed', 'paused'],
  completed: ['completed', 'completed', 'cancelled'],
  killed: ['cancelled', 'completed'],
};

function stepsFor(offer: Offer, channel: Campaign['channel'], type: Campaign['type']): SequenceStep[] {
  const e = offer.emailSequence;
  const li = offer.linkedin;
  if (type === 'networking') {
    return [
      { step: 1, channel: 'linkedin_dm', actionType: 'message', delayDays: 0, subject: null, body: li.follow_up_dm },
      { step: 2, channel: 'linkedin_dm', actionType: 'message', delayDays: 5, condition: 'no_reply', subject: null, body: li.inmail },
    ];
  }
  if (channel === 'email') {
    return e.map((s) => ({ step: s.step, channel: 'email' as const, actionType: 'email' as const, delayDays: s.delay_days, subject: s.subject, body: s.body }));
  }
  if (channel === 'linkedin') {
    return [
      { step: 1, channel: 'linkedin_connect', actionType: 'connection_request', delayDays: 0, subject: null, body: li.connection_request },
      { step: 2, channel: 'linkedin_dm', actionType: 'message', delayDays: 3, condition: 'connected', subject: null, body: li.follow_up_dm },
      { step: 3, channel: 'linkedin_inmail', actionType: 'inmail', delayDays: 6, condition: 'no_reply', subject: `Quick idea for {{company_name}}`, body: li.inmail },
    ];
  }
  return [
    { step: 1, channel: 'linkedin_connect', actionType: 'connection_request', delayDays: 0, subject: null, body: li.connection_request },
    { step: 2, channel: 'linkedin_dm', actionType: 'message', delayDays: 3, condition: 'connected', subject: null, body: li.follow_up_dm },
    { step: 3, channel: 'email', actionType: 'email', delayDays: 5, condition: 'no_reply', subject: e[0]!.subject, body: e[0]!.body },
  ];
}

function buildCampaigns(rng: Rng, offers: Offer[], accounts: Account[], perOffer: number, now: number): Campaign[] {
  const campaigns: Campaign[] = [];
  const slugs = new Set<string>();
  for (const offer of offers) {
    const statuses = CAMPAIGN_STATUS_BY_OFFER[offer.status];
    const n = offer.status === 'draft' ? 1 : offer.status === 'ready' ? 2 : perOffer;
    for (let i = 0; i < n; i += 1) {
      const status = statuses[i % statuses.length]!;
      const type: Campaign['type'] = i % 5 === 4 ? 'networking' : 'cold_outreach';
      const channel: Campaign['channel'] = type === 'networking' ? 'linkedin' : (['email', 'email', 'linkedin', 'multi', 'email'] as const)[i % 5]!;
      const zone = CAMPAIGN_ZONES[(offer.index + i) % CAMPAIGN_ZONES.length]!;
      const needs: ('email' | 'linkedin')[] = channel === 'email' ? ['email'] : channel === 'linkedin' ? ['linkedin'] : ['linkedin', 'email'];
      const chosen: Account[] = [];
      for (const t of needs) {
        const pool = accounts.filter((a) => a.type === t && a.zone === zone);
        const active = pool.filter((a) => a.status === 'active');
        const others = pool.filter((a) => a.status !== 'active');
        // At least one account that can send today; two or three in all for rotation.
        const k = Math.min(pool.length, rng.int(2, 3));
        const picks = [...rng.sample(active, 1), ...rng.sample([...active.slice(1), ...others], k - 1)];
        for (const a of picks) if (!chosen.includes(a)) chosen.push(a);
      }
      const signal = rng.pick(SIGNALS);
      const typeSlug = type === 'networking' ? 'net' : 'cold';
      let icpTarget = rng.pick(ICP_SEGMENTS);
      let slug = `${typeSlug}-${offer.slug}-${channel}-${signal}-${icpTarget}-${chosen[0]!.owner}`;
      for (let a = 0; slugs.has(slug); a += 1) {
        icpTarget = `${rng.pick(ICP_SEGMENTS)}-${a + 2}`;
        slug = `${typeSlug}-${offer.slug}-${channel}-${signal}-${icpTarget}-${chosen[0]!.owner}`;
      }
      slugs.add(slug);
      const window = rng.pick([
        ['09:00', '17:00'],
        ['08:00', '17:00'],
        ['08:30', '16:30'],
        ['09:00', '16:00'],
        ['08:00', '18:00'],
      ] as const);
      // The first campaign of every offer sends seven days a week, so "today" always has a queue.
      const sendDays = i === 0 ? [1, 2, 3, 4, 5, 6, 7] : rng.chance(0.2) ? [1, 2, 3, 4, 5, 6] : [1, 2, 3, 4, 5];
      const steps = stepsFor(offer, channel, type);
      const seqDays = steps.reduce((s, st) => s + st.delayDays, 0) + 2;
      const offerAge = now - offer.createdAt;
      const createdAt = offer.createdAt + Math.floor(offerAge * rng.between(0.02, 0.3));
      let startAt = createdAt + rng.int(1, 7) * DAY;
      let endAt: number | null = null;
      let lastEnrollAt = now + 5 * DAY;
      if (status === 'draft' || status === 'ready') {
        startAt = now + rng.int(2, 10) * DAY;
        lastEnrollAt = startAt;
      } else if (status === 'completed' || status === 'cancelled') {
        const span = Math.max(30 * DAY, now - 20 * DAY - startAt);
        endAt = Math.min(now - 10 * DAY, startAt + Math.floor(span * rng.between(0.4, 0.9)));
        lastEnrollAt = status === 'completed' ? endAt - seqDays * DAY : endAt;
      } else if (status === 'paused') {
        endAt = now - rng.int(3, 30) * DAY;
        lastEnrollAt = endAt;
      }
      if (startAt > (endAt ?? now + DAY)) startAt = (endAt ?? now) - 30 * DAY;
      const signalDef = offer.spec.symptoms.find((s) => s.type === signal) ?? offer.spec.symptoms[0]!;
      const campaign: Campaign = {
        index: campaigns.length,
        id: rng.uuid(),
        offer,
        name: `${offer.spec.name} · ${channel === 'multi' ? 'LinkedIn + email' : channel === 'email' ? 'Email' : 'LinkedIn'} · ${signal}${type === 'networking' ? ' (network)' : ''}`,
        slug,
        type,
        channel,
        status,
        zone,
        windowStart: window[0],
        windowEnd: window[1],
        sendDays,
        accounts: chosen,
        steps,
        signal,
        icpTarget,
        startAt,
        endAt,
        lastEnrollAt,
        createdAt,
        targetCriteria: {
          company_status: ['qualified'],
          contact_status: ['ready', 'enriched'],
          min_fit_score: rng.int(5, 8),
          connection_degrees: type === 'networking' ? [1] : [2, 3],
          exclude_1st_degree: type !== 'networking',
          signal,
          icp_target: icpTarget,
          signals: [{ type: signal.toUpperCase(), description: signalDef.signal, priority: rng.pick(['HIGH', 'MEDIUM']) }],
        },
        schedulingConfig: {
          steps: steps.map((s) => ({ step: s.step, type: s.channel === 'email' ? 'email' : s.channel === 'linkedin_connect' ? 'connection_request' : s.channel, delay_days: s.delayDays, ...(s.condition ? { condition: s.condition } : {}) })),
          stop_on_reply: true,
          max_touches: steps.length,
          timezone: zone,
          send_window: { start: window[0], end: window[1] },
          min_gap_minutes: 6,
          jitter_seconds: 30,
        },
        sequenceConfig: {
          steps: steps.map((s) => ({ step: s.step, channel: s.channel, template_key: `${offer.slug}:${s.channel}:${s.step}`, delay_days: s.delayDays })),
        },
      };
      campaigns.push(campaign);
      offer.campaigns.push(campaign);
    }
  }
  return campaigns;
}

export function buildCatalog(seed: number, size: CatalogSize, now: number): Catalog {
  const rng = new Rng(seed, 'catalog');
  const offers = Array.from({ length: size.offers }, (_, i) => buildOffer(rng, i, now));
  const accounts = buildAccounts(rng, Math.max(size.accounts, CAMPAIGN_ZONES.length * 2), now);
  const companies = buildCompanies(rng, size.companies, offers, now);
  for (const c of companies) {
    for (const oi of c.offers) {
      const offer = offers[oi]!;
      const fit = fitFor(rng, offer, c);
      const row: CompanyRow = {
        id: rng.uuid(),
        offer,
        company: c,
        fitScore: fit,
        priority: fit >= 8 ? 'high' : fit >= 5 ? 'medium' : 'low',
        sourceTool: rng.pick(['parallel', 'theirstack', 'exa', 'parallel', 'manual']),
        createdAt: offer.createdAt + rng.int(1, Math.max(2, Math.min(60, Math.floor((now - offer.createdAt) / DAY) - 1))) * HOUR * 6,
        status: fit <= 3 ? 'disqualified' : rng.chance(0.1) ? 'new' : 'qualified',
      };
      c.rows.push(row);
      offer.companies.push(row);
    }
  }
  const campaigns = buildCampaigns(rng, offers, accounts, size.campaignsPerOffer, now);
  return { offers, accounts, companies, campaigns };
}

export function windowBounds(c: Campaign): { start: number; end: number } {
  return { start: clock(c.windowStart), end: clock(c.windowEnd) };
}

export function render(template: string, vars: { first_name: string; company_name: string }): string {
  return template.replace(/\{\{first_name\}\}/g, vars.first_name).replace(/\{\{company_name\}\}/g, vars.company_name);
}
