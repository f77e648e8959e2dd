// `npm run seed`: realistic, internally consistent demo data, from a few offers for GraphiQL
// demos to the benchmark set (500 000 contacts, 2 000 000 engagement events) in minutes.
//
// How it is built:
// 1. the catalog (tools, accounts, offers, companies, campaigns, templates, pipeline runs) is
//    built in memory and written first;
// 2. people are generated one at a time and their journeys played forward (journey.ts), in
//    chunks; each chunk's rows are written table by table in foreign-key order (COPY on
//    PostgreSQL, JSON batches on the embedded database);
// 3. denormalized counters are computed from the raw rows by set-based UPDATEs, then ANALYZE.
// Same seed, same sizes and same `now` give the same rows, ids included.
import type pg from 'pg';
import { Allocator } from './allocator.js';
import { buildCatalog, render, type Campaign, type Catalog, type Company, type CompanyRow, type Offer } from './catalog.js';
import { eventHash, playJourney, type ContactRow, type JourneyContext, type JourneyResult, type Person } from './journey.js';
import { Rng } from './random.js';
import { DAY, HOUR, MINUTE, iso, isoDate, localDay } from './time.js';
import { CopyWriter, InsertWriter, Table, type Writer } from './writer.js';
import { FIRST_NAMES, LAST_NAMES, PIPELINE_STEPS, TITLES, TOOLS } from './vocabulary.js';
import { normalizeLinkedinUrl } from '../modules/common/normalize.js';
import { companyIdForDomain, personIdForEmail } from '../modules/funnel/identity.js';
import { updateCounters } from './counters.js';

export interface SeedSize {
  offers: number;
  companies: number;
  contacts: number;
  events: number;
  accounts: number;
  campaignsPerOffer: number;
}

export const PRESETS: Record<'demo' | 'bench', SeedSize> = {
  demo: { offers: 6, companies: 300, contacts: 2000, events: 6000, accounts: 14, campaignsPerOffer: 4 },
  bench: { offers: 10, companies: 40000, contacts: 500_000, events: 2_000_000, accounts: 90, campaignsPerOffer: 8 },
};

export interface SeedOptions extends SeedSize {
  seed: number;
  /** The moment the data is built around (default: the current time). */
  now: Date;
  /** Truncate the domain tables first. */
  reset: boolean;
  /** People per write chunk. */
  chunk?: number;
  /**
   * A second connection to the same database (PostgreSQL only): the funnel tables are then written
   * on it while the outreach tables go through the first, so two server processes share the load.
   */
  funnelClient?: pg.ClientBase;
  onProgress?: (p: SeedProgress) => void;
}

export interface SeedProgress {
  phase: 'catalog' | 'people' | 'counters' | 'analyze' | 'done';
  contacts: number;
  contactsTarget: number;
  events: number;
}

export interface SeedReport {
  rows: Record<string, number>;
  seconds: number;
  deferredSends: number;
  unplacedSends: number;
}

/** The tables the seed owns, children first (the order TRUNCATE and emptiness checks use). */
export const DOMAIN_TABLES = [
  'funnel.client_conversion',
  'funnel.appointment_history',
  'funnel.prospect_movement',
  'funnel.bit_signal_log',
  'funnel.talentflow_signal_log',
  'funnel.warm_universe',
  'funnel.engagement_events',
  'funnel.suspect_universe',
  'public.account_activity',
  'public.outreach_history',
  'public.message_events',
  'public.messages',
  'public.send_queue',
  'public.campaign_contacts',
  'public.pipeline_steps',
  'public.pipeline_runs',
  'public.message_templates',
  'public.tool_usage',
  'public.contacts',
  'public.campaigns',
  'public.companies',
  'public.offers',
  'public.accounts',
] as const;

export class DatabaseNotEmptyError extends Error {
  override name = 'DatabaseNotEmptyError';
}

/** Tables that already hold rows (tools is reference data a migration may fill, so it is not counted). */
export async function nonEmptyTables(client: pg.ClientBase): Promise<string[]> {
  const found: string[] = [];
  for (const t of DOMAIN_TABLES) {
    const r = await client.query(`SELECT EXISTS (SELECT 1 FROM ${t}) AS e`);
    if (r.rows[0].e) found.push(t);
  }
  return found;
}

export async function resetDomain(client: pg.ClientBase): Promise<void> {
  await client.query(`TRUNCATE ${[...DOMAIN_TABLES].join(', ')} RESTART IDENTITY CASCADE`);
}

