// The SQL-only parts of the schema: that every function, view and trigger the design documents
// name exists, that each CHECK constraint rejects a bad row (and every CHECK in the database is
// exercised here), the stored generated columns, the triggers' behaviour and the tools seed.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../../src/database/schema-engine.js';
import { insert, make, one, openSqlTest, rows, type Row, type SqlTestContext } from '../helpers/sql.js';

let t: SqlTestContext;
let world: Record<string, Row>;

const PERSON = '11111111-1111-4111-8111-111111111111';
const COMPANY = '22222222-2222-4222-8222-222222222222';

beforeAll(async () => {
  t = await openSqlTest();
  const c = t.client;
  const offer = await make.offer(c);
  const company = await make.company(c, offer.id);
  const contact = await make.contact(c, company.id, offer.id, { email: 'a@example.com' });
  const contact2 = await make.contact(c, company.id, offer.id, { email: 'b@example.com' });
  const account = await make.account(c);
  const campaign = await make.campaign(c, offer.id);
  const cc = await make.campaignContact(c, campaign.id, contact.id);
  const queue = await make.queueItem(c, campaign.id, contact.id);
  const tool = await one(c, `SELECT * FROM public.tools WHERE name = 'exa'`);
  const run = await insert(c, 'public.pipeline_runs', { steps: '[]' });
  world = { offer, company, contact, contact2, account, campaign, cc, queue, tool, run };
});

afterAll(() => t?.close());

/** Runs fn in a transaction that is always rolled back, so cases cannot affect each other. */
async function rolledBack<T>(fn: () => Promise<T>): Promise<T> {
  await t.client.query('BEGIN');
  try {
    return await fn();
  } finally {
    await t.client.query('ROLLBACK');
  }
}

// ───────────────────────────── catalog ─────────────────────────────

