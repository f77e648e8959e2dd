// npm run seed's generator against a real database: every table filled, counters equal to the raw
// rows, every contact linked to its lifecycle person, every person's audit trail replaying to their
// stored state, the same seed giving the same rows, a non-empty database refused, and every
// dashboard and funnel view showing something.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { DOMAIN_TABLES, DatabaseNotEmptyError, PRESETS, generate, type SeedOptions } from '../../src/seed/generate.js';
import { COOLDOWN_EXEMPT, isAllowedTransition, type EventType, type State } from '../../src/seed/lifecycle.js';
import { companyIdForDomain, personIdForEmail } from '../../src/modules/funnel/identity.js';

const VIEWS = [
  'public.offer_dashboard',
  'public.contacts_ready',
  'public.account_health',
  'public.campaign_performance',
  'public.todays_queue',
  'public.leads_for_review',
  'public.todays_schedule',
  'public.account_capacity',
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

const kindOf = (db: TestDatabase): 'postgres' | 'embedded' => (db.kind === 'postgres' ? 'postgres' : 'embedded');

async function connect(db: TestDatabase): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  return client;
}

async function exists(client: pg.Client, regproc: string): Promise<boolean> {
  const r = await client.query('SELECT to_regprocedure($1) IS NOT NULL AS e', [regproc]);
  return r.rows[0].e;
}

let db: TestDatabase;
let client: pg.Client;
// Views compare with the clock, so the main data set is built around the real now.
const now = new Date(Math.floor(Date.now() / 1000) * 1000);
const demo: SeedOptions = { ...PRESETS.demo, seed: 42, now, reset: false };

beforeAll(async () => {
  db = await createTestDatabase();
  client = await connect(db);
  await generate(client, kindOf(db), demo);
});

afterAll(async () => {
  await client?.end();
  await db?.drop();
});

const q = async <T extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
  (await client.query<T>(sql, params)).rows;
const one = async (sql: string, params: unknown[] = []) => Number(Object.values((await q(sql, params))[0]!)[0]);