function tables() {
  return {
    contacts: new Table('public.contacts', [
      'id', 'company_id', 'offer_id', 'first_name', 'last_name', 'full_name', 'title', 'title_normalized', 'department', 'seniority',
      'email', 'email_status', 'email_verification_source', 'phone', 'linkedin_url', 'linkedin_id', 'connection_degree',
      'eligible_for_outreach', 'buyer_fit_score', 'priority', 'source_tool', 'source_raw:json', 'status', 'skip_reason', 'notes',
      'created_at', 'updated_at',
    ]),
    campaignContacts: new Table('public.campaign_contacts', [
      'id', 'campaign_id', 'contact_id', 'current_step', 'max_step', 'status', 'opened', 'clicked', 'replied', 'reply_sentiment',
      'meeting_booked', 'added_at', 'started_at', 'next_step_at', 'completed_at',
    ]),
    sendQueue: new Table('public.send_queue', [
      'id', 'campaign_id', 'campaign_contact_id', 'contact_id', 'account_id', 'channel', 'sequence_step', 'subject', 'body',
      'scheduled_for', 'priority', 'status', 'attempts', 'max_attempts', 'last_attempt_at', 'last_error', 'external_message_id',
      'sent_at', 'created_at', 'updated_at',
    ]),
    messages: new Table('public.messages', [
      'id', 'campaign_contact_id', 'campaign_id', 'contact_id', 'account_id', 'send_queue_id', 'channel', 'action_type',
      'sequence_step', 'subject', 'body', 'personalization_used:json', 'external_id', 'thread_id', 'status', 'error_message',
      'opened_at', 'clicked_at', 'replied_at', 'reply_text', 'reply_sentiment', 'scheduled_at', 'sent_at', 'created_at',
    ]),
    messageEvents: new Table('public.message_events', [
      'id', 'send_queue_id', 'contact_id', 'campaign_id', 'account_id', 'event_type', 'event_data:json', 'reply_text',
      'reply_sentiment', 'created_at',
    ]),
    outreach: new Table('public.outreach_history', [
      'id', 'contact_email', 'contact_linkedin_url', 'contact_id', 'campaign_id', 'offer_id', 'account_id', 'send_queue_id',
      'channel', 'message_subject', 'message_body', 'sent_at', 'status', 'replied_at', 'reply_sentiment', 'created_at',
    ]),
    activity: new Table('public.account_activity', [
      'id', 'account_id', 'message_id', 'contact_id', 'action_type', 'status', 'error_message', 'created_at',
    ]),
    suspects: new Table('funnel.suspect_universe', [
      'suspect_id', 'company_id', 'person_id', 'email', 'funnel_state', 'funnel_membership', 'last_event_ts',
      'last_state_change_ts', 'entered_suspect_ts', 'email_open_count', 'email_click_count', 'email_reply_count',
      'current_bit_score', 'reengagement_cycle', 'last_reengagement_ts', 'is_locked', 'cooldown_until', 'is_bounced',
      'is_unsubscribed', 'is_disqualified', 'source', 'created_at', 'updated_at', 'last_engagement_ts',
      'engagement_window_start_ts', 'bit_points', 'cold_outreach_blocked_until',
    ]),
    events: new Table('funnel.engagement_events', [
      'event_id', 'company_id', 'person_id', 'suspect_id', 'event_type', 'event_subtype', 'event_ts', 'source_system',
      'source_campaign_id', 'source_email_id', 'metadata:json', 'is_processed', 'processed_at', 'triggered_transition',
      'transition_to_state', 'event_hash', 'is_duplicate', 'created_at',
    ]),
    warm: new Table('funnel.warm_universe', [
      'warm_id', 'company_id', 'person_id', 'suspect_id', 'warm_reason', 'warm_score', 'qualifying_event_id', 'first_warm_ts',
      'last_engagement_ts', 'opens_at_promotion', 'clicks_at_promotion', 'replies_at_promotion', 'bit_score_at_promotion',
      'current_opens', 'current_clicks', 'current_replies', 'has_talentflow_signal', 'talentflow_signal_id',
      'nurture_sequence_id', 'nurture_step', 'nurture_started_at', 'is_active', 'demoted_to_reengagement', 'demoted_at',
      'promoted_to_appointment', 'promoted_at', 'source', 'created_at', 'updated_at',
    ]),
    talentflow: new Table('funnel.talentflow_signal_log', [
      'signal_id', 'company_id', 'person_id', 'suspect_id', 'signal_type', 'old_company_id', 'new_company_id',
      'old_company_name', 'old_title', 'new_company_name', 'new_title', 'old_value', 'new_value', 'signal_ts',
      'movement_detected_at', 'is_verified', 'verified_at', 'verification_source', 'verification_confidence', 'is_processed',
      'processed_at', 'triggered_state_change', 'priority_score', 'is_expired', 'expires_at', 'source_system',
      'source_record_id', 'metadata:json', 'created_at', 'updated_at',
    ]),
    bits: new Table('funnel.bit_signal_log', [
      'bit_log_id', 'company_id', 'person_id', 'suspect_id', 'bit_score', 'previous_score', 'open_points', 'click_points',
      'reply_points', 'website_points', 'content_points', 'webinar_points', 'talentflow_points', 'recency_decay',
      'crossed_warm_threshold', 'crossed_hot_threshold', 'crossed_priority_threshold', 'bit_reason', 'triggering_event_id',
      'detected_ts', 'triggered_state_change', 'new_state', 'calculation_details:json', 'created_at',
    ]),
    movements: new Table('funnel.prospect_movement', [
      'movement_id', 'company_id', 'person_id', 'suspect_id', 'from_state', 'to_state', 'from_funnel', 'to_funnel',
      'event_type', 'triggering_event_id', 'triggering_event_table', 'event_ts', 'transition_processed_at',
      'validation_passed', 'validation_checks:json', 'was_in_cooldown', 'cooldown_bypassed', 'cooldown_bypass_reason',
      'is_manual_override', 'override_user_id', 'override_reason', 'old_sequence_id', 'new_sequence_id', 'metadata:json',
      'created_at',
    ]),
    appointments: new Table('funnel.appointment_history', [
      'appointment_id', 'company_id', 'person_id', 'suspect_id', 'appointment_ts', 'appointment_end_ts', 'timezone',
      'status', 'outcome', 'meeting_type', 'meeting_format', 'meeting_link', 'meeting_location', 'calendar_event_id',
      'calendly_event_id', 'hubspot_meeting_id', 'meeting_notes', 'pre_meeting_notes', 'follow_up_notes', 'attendee_count',
      'attendee_names:text[]', 'attendee_titles:text[]', 'source_funnel', 'booking_source', 'triggering_event_id',
      'follow_up_scheduled', 'follow_up_date', 'next_steps', 'reschedule_count', 'original_appointment_ts',
      'reschedule_reason', 'promoted_to_client', 'promoted_at', 'demoted_to_reengagement', 'demoted_at', 'metadata:json',
      'created_at', 'updated_at',
    ]),
    clients: new Table('funnel.client_conversion', [
      'client_id', 'company_id', 'person_id', 'suspect_id', 'signed_ts', 'effective_date', 'contract_start_date',
      'contract_end_date', 'contract_status', 'lives', 'annual_revenue', 'monthly_revenue', 'deal_value', 'currency',
      'revenue_type', 'source_funnel', 'source_appointment_id', 'acquisition_channel', 'days_to_conversion',
      'touchpoints_count', 'meetings_count', 'sales_rep_id', 'sales_rep_name', 'sales_team', 'crm_deal_id',
      'crm_account_id', 'hubspot_deal_id', 'contract_type', 'contract_term_months', 'auto_renewal', 'notes', 'win_reason',
      'onboarding_status', 'onboarding_started_at', 'onboarding_completed_at', 'csm_assigned', 'churned_at', 'churn_reason',
      'metadata:json', 'created_at', 'updated_at',
    ]),
  };
}

type Tables = ReturnType<typeof tables>;