describe('catalog', () => {
  it('has exactly the expected functions', async () => {
    const names = await rows<{ name: string }>(
      t.client,
      `SELECT DISTINCT n.nspname || '.' || p.proname AS name
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname IN ('public', 'funnel') ORDER BY 1`,
    );
    expect(names.map((r) => r.name)).toEqual(
      [
        // normalized keys and lifecycle ids
        'public.js_trim',
        'public.js_lower',
        'public.normalize_email',
        'public.normalize_domain',
        'public.normalize_linkedin_url',
        'funnel.name_uuid',
        'funnel.person_id_for_email',
        'funnel.company_id_for_domain',
        // funnel helpers (FUNNEL_SCHEMA.md "Functions")
        'funnel.get_funnel_membership',
        'funnel.is_valid_transition',
        'funnel.state_to_funnel',
        'funnel.is_in_cooldown',
        'funnel.count_events_in_window',
        'funnel.get_current_bit_score',
        'funnel.has_fresh_talentflow_signal',
        'funnel.get_journey_summary',
        'funnel.generate_event_hash',
        // the lifecycle engine: the cold-outreach mark for the send path
        'funnel.cold_outreach_block_reason',
        'funnel.is_cold_outreach_blocked',
        // accounts
        'public.account_day',
        'public.account_counter_for',
        'public.account_warmup_week',
        'public.warmup_daily_cap',
        'public.account_is_sendable',
        'public.account_today_count',
        'public.account_row_daily_cap',
        'public.account_daily_cap',
        'public.account_sends_last_hour',
        'public.can_account_send',
        'public.increment_account_counter',
        'public.reset_daily_counters',
        // campaign metrics
        'public.message_was_sent',
        'public.rate_percent',
        'public.campaign_metrics',
        'public.update_campaign_metrics',
        // trigger functions
        'public.set_updated_at',
        'funnel.track_state_change',
        'funnel.set_talentflow_expiry',
        'funnel.track_reschedule',
        'funnel.set_days_to_conversion',
        // change capture for the live subscriptions
        'public.change_log_enabled',
        'public.change_log_horizon',
        'public.change_log_since',
        'public.change_log_notify',
        'public.change_log_send_queue_insert',
        'public.change_log_send_queue_update',
        'public.change_log_messages_insert',
        'public.change_log_messages_update',
        'public.change_log_message_events_insert',
        'public.change_log_outreach_insert',
        'funnel.change_log_movement_insert',
      ].sort(),
    );
  });

  it('gives the documented functions their documented signatures', async () => {
    const signatures = await rows<{ sig: string }>(
      t.client,
      `SELECT p.oid::regprocedure::text AS sig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname IN ('public', 'funnel')`,
    );
    const have = new Set(signatures.map((r) => r.sig));
    for (const sig of [
      'normalize_email(text)',
      'normalize_domain(text)',
      'normalize_linkedin_url(text)',
      'funnel.person_id_for_email(text)',
      'funnel.company_id_for_domain(text)',
      'reset_daily_counters(timestamp with time zone)',
      'can_account_send(uuid,text,timestamp with time zone)',
      'increment_account_counter(uuid,text,timestamp with time zone)',
      'account_daily_cap(uuid,text,timestamp with time zone)',
      'update_campaign_metrics(uuid)',
      'funnel.get_funnel_membership(uuid)',
      'funnel.is_valid_transition(funnel.lifecycle_state,funnel.lifecycle_state,funnel.event_type)',
      'funnel.state_to_funnel(funnel.lifecycle_state)',
      'funnel.is_in_cooldown(uuid,timestamp with time zone)',
      'funnel.count_events_in_window(uuid,funnel.event_type,integer,timestamp with time zone)',
      'funnel.get_current_bit_score(uuid)',
      'funnel.has_fresh_talentflow_signal(uuid,timestamp with time zone)',
      'funnel.get_journey_summary(uuid,timestamp with time zone)',
      'funnel.generate_event_hash(uuid,funnel.event_type,text,text,timestamp with time zone)',
      'funnel.is_cold_outreach_blocked(text,timestamp with time zone)',
      'funnel.cold_outreach_block_reason(text,timestamp with time zone)',
    ]) {
      expect(have, sig).toContain(sig);
    }
    // The trailing p_now / p_days arguments are optional: the documented calls work as written.
    const r = await one(
      t.client,
      `SELECT public.can_account_send($1, 'email') AS a, public.reset_daily_counters() >= 0 AS b,
              funnel.is_in_cooldown($2) AS c, funnel.count_events_in_window($2, 'EVENT_REPLY') AS d,
              funnel.has_fresh_talentflow_signal($2) AS e`,
      [world.account!.id, PERSON],
    );
    expect(r).toEqual({ a: true, b: true, c: false, d: 0, e: false });
  });

  it('has exactly the expected views, and each one runs', async () => {
    const views = await rows<{ name: string }>(
      t.client,
      `SELECT schemaname || '.' || viewname AS name FROM pg_views WHERE schemaname IN ('public', 'funnel') ORDER BY 1`,
    );
    const expected = [
      'public.offer_dashboard',
      'public.contacts_ready',
      'public.account_health',
      'public.account_capacity',
      'public.campaign_performance',
      'public.todays_queue',
      'public.leads_for_review',
      'public.todays_schedule',
      'public.activity_feed',
      'public.daily_account_message_volume',
      'funnel.v_current_bit_scores',
      'funnel.v_recent_movements',
      'funnel.v_movement_summary',
      'funnel.v_upcoming_appointments',
      'funnel.v_appointment_outcomes',
      'funnel.v_active_clients',
      'funnel.v_revenue_by_funnel',
      'funnel.v_monthly_conversions',
      'funnel.v_upcoming_renewals',
    ];
    expect(views.map((v) => v.name)).toEqual([...expected].sort());
    for (const view of expected) await t.client.query(`SELECT * FROM ${view}`);
  });

  it('has exactly the expected triggers', async () => {
    const triggers = await rows<{ line: string }>(
      t.client,
      `SELECT n.nspname || '.' || c.relname || ' ' || g.tgname || ' -> ' || fn.nspname || '.' || p.proname AS line
       FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_proc p ON p.oid = g.tgfoid JOIN pg_namespace fn ON fn.oid = p.pronamespace
       WHERE NOT g.tgisinternal AND n.nspname IN ('public', 'funnel') ORDER BY 1`,
    );
    const updatedAt = [
      'public.offers',
      'public.companies',
      'public.contacts',
      'public.campaigns',
      'public.accounts',
      'public.tools',
      'public.message_templates',
      'public.send_queue',
      'funnel.suspect_universe',
      'funnel.warm_universe',
      'funnel.talentflow_signal_log',
      'funnel.appointment_history',
      'funnel.client_conversion',
    ].map((table) => `${table} ${table.split('.')[1]}_set_updated_at -> public.set_updated_at`);
    expect(triggers.map((r) => r.line)).toEqual(
      [
        ...updatedAt,
        'funnel.suspect_universe suspect_universe_track_state_change -> funnel.track_state_change',
        'funnel.talentflow_signal_log talentflow_signal_log_set_expiry -> funnel.set_talentflow_expiry',
        'funnel.appointment_history appointment_history_track_reschedule -> funnel.track_reschedule',
        'funnel.client_conversion client_conversion_set_days_to_conversion -> funnel.set_days_to_conversion',
        'public.send_queue trg_change_log_send_queue_insert -> public.change_log_send_queue_insert',
        'public.send_queue trg_change_log_send_queue_update -> public.change_log_send_queue_update',
        'public.messages trg_change_log_messages_insert -> public.change_log_messages_insert',
        'public.messages trg_change_log_messages_update -> public.change_log_messages_update',
        'public.message_events trg_change_log_message_events_insert -> public.change_log_message_events_insert',
        'public.outreach_history trg_change_log_outreach_insert -> public.change_log_outreach_insert',
        'funnel.prospect_movement trg_change_log_movement_insert -> funnel.change_log_movement_insert',
      ].sort(),
    );
  });

  it('maintains updated_at on every table that has one', async () => {
    const tables = await rows<{ name: string }>(
      t.client,
      `SELECT table_schema || '.' || table_name AS name FROM information_schema.columns
       WHERE column_name = 'updated_at' AND table_schema IN ('public', 'funnel')
         AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE')
       ORDER BY 1`,
    );
    const withTrigger = await rows<{ name: string }>(
      t.client,
      `SELECT DISTINCT n.nspname || '.' || c.relname AS name
       FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE g.tgfoid = 'public.set_updated_at()'::regprocedure ORDER BY 1`,
    );
    expect(tables.length).toBe(13);
    expect(withTrigger).toEqual(tables);
  });

  it('keeps NOW() and CURRENT_DATE out of index predicates', async () => {
    const bad = await rows(
      t.client,
      `SELECT indexrelid::regclass::text AS name FROM pg_index
       WHERE pg_get_expr(indpred, indrelid) ~* '(now\\(\\)|current_date|current_timestamp)'`,
    );
    expect(bad).toEqual([]);
  });

  it('has the expression indexes on the positioning canvas', async () => {
    const defs = await rows<{ def: string }>(
      t.client,
      `SELECT indexdef AS def FROM pg_indexes WHERE indexname LIKE 'idx_offers_positioning_%' ORDER BY 1`,
    );
    expect(defs.map((d) => d.def)).toEqual([
      "CREATE INDEX idx_offers_positioning_category ON public.offers USING gin (((positioning -> 'category'::text)))",
      "CREATE INDEX idx_offers_positioning_problem ON public.offers USING gin (((positioning -> 'problem'::text)))",
    ]);
  });
});

// ───────────────────────────── CHECK constraints ─────────────────────────────

