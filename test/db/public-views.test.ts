// update_campaign_metrics and the dashboards of the offer document, on small hand-made data sets:
// every number is checked against the raw rows it summarises.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insert, make, one, openSqlTest, rows, type Row, type SqlTestContext } from '../helpers/sql.js';

let t: SqlTestContext;
beforeAll(async () => {
  t = await openSqlTest();
});
afterAll(() => t?.close());

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const fromNow = (ms: number) => new Date(Date.now() + ms);
const T0 = new Date('2026-03-02T09:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

/**
 * One offer with 3 companies, 5 contacts and 2 campaigns with sends, and a second offer whose rows
 * must not leak into the first one's numbers.
 *   K1: c0 in_progress (sent, delivered) · c1 replied positive + meeting (opened, replied) ·
 *       c2 queued (pending only) · c3 completed, replied negative (clicked, bounced)
 *   K2: c3 replied positive + meeting (replied) · c4 in_progress (sent, failed)
 */
async function offerScenario() {
  const c = t.client;
  const offer = await make.offer(c);
  const companies = [await make.company(c, offer.id), await make.company(c, offer.id), await make.company(c, offer.id)];
  const contacts: Row[] = [];
  for (const [i, company] of [0, 0, 1, 1, 2].entries()) {
    contacts.push(await make.contact(c, companies[company]!.id, offer.id, { email: `p${i}-${offer.id}@example.com` }));
  }
  const account = await make.account(c);
  const k1 = await make.campaign(c, offer.id, { status: 'active' });
  const k2 = await make.campaign(c, offer.id, { status: 'active' });
  const enrol = (k: Row, i: number, v: Row = {}) => make.campaignContact(c, k.id, contacts[i]!.id, v);
  const send = (cc: Row, step: number, status: string, v: Row = {}) =>
    make.message(c, cc, account.id, { sequence_step: step, status, ...v });

  const k1c0 = await enrol(k1, 0, { status: 'in_progress' });
  const k1c1 = await enrol(k1, 1, { status: 'replied', replied: true, reply_sentiment: 'positive', meeting_booked: true });
  const k1c2 = await enrol(k1, 2, { status: 'queued' });
  const k1c3 = await enrol(k1, 3, { status: 'completed', replied: true, reply_sentiment: 'negative' });
  await send(k1c0, 1, 'sent', { sent_at: at(0) });
  await send(k1c0, 2, 'delivered', { sent_at: at(3 * DAY) });
  await send(k1c1, 1, 'opened', { sent_at: at(HOUR), opened_at: at(2 * HOUR) });
  await send(k1c1, 2, 'replied', { sent_at: at(4 * DAY), replied_at: at(4 * DAY + HOUR) });
  await send(k1c2, 1, 'pending');
  await send(k1c3, 1, 'clicked', { sent_at: at(2 * HOUR), opened_at: at(3 * HOUR), clicked_at: at(3 * HOUR) });
  await send(k1c3, 2, 'bounced', { sent_at: at(5 * DAY) });

  const k2c3 = await enrol(k2, 3, { status: 'replied', replied: true, reply_sentiment: 'positive', meeting_booked: true });
  const k2c4 = await enrol(k2, 4, { status: 'in_progress' });
  await send(k2c3, 1, 'replied', { sent_at: at(DAY) });
  await send(k2c4, 1, 'sent', { sent_at: at(DAY) });
  await send(k2c4, 2, 'failed');

  // Another offer's sends.
  const other = await make.offer(c);
  const otherCompany = await make.company(c, other.id);
  const otherContact = await make.contact(c, otherCompany.id, other.id);
  const otherCampaign = await make.campaign(c, other.id);
  const otherCc = await make.campaignContact(c, otherCampaign.id, otherContact.id, { replied: true });
  await send(otherCc, 1, 'replied', { sent_at: at(0) });

  return { offer, companies, contacts, account, k1, k2, other };
}

const METRIC_COLUMNS = `total_contacts, contacts_sent, contacts_remaining, total_sent, total_delivered, total_opened,
  total_clicked, total_replied, total_positive_replies, total_meetings, open_rate, reply_rate,
  positive_reply_rate, meeting_rate, first_send_at, last_send_at`;

describe('update_campaign_metrics', () => {
  it('stores the counts of the raw rows, rates in percent with two decimals', async () => {
    const s = await offerScenario();
    await t.client.query(`SELECT public.update_campaign_metrics($1)`, [s.k1.id]);
    await t.client.query(`SELECT public.update_campaign_metrics($1)`, [s.k2.id]);
    const k1 = await one(t.client, `SELECT ${METRIC_COLUMNS} FROM public.campaigns WHERE id = $1`, [s.k1.id]);
    expect(k1).toEqual({
      total_contacts: 4,
      contacts_sent: 3, // c0, c1, c3: a contact with at least one sent message
      contacts_remaining: 2, // in_progress and queued
      total_sent: 5, // sent, delivered, opened, replied, clicked; not bounced, not pending
      total_delivered: 4,
      total_opened: 3,
      total_clicked: 1,
      total_replied: 2,
      total_positive_replies: 1,
      total_meetings: 1,
      open_rate: '60.00', // 3 / 5 messages
      reply_rate: '66.67', // 2 / 3 contacts reached
      positive_reply_rate: '50.00', // 1 / 2 replies
      meeting_rate: '33.33', // 1 / 3 contacts reached
      first_send_at: at(0),
      last_send_at: at(4 * DAY),
    });
    const k2 = await one(t.client, `SELECT ${METRIC_COLUMNS} FROM public.campaigns WHERE id = $1`, [s.k2.id]);
    expect(k2).toMatchObject({ total_contacts: 2, contacts_sent: 2, total_sent: 2, total_replied: 1, reply_rate: '50.00', positive_reply_rate: '100.00' });
  });

  it('agrees with generic counts over the raw rows', async () => {
    const s = await offerScenario();
    await t.client.query(`SELECT public.update_campaign_metrics($1)`, [s.k1.id]);
    const raw = await one(
      t.client,
      `SELECT
         (SELECT count(*)::int FROM public.campaign_contacts WHERE campaign_id = $1) AS total_contacts,
         (SELECT count(DISTINCT cc.contact_id)::int FROM public.campaign_contacts cc JOIN public.messages m ON m.campaign_contact_id = cc.id
           WHERE cc.campaign_id = $1 AND m.status IN ('sent', 'delivered', 'opened', 'clicked', 'replied')) AS contacts_sent,
         (SELECT count(*)::int FROM public.messages m JOIN public.campaign_contacts cc ON cc.id = m.campaign_contact_id
           WHERE cc.campaign_id = $1 AND m.sent_at IS NOT NULL AND m.status NOT IN ('bounced', 'failed')) AS total_sent,
         (SELECT count(*)::int FROM public.campaign_contacts WHERE campaign_id = $1 AND replied) AS total_replied`,
      [s.k1.id],
    );
    expect(await one(t.client, `SELECT total_contacts, contacts_sent, total_sent, total_replied FROM public.campaigns WHERE id = $1`, [s.k1.id])).toEqual(raw);
  });

  it('leaves rates NULL when there is nothing to divide by', async () => {
    const offer = await make.offer(t.client);
    const empty = await make.campaign(t.client, offer.id, { reply_rate: 12.5, total_sent: 9 });
    await t.client.query(`SELECT public.update_campaign_metrics($1)`, [empty.id]);
    expect(await one(t.client, `SELECT ${METRIC_COLUMNS} FROM public.campaigns WHERE id = $1`, [empty.id])).toEqual({
      total_contacts: 0,
      contacts_sent: 0,
      contacts_remaining: 0,
      total_sent: 0,
      total_delivered: 0,
      total_opened: 0,
      total_clicked: 0,
      total_replied: 0,
      total_positive_replies: 0,
      total_meetings: 0,
      open_rate: null,
      reply_rate: null,
      positive_reply_rate: null,
      meeting_rate: null,
      first_send_at: null,
      last_send_at: null,
    });
  });
});

describe('offer_dashboard', () => {
  it('counts each aggregate from the raw rows without multiplying (3 companies, 5 contacts, 2 campaigns)', async () => {
    const s = await offerScenario();
    await t.client.query(`SELECT public.update_campaign_metrics(id) FROM public.campaigns WHERE offer_id = $1`, [s.offer.id]);
    const d = await one(
      t.client,
      `SELECT company_count, contact_count, campaign_count, sent_count, contacts_reached, reply_count, positive_reply_count,
              meeting_count, reply_rate, name FROM public.offer_dashboard WHERE id = $1`,
      [s.offer.id],
    );
    expect(d).toEqual({
      company_count: 3,
      contact_count: 5,
      campaign_count: 2,
      sent_count: 7,
      contacts_reached: 5,
      reply_count: 3,
      positive_reply_count: 2,
      meeting_count: 2,
      reply_rate: '60.00',
      name: s.offer.name,
    });
    // The same numbers as the campaigns' own (refreshed) metrics add up to …
    const sums = await one(
      t.client,
      `SELECT sum(total_sent)::int AS sent, sum(contacts_sent)::int AS reached, sum(total_replied)::int AS replied,
              sum(total_meetings)::int AS meetings FROM public.campaigns WHERE offer_id = $1`,
      [s.offer.id],
    );
    expect(sums).toEqual({ sent: 7, reached: 5, replied: 3, meetings: 2 });
    // … where the document's single-query version multiplies them by companies × contacts.
    const original = await one(
      t.client,
      `SELECT COUNT(DISTINCT c.id)::int AS companies, COALESCE(SUM(ca.total_sent), 0)::int AS sent
       FROM public.offers o
       LEFT JOIN public.companies c ON c.offer_id = o.id
       LEFT JOIN public.contacts co ON co.offer_id = o.id
       LEFT JOIN public.campaigns ca ON ca.offer_id = o.id
       WHERE o.id = $1 GROUP BY o.id`,
      [s.offer.id],
    );
    expect(original).toEqual({ companies: 3, sent: 7 * 3 * 5 });
  });

  it('shows zeros and no rate for an offer with nothing yet', async () => {
    const offer = await make.offer(t.client);
    const d = await one(t.client, `SELECT company_count, contact_count, campaign_count, sent_count, reply_count, reply_rate FROM public.offer_dashboard WHERE id = $1`, [offer.id]);
    expect(d).toEqual({ company_count: 0, contact_count: 0, campaign_count: 0, sent_count: 0, reply_count: 0, reply_rate: null });
  });
});

describe('campaign_performance', () => {
  it('shows the same metrics update_campaign_metrics stores, each column once', async () => {
    const s = await offerScenario();
    await t.client.query(`SELECT public.update_campaign_metrics($1)`, [s.k1.id]);
    const stored = await one(t.client, `SELECT ${METRIC_COLUMNS} FROM public.campaigns WHERE id = $1`, [s.k1.id]);
    const shown = await one(t.client, `SELECT ${METRIC_COLUMNS}, offer_name FROM public.campaign_performance WHERE id = $1`, [s.k1.id]);
    expect(shown).toEqual({ ...stored, offer_name: s.offer.name });
    // Computed from raw rows: a send after the refresh shows at once.
    const k1c2 = await one(t.client, `SELECT * FROM public.campaign_contacts WHERE campaign_id = $1 AND status = 'queued'`, [s.k1.id]);
    await t.client.query(`UPDATE public.messages SET status = 'sent', sent_at = now() WHERE campaign_contact_id = $1`, [k1c2.id]);
    expect(await one(t.client, `SELECT total_sent, contacts_sent, reply_rate FROM public.campaign_performance WHERE id = $1`, [s.k1.id])).toEqual({
      total_sent: 6,
      contacts_sent: 4,
      reply_rate: '50.00',
    });
  });
});

describe('contacts_ready', () => {
  it('applies the document rules, do-not-contact across offers and the 60-day rule', async () => {
    const c = t.client;
    const offer = await make.offer(c);
    const company = await make.company(c, offer.id, { name: 'Acme', domain: 'acme.com', fit_score: 8 });
    const otherOffer = await make.offer(c);
    const otherCompany = await make.company(c, otherOffer.id);
    const cases: [string, Row, boolean][] = [
      ['ready', { status: 'ready', email: 'ready@acme.com', email_status: 'valid' }, true],
      ['enriched', { status: 'enriched', email: 'enriched@acme.com' }, true],
      ['new', { status: 'new', email: 'new@acme.com' }, false],
      ['skip reason', { status: 'ready', email: 'skip@acme.com', skip_reason: 'no_email' }, false],
      ['1st degree', { status: 'ready', linkedin_url: 'https://linkedin.com/in/first', connection_degree: 1 }, false],
      ['2nd degree', { status: 'ready', linkedin_url: 'https://linkedin.com/in/second', connection_degree: 2 }, true],
      ['already contacted', { status: 'ready', email: 'done@acme.com', already_contacted: true }, false],
      ['not eligible', { status: 'ready', email: 'inel@acme.com', eligible_for_outreach: false }, false],
      ['do not contact', { status: 'ready', email: 'dnc@acme.com', global_status: 'do_not_contact' }, false],
      ['invalid email only', { status: 'ready', email: 'bad@acme.com', email_status: 'invalid' }, false],
      ['invalid email, LinkedIn', { status: 'ready', email: 'bad2@acme.com', email_status: 'invalid', linkedin_url: 'https://linkedin.com/in/bad2' }, true],
      ['no way to reach', { status: 'ready' }, false],
      ['do-not-contact in another offer', { status: 'ready', email: ' Spam@Acme.com ' }, false],
      ['LinkedIn do-not-contact in another offer', { status: 'ready', linkedin_url: 'https://linkedin.com/in/unsub' }, false],
      ['sent 10 days ago from another offer', { status: 'ready', email: 'recent@acme.com' }, false],
      ['sent 61 days ago', { status: 'ready', email: 'old@acme.com' }, true],
      ['LinkedIn sent 5 days ago', { status: 'ready', linkedin_url: 'https://linkedin.com/in/recent-li' }, false],
      ['sent to this row 30 days ago', { status: 'ready', email: 'row@acme.com' }, false],
    ];
    const ids: Record<string, string> = {};
    for (const [name, values] of cases) ids[name] = (await make.contact(c, company.id, offer.id, values)).id;
    await make.contact(c, otherCompany.id, otherOffer.id, { email: 'spam@acme.com', global_status: 'do_not_contact' });
    await make.contact(c, otherCompany.id, otherOffer.id, { linkedin_url: 'HTTPS://www.LinkedIn.com/in/UNSUB/', global_status: 'do_not_contact' });
    const history = (v: Row) => insert(c, 'public.outreach_history', { channel: 'email', offer_id: otherOffer.id, ...v });
    await history({ contact_email: 'RECENT@acme.com', sent_at: fromNow(-10 * DAY) });
    await history({ contact_email: 'old@acme.com', sent_at: fromNow(-61 * DAY) });
    await history({ channel: 'linkedin_dm', contact_linkedin_url: 'linkedin.com/in/recent-li/', sent_at: fromNow(-5 * DAY) });
    await history({ contact_id: ids['sent to this row 30 days ago'], sent_at: fromNow(-30 * DAY) });

    const ready = await rows(t.client, `SELECT id, company_name, company_domain, company_fit_score, offer_name FROM public.contacts_ready WHERE offer_id = $1`, [offer.id]);
    const readyIds = new Set(ready.map((r) => r.id));
    const got = Object.fromEntries(cases.map(([name]) => [name, readyIds.has(ids[name])]));
    expect(got).toEqual(Object.fromEntries(cases.map(([name, , expected]) => [name, expected])));
    expect(ready[0]).toMatchObject({ company_name: 'Acme', company_domain: 'acme.com', company_fit_score: 8, offer_name: offer.name });
  });
});

describe('account_health and account_capacity', () => {
  it('show warm-up aware caps, what remains today and whether each account can send', async () => {
    const c = t.client;
    const fresh = await make.account(c, { daily_limit_emails: 100 });
    const warming = await make.account(c, {
      status: 'warming',
      warming_started_at: fromNow(-DAY),
      today_emails: 3,
      today_last_action_at: fromNow(-10 * MINUTE),
    });
    const paused = await make.account(c, { type: 'linkedin', status: 'paused' });
    const yesterday = await make.account(c, { today_emails: 100, today_last_action_at: fromNow(-DAY - HOUR) });
    const justSent = await make.account(c, { today_emails: 1, today_last_action_at: fromNow(-MINUTE) });
    const pick = `id, warmup_week, emails_today, effective_limit_emails, emails_remaining, effective_limit_connections,
                  connections_remaining, messages_remaining, can_send_email, can_send_connection, can_send`;
    const health = await rows(t.client, `SELECT ${pick} FROM public.account_health WHERE id = ANY($1)`, [
      [fresh.id, warming.id, paused.id, yesterday.id, justSent.id],
    ]);
    const byId = Object.fromEntries(health.map((h) => [h.id, h]));
    expect(byId[fresh.id]).toMatchObject({ warmup_week: null, emails_today: 0, effective_limit_emails: 100, emails_remaining: 100, effective_limit_connections: 0, can_send_email: true, can_send_connection: false, can_send: true });
    // Counters dated a few minutes ago belong to today unless UTC midnight has passed since.
    const sameDay = async (id: string) =>
      (await one(t.client, `SELECT public.account_day(today_last_action_at) = public.account_day(now()) AS v FROM public.accounts WHERE id = $1`, [id])).v as boolean;
    const warmingToday = (await sameDay(warming.id)) ? 3 : 0;
    const justSentToday = (await sameDay(justSent.id)) ? 1 : 0;
    expect(byId[warming.id]).toMatchObject({ warmup_week: 1, emails_today: warmingToday, effective_limit_emails: 5, emails_remaining: 5 - warmingToday, can_send: true });
    expect(byId[paused.id]).toMatchObject({ effective_limit_connections: 20, connections_remaining: 20, messages_remaining: 40, can_send: false });
    expect(byId[yesterday.id]).toMatchObject({ emails_today: 0, emails_remaining: 100, can_send: true });
    expect(byId[justSent.id]).toMatchObject({ emails_today: justSentToday, emails_remaining: 100 - justSentToday, can_send: false }); // 6-minute gap

    const capacity = await rows(
      t.client,
      `SELECT id, today_emails, emails_remaining, effective_limit_emails, can_send_now FROM public.account_capacity WHERE id = ANY($1)`,
      [[fresh.id, warming.id, paused.id, yesterday.id, justSent.id]],
    );
    for (const row of capacity) {
      const h = byId[row.id]!;
      expect(row).toEqual({ id: h.id, today_emails: h.emails_today, emails_remaining: h.emails_remaining, effective_limit_emails: h.effective_limit_emails, can_send_now: h.can_send });
    }
  });
});

/** An offer, company, contact, account and one campaign per status given. */
async function sendingSetup(campaigns: Row[]) {
  const c = t.client;
  const offer = await make.offer(c);
  const company = await make.company(c, offer.id, { name: 'Initech' });
  const contact = await make.contact(c, company.id, offer.id, { full_name: 'Jane Doe', email: 'jane@initech.com' });
  const account = await make.account(c);
  const made = [];
  for (const v of campaigns) {
    const k = await make.campaign(c, offer.id, v);
    const cc = await make.campaignContact(c, k.id, contact.id);
    made.push({ k, cc });
  }
  return { offer, company, contact, account, campaigns: made };
}

describe('todays_queue', () => {
  it('lists pending messages that are due, in active campaigns only', async () => {
    const s = await sendingSetup([{ status: 'active' }, { status: 'paused' }]);
    const [active, paused] = s.campaigns;
    const msg = (cc: Row, v: Row) => make.message(t.client, cc, s.account.id, v);
    const due = await msg(active!.cc, { scheduled_at: fromNow(-HOUR) });
    const unscheduled = await msg(active!.cc, { sequence_step: 2 });
    await msg(active!.cc, { sequence_step: 3, scheduled_at: fromNow(HOUR) });
    await msg(active!.cc, { sequence_step: 4, status: 'sent', scheduled_at: fromNow(-HOUR) });
    await msg(paused!.cc, { scheduled_at: fromNow(-HOUR) });
    const r = await rows(
      t.client,
      `SELECT id, contact_name, contact_email, company_name, account_status, account_can_send FROM public.todays_queue WHERE contact_id = $1`,
      [s.contact.id],
    );
    expect(r).toEqual([
      { id: unscheduled.id, contact_name: 'Jane Doe', contact_email: 'jane@initech.com', company_name: 'Initech', account_status: 'active', account_can_send: true },
      { id: due.id, contact_name: 'Jane Doe', contact_email: 'jane@initech.com', company_name: 'Initech', account_status: 'active', account_can_send: true },
    ]);
  });
});

describe('leads_for_review', () => {
  it('has one row per enrolment with its next pending queue item, and one per contact not enrolled', async () => {
    const s = await sendingSetup([{ status: 'active' }, { status: 'active' }]);
    const [k1, k2] = s.campaigns;
    const q = (k: Row, cc: Row, v: Row) => make.queueItem(t.client, k.id, s.contact.id, { campaign_contact_id: cc.id, account_id: s.account.id, ...v });
    await q(k1!.k, k1!.cc, { sequence_step: 2, scheduled_for: fromNow(2 * HOUR) });
    const next1 = await q(k1!.k, k1!.cc, { sequence_step: 3, scheduled_for: fromNow(HOUR), status: 'scheduled' });
    await q(k1!.k, k1!.cc, { sequence_step: 1, scheduled_for: fromNow(-HOUR), status: 'sent' });
    const next2 = await q(k2!.k, k2!.cc, { sequence_step: 1, scheduled_for: fromNow(3 * HOUR) });
    const loner = await make.contact(t.client, s.company.id, s.offer.id, { email: 'loner@initech.com' });

    const r = await rows(
      t.client,
      `SELECT contact_id, campaign_id, queue_id, sending_account FROM public.leads_for_review WHERE contact_id = ANY($1) ORDER BY scheduled_for NULLS LAST`,
      [[s.contact.id, loner.id]],
    );
    expect(r).toEqual([
      { contact_id: s.contact.id, campaign_id: k1!.k.id, queue_id: next1.id, sending_account: s.account.name },
      { contact_id: s.contact.id, campaign_id: k2!.k.id, queue_id: next2.id, sending_account: s.account.name },
      { contact_id: loner.id, campaign_id: null, queue_id: null, sending_account: null },
    ]);
  });
});

describe('todays_schedule', () => {
  it("uses the campaign's time zone for today, whatever the session's", async () => {
    const s = await sendingSetup([
      { status: 'active', timezone: 'America/New_York' },
      { status: 'paused', timezone: 'America/New_York' },
      { status: 'active', timezone: 'Asia/Tokyo' },
    ]);
    const [ny, nyPaused, tokyo] = s.campaigns;
    // A time on today's New York date whose UTC date is not today's UTC date: 23:30 New York
    // (already tomorrow in UTC) while New York and UTC share a date, else 00:30 New York.
    const local = await one<{ d: string; same: boolean }>(
      t.client,
      `SELECT (now() AT TIME ZONE 'America/New_York')::date::text AS d,
              (now() AT TIME ZONE 'America/New_York')::date = (now() AT TIME ZONE 'UTC')::date AS same`,
    );
    const nyTime = (date: string, time: string) =>
      one<{ ts: Date }>(t.client, `SELECT ($1::date + $2::time) AT TIME ZONE 'America/New_York' AS ts`, [date, time]).then((r) => r.ts);
    const todayItemAt = await nyTime(local.d, local.same ? '23:30' : '00:30');
    const q = (k: Row, v: Row) => make.queueItem(t.client, k.id, s.contact.id, { account_id: s.account.id, ...v });
    const today = await q(ny!.k, { scheduled_for: todayItemAt });
    await q(ny!.k, { scheduled_for: new Date(todayItemAt.getTime() + DAY) }); // tomorrow in New York
    await q(ny!.k, { scheduled_for: new Date(todayItemAt.getTime() - DAY) }); // yesterday in New York
    await q(ny!.k, { scheduled_for: todayItemAt, status: 'sent' });
    await q(nyPaused!.k, { scheduled_for: todayItemAt });
    const tokyoNoon = await one<{ ts: Date }>(
      t.client,
      `SELECT ((now() AT TIME ZONE 'Asia/Tokyo')::date + time '12:00') AT TIME ZONE 'Asia/Tokyo' AS ts`,
    );
    const tokyoToday = await q(tokyo!.k, { scheduled_for: tokyoNoon.ts });

    // What the document's CURRENT_DATE version would have said about the New York item.
    const utc = await one(t.client, `SELECT ($1::timestamptz AT TIME ZONE 'UTC')::date = (now() AT TIME ZONE 'UTC')::date AS today`, [todayItemAt]);
    expect(utc.today).toBe(false);

    for (const zone of ['UTC', 'America/New_York', 'Pacific/Kiritimati']) {
      await t.client.query(`SET TIME ZONE '${zone}'`);
      const r = await rows(t.client, `SELECT id, campaign_timezone, contact_name, company_name FROM public.todays_schedule WHERE contact_id = $1 ORDER BY campaign_timezone`, [s.contact.id]);
      await t.client.query('RESET TIME ZONE');
      expect(r, zone).toEqual([
        { id: today.id, campaign_timezone: 'America/New_York', contact_name: 'Jane Doe', company_name: 'Initech' },
        { id: tokyoToday.id, campaign_timezone: 'Asia/Tokyo', contact_name: 'Jane Doe', company_name: 'Initech' },
      ]);
    }
  });
});

describe('activity_feed', () => {
  it('shows a sent queue item once, as its history row, and unsent items as scheduled', async () => {
    const s = await sendingSetup([{ status: 'active' }]);
    const [k] = s.campaigns;
    const pending = await make.queueItem(t.client, k!.k.id, s.contact.id, { scheduled_for: fromNow(HOUR) });
    const sent = await make.queueItem(t.client, k!.k.id, s.contact.id, { status: 'sent', scheduled_for: fromNow(-HOUR) });
    const history = (v: Row) =>
      insert(t.client, 'public.outreach_history', { channel: 'email', contact_id: s.contact.id, campaign_id: k!.k.id, account_id: s.account.id, ...v });
    const h1 = await history({ send_queue_id: sent.id, sent_at: fromNow(-HOUR) });
    const h2 = await history({ sent_at: fromNow(-2 * HOUR), contact_email: 'other@initech.com' });
    const r = await rows(t.client, `SELECT activity_type, item_id, status, contact_email FROM public.activity_feed WHERE contact_id = $1 ORDER BY occurred_at`, [s.contact.id]);
    expect(r).toEqual([
      { activity_type: 'sent', item_id: h2.id, status: 'sent', contact_email: 'other@initech.com' },
      { activity_type: 'sent', item_id: h1.id, status: 'sent', contact_email: 'jane@initech.com' },
      { activity_type: 'scheduled', item_id: pending.id, status: 'pending', contact_email: 'jane@initech.com' },
    ]);
  });
});

describe('daily_account_message_volume', () => {
  it('groups by the UTC day a message went out (or is scheduled), in any session time zone', async () => {
    const s = await sendingSetup([{ status: 'active' }]);
    const [k] = s.campaigns;
    const msg = (v: Row) => make.message(t.client, k!.cc, s.account.id, v);
    await msg({ status: 'sent', sent_at: new Date('2026-03-09T23:30:00Z') });
    await msg({ status: 'delivered', sent_at: new Date('2026-03-10T00:30:00Z') });
    await msg({ status: 'pending', scheduled_at: new Date('2026-03-10T05:00:00Z') });
    await msg({ status: 'failed', scheduled_at: new Date('2026-03-10T06:00:00Z') });
    for (const zone of ['UTC', 'America/New_York']) {
      await t.client.query(`SET TIME ZONE '${zone}'`);
      const r = await rows(t.client, `SELECT day::text AS day, scheduled, pending, sent, errored FROM public.daily_account_message_volume WHERE account_id = $1 ORDER BY day`, [s.account.id]);
      await t.client.query('RESET TIME ZONE');
      expect(r, zone).toEqual([
        { day: '2026-03-09', scheduled: 0, pending: 0, sent: 1, errored: 0 },
        { day: '2026-03-10', scheduled: 2, pending: 1, sent: 1, errored: 1 },
      ]);
    }
  });
});