describe('npm run seed', () => {
  it('fills every domain table, with the requested number of contacts and at least the requested events', async () => {
    for (const t of [...DOMAIN_TABLES, 'public.tools']) {
      expect(await one(`SELECT count(*) FROM ${t}`), t).toBeGreaterThan(0);
    }
    expect(await one('SELECT count(*) FROM public.contacts')).toBe(demo.contacts);
    expect(await one('SELECT count(*) FROM funnel.engagement_events')).toBeGreaterThanOrEqual(demo.events);
    expect(await one('SELECT count(*) FROM public.offers')).toBe(demo.offers);
  });

  it('shows the variety users look for: statuses, shared people and companies, zones', async () => {
    const set = async (sql: string) => new Set((await q<{ v: string }>(sql)).map((r) => r.v));
    expect(await set('SELECT DISTINCT funnel_state::text AS v FROM funnel.suspect_universe')).toEqual(
      new Set(['SUSPECT', 'WARM', 'TALENTFLOW_WARM', 'REENGAGEMENT', 'APPOINTMENT', 'CLIENT', 'DISQUALIFIED', 'UNSUBSCRIBED']),
    );
    const queue = await set('SELECT DISTINCT status AS v FROM public.send_queue');
    for (const s of ['pending', 'scheduled', 'sent', 'delivered', 'bounced', 'failed', 'cancelled', 'skipped']) expect(queue, s).toContain(s);
    const events = await set('SELECT DISTINCT event_type AS v FROM public.message_events');
    for (const s of ['sent', 'delivered', 'opened', 'clicked', 'replied', 'bounced', 'unsubscribed', 'skipped']) expect(events, s).toContain(s);
    expect((await set('SELECT DISTINCT status AS v FROM public.offers')).size).toBeGreaterThanOrEqual(4);
    expect((await set('SELECT DISTINCT status AS v FROM public.campaigns')).size).toBeGreaterThanOrEqual(5);
    expect((await set('SELECT DISTINCT timezone AS v FROM public.campaigns')).size).toBeGreaterThanOrEqual(3);
    expect(await set('SELECT DISTINCT status AS v FROM public.accounts')).toContain('warming');
    expect(await one("SELECT count(*) FROM public.accounts WHERE status = 'warming' AND warming_started_at IS NULL")).toBe(0);
    // The same real company under several offers, the same person under several offers.
    expect(await one('SELECT count(*) FROM (SELECT domain FROM public.companies GROUP BY domain HAVING count(*) > 1) x')).toBeGreaterThan(0);
    expect(
      await one('SELECT count(*) FROM (SELECT lower(btrim(email)) FROM public.contacts GROUP BY 1 HAVING count(DISTINCT offer_id) >= 2) x'),
    ).toBeGreaterThan(0);
    expect(await one("SELECT count(*) FROM public.companies WHERE domain <> lower(domain) OR domain LIKE 'www.%' OR domain LIKE '%://%'")).toBe(0);
    // Campaign slugs: {type}-{offer}-{channel}-{signal}-{icp}-{account}.
    const slugs = await q<{ slug: string; offer: string; channel: string }>(
      'SELECT c.campaign_slug AS slug, o.slug AS offer, c.channel FROM public.campaigns c JOIN public.offers o ON o.id = c.offer_id',
    );
    for (const s of slugs) expect(s.slug.startsWith(`${s.slug.split('-')[0]}-${s.offer}-${s.channel}-`), s.slug).toBe(true);
    // Every email template step uses the placeholders.
    const templates = await q<{ t: { sequence: { body: string }[] } }>('SELECT email_templates AS t FROM public.offers');
    for (const t of templates) for (const step of t.t.sequence) expect(step.body).toMatch(/\{\{first_name\}\}|\{\{company_name\}\}/);
  });

  it('keeps the denormalized counters equal to the raw rows', async () => {
    // Offers.
    expect(
      await one(`SELECT count(*) FROM public.offers o WHERE
        total_companies <> (SELECT count(*) FROM public.companies x WHERE x.offer_id = o.id)
        OR total_contacts <> (SELECT count(*) FROM public.contacts x WHERE x.offer_id = o.id)
        OR total_sent <> (SELECT count(*) FROM public.messages m JOIN public.campaigns c ON c.id = m.campaign_id
                           WHERE c.offer_id = o.id AND m.status IN ('sent', 'delivered', 'opened', 'clicked', 'replied'))
        OR total_replies <> (SELECT count(*) FROM public.campaign_contacts cc JOIN public.campaigns c ON c.id = cc.campaign_id
                              WHERE c.offer_id = o.id AND cc.replied)
        OR total_meetings <> (SELECT count(*) FROM public.campaign_contacts cc JOIN public.campaigns c ON c.id = cc.campaign_id
                               WHERE c.offer_id = o.id AND cc.meeting_booked)`),
    ).toBe(0);
    // Campaigns: against campaign_metrics() when the SQL objects exist, else the raw rows here.
    if (await exists(client, 'public.campaign_metrics(uuid)')) {
      expect(
        await one(`SELECT count(*) FROM public.campaigns c CROSS JOIN LATERAL public.campaign_metrics(c.id) m
          WHERE (c.total_contacts, c.contacts_sent, c.contacts_remaining, c.total_sent, c.total_delivered, c.total_opened,
                 c.total_clicked, c.total_replied, c.total_positive_replies, c.total_meetings, c.open_rate, c.reply_rate,
                 c.positive_reply_rate, c.meeting_rate, c.first_send_at, c.last_send_at)
             IS DISTINCT FROM (m.total_contacts, m.contacts_sent, m.contacts_remaining, m.total_sent, m.total_delivered,
                 m.total_opened, m.total_clicked, m.total_replied, m.total_positive_replies, m.total_meetings, m.open_rate,
                 m.reply_rate, m.positive_reply_rate, m.meeting_rate, m.first_send_at, m.last_send_at)`),
      ).toBe(0);
    }
    expect(
      await one(`SELECT count(*) FROM public.campaigns c WHERE
        total_contacts <> (SELECT count(*) FROM public.campaign_contacts x WHERE x.campaign_id = c.id)
        OR total_replied <> (SELECT count(*) FROM public.campaign_contacts x WHERE x.campaign_id = c.id AND x.replied)
        OR total_sent <> (SELECT count(*) FROM public.messages m WHERE m.campaign_id = c.id
                           AND m.status IN ('sent', 'delivered', 'opened', 'clicked', 'replied'))
        OR total_opened > total_sent OR total_clicked > total_opened`),
    ).toBe(0);
    // Contacts: per row and per person (normalized email) against outreach_history.
    expect(
      await one(`SELECT count(*) FROM public.contacts c
        LEFT JOIN (SELECT contact_id, count(*) AS n, max(sent_at) AS last FROM public.outreach_history GROUP BY 1) h ON h.contact_id = c.id
        WHERE c.contact_count <> coalesce(h.n, 0) OR c.last_contacted_at IS DISTINCT FROM h.last OR c.already_contacted <> (h.n IS NOT NULL)`),
    ).toBe(0);
    expect(
      await one(`SELECT count(*) FROM public.contacts c
        LEFT JOIN (SELECT contact_email AS e, count(*) AS n, max(sent_at) AS last FROM public.outreach_history GROUP BY 1) h
          ON h.e = lower(btrim(c.email))
        WHERE c.global_contact_count <> coalesce(h.n, 0) OR c.global_last_contacted_at IS DISTINCT FROM h.last`),
    ).toBe(0);
    expect(await one("SELECT count(*) FROM public.contacts WHERE global_contact_count > 0 AND global_status = 'available' AND global_last_contacted_at > $1::timestamptz - interval '60 days'", [now])).toBe(0);
    // Accounts.
    expect(
      await one(`SELECT count(*) FROM public.accounts a WHERE total_sent <> (SELECT count(*) FROM public.outreach_history h WHERE h.account_id = a.id)
        OR total_bounced <> (SELECT count(*) FROM public.outreach_history h WHERE h.account_id = a.id AND h.status = 'bounced')`),
    ).toBe(0);
  });

  it('links every contact to its lifecycle person and company', async () => {
    const contacts = await q<{ email: string; domain: string }>(
      'SELECT c.email, co.domain FROM public.contacts c JOIN public.companies co ON co.id = c.company_id',
    );
    const people = new Map(
      (await q<{ person_id: string; company_id: string }>('SELECT person_id, company_id FROM funnel.suspect_universe')).map((r) => [r.person_id, r.company_id]),
    );
    for (const c of contacts) {
      const person = personIdForEmail(c.email)!;
      expect(people.get(person), c.email).toBe(companyIdForDomain(c.domain));
    }
    expect(people.size).toBe(new Set(contacts.map((c) => personIdForEmail(c.email))).size);
    if (await exists(client, 'funnel.person_id_for_email(text)')) {
      expect(
        await one(`SELECT count(*) FROM public.contacts c LEFT JOIN funnel.suspect_universe s ON s.person_id = funnel.person_id_for_email(c.email)
                   WHERE s.suspect_id IS NULL`),
      ).toBe(0);
    }
  });

  it('replays every audit trail from SUSPECT to the stored state, by the rules', async () => {
    const moves = await q<{ person_id: string; from_state: State; to_state: State; event_type: EventType; at: Date; to_funnel: string }>(
      `SELECT person_id, from_state, to_state, event_type, transition_processed_at AS at, to_funnel
         FROM funnel.prospect_movement ORDER BY person_id, transition_processed_at, created_at`,
    );
    const people = await q<{ person_id: string; funnel_state: State; funnel_membership: string; last_state_change_ts: Date | null }>(
      'SELECT person_id, funnel_state, funnel_membership, last_state_change_ts FROM funnel.suspect_universe',
    );
    const byPerson = new Map<string, typeof moves>();
    for (const m of moves) byPerson.set(m.person_id, [...(byPerson.get(m.person_id) ?? []), m]);
    for (const p of people) {
      let state: State = 'SUSPECT';
      let funnel = 'COLD_UNIVERSE';
      let last: number | null = null;
      for (const m of byPerson.get(p.person_id) ?? []) {
        expect(m.from_state, p.person_id).toBe(state);
        expect(isAllowedTransition(m.from_state, m.event_type, m.to_state), `${m.from_state} -${m.event_type}-> ${m.to_state}`).toBe(true);
        if (last !== null && !COOLDOWN_EXEMPT.has(m.event_type)) {
          expect(m.at.getTime() - last, `${p.person_id} moved twice within 24 hours`).toBeGreaterThanOrEqual(24 * 3600_000);
        }
        state = m.to_state;
        funnel = m.to_funnel;
        last = m.at.getTime();
      }
      expect(p.funnel_state, p.person_id).toBe(state);
      expect(p.funnel_membership, p.person_id).toBe(funnel);
      expect(p.last_state_change_ts?.getTime() ?? null).toBe(last);
    }
    if (await exists(client, 'funnel.is_valid_transition(funnel.lifecycle_state,funnel.lifecycle_state,funnel.event_type)')) {
      expect(await one('SELECT count(*) FROM funnel.prospect_movement WHERE NOT funnel.is_valid_transition(from_state, to_state, event_type)')).toBe(0);
    }
    expect(await one("SELECT count(*) FROM funnel.prospect_movement WHERE transition_processed_at > $1::timestamptz - interval '7 days'", [now])).toBeGreaterThan(0);
  });

  it('keeps the lifecycle rows consistent with the events', async () => {
    // Counters = events; last_event_ts = the latest event; BIT score = the latest BIT row.
    expect(
      await one(`SELECT count(*) FROM funnel.suspect_universe s
        LEFT JOIN (SELECT person_id,
                          count(*) FILTER (WHERE event_type = 'EVENT_OPENS_X3') AS opens,
                          count(*) FILTER (WHERE event_type = 'EVENT_CLICKS_X2') AS clicks,
                          count(*) FILTER (WHERE event_type = 'EVENT_REPLY') AS replies,
                          max(event_ts) AS last
                     FROM funnel.engagement_events WHERE NOT is_duplicate GROUP BY person_id) e ON e.person_id = s.person_id
        LEFT JOIN (SELECT DISTINCT ON (person_id) person_id, bit_score FROM funnel.bit_signal_log
                    ORDER BY person_id, detected_ts DESC, created_at DESC) b ON b.person_id = s.person_id
        WHERE s.email_open_count <> coalesce(e.opens, 0) OR s.email_click_count <> coalesce(e.clicks, 0)
           OR s.email_reply_count <> coalesce(e.replies, 0) OR s.last_event_ts IS DISTINCT FROM e.last
           OR s.current_bit_score <> coalesce(b.bit_score, 0)`),
    ).toBe(0);
    // Warm records exactly for people who became warm; triggering events point at the transition.
    expect(
      await one(`SELECT count(*) FROM funnel.suspect_universe s
        WHERE EXISTS (SELECT 1 FROM funnel.prospect_movement m WHERE m.person_id = s.person_id AND m.to_state = 'WARM')
           <> EXISTS (SELECT 1 FROM funnel.warm_universe w WHERE w.person_id = s.person_id)`),
    ).toBe(0);
    expect(
      await one(`SELECT count(*) FROM funnel.prospect_movement m JOIN funnel.engagement_events e ON e.event_id = m.triggering_event_id
                  WHERE NOT e.triggered_transition OR e.transition_to_state <> m.to_state`),
    ).toBe(0);
    // Suppression flags follow the state; clients have a conversion, one per company at most.
    expect(await one("SELECT count(*) FROM funnel.suspect_universe WHERE funnel_state = 'UNSUBSCRIBED' AND NOT is_unsubscribed")).toBe(0);
    expect(await one("SELECT count(*) FROM funnel.suspect_universe WHERE funnel_state = 'DISQUALIFIED' AND NOT (is_disqualified AND is_bounced)")).toBe(0);
    expect(
      await one(`SELECT count(*) FROM funnel.suspect_universe s WHERE s.funnel_state = 'CLIENT'
                  AND NOT EXISTS (SELECT 1 FROM funnel.client_conversion c WHERE c.person_id = s.person_id)`),
    ).toBe(0);
    // TalentFlow: some fresh, some expired; expiry 90 days after the signal.
    expect(await one("SELECT count(*) FROM funnel.talentflow_signal_log WHERE expires_at <> signal_ts + interval '90 days'")).toBe(0);
    expect(await one('SELECT count(DISTINCT is_expired) FROM funnel.talentflow_signal_log')).toBe(2);
    // Unique event hashes, equal to the SQL function when it exists.
    expect(await one('SELECT count(*) - count(DISTINCT event_hash) FROM funnel.engagement_events')).toBe(0);
    if (await exists(client, 'funnel.generate_event_hash(uuid,funnel.event_type,text,text,timestamp with time zone)')) {
      expect(
        await one(`SELECT count(*) FROM funnel.engagement_events
                    WHERE event_hash <> funnel.generate_event_hash(person_id, event_type, source_system, source_email_id, event_ts)`),
      ).toBe(0);
    }
    // Appointments past and future; contracts ending within 90 days.
    expect(await one("SELECT count(*) FROM funnel.appointment_history WHERE status IN ('completed', 'no_show') AND appointment_ts > $1", [now])).toBe(0);
    expect(await one("SELECT count(*) FROM funnel.appointment_history WHERE status IN ('scheduled', 'confirmed', 'rescheduled') AND appointment_ts > $1", [now])).toBeGreaterThan(0);
  });

  it('makes every dashboard and funnel view return rows', async () => {
    const present = await q<{ name: string }>(
      "SELECT schemaname || '.' || viewname AS name FROM pg_views WHERE schemaname IN ('public', 'funnel')",
    );
    const names = new Set(present.map((r) => r.name));
    const missing = VIEWS.filter((v) => !names.has(v));
    // The views come with the sql-objects migrations; before they land there is nothing to query.
    if (missing.length === VIEWS.length) return;
    expect(missing).toEqual([]);
    for (const v of VIEWS) expect(await one(`SELECT count(*) FROM ${v}`), v).toBeGreaterThan(0);
  });

  it('gives the same rows for the same seed, and refuses a non-empty database without --reset', async () => {
    const small: SeedOptions = { offers: 4, companies: 40, contacts: 160, events: 400, accounts: 12, campaignsPerOffer: 3, seed: 7, now: new Date('2026-03-02T15:00:00Z'), reset: false };
    const checksum = async (c: pg.Client) => {
      const parts: string[] = [];
      for (const [table, cols] of [
        ['public.contacts', 'id, offer_id, company_id, email, status, email_status, global_contact_count, global_status'],
        ['public.send_queue', 'id, account_id, scheduled_for, status, attempts, sent_at'],
        ['public.campaigns', 'id, campaign_slug, status, total_sent, total_replied, reply_rate'],
        ['funnel.suspect_universe', 'suspect_id, person_id, funnel_state, current_bit_score, last_event_ts'],
        ['funnel.engagement_events', 'event_id, event_type, event_ts, event_hash'],
        ['funnel.prospect_movement', 'movement_id, from_state, to_state, transition_processed_at'],
      ] as const) {
        const r = await c.query(`SELECT md5(string_agg(x::text, '|' ORDER BY x::text)) AS h FROM (SELECT ${cols} FROM ${table}) x`);
        parts.push(`${table}:${r.rows[0].h}`);
      }
      return parts;
    };
    const [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    const [ca, cb] = await Promise.all([connect(a), connect(b)]);
    try {
      await generate(ca, kindOf(a), small);
      await generate(cb, kindOf(b), small);
      expect(await checksum(ca)).toEqual(await checksum(cb));
      expect((await checksum(ca)).join()).not.toEqual((await checksum(client)).join());

      await expect(generate(ca, kindOf(a), small)).rejects.toThrow(DatabaseNotEmptyError);
      await expect(generate(ca, kindOf(a), small)).rejects.toThrow(/--reset/);
      await generate(ca, kindOf(a), { ...small, seed: 8, contacts: 60, reset: true });
      expect((await ca.query('SELECT count(*)::int AS n FROM public.contacts')).rows[0].n).toBe(60);
    } finally {
      await ca.end();
      await cb.end();
      await Promise.all([a.drop(), b.drop()]);
    }
  });
});