/** A valid row per table, built from the world; a case overrides some of its values. */
function baseRow(table: string): Row {
  const w = world;
  const now = new Date();
  switch (table) {
    case 'public.offers':
      return { name: 'O', type: 'product', ownership: 'internal', description: 'd' };
    case 'public.companies':
      return { offer_id: w.offer!.id, name: 'C', source_tool: 'manual' };
    case 'public.contacts':
      return { company_id: w.company!.id, offer_id: w.offer!.id, source_tool: 'manual' };
    case 'public.campaigns':
      return { name: 'K', offer_id: w.offer!.id, channel: 'email' };
    case 'public.campaign_contacts':
      return { campaign_id: w.campaign!.id, contact_id: w.contact2!.id };
    case 'public.messages':
      return {
        campaign_contact_id: w.cc!.id,
        contact_id: w.contact!.id,
        account_id: w.account!.id,
        channel: 'email',
        sequence_step: 1,
        body: 'b',
      };
    case 'public.accounts':
      return { name: 'A', type: 'email', owner: 'o' };
    case 'public.account_activity':
      return { account_id: w.account!.id, action_type: 'email', status: 'success' };
    case 'public.tools':
      return { name: 'probe-tool', type: 'enrichment' };
    case 'public.tool_usage':
      return { tool_id: w.tool!.id, action: 'search', status: 'success' };
    case 'public.message_templates':
      return { offer_id: w.offer!.id, name: 'T', channel: 'email', body: 'b' };
    case 'public.send_queue':
      return { campaign_id: w.campaign!.id, contact_id: w.contact!.id, channel: 'email', body: 'b', scheduled_for: now };
    case 'public.send_attempts':
      return { send_queue_id: w.queue!.id, attempt: 1, idempotency_key: `probe-${w.queue!.id}`, worker_id: 'w', provider: 'fake' };
    case 'public.message_events':
      return { send_queue_id: w.queue!.id, contact_id: w.contact!.id, campaign_id: w.campaign!.id, event_type: 'sent' };
    case 'public.outreach_history':
      return { channel: 'email' };
    case 'public.pipeline_runs':
      return { steps: '[]' };
    case 'public.pipeline_steps':
      return { pipeline_run_id: w.run!.id, step_name: 's' };
    case 'public.api_keys':
      return { name: 'key', prefix: '0123456789ab', secret_hash: 'a'.repeat(64), roles: ['viewer'] };
    case 'funnel.suspect_universe':
      return { company_id: COMPANY, person_id: PERSON, email: 'p@example.com' };
    case 'funnel.engagement_events':
      return { company_id: COMPANY, person_id: PERSON, event_type: 'EVENT_REPLY' };
    case 'funnel.warm_universe':
      return { company_id: COMPANY, person_id: PERSON, warm_reason: 'reply' };
    case 'funnel.talentflow_signal_log':
      return { company_id: COMPANY, person_id: PERSON, signal_type: 'promotion', signal_ts: now };
    case 'funnel.bit_signal_log':
      return { company_id: COMPANY, person_id: PERSON, bit_score: 10, bit_reason: 'email_open' };
    case 'funnel.prospect_movement':
      return { company_id: COMPANY, person_id: PERSON, from_state: 'SUSPECT', to_state: 'WARM', event_type: 'EVENT_REPLY' };
    case 'funnel.appointment_history':
      return { company_id: COMPANY, person_id: PERSON, appointment_ts: now };
    case 'funnel.client_conversion':
      return { company_id: COMPANY };
    default:
      throw new Error(`no base row for ${table}`);
  }
}

interface CheckCase {
  table: string;
  bad: Row | (() => Row);
  constraint: string;
  /** The timezone checks fail inside timezone() with 22023 instead of a check violation. */
  code?: string;
}

const SOME_UUID = '33333333-3333-4333-8333-333333333333';
const HOUR = 3600_000;