/** Writes the catalog: accounts, offers, companies, campaigns, templates, pipeline runs. */
async function writeCatalog(writer: Writer, client: pg.ClientBase, cat: Catalog, seed: number, now: number): Promise<Record<string, number>> {
  const rng = new Rng(seed, 'catalog-rows');
  const counts: Record<string, number> = {};
  // Tools are reference data (a migration may already have inserted them): upsert by name.
  for (const t of TOOLS) {
    await client.query(
      `INSERT INTO public.tools (id, name, type, api_base_url, api_docs_url, status, rate_limit_per_minute, rate_limit_per_day, credits_remaining, credits_reset_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
       ON CONFLICT (name) DO UPDATE SET type = EXCLUDED.type, api_base_url = EXCLUDED.api_base_url, api_docs_url = EXCLUDED.api_docs_url,
         status = EXCLUDED.status, rate_limit_per_minute = EXCLUDED.rate_limit_per_minute, rate_limit_per_day = EXCLUDED.rate_limit_per_day,
         credits_remaining = EXCLUDED.credits_remaining, credits_reset_at = EXCLUDED.credits_reset_at`,
      [rng.uuid(), t.name, t.type, t.base, t.docs, t.name === 'firecrawl' ? 'error' : t.name === 'sumble' ? 'inactive' : 'active', t.perMinute, t.perDay, t.perDay ? t.perDay * 20 : null, iso(Math.floor(now / (30 * DAY)) * 30 * DAY + 30 * DAY), iso(now - 700 * DAY)],
    );
  }

  const accounts = new Table('public.accounts', [
    'id', 'name', 'type', 'owner', 'email_address', 'linkedin_url', 'unipile_account_id', 'provider', 'rotation_set', 'status',
    'daily_limit_connections', 'daily_limit_messages', 'daily_limit_emails', 'hourly_limit', 'warming_week', 'warming_started_at',
    'health_score', 'last_health_check', 'connected_at', 'created_at', 'updated_at',
  ]);
  for (const a of cat.accounts) {
    const warmingWeek = a.warmingStartedAt !== null ? Math.min(4, Math.floor((now - a.warmingStartedAt) / (7 * DAY)) + 1) : 0;
    accounts.push(
      a.id, a.name, a.type, a.owner, a.emailAddress, a.linkedinUrl, `unp_${rng.hex(14)}`, a.provider, a.rotationSet, a.status,
      a.type === 'linkedin' ? a.dailyConnections : 0, a.type === 'linkedin' ? a.dailyMessages : 0, a.type === 'email' ? a.dailyEmails : 0,
      a.hourlyLimit, warmingWeek, a.warmingStartedAt === null ? null : iso(a.warmingStartedAt), a.healthScore,
      iso(now - rng.int(1, 20) * HOUR), iso(a.connectedAt), iso(a.createdAt), iso(a.activeUntil ?? now - rng.int(1, 48) * HOUR),
    );
  }
  const offers = new Table('public.offers', [
    'id', 'name', 'slug', 'type', 'ownership', 'client_name', 'description', 'problem_solved', 'value_proposition', 'price_range',
    'positioning:json', 'icp:json', 'email_templates:json', 'linkedin_templates:json', 'status', 'created_at', 'updated_at',
  ]);
  for (const o of cat.offers) {
    const s = o.spec;
    offers.push(
      o.id, s.name, o.slug, s.type, s.ownership, s.ownership === 'client' ? s.clientName : null, s.description, s.problem, s.value,
      s.priceRange, o.positioning, o.icp, { sequence: o.emailSequence }, o.linkedin, o.status, iso(o.createdAt),
      iso(Math.min(now, o.createdAt + rng.int(1, 30) * DAY)),
    );
  }
  const companies = new Table('public.companies', [
    'id', 'offer_id', 'name', 'domain', 'url', 'description', 'size', 'size_exact', 'vertical', 'industry', 'headquarters_city',
    'headquarters_state', 'headquarters_country', 'signals:json', 'fit_score', 'fit_reasoning', 'priority', 'source_tool',
    'source_query', 'source_raw:json', 'status', 'disqualification_reason', 'created_at', 'updated_at',
  ]);
  for (const c of cat.companies) {
    for (const row of c.rows) {
      const o = row.offer;
      const inVertical = o.spec.verticals.includes(c.vertical);
      const inSize = c.sizeExact >= o.spec.sizeMin && c.sizeExact <= o.spec.sizeMax;
      companies.push(
        row.id, o.id, c.name, c.domain, `https://www.${c.domain}`, c.description, c.size, c.sizeExact, c.vertical, c.industry,
        c.location.city, c.location.state, c.location.country, c.signals, row.fitScore,
        `${inVertical ? 'ICP vertical' : 'Adjacent vertical'} (${c.vertical}); ${inSize ? 'size in range' : 'size outside range'} (${c.sizeExact} employees)`,
        row.priority, row.sourceTool, `${o.spec.verticals[0]} companies ${o.spec.sizeMin}-${o.spec.sizeMax} employees ${o.spec.symptoms[0]!.signal.toLowerCase()}`,
        { provider: row.sourceTool, match_score: Math.round(rng.between(0.5, 1) * 100) / 100, fetched_at: iso(row.createdAt) },
        row.status, row.status === 'disqualified' ? rng.pick(o.spec.disqualifiers) : null, iso(row.createdAt), iso(row.createdAt),
      );
    }
  }
  const campaigns = new Table('public.campaigns', [
    'id', 'name', 'offer_id', 'channel', 'campaign_type', 'account_id', 'campaign_slug', 'account_ids:json', 'target_criteria:json',
    'sequence_config:json', 'scheduling_config:json', 'status', 'send_window_start', 'send_window_end', 'send_days:int[]',
    'timezone', 'created_at', 'updated_at',
  ]);
  for (const c of cat.campaigns) {
    campaigns.push(
      c.id, c.name, c.offer.id, c.channel, c.type, c.channel === 'multi' ? null : c.accounts[0]!.id, c.slug,
      c.accounts.map((a) => ({ id: a.id, name: a.name, type: a.type })), c.targetCriteria, c.sequenceConfig, c.schedulingConfig,
      c.status, c.windowStart, c.windowEnd, c.sendDays, c.zone, iso(c.createdAt), iso(Math.min(now, c.endAt ?? c.createdAt + DAY)),
    );
  }
  const templates = new Table('public.message_templates', [
    'id', 'offer_id', 'campaign_id', 'name', 'channel', 'sequence_step', 'template_key', 'subject', 'body', 'status', 'created_at', 'updated_at',
  ]);
  for (const o of cat.offers) {
    const status = o.status === 'draft' ? 'draft' : o.status === 'killed' ? 'archived' : 'approved';
    for (const s of o.emailSequence) {
      templates.push(rng.uuid(), o.id, null, `${o.spec.name} · email step ${s.step}`, 'email', s.step, `${o.slug}:email:${s.step}`, s.subject, s.body, status, iso(o.createdAt + HOUR), iso(o.createdAt + HOUR));
    }
    const li = [
      ['linkedin_connect', 'connection_request', o.linkedin.connection_request],
      ['linkedin_dm', 'follow_up_dm', o.linkedin.follow_up_dm],
      ['linkedin_inmail', 'inmail', o.linkedin.inmail],
    ] as const;
    li.forEach(([channel, key, body], i) =>
      templates.push(rng.uuid(), o.id, null, `${o.spec.name} · ${key.replace(/_/g, ' ')}`, channel, i + 1, `${o.slug}:${key}`, null, body, status, iso(o.createdAt + HOUR), iso(o.createdAt + HOUR)),
    );
    for (const c of o.campaigns) {
      // A/B variant of the first step, per campaign.
      const first = c.steps[0]!;
      templates.push(
        rng.uuid(), o.id, c.id, `${c.name} · step 1 variant B`, first.channel, 1, `${c.slug}:step1:b`,
        first.subject ? `Question about {{company_name}}` : null, first.body.replace(/^Hi \{\{first_name\}\}/, 'Hey {{first_name}}'),
        c.status === 'cancelled' ? 'archived' : c.status === 'draft' ? 'draft' : 'approved', iso(c.createdAt), iso(c.createdAt),
      );
    }
  }
  const runs = new Table('public.pipeline_runs', [
    'id', 'offer_id', 'campaign_id', 'steps:json', 'input_params:json', 'status', 'error_message', 'output_summary:json', 'started_at', 'completed_at',
  ]);
  const steps = new Table('public.pipeline_steps', [
    'id', 'pipeline_run_id', 'step_name', 'status', 'step_output:json', 'error_message', 'started_at', 'completed_at',
  ]);
  for (const o of cat.offers) {
    const plan: ('completed' | 'failed' | 'running' | 'cancelled')[] =
      o.status === 'draft' ? ['running'] : o.status === 'active' ? ['completed', 'failed', 'completed', 'running'] : o.status === 'killed' ? ['completed', 'cancelled'] : ['completed', 'completed'];
    plan.forEach((status, k) => {
      const runId = rng.uuid();
      const startedAt = status === 'running' ? now - rng.int(2, 40) * MINUTE : o.createdAt + Math.floor((now - o.createdAt) * (k / plan.length)) + HOUR;
      const stopAt = rng.int(2, PIPELINE_STEPS.length - 2);
      let t = startedAt;
      const stepRows: unknown[][] = [];
      PIPELINE_STEPS.forEach((name, i) => {
        let st: string;
        if (status === 'completed') st = name === 'build_campaign' && !o.campaigns.length ? 'skipped' : 'completed';
        else if (status === 'failed') st = i < stopAt ? 'completed' : i === stopAt ? 'failed' : 'pending';
        else if (status === 'running') st = i < stopAt ? 'completed' : i === stopAt ? 'running' : 'pending';
        else st = i < stopAt ? 'completed' : 'skipped';
        const dur = rng.int(20, 900) * 1000;
        const s0 = st === 'pending' || st === 'skipped' ? null : t;
        const s1 = st === 'completed' || st === 'failed' ? t + dur : null;
        if (s1) t = s1 + 1000;
        stepRows.push([
          rng.uuid(), runId, name, st,
          st === 'completed' ? { items: rng.int(5, 400), tool: name.includes('compan') ? 'parallel_companies' : name.includes('email') ? 'leadmagic' : 'internal' } : {},
          st === 'failed' ? 'Rate limit exceeded (429) after 3 retries' : null, s0 === null ? null : iso(s0), s1 === null ? null : iso(s1),
        ]);
      });
      runs.push(
        runId, o.id, k === plan.length - 1 && o.campaigns[0] ? o.campaigns[0].id : null, PIPELINE_STEPS,
        { offer_slug: o.slug, max_companies: rng.pick([100, 250, 500]), icp_verticals: o.spec.verticals },
        status, status === 'failed' ? 'Step failed: rate limit exceeded (429) after 3 retries' : null,
        status === 'completed' ? { companies_found: o.companies.length, campaigns_built: o.campaigns.length } : {},
        iso(startedAt), status === 'running' ? null : iso(t),
      );
      for (const r of stepRows) steps.push(...r);
    });
  }
  for (const t of [accounts, offers, companies, campaigns, templates, runs, steps]) {
    await writer.write(t, t.take());
    counts[t.name] = t.written;
  }
  return counts;
}