const CASES: CheckCase[] = [
  // offers
  { table: 'public.offers', bad: { type: 'hardware' }, constraint: 'offers_type_check' },
  { table: 'public.offers', bad: { ownership: 'partner' }, constraint: 'offers_ownership_check' },
  { table: 'public.offers', bad: { ownership: 'client' }, constraint: 'offers_client_name_check' },
  { table: 'public.offers', bad: { ownership: 'client', client_name: '' }, constraint: 'offers_client_name_check' },
  { table: 'public.offers', bad: { price_range: 'cheap' }, constraint: 'offers_price_range_check' },
  { table: 'public.offers', bad: { status: 'archived' }, constraint: 'offers_status_check' },
  { table: 'public.offers', bad: { total_sent: -1 }, constraint: 'offers_counters_check' },
  // companies
  { table: 'public.companies', bad: { size: '2-5' }, constraint: 'companies_size_check' },
  { table: 'public.companies', bad: { size_exact: -1 }, constraint: 'companies_size_exact_check' },
  { table: 'public.companies', bad: { fit_score: 0 }, constraint: 'companies_fit_score_check' },
  { table: 'public.companies', bad: { fit_score: 11 }, constraint: 'companies_fit_score_check' },
  { table: 'public.companies', bad: { priority: 'urgent' }, constraint: 'companies_priority_check' },
  { table: 'public.companies', bad: { status: 'won' }, constraint: 'companies_status_check' },
  // contacts
  { table: 'public.contacts', bad: { seniority: 'intern' }, constraint: 'contacts_seniority_check' },
  { table: 'public.contacts', bad: { email_status: 'catch_all' }, constraint: 'contacts_email_status_check' },
  { table: 'public.contacts', bad: { connection_degree: 4 }, constraint: 'contacts_connection_degree_check' },
  { table: 'public.contacts', bad: { global_status: 'blocked' }, constraint: 'contacts_global_status_check' },
  { table: 'public.contacts', bad: { buyer_fit_score: 0 }, constraint: 'contacts_buyer_fit_score_check' },
  { table: 'public.contacts', bad: { priority: 'urgent' }, constraint: 'contacts_priority_check' },
  { table: 'public.contacts', bad: { status: 'lost' }, constraint: 'contacts_status_check' },
  { table: 'public.contacts', bad: { global_contact_count: -1 }, constraint: 'contacts_counters_check' },
  // campaigns
  { table: 'public.campaigns', bad: { channel: 'sms' }, constraint: 'campaigns_channel_check' },
  { table: 'public.campaigns', bad: { campaign_type: 'warm' }, constraint: 'campaigns_campaign_type_check' },
  { table: 'public.campaigns', bad: { status: 'running' }, constraint: 'campaigns_status_check' },
  { table: 'public.campaigns', bad: { send_window_start: '17:00', send_window_end: '09:00' }, constraint: 'campaigns_send_window_check' },
  { table: 'public.campaigns', bad: { send_window_start: '09:00', send_window_end: '09:00' }, constraint: 'campaigns_send_window_check' },
  { table: 'public.campaigns', bad: { send_days: [0, 1] }, constraint: 'campaigns_send_days_check' },
  { table: 'public.campaigns', bad: { send_days: [1, 8] }, constraint: 'campaigns_send_days_check' },
  { table: 'public.campaigns', bad: { timezone: 'Mars/Olympus_Mons' }, constraint: 'campaigns_timezone_check', code: '22023' },
  { table: 'public.campaigns', bad: { contacts_remaining: -1 }, constraint: 'campaigns_counters_check' },
  { table: 'public.campaigns', bad: { reply_rate: -0.01 }, constraint: 'campaigns_rates_check' },
  // campaign_contacts
  { table: 'public.campaign_contacts', bad: { status: 'sent' }, constraint: 'campaign_contacts_status_check' },
  { table: 'public.campaign_contacts', bad: { reply_sentiment: 'angry' }, constraint: 'campaign_contacts_reply_sentiment_check' },
  { table: 'public.campaign_contacts', bad: { current_step: -1 }, constraint: 'campaign_contacts_steps_check' },
  // messages
  { table: 'public.messages', bad: { channel: 'sms' }, constraint: 'messages_channel_check' },
  { table: 'public.messages', bad: { action_type: 'call' }, constraint: 'messages_action_type_check' },
  { table: 'public.messages', bad: { status: 'read' }, constraint: 'messages_status_check' },
  { table: 'public.messages', bad: { reply_sentiment: 'angry' }, constraint: 'messages_reply_sentiment_check' },
  { table: 'public.messages', bad: { sequence_step: 0 }, constraint: 'messages_sequence_step_check' },
  // accounts
  { table: 'public.accounts', bad: { type: 'twitter' }, constraint: 'accounts_type_check' },
  { table: 'public.accounts', bad: { rotation_set: 'third' }, constraint: 'accounts_rotation_set_check' },
  { table: 'public.accounts', bad: { status: 'deleted' }, constraint: 'accounts_status_check' },
  { table: 'public.accounts', bad: { hourly_limit: -1 }, constraint: 'accounts_limits_check' },
  { table: 'public.accounts', bad: { daily_limit_emails: -1 }, constraint: 'accounts_limits_check' },
  { table: 'public.accounts', bad: { warming_week: 5 }, constraint: 'accounts_warming_week_check' },
  { table: 'public.accounts', bad: { today_emails: -1 }, constraint: 'accounts_counters_check' },
  { table: 'public.accounts', bad: { health_score: 101 }, constraint: 'accounts_health_score_check' },
  { table: 'public.accounts', bad: { health_score: -1 }, constraint: 'accounts_health_score_check' },
  { table: 'public.accounts', bad: { bounce_rate: -1 }, constraint: 'accounts_rates_check' },
  // account_activity
  { table: 'public.account_activity', bad: { action_type: 'like' }, constraint: 'account_activity_action_type_check' },
  { table: 'public.account_activity', bad: { status: 'ok' }, constraint: 'account_activity_status_check' },
  // tools and usage
  { table: 'public.tools', bad: { type: 'crm' }, constraint: 'tools_type_check' },
  // api_keys
  { table: 'public.api_keys', bad: { roles: [] }, constraint: 'api_keys_roles_check' },
  { table: 'public.api_keys', bad: { roles: ['viewer', 'root'] }, constraint: 'api_keys_roles_check' },
  { table: 'public.api_keys', bad: { roles: null }, constraint: 'api_keys_roles_check' },
  { table: 'public.api_keys', bad: { prefix: 'ABCDEF012345' }, constraint: 'api_keys_prefix_format_check' },
  { table: 'public.api_keys', bad: { secret_hash: 'plaintext-secret' }, constraint: 'api_keys_secret_hash_format_check' },
  { table: 'public.api_keys', bad: { name: '  ' }, constraint: 'api_keys_name_check' },
  { table: 'public.tools', bad: { status: 'broken' }, constraint: 'tools_status_check' },
  { table: 'public.tools', bad: { total_requests: -1 }, constraint: 'tools_counters_check' },
  { table: 'public.tools', bad: { rate_limit_per_minute: 0 }, constraint: 'tools_rate_limits_check' },
  { table: 'public.tool_usage', bad: { status: 'ok' }, constraint: 'tool_usage_status_check' },
  { table: 'public.tool_usage', bad: { credits_used: -1 }, constraint: 'tool_usage_counters_check' },
  // message_templates
  { table: 'public.message_templates', bad: { channel: 'sms' }, constraint: 'message_templates_channel_check' },
  { table: 'public.message_templates', bad: { status: 'live' }, constraint: 'message_templates_status_check' },
  { table: 'public.message_templates', bad: { sequence_step: 0 }, constraint: 'message_templates_sequence_step_check' },
  // send_attempts (the worker's idempotency records)
  { table: 'public.send_attempts', bad: { status: 'sent' }, constraint: 'send_attempts_status_check' },
  { table: 'public.send_attempts', bad: { attempt: 0 }, constraint: 'send_attempts_attempt_check' },
  // send_queue
  { table: 'public.send_queue', bad: { channel: 'linkedin' }, constraint: 'send_queue_channel_check' },
  { table: 'public.send_queue', bad: { priority: 0 }, constraint: 'send_queue_priority_check' },
  { table: 'public.send_queue', bad: { priority: 11 }, constraint: 'send_queue_priority_check' },
  { table: 'public.send_queue', bad: { status: 'done' }, constraint: 'send_queue_status_check' },
  { table: 'public.send_queue', bad: { attempts: -1 }, constraint: 'send_queue_attempts_check' },
  { table: 'public.send_queue', bad: { max_attempts: 0 }, constraint: 'send_queue_max_attempts_check' },
  { table: 'public.send_queue', bad: { sequence_step: 0 }, constraint: 'send_queue_sequence_step_check' },
  // message_events
  { table: 'public.message_events', bad: { event_type: 'read' }, constraint: 'message_events_event_type_check' },
  { table: 'public.message_events', bad: { reply_sentiment: 'angry' }, constraint: 'message_events_reply_sentiment_check' },
  // outreach_history
  { table: 'public.outreach_history', bad: { channel: 'sms' }, constraint: 'outreach_history_channel_check' },
  { table: 'public.outreach_history', bad: { status: 'opened' }, constraint: 'outreach_history_status_check' },
  { table: 'public.outreach_history', bad: { reply_sentiment: 'angry' }, constraint: 'outreach_history_reply_sentiment_check' },
  // pipelines
  { table: 'public.pipeline_runs', bad: { status: 'paused' }, constraint: 'pipeline_runs_status_check' },
  { table: 'public.pipeline_steps', bad: { status: 'paused' }, constraint: 'pipeline_steps_status_check' },
  // suspect_universe
  { table: 'funnel.suspect_universe', bad: { current_bit_score: -1 }, constraint: 'suspect_universe_current_bit_score_check' },
  { table: 'funnel.suspect_universe', bad: { bit_points: -1 }, constraint: 'suspect_universe_bit_points_check' },
  { table: 'funnel.suspect_universe', bad: { reengagement_cycle: 6 }, constraint: 'suspect_universe_reengagement_cycle_check' },
  { table: 'funnel.suspect_universe', bad: { reengagement_cycle: -1 }, constraint: 'suspect_universe_reengagement_cycle_check' },
  { table: 'funnel.suspect_universe', bad: { email_open_count: -1 }, constraint: 'suspect_universe_counters_check' },
  // engagement_events
  { table: 'funnel.engagement_events', bad: { event_hash: 'not-a-hash' }, constraint: 'engagement_events_event_hash_check' },
  { table: 'funnel.engagement_events', bad: { event_hash: 'A'.repeat(64) }, constraint: 'engagement_events_event_hash_check' },
  // warm_universe
  { table: 'funnel.warm_universe', bad: { warm_reason: 'talentflow' }, constraint: 'warm_universe_warm_reason_check' },
  { table: 'funnel.warm_universe', bad: { current_opens: -1 }, constraint: 'warm_universe_counters_check' },
  // talentflow_signal_log
  { table: 'funnel.talentflow_signal_log', bad: { verification_confidence: 1.01 }, constraint: 'talentflow_signal_log_verification_confidence_check' },
  { table: 'funnel.talentflow_signal_log', bad: { verification_confidence: -0.01 }, constraint: 'talentflow_signal_log_verification_confidence_check' },
  { table: 'funnel.talentflow_signal_log', bad: { priority_score: 101 }, constraint: 'talentflow_signal_log_priority_score_check' },
  { table: 'funnel.talentflow_signal_log', bad: { verification_source: 'email' }, constraint: 'talentflow_signal_log_verification_source_check' },
  {
    table: 'funnel.talentflow_signal_log',
    bad: { signal_type: 'job_change', old_company_id: SOME_UUID, new_company_id: SOME_UUID },
    constraint: 'talentflow_signal_log_job_change_check',
  },
  {
    table: 'funnel.talentflow_signal_log',
    bad: () => ({ signal_ts: new Date(), expires_at: new Date(Date.now() - HOUR) }),
    constraint: 'talentflow_signal_log_expires_at_check',
  },
  // bit_signal_log
  { table: 'funnel.bit_signal_log', bad: { bit_score: -1 }, constraint: 'bit_signal_log_bit_score_check' },
  { table: 'funnel.bit_signal_log', bad: { previous_score: -1 }, constraint: 'bit_signal_log_previous_score_check' },
  { table: 'funnel.bit_signal_log', bad: { click_points: -5 }, constraint: 'bit_signal_log_points_check' },
  {
    table: 'funnel.bit_signal_log',
    bad: { crossed_hot_threshold: true },
    constraint: 'bit_signal_log_thresholds_check',
  },
  {
    table: 'funnel.bit_signal_log',
    bad: { crossed_priority_threshold: true, crossed_warm_threshold: true },
    constraint: 'bit_signal_log_thresholds_check',
  },
  // prospect_movement
  { table: 'funnel.prospect_movement', bad: { to_state: 'SUSPECT' }, constraint: 'prospect_movement_states_check' },
  {
    table: 'funnel.prospect_movement',
    bad: { event_type: 'EVENT_MANUAL_OVERRIDE', is_manual_override: true },
    constraint: 'prospect_movement_override_reason_check',
  },
  {
    table: 'funnel.prospect_movement',
    bad: { event_type: 'EVENT_MANUAL_OVERRIDE', is_manual_override: true, override_reason: '  ' },
    constraint: 'prospect_movement_override_reason_check',
  },
  // appointment_history
  {
    table: 'funnel.appointment_history',
    bad: () => {
      const at = new Date();
      return { appointment_ts: at, appointment_end_ts: at };
    },
    constraint: 'appointment_history_end_check',
  },
  { table: 'funnel.appointment_history', bad: { reschedule_count: -1 }, constraint: 'appointment_history_reschedule_count_check' },
  { table: 'funnel.appointment_history', bad: { attendee_count: -1 }, constraint: 'appointment_history_attendee_count_check' },
  { table: 'funnel.appointment_history', bad: { meeting_type: 'lunch' }, constraint: 'appointment_history_meeting_type_check' },
  { table: 'funnel.appointment_history', bad: { meeting_format: 'carrier_pigeon' }, constraint: 'appointment_history_meeting_format_check' },
  { table: 'funnel.appointment_history', bad: { booking_source: 'hubspot' }, constraint: 'appointment_history_booking_source_check' },
  { table: 'funnel.appointment_history', bad: { timezone: 'Nowhere/Else' }, constraint: 'appointment_history_timezone_check', code: '22023' },
  // client_conversion
  {
    table: 'funnel.client_conversion',
    bad: { contract_start_date: '2026-02-01', contract_end_date: '2026-01-31' },
    constraint: 'client_conversion_contract_dates_check',
  },
  { table: 'funnel.client_conversion', bad: { lives: -1 }, constraint: 'client_conversion_lives_check' },
  { table: 'funnel.client_conversion', bad: { annual_revenue: -1 }, constraint: 'client_conversion_annual_revenue_check' },
  { table: 'funnel.client_conversion', bad: { deal_value: -1 }, constraint: 'client_conversion_amounts_check' },
  { table: 'funnel.client_conversion', bad: { revenue_type: 'barter' }, constraint: 'client_conversion_revenue_type_check' },
  { table: 'funnel.client_conversion', bad: { currency: 'usd' }, constraint: 'client_conversion_currency_check' },
  { table: 'funnel.client_conversion', bad: { contract_term_months: 0 }, constraint: 'client_conversion_counters_check' },
];

/** Values at the edge of each rule that must still be accepted. */
const ACCEPTED: { table: string; good: Row }[] = [
  { table: 'public.offers', good: { ownership: 'client', client_name: 'Acme', price_range: 'enterprise' } },
  { table: 'public.companies', good: { fit_score: 1, size: '1000+', size_exact: 0 } },
  { table: 'public.companies', good: { fit_score: 10 } },
  { table: 'public.contacts', good: { connection_degree: 1, buyer_fit_score: 10, email_status: 'valid' } },
  { table: 'public.campaigns', good: { send_days: [1, 2, 3, 4, 5, 6, 7], send_window_start: '00:00', send_window_end: '23:59', timezone: 'Asia/Kolkata' } },
  { table: 'public.campaigns', good: { send_days: [], timezone: 'UTC' } },
  { table: 'public.accounts', good: { health_score: 0, warming_week: 4, status: 'warming' } },
  { table: 'public.accounts', good: { health_score: 100, type: 'linkedin', rotation_set: 'burner' } },
  { table: 'public.send_queue', good: { priority: 1, max_attempts: 1 } },
  { table: 'public.send_queue', good: { priority: 10, status: 'skipped' } },
  { table: 'funnel.suspect_universe', good: { reengagement_cycle: 5, current_bit_score: 0 } },
  { table: 'funnel.talentflow_signal_log', good: { verification_confidence: 1, priority_score: 0, signal_type: 'job_change' } },
  { table: 'funnel.talentflow_signal_log', good: { signal_type: 'job_change', old_company_id: SOME_UUID, new_company_id: COMPANY } },
  { table: 'funnel.bit_signal_log', good: { crossed_warm_threshold: true, crossed_hot_threshold: true, crossed_priority_threshold: true } },
  { table: 'funnel.bit_signal_log', good: { crossed_warm_threshold: true } },
  { table: 'funnel.prospect_movement', good: { event_type: 'EVENT_MANUAL_OVERRIDE', is_manual_override: true, override_reason: 'data fix' } },
  { table: 'funnel.client_conversion', good: { contract_start_date: '2026-01-01', contract_end_date: '2026-01-01', lives: 0, currency: 'EUR' } },
];