/** One person's rows into the chunk's tables. */
function emitPerson(tb: Tables, p: Person, r: JourneyResult, now: number, rng: Rng): number {
  const lc = r.lc;
  const suspectId = rng.uuid();
  const { personId, companyId } = p;
  for (const c of p.contacts) {
    const eligible = c.emailStatus !== 'invalid';
    tb.contacts.push(
      c.id, c.companyRow.id, c.offer.id, p.firstName, p.lastName, `${p.firstName} ${p.lastName}`, p.title.title, p.title.normalized,
      p.title.department, p.title.seniority, c.email, c.emailStatus, c.verificationSource, p.phone, c.linkedinUrl,
      `ACoAA${rng.hex(10)}`, c.degree, eligible, c.buyerFit, c.priority, c.sourceTool,
      { provider: c.sourceTool, confidence: Math.round(rng.between(0.6, 0.99) * 100) / 100 }, c.status, c.skipReason, null,
      iso(c.createdAt), iso(c.createdAt),
    );
    const e = c.enrollment;
    if (!e) continue;
    tb.campaignContacts.push(
      e.id, e.campaign.id, c.id, e.currentStep, e.campaign.steps.length, e.status, e.opened, e.clicked, e.replied, e.replySentiment,
      e.meetingBooked, iso(e.addedAt), e.startedAt === null ? null : iso(e.startedAt), e.nextStepAt === null ? null : iso(e.nextStepAt),
      e.completedAt === null ? null : iso(e.completedAt),
    );
    for (const item of e.items) {
      const step = item.step;
      tb.sendQueue.push(
        item.id, e.campaign.id, e.id, c.id, item.accountId, step.channel, step.step, item.subject, item.body, iso(item.scheduledFor),
        step.step === 1 ? 5 : 4, item.status, item.attempts, 3, item.lastAttemptAt === null ? null : iso(item.lastAttemptAt),
        item.lastError, item.externalId, item.sentAt === null ? null : iso(item.sentAt), iso(item.createdAt), iso(Math.max(item.createdAt, item.updatedAt)),
      );
      const m = item.message;
      if (m && item.accountId) {
        tb.messages.push(
          m.id, e.id, e.campaign.id, c.id, item.accountId, item.id, step.channel, step.actionType, step.step, item.subject, item.body,
          { first_name: p.firstName, company_name: p.company.name }, item.externalId, m.threadId, m.status, m.errorMessage,
          m.openedAt === null ? null : iso(m.openedAt), m.clickedAt === null ? null : iso(m.clickedAt),
          m.repliedAt === null ? null : iso(m.repliedAt), m.replyText, m.sentiment, iso(item.scheduledFor),
          item.sentAt === null ? null : iso(item.sentAt), iso(item.createdAt),
        );
      }
      const events = item.events.slice();
      if (item.status === 'skipped' || item.status === 'cancelled') {
        events.push({ id: rng.uuid(), type: 'skipped', at: Math.max(item.createdAt, item.updatedAt), data: { reason: item.lastError }, replyText: null, sentiment: null });
      } else if (item.status === 'pending' || item.status === 'scheduled' || item.status === 'processing') {
        events.push({ id: rng.uuid(), type: 'queued', at: item.createdAt, data: {}, replyText: null, sentiment: null });
        if (item.status !== 'pending') events.push({ id: rng.uuid(), type: 'scheduled', at: item.createdAt + 1000, data: { scheduled_for: iso(item.scheduledFor) }, replyText: null, sentiment: null });
      }
      for (const ev of events) {
        tb.messageEvents.push(ev.id, item.id, c.id, e.campaign.id, item.accountId, ev.type, ev.data, ev.replyText, ev.sentiment, iso(ev.at));
      }
      if (item.history && item.sentAt !== null) {
        const h = item.history;
        tb.outreach.push(
          h.id, p.email, p.linkedinUrl, c.id, e.campaign.id, c.offer.id, item.accountId, item.id, step.channel, item.subject, item.body,
          iso(item.sentAt), h.status, h.repliedAt === null ? null : iso(h.repliedAt), h.sentiment, iso(item.sentAt),
        );
        const accountId = item.accountId!;
        if (step.actionType === 'connection_request') {
          tb.activity.push(rng.uuid(), accountId, null, c.id, 'profile_view', 'success', null, iso(item.sentAt - rng.int(60, 600) * 1000));
        }
        tb.activity.push(rng.uuid(), accountId, m?.id ?? null, c.id, step.actionType, 'success', null, iso(item.sentAt));
      } else if (item.status === 'failed' && item.accountId && item.lastAttemptAt !== null) {
        tb.activity.push(rng.uuid(), item.accountId, m?.id ?? null, c.id, step.actionType, 'failed', item.lastError, iso(item.lastAttemptAt));
      }
      if (item.accountId && item.scheduledFor <= now && rng.chance(0.01)) {
        tb.activity.push(rng.uuid(), item.accountId, null, c.id, step.actionType, 'rate_limited', 'hourly limit reached, retrying next slot', iso(item.scheduledFor - rng.int(7, 50) * MINUTE));
      }
    }
  }

  // ── the lifecycle ──
  const lastMove = lc.movements[lc.movements.length - 1];
  const cooldownUntil = lc.lastChange !== null && lc.lastChange + DAY > now ? lc.lastChange + DAY : null;
  const enrolled = p.contacts.some((c) => c.enrollment);
  const exhausted = [...lc.movements].reverse().find((m) => m.event === 'EVENT_REENGAGEMENT_EXHAUSTED');
  tb.suspects.push(
    suspectId, companyId, personId, p.email, lc.state, lc.funnel, lc.lastEventTs === null ? null : iso(lc.lastEventTs),
    lastMove ? iso(lastMove.processedAt) : null, iso(r.enteredAt), lc.opens, lc.clicks, lc.replies, lc.bitScoreNow, lc.cycle,
    lc.lastReengagementTs === null ? null : iso(lc.lastReengagementTs), false, cooldownUntil === null ? null : iso(cooldownUntil),
    lc.bounced, lc.unsubscribed, lc.disqualified || lc.state === 'DISQUALIFIED', enrolled ? 'outreach' : 'enrichment',
    iso(r.enteredAt), iso(Math.max(r.enteredAt, lc.lastEventTs ?? 0, lastMove?.processedAt ?? 0)),
    // The lifecycle engine's clocks: inactivity and BIT decay, the restarted window, the exhaustion mark.
    lc.lastEngagement === null ? null : iso(lc.lastEngagement),
    lc.windowStart === r.enteredAt ? null : iso(lc.windowStart),
    lc.bitPointsNow,
    exhausted ? iso(exhausted.processedAt + 180 * DAY) : null,
  );
  for (const ev of lc.events) {
    tb.events.push(
      ev.id, companyId, personId, suspectId, ev.type, ev.subtype, iso(ev.ts), ev.sourceSystem, ev.sourceCampaignId, ev.sourceEmailId,
      ev.metadata, true, iso(ev.processedAt), ev.triggered, ev.toState, eventHash(personId, ev.type, ev.sourceSystem, ev.sourceEmailId, ev.ts),
      false, iso(ev.ts),
    );
  }
  const firstVerified = r.signals.find((s) => s.verified);
  if (lc.everWarm) {
    const w = lc.everWarm;
    const demoted = lc.movements.find((m) => m.to === 'REENGAGEMENT' && m.processedAt >= w.at);
    const promoted = lc.movements.find((m) => m.to === 'APPOINTMENT' && m.processedAt >= w.at);
    const nurtureStart = w.at + HOUR;
    const primary = p.contacts.find((c) => c.enrollment) ?? p.contacts[0]!;
    tb.warm.push(
      rng.uuid(), companyId, personId, suspectId, w.reason, w.bit, w.eventId, iso(w.at),
      lc.lastEngagement === null ? null : iso(lc.lastEngagement), w.opens, w.clicks, w.replies, w.bit, lc.opens, lc.clicks, lc.replies,
      !!firstVerified, firstVerified?.id ?? null, `nurture-${primary.offer.slug}-v2`, Math.min(8, Math.floor((now - w.at) / (10 * DAY))),
      iso(nurtureStart), ['WARM', 'TALENTFLOW_WARM', 'APPOINTMENT'].includes(lc.state), !!demoted,
      demoted ? iso(demoted.processedAt) : null, !!promoted, promoted ? iso(promoted.processedAt) : null,
      w.reason === 'manual' ? 'manual' : 'outreach', iso(w.at), iso(Math.max(w.at, lc.lastEngagement ?? 0)),
    );
  }
  const PRIORITY_BY_TYPE = { job_change: 100, startup: 90, company_change: 80, promotion: 70, lateral: 50 } as const;
  for (const s of r.signals) {
    const expires = s.ts + 90 * DAY;
    const moved = s.oldCompanyId !== null;
    tb.talentflow.push(
      s.id, companyId, personId, suspectId, s.type, s.oldCompanyId, moved ? companyId : null, s.oldCompanyName, s.oldTitle,
      moved ? p.company.name : null, s.newTitle, moved ? s.oldCompanyName : s.oldTitle, moved ? p.company.name : s.newTitle,
      iso(s.ts), iso(s.ts - rng.int(1, 72) * HOUR), s.verified, s.verifiedAt === null ? null : iso(Math.min(s.verifiedAt, now)),
      s.source, s.confidence, true, iso(s.ts + rng.int(1, 120) * 1000), s.triggered, PRIORITY_BY_TYPE[s.type], expires < now, iso(expires),
      'talentflow', `tf_${rng.hex(12)}`, { linkedin_url: p.linkedinUrl, detected_by: 'profile_diff' }, iso(s.ts), iso(s.ts),
    );
  }
  for (const b of lc.bits) {
    const p2 = b.points;
    tb.bits.push(
      b.id, companyId, personId, suspectId, b.score, b.previous, p2.open, p2.click, p2.reply, p2.website, p2.content, p2.webinar,
      p2.talentflow, b.decay, b.score >= 25, b.score >= 50, b.score >= 75, b.reason, b.eventId, iso(b.ts), b.triggeredChange, b.newState,
      { components: p2, decay_days: b.decay, formula: 'sum(capped components) - min(30, days since last engagement)' }, iso(b.ts),
    );
  }
  for (const m of lc.movements) {
    tb.movements.push(
      m.id, companyId, personId, suspectId, m.from, m.to, m.fromFunnel, m.toFunnel, m.event, m.triggeringEventId, m.triggeringTable,
      iso(m.eventTs), iso(m.processedAt), true, m.checks, m.wasInCooldown, m.bypassed, m.bypassReason, !!m.override,
      m.override?.user ?? null, m.override?.reason ?? null, null, null, { engine: 'lifecycle', source_funnel: m.fromFunnel }, iso(m.processedAt),
    );
  }
  for (const a of r.appointments) {
    const video = a.meetingFormat === 'video';
    tb.appointments.push(
      a.id, companyId, personId, suspectId, iso(a.ts), iso(a.end), a.zone, a.status, a.outcome, a.meetingType, a.meetingFormat,
      video ? `https://meet.google.com/${rng.hex(3)}-${rng.hex(4)}-${rng.hex(3)}` : null,
      a.meetingFormat === 'in_person' ? `${p.company.name}, ${p.company.location.city}` : null, `gcal_${rng.hex(16)}`,
      a.bookingSource === 'calendly' ? `cal_${rng.hex(16)}` : null, `hs_mtg_${rng.hex(10)}`, a.notes,
      `Researched ${p.company.name}: ${p.company.size} employees, ${p.company.vertical}.`, a.status === 'completed' ? a.nextSteps : null,
      a.attendees.length, a.attendees, a.attendeeTitles, a.sourceFunnel, a.bookingSource, a.triggeringEventId, a.followUpDate !== null,
      a.followUpDate === null ? null : isoDate(a.followUpDate), a.nextSteps, a.rescheduleCount, a.originalTs === null ? null : iso(a.originalTs),
      a.rescheduleReason, a.promotedToClient, a.promotedAt === null ? null : iso(a.promotedAt), a.demoted,
      a.demotedAt === null ? null : iso(a.demotedAt), { booked_via: a.bookingSource }, iso(a.createdAt), iso(Math.min(Math.max(a.createdAt, a.updatedAt), now)),
    );
  }
  if (r.client) {
    const c = r.client;
    const monthly = Math.round((c.annual / 12) * 100) / 100;
    const onboardingStarted = c.startDate <= now ? c.startDate + DAY : null;
    const onboardingDone = onboardingStarted !== null && now - onboardingStarted > 45 * DAY ? onboardingStarted + rng.int(20, 45) * DAY : null;
    tb.clients.push(
      c.id, companyId, personId, suspectId, iso(c.signedTs), isoDate(c.startDate), isoDate(c.startDate), isoDate(c.endDate), c.status,
      c.lives, c.annual.toFixed(2), monthly.toFixed(2), ((c.annual * c.termMonths) / 12).toFixed(2), 'USD', c.revenueType, c.sourceFunnel,
      c.appointmentId, c.channel, c.daysToConversion, c.touchpoints, c.meetings, c.rep.id, c.rep.name, c.rep.team, `deal_${rng.hex(10)}`,
      `acct_${rng.hex(10)}`, `${rng.int(1e9, 9e9)}`, c.termMonths <= 6 ? 'pilot' : c.termMonths > 12 ? 'multi_year' : 'annual', c.termMonths, c.autoRenewal,
      `Signed after ${c.meetings} meeting(s).`, rng.pick(['Fast time to value', 'Best price per seat', 'Champion pushed it through', 'Integration fit']),
      onboardingDone !== null ? 'completed' : onboardingStarted !== null ? 'in_progress' : 'pending',
      onboardingStarted === null ? null : iso(onboardingStarted), onboardingDone === null ? null : iso(onboardingDone),
      rng.pick(['Lena Fischer', 'Tom Okafor', 'Ines Moreau']), c.churnedAt === null ? null : iso(c.churnedAt),
      c.status === 'churned' ? rng.pick(['Budget cut', 'Acquired by a competitor customer', 'Low adoption']) : null,
      { company_domain: p.company.domain }, iso(c.signedTs), iso(Math.min(now, Math.max(c.signedTs, c.churnedAt ?? 0))),
    );
  }
  return lc.events.length;
}

/** Builds the people for one company slot: names, emails, contacts under the company's offers. */
class PeopleFactory {
  private readonly usedEmails = new Set<string>();
  private readonly cumulative: Float64Array;

  constructor(
    private readonly seed: number,
    private readonly cat: Catalog,
    private readonly now: number,
  ) {
    const usable = cat.companies;
    this.cumulative = new Float64Array(usable.length);
    let sum = 0;
    usable.forEach((c, i) => {
      sum += c.weight;
      this.cumulative[i] = sum;
    });
  }

  private company(rng: Rng): Company {
    const total = this.cumulative[this.cumulative.length - 1]!;
    const x = rng.float() * total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.cat.companies[lo]!;
  }

  make(index: number, maxContacts: number): Person {
    const rng = new Rng(this.seed, 'people', index);
    let company = this.company(rng);
    for (let i = 0; i < 5 && !company.rows.length; i += 1) company = this.company(rng);
    const firstName = rng.pick(FIRST_NAMES);
    const lastName = rng.pick(LAST_NAMES);
    const base = `${firstName}.${lastName}`.toLowerCase();
    let email = `${base}@${company.domain}`;
    for (let n = 2; this.usedEmails.has(email); n += 1) email = `${base}${n}@${company.domain}`;
    this.usedEmails.add(email);
    const handle = `${firstName}-${lastName}`.toLowerCase();
    const linkedinUrl = `https://linkedin.com/in/${handle}-${rng.hex(6)}`;
    const title = rng.pick(TITLES);
    const baseStatus = rng.weighted([
      ['valid', 68],
      ['unknown', 14],
      ['risky', 12],
      ['invalid', 6],
    ] as const);
    const degree = rng.weighted([
      [1, 7],
      [2, 45],
      [3, 34],
      [null, 14],
    ] as const);
    const rows = company.rows.filter((r) => rng.chance(0.8));
    if (!rows.length) rows.push(rng.pick(company.rows));
    const contacts: ContactRow[] = rows.slice(0, maxContacts).map((row) => this.contact(rng, row, email, linkedinUrl, baseStatus, degree, title.seniority));
    return {
      index,
      firstName,
      lastName,
      email,
      linkedinUrl,
      title,
      company,
      personId: personIdForEmail(email)!,
      companyId: companyIdForDomain(company.domain)!,
      phone: rng.chance(0.3) ? `+1-${rng.int(200, 989)}-555-${String(rng.int(0, 9999)).padStart(4, '0')}` : null,
      contacts,
    };
  }