async function tryInsert(table: string, values: Row): Promise<{ code?: string; constraint?: string } | null> {
  return rolledBack(async () => {
    try {
      await insert(t.client, table, values);
      return null;
    } catch (error) {
      const e = error as { code?: string; constraint?: string };
      return { code: e.code, constraint: e.constraint };
    }
  });
}

describe('CHECK constraints', () => {
  it('accept every base row and the edge values', async () => {
    const tables = [...new Set(CASES.map((c) => c.table))];
    for (const table of tables) expect(await tryInsert(table, baseRow(table)), table).toBeNull();
    for (const { table, good } of ACCEPTED) {
      expect(await tryInsert(table, { ...baseRow(table), ...good }), `${table} ${JSON.stringify(good)}`).toBeNull();
    }
  });

  it.each(CASES.map((c) => [`${c.constraint} ${JSON.stringify(typeof c.bad === 'function' ? '(computed)' : c.bad)}`, c] as const))(
    'rejects %s',
    async (_name, c) => {
      const bad = typeof c.bad === 'function' ? c.bad() : c.bad;
      const failure = await tryInsert(c.table, { ...baseRow(c.table), ...bad });
      if (c.code) expect(failure).toMatchObject({ code: c.code });
      else expect(failure).toEqual({ code: '23514', constraint: c.constraint });
    },
  );

  it('are all exercised above, and all named explicitly', async () => {
    const checks = await rows<{ name: string }>(
      t.client,
      `SELECT DISTINCT k.conname AS name FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace
       WHERE k.contype = 'c' AND n.nspname IN ('public', 'funnel') ORDER BY 1`,
    );
    expect(checks.map((c) => c.name)).toEqual([...new Set(CASES.map((c) => c.constraint))].sort());
  });

  it('also hold on UPDATE', async () => {
    await rolledBack(async () => {
      await expect(t.client.query(`UPDATE public.accounts SET health_score = 150 WHERE id = $1`, [world.account!.id])).rejects.toMatchObject({
        constraint: 'accounts_health_score_check',
      });
    });
  });
});

// ───────────────────────────── generated columns ─────────────────────────────

describe('stored generated columns', () => {
  it('contacts.email_verified is email_status = valid', async () => {
    await rolledBack(async () => {
      const c = await make.contact(t.client, world.company!.id, world.offer!.id, { email_status: 'valid' });
      expect(c.email_verified).toBe(true);
      const r = await one(t.client, `UPDATE public.contacts SET email_status = 'invalid' WHERE id = $1 RETURNING email_verified`, [c.id]);
      expect(r.email_verified).toBe(false);
      const n = await one(t.client, `UPDATE public.contacts SET email_status = NULL WHERE id = $1 RETURNING email_verified`, [c.id]);
      expect(n.email_verified).toBeNull();
    });
    await rolledBack(async () => {
      await expect(
        make.contact(t.client, world.company!.id, world.offer!.id, { email_status: 'invalid', email_verified: true }),
      ).rejects.toMatchObject({ code: '428C9' });
    });
  });

  it('bit_signal_log.score_delta is bit_score - coalesce(previous_score, 0)', async () => {
    await rolledBack(async () => {
      const base = baseRow('funnel.bit_signal_log');
      const a = await insert(t.client, 'funnel.bit_signal_log', { ...base, bit_score: 31, previous_score: 20 });
      expect(a.score_delta).toBe(11);
      const b = await insert(t.client, 'funnel.bit_signal_log', { ...base, bit_score: 26 });
      expect(b.score_delta).toBe(26);
      const c = await insert(t.client, 'funnel.bit_signal_log', { ...base, bit_score: 26, previous_score: 31 });
      expect(c.score_delta).toBe(-5);
      const u = await one(t.client, `UPDATE funnel.bit_signal_log SET bit_score = 40 WHERE bit_log_id = $1 RETURNING score_delta`, [a.bit_log_id]);
      expect(u.score_delta).toBe(20);
    });
  });

  it('are generated in the catalog', async () => {
    const cols = await rows<{ name: string; expr: string }>(
      t.client,
      `SELECT table_schema || '.' || table_name || '.' || column_name AS name, generation_expression AS expr
       FROM information_schema.columns WHERE is_generated = 'ALWAYS' AND table_schema IN ('public', 'funnel') ORDER BY 1`,
    );
    expect(cols.map((c) => c.name)).toEqual(['funnel.bit_signal_log.score_delta', 'public.contacts.email_verified']);
  });
});

// ───────────────────────────── triggers ─────────────────────────────