  private contact(rng: Rng, row: CompanyRow, email: string, linkedinUrl: string, baseStatus: ContactRow['emailStatus'], degree: ContactRow['degree'], seniority: string): ContactRow {
    const offer: Offer = row.offer;
    // The same person is stored differently under different offers; normalization links them.
    const rawEmail = rng.chance(0.12) ? email.replace(/^[a-z]|\.[a-z]|@[a-z]/g, (s) => s.toUpperCase()) : email;
    const rawLinkedin = rng.chance(0.25) ? `${linkedinUrl.replace('https://linkedin.com', 'https://www.linkedin.com')}/` : linkedinUrl;
    if (normalizeLinkedinUrl(rawLinkedin) !== linkedinUrl) throw new Error(`seed: LinkedIn URL ${rawLinkedin} does not normalize`);
    const emailStatus = rng.chance(0.9) ? baseStatus : rng.pick(['valid', 'unknown', 'risky'] as const);
    const createdAt = Math.min(this.now - HOUR, row.createdAt + rng.int(1, 72) * HOUR);
    let status = 'new';
    let skipReason: string | null = null;
    if (emailStatus === 'invalid') {
      status = 'skip';
      skipReason = 'invalid_email';
    } else if (degree === 1) {
      status = 'skip';
      skipReason = '1st_degree';
    } else {
      status = rng.weighted([
        ['ready', 55],
        ['enriched', 30],
        ['new', 15],
      ] as const);
    }
    const fit = Math.max(1, Math.min(10, row.fitScore + rng.int(-2, 2) + (seniority === 'c_level' || seniority === 'vp' ? 1 : 0)));
    return {
      id: rng.uuid(),
      offer,
      companyRow: row,
      email: rawEmail,
      linkedinUrl: rawLinkedin,
      emailStatus,
      verificationSource: emailStatus === 'unknown' ? null : rng.pick(['leadmagic', 'fullenrich', 'leadmagic']),
      degree,
      buyerFit: fit,
      priority: fit >= 8 ? 'high' : fit >= 5 ? 'medium' : 'low',
      sourceTool: rng.pick(['parallel', 'leadmagic', 'linkedin', 'parallel', 'manual']),
      createdAt,
      status,
      skipReason,
      enrollment: null,
    };
  }
}

/** Tool usage: searches per offer, people and email lookups per company row. */
async function writeToolUsage(writer: Writer, client: pg.ClientBase, cat: Catalog, perRow: Map<string, number>, seed: number, now: number): Promise<number> {
  const rng = new Rng(seed, 'tool-usage');
  const toolIds = new Map<string, string>(
    (await client.query<{ name: string; id: string }>('SELECT name, id FROM public.tools')).rows.map((r) => [r.name, r.id]),
  );
  const t = new Table('public.tool_usage', [
    'id', 'tool_id', 'offer_id', 'company_id', 'contact_id', 'action', 'request_params:json', 'status', 'response_summary:json',
    'results_count', 'error_message', 'credits_used', 'duration_ms', 'created_at',
  ]);
  const status = () =>
    rng.weighted([
      ['success', 94],
      ['error', 3],
      ['rate_limited', 3],
    ] as const);
  for (const o of cat.offers) {
    const rows = o.companies;
    for (let i = 0; i < rows.length; i += 25) {
      const batch = rows.slice(i, i + 25);
      const st = status();
      const tool = rng.pick(['parallel_companies', 'theirstack', 'exa']);
      t.push(
        rng.uuid(), toolIds.get(tool), o.id, null, null, 'search', { query: `${o.spec.verticals.join(' OR ')} companies`, limit: 25, page: i / 25 + 1 }, st,
        st === 'success' ? { companies: batch.length } : null, st === 'success' ? batch.length : 0,
        st === 'error' ? '502 Bad Gateway' : st === 'rate_limited' ? '429 Too Many Requests' : null, st === 'success' ? batch.length : 0,
        rng.int(400, 9000), iso(Math.min(now - MINUTE, batch[0]!.createdAt - rng.int(5, 120) * MINUTE)),
      );
    }
    for (const row of rows) {
      const n = perRow.get(row.id) ?? 0;
      if (!n) continue;
      const at = Math.min(now - MINUTE, row.createdAt + rng.int(10, 600) * MINUTE);
      t.push(rng.uuid(), toolIds.get('parallel_people'), o.id, row.id, null, 'find_people', { domain: row.company.domain, titles: o.spec.buyerTitles }, 'success', { people: n }, n, null, n, rng.int(800, 6000), iso(at));
      const st = status();
      t.push(
        rng.uuid(), toolIds.get('leadmagic'), o.id, row.id, null, 'find_emails', { domain: row.company.domain, count: n }, st,
        st === 'success' ? { found: n } : null, st === 'success' ? n : 0, st === 'error' ? 'Upstream timeout' : st === 'rate_limited' ? '429 Too Many Requests' : null,
        st === 'success' ? n : 0, rng.int(300, 4000), iso(at + 5 * MINUTE),
      );
      if (rng.chance(0.5)) {
        t.push(rng.uuid(), toolIds.get('fullenrich'), o.id, row.id, null, 'verify_emails', { count: n }, 'success', { valid: Math.max(0, n - 1) }, n, null, n, rng.int(300, 3000), iso(at + 10 * MINUTE));
      }
    }
  }
  await writer.write(t, t.take());
  return t.written;
}