describe('triggers', () => {
  const KEYS: Record<string, string> = {
    'public.offers': 'id',
    'public.companies': 'id',
    'public.contacts': 'id',
    'public.campaigns': 'id',
    'public.accounts': 'id',
    'public.tools': 'id',
    'public.message_templates': 'id',
    'public.send_queue': 'id',
    'funnel.suspect_universe': 'suspect_id',
    'funnel.warm_universe': 'warm_id',
    'funnel.talentflow_signal_log': 'signal_id',
    'funnel.appointment_history': 'appointment_id',
    'funnel.client_conversion': 'client_id',
  };

  it.each(Object.entries(KEYS))('%s: updated_at moves on update, and an explicit value is kept', async (table, key) => {
    const row = await insert(t.client, table, baseRow(table));
    try {
      const old = new Date('2001-02-03T04:05:06Z');
      const kept = await one(t.client, `UPDATE ${table} SET updated_at = $2 WHERE ${key} = $1 RETURNING updated_at`, [row[key], old]);
      expect(kept.updated_at).toEqual(old);
      const touched = await one(
        t.client,
        `UPDATE ${table} SET ${key} = ${key} WHERE ${key} = $1 RETURNING updated_at, now() AS now`,
        [row[key]],
      );
      expect(touched.updated_at).toEqual(touched.now);
    } finally {
      await t.client.query(`DELETE FROM ${table} WHERE ${key} = $1`, [row[key]]);
    }
  });

  it('suspect_universe: last_state_change_ts is set when funnel_state changes', async () => {
    await rolledBack(async () => {
      const s = await make.suspect(t.client);
      expect(s.last_state_change_ts).toBeNull();
      const other = await one(t.client, `UPDATE funnel.suspect_universe SET email_open_count = 1 WHERE suspect_id = $1 RETURNING *`, [s.suspect_id]);
      expect(other.last_state_change_ts).toBeNull();
      const moved = await one(
        t.client,
        `UPDATE funnel.suspect_universe SET funnel_state = 'WARM' WHERE suspect_id = $1 RETURNING last_state_change_ts, now() AS now`,
        [s.suspect_id],
      );
      expect(moved.last_state_change_ts).toEqual(moved.now);
      // The engine passes its own "now" (sweeps, tests): an explicit value wins.
      const at = new Date('2030-01-01T00:00:00Z');
      const explicit = await one(
        t.client,
        `UPDATE funnel.suspect_universe SET funnel_state = 'APPOINTMENT', last_state_change_ts = $2 WHERE suspect_id = $1 RETURNING last_state_change_ts`,
        [s.suspect_id, at],
      );
      expect(explicit.last_state_change_ts).toEqual(at);
      const same = await one(
        t.client,
        `UPDATE funnel.suspect_universe SET funnel_state = 'APPOINTMENT', email_click_count = 2 WHERE suspect_id = $1 RETURNING last_state_change_ts`,
        [s.suspect_id],
      );
      expect(same.last_state_change_ts).toEqual(at);
    });
  });

  it('talentflow_signal_log: expires_at = signal_ts + 90 days, in any session time zone', async () => {
    await rolledBack(async () => {
      // 2025-03-01 to 2025-05-30 spans the US switch to daylight time: '90 days' added in
      // America/New_York would be 90 days minus an hour.
      await t.client.query(`SET LOCAL TIME ZONE 'America/New_York'`);
      const signalTs = new Date('2025-03-01T00:00:00Z');
      const base = baseRow('funnel.talentflow_signal_log');
      const derived = await insert(t.client, 'funnel.talentflow_signal_log', { ...base, signal_ts: signalTs });
      expect(derived.expires_at).toEqual(new Date(signalTs.getTime() + 90 * 24 * HOUR));

      const given = new Date('2025-04-01T00:00:00Z');
      const explicit = await insert(t.client, 'funnel.talentflow_signal_log', { ...base, signal_ts: signalTs, expires_at: given });
      expect(explicit.expires_at).toEqual(given);

      // A corrected signal time moves a derived expiry, not an explicit one.
      const later = new Date('2025-03-10T12:00:00Z');
      const moved = await one(t.client, `UPDATE funnel.talentflow_signal_log SET signal_ts = $2 WHERE signal_id = $1 RETURNING expires_at`, [derived.signal_id, later]);
      expect(moved.expires_at).toEqual(new Date(later.getTime() + 90 * 24 * HOUR));
      const stays = await one(t.client, `UPDATE funnel.talentflow_signal_log SET signal_ts = $2 WHERE signal_id = $1 RETURNING expires_at`, [explicit.signal_id, later]);
      expect(stays.expires_at).toEqual(given);
      const cleared = await one(t.client, `UPDATE funnel.talentflow_signal_log SET expires_at = NULL WHERE signal_id = $1 RETURNING expires_at`, [explicit.signal_id]);
      expect(cleared.expires_at).toEqual(new Date(later.getTime() + 90 * 24 * HOUR));
    });
  });

  it('appointment_history: a new time keeps the first original time, counts reschedules, sets rescheduled', async () => {
    await rolledBack(async () => {
      const t1 = new Date('2030-01-10T15:00:00Z');
      const t2 = new Date('2030-01-12T15:00:00Z');
      const t3 = new Date('2030-01-15T15:00:00Z');
      const a = await insert(t.client, 'funnel.appointment_history', { ...baseRow('funnel.appointment_history'), appointment_ts: t1, status: 'confirmed' });
      expect(a).toMatchObject({ reschedule_count: 0, original_appointment_ts: null, status: 'confirmed' });
      const notes = await one(t.client, `UPDATE funnel.appointment_history SET meeting_notes = 'x' WHERE appointment_id = $1 RETURNING *`, [a.appointment_id]);
      expect(notes).toMatchObject({ reschedule_count: 0, original_appointment_ts: null, status: 'confirmed' });
      const first = await one(t.client, `UPDATE funnel.appointment_history SET appointment_ts = $2 WHERE appointment_id = $1 RETURNING *`, [a.appointment_id, t2]);
      expect(first).toMatchObject({ appointment_ts: t2, original_appointment_ts: t1, reschedule_count: 1, status: 'rescheduled' });
      await t.client.query(`UPDATE funnel.appointment_history SET status = 'confirmed' WHERE appointment_id = $1`, [a.appointment_id]);
      const second = await one(t.client, `UPDATE funnel.appointment_history SET appointment_ts = $2 WHERE appointment_id = $1 RETURNING *`, [a.appointment_id, t3]);
      expect(second).toMatchObject({ appointment_ts: t3, original_appointment_ts: t1, reschedule_count: 2, status: 'rescheduled' });
      const same = await one(t.client, `UPDATE funnel.appointment_history SET appointment_ts = $2 WHERE appointment_id = $1 RETURNING *`, [a.appointment_id, t3]);
      expect(same.reschedule_count).toBe(2);
    });
  });

  it('client_conversion: days_to_conversion = whole days from entered_suspect_ts to signed_ts', async () => {
    await rolledBack(async () => {
      const s = await make.suspect(t.client, { entered_suspect_ts: new Date('2025-01-01T00:00:00Z') });
      const bySuspect = await insert(t.client, 'funnel.client_conversion', {
        company_id: SOME_UUID,
        suspect_id: s.suspect_id,
        signed_ts: new Date('2025-01-11T23:59:00Z'),
      });
      expect(bySuspect.days_to_conversion).toBe(10);
      const byPerson = await insert(t.client, 'funnel.client_conversion', {
        company_id: COMPANY,
        person_id: s.person_id,
        signed_ts: new Date('2025-01-12T00:00:00Z'),
      });
      expect(byPerson.days_to_conversion).toBe(11);
      const resigned = await one(
        t.client,
        `UPDATE funnel.client_conversion SET signed_ts = $2 WHERE client_id = $1 RETURNING days_to_conversion`,
        [bySuspect.client_id, new Date('2025-03-02T06:00:00Z')],
      );
      expect(resigned.days_to_conversion).toBe(60);
      const unknown = await insert(t.client, 'funnel.client_conversion', { company_id: '44444444-4444-4444-8444-444444444444', days_to_conversion: 7 });
      expect(unknown.days_to_conversion).toBe(7);
    });
  });
});

// ───────────────────────────── seed rows ─────────────────────────────

describe('tools seed', () => {
  it('holds the document tools with unipile split into sending and inbox', async () => {
    const tools = await rows<{ name: string; type: string }>(t.client, `SELECT name, type FROM public.tools ORDER BY name`);
    expect(tools).toEqual([
      { name: 'exa', type: 'company_search' },
      { name: 'firecrawl', type: 'enrichment' },
      { name: 'leadmagic', type: 'email_finding' },
      { name: 'parallel_companies', type: 'company_search' },
      { name: 'parallel_people', type: 'people_search' },
      { name: 'sumble', type: 'enrichment' },
      { name: 'theirstack', type: 'company_search' },
      { name: 'unipile_inbox', type: 'inbox' },
      { name: 'unipile_sending', type: 'sending' },
    ]);
  });

  it('is idempotent and leaves existing tools alone', async () => {
    await rolledBack(async () => {
      await t.client.query(`UPDATE public.tools SET api_base_url = 'https://api.exa.ai' WHERE name = 'exa'`);
      const sql = await readFile(path.join(MIGRATIONS_DIR, '20261122094000_seed_tools', 'migration.sql'), 'utf8');
      await t.client.query(sql);
      await t.client.query(sql);
      const r = await one(t.client, `SELECT count(*)::int AS n, max(api_base_url) AS url FROM public.tools`);
      expect(r).toEqual({ n: 9, url: 'https://api.exa.ai' });
    });
  });
});