export async function generate(client: pg.ClientBase, kind: 'postgres' | 'embedded', options: SeedOptions): Promise<SeedReport> {
  const started = Date.now();
  const now = options.now.getTime();
  const progress = (phase: SeedProgress['phase'], contacts: number, events: number) =>
    options.onProgress?.({ phase, contacts, contactsTarget: options.contacts, events });

  const busy = await nonEmptyTables(client);
  if (busy.length && !options.reset) {
    throw new DatabaseNotEmptyError(
      `The database already has data (${busy.slice().reverse().slice(0, 3).join(', ')}${busy.length > 3 ? ', …' : ''}); refusing to add demo data to it. Run with --reset to truncate the domain tables and seed again.`,
    );
  }
  if (busy.length) await resetDomain(client);

  const writer: Writer = kind === 'postgres' ? new CopyWriter(client) : new InsertWriter(client);
  const funnelWriter: Writer =
    kind === 'postgres' && options.funnelClient ? new CopyWriter(options.funnelClient) : writer;
  // History is not news: the live subscriptions' change capture is off for the seed's sessions.
  for (const c of new Set([client, options.funnelClient])) await c?.query("SET gtm.change_log = 'off'");
  if (kind === 'postgres') {
    // Bulk load: a crash would lose the last chunks, never corrupt anything; rerun with --reset.
    for (const c of [client, options.funnelClient]) await c?.query('SET synchronous_commit = off');
  }
  progress('catalog', 0, 0);
  const cat = buildCatalog(options.seed, options, now);
  const rows = await writeCatalog(writer, client, cat, options.seed, now);

  // ── people, in chunks ──
  const tb = tables();
  // Foreign-key order within each family; the two families do not reference each other.
  const outreachOrder: (keyof Tables)[] = ['contacts', 'campaignContacts', 'sendQueue', 'messages', 'messageEvents', 'outreach', 'activity'];
  const funnelOrder: (keyof Tables)[] = ['suspects', 'events', 'warm', 'talentflow', 'bits', 'movements', 'appointments', 'clients'];
  const order = [...outreachOrder, ...funnelOrder];
  const allocator = new Allocator(localDay('UTC', now) - 1200);
  const otherRng = cat.companies;
  const ctx: JourneyContext = {
    seed: options.seed,
    now,
    allocator,
    clientCompanies: new Set(),
    visitRate: Math.max(0, (options.events / Math.max(1, options.contacts)) * 1.5 - 2.2),
    otherCompany: (rng, except) => {
      let c = rng.pick(otherRng);
      if (c === except) c = otherRng[(c.index + 1) % otherRng.length]!;
      return { name: c.name, id: companyIdForDomain(c.domain)! };
    },
  };
  const factory = new PeopleFactory(options.seed, cat, now);
  const perRow = new Map<string, number>();
  const chunkSize = options.chunk ?? (kind === 'postgres' ? 4000 : 1000);
  let contacts = 0;
  let events = 0;
  let person = 0;
  let pending: Promise<void> = Promise.resolve();
  const flush = async (parts: [Table, unknown[][]][]) => {
    const outreach = parts.filter(([t]) => t.name.startsWith('public.'));
    const funnel = parts.filter(([t]) => t.name.startsWith('funnel.'));
    if (funnelWriter === writer) {
      for (const [t, r] of [...outreach, ...funnel]) await writer.write(t, r);
      return;
    }
    await Promise.all([
      (async () => {
        for (const [t, r] of outreach) await writer.write(t, r);
      })(),
      (async () => {
        for (const [t, r] of funnel) await funnelWriter.write(t, r);
      })(),
    ]);
  };
  let chunkStartContacts = 0;
  let chunkStartEvents = 0;
  let chunkVisits = 0;
  while (contacts < options.contacts) {
    const p = factory.make(person, options.contacts - contacts);
    const emitRng = new Rng(options.seed, 'emit', person);
    const r = playJourney(p, ctx);
    for (const c of p.contacts) perRow.set(c.companyRow.id, (perRow.get(c.companyRow.id) ?? 0) + 1);
    events += emitPerson(tb, p, r, now, emitRng);
    chunkVisits += r.lc.events.filter((e) => e.sourceSystem === 'website' || e.sourceSystem === 'zoom_webinars').length;
    contacts += p.contacts.length;
    person += 1;
    if (person % chunkSize === 0 || contacts >= options.contacts) {
      // Steer the website-visit rate so the run lands just above the events target.
      const doneContacts = contacts - chunkStartContacts;
      const chunkEvents = events - chunkStartEvents;
      const natural = (chunkEvents - chunkVisits) / Math.max(1, doneContacts);
      const visitsPerUnitRate = chunkVisits / Math.max(1e-9, ctx.visitRate) / Math.max(1, doneContacts);
      const remaining = options.contacts - contacts;
      if (remaining > 0 && visitsPerUnitRate > 0) {
        const needPerContact = (options.events * 1.03 - events) / remaining;
        ctx.visitRate = Math.min(40, Math.max(0, (needPerContact - natural) / visitsPerUnitRate));
      } else if (remaining > 0 && options.events * 1.03 > events) {
        ctx.visitRate = Math.max(ctx.visitRate, 0.5);
      }
      chunkStartContacts = contacts;
      chunkStartEvents = events;
      chunkVisits = 0;
      const parts = order.map((k) => [tb[k], tb[k].take()] as [Table, unknown[][]]);
      await pending;
      pending = flush(parts);
      progress('people', contacts, events);
    }
    if (person % 250 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await pending;
  for (const k of order) rows[tb[k].name] = tb[k].written;
  rows['public.tool_usage'] = await writeToolUsage(writer, client, cat, perRow, options.seed, now);

  progress('counters', contacts, events);
  await updateCounters(client, now);
  progress('analyze', contacts, events);
  await client.query('ANALYZE');
  progress('done', contacts, events);
  return {
    rows,
    seconds: (Date.now() - started) / 1000,
    deferredSends: allocator.deferrals,
    unplacedSends: allocator.failures,
  };
}

export { render, type Campaign };
