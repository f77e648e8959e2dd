// The live subscriptions end to end: a real server, graphql-ws clients (and one SSE client),
// changes written by plain SQL on other connections and by mutations.
import type { Client } from 'graphql-ws';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { prisma } from '../../src/db.js';
import { encodeCursor } from '../../src/modules/realtime/change-log.service.js';
import { Overflow } from '../../src/modules/realtime/stream.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { makeAccount, makeCampaign, makeCampaignContact, makeCompany, makeContact, makeOffer } from '../helpers/factories.js';
import { personIn } from '../helpers/funnel.js';
import { collect, sleep } from '../helpers/live.js';
import { wsClient } from '../helpers/ws.js';

let t: TestApp;
let url: string;
let sql: pg.Client;
let client: Client;
let campaignA: { id: string; offerId: string };
let campaignB: { id: string };
let contact: { id: string };
let account: { id: string };

beforeAll(async () => {
  t = await startTestApp({ CHANGE_POLL_INTERVAL_MS: '250', CHANGE_SUBSCRIBER_BUFFER: '50' });
  url = await t.app.start();
  sql = new pg.Client({ connectionString: t.testDb.url });
  await sql.connect();
  const offer = await makeOffer();
  const company = await makeCompany(offer.id);
  contact = await makeContact(company);
  account = await makeAccount();
  campaignA = await makeCampaign(offer.id);
  campaignB = await makeCampaign(offer.id);
  client = wsClient(url).client;
});
afterAll(async () => {
  await client?.dispose();
  await sql?.end();
  await t?.close();
});

const insertQueueItem = async (campaignId: string, status = 'pending', c: pg.ClientBase = sql) =>
  (
    await c.query<{ id: string }>(
      `INSERT INTO public.send_queue (campaign_id, contact_id, account_id, channel, body, scheduled_for, status)
       VALUES ($1, $2, $3, 'email', 'Hello', now(), $4) RETURNING id`,
      [campaignId, contact.id, account.id, status],
    )
  ).rows[0]!.id;

const QUEUE = `subscription Q($filter: SendQueueChangeFilter, $after: String) {
  sendQueueChanged(filter: $filter, after: $after) {
    cursor kind status previousStatus changedAt
    item { id uuid campaignId status contact { uuid } }
  }
}`;

// Each test starts with no subscriber left from the one before (unsubscribing is asynchronous).
beforeEach(async () => {
  for (let i = 0; i < 200 && t?.app.changes.subscriberCount(); i++) await sleep(20);
  expect(t.app.changes.subscriberCount()).toBe(0);
});

async function untilSubscribed(count: number) {
  for (let i = 0; i < 100 && t.app.changes.subscriberCount() < count; i++) await sleep(20);
  expect(t.app.changes.subscriberCount()).toBeGreaterThanOrEqual(count);
}

describe('sendQueueChanged', () => {
  it('delivers a queue item written by plain SQL on another connection, as the full object with a cursor', async () => {
    const sub = collect(client, QUEUE, { filter: { campaignId: [campaignA.id] } });
    await untilSubscribed(1);
    const id = await insertQueueItem(campaignA.id);
    const [event] = await sub.waitFor(1);
    sub.dispose();
    expect(event.sendQueueChanged).toMatchObject({
      kind: 'CREATED',
      status: 'pending',
      previousStatus: null,
      item: { uuid: id, campaignId: campaignA.id, status: 'pending', contact: { uuid: contact.id } },
    });
    expect(event.sendQueueChanged.cursor).toEqual(expect.any(String));
  });

  it('applies filters on the server: campaign, status', async () => {
    const onlyA = collect(client, QUEUE, { filter: { campaignId: [campaignA.id] } });
    const onlySent = collect(client, QUEUE, { filter: { status: ['sent'] } });
    const onlyBSent = collect(client, QUEUE, { filter: { campaignId: [campaignB.id], status: ['sent', 'failed'] } });
    await untilSubscribed(3);
    const a = await insertQueueItem(campaignA.id);
    const b = await insertQueueItem(campaignB.id);
    await sql.query(`UPDATE public.send_queue SET status = 'sent', sent_at = now() WHERE id = ANY($1::uuid[])`, [[a, b]]);
    const [a1, a2] = await onlyA.waitFor(2);
    const sent = await onlySent.waitFor(2);
    const [bSent] = await onlyBSent.waitFor(1);
    await sleep(600); // a poll or two more: nothing else may arrive
    expect([a1, a2].map((e) => [e.sendQueueChanged.item.uuid, e.sendQueueChanged.kind])).toEqual([
      [a, 'CREATED'],
      [a, 'STATUS_CHANGED'],
    ]);
    expect(onlyA.results).toHaveLength(2);
    expect(sent.map((e) => e.sendQueueChanged.item.uuid).sort()).toEqual([a, b].sort());
    expect(sent.every((e) => e.sendQueueChanged.status === 'sent' && e.sendQueueChanged.previousStatus === 'pending')).toBe(true);
    expect(onlySent.results).toHaveLength(2);
    expect(bSent.sendQueueChanged.item.uuid).toBe(b);
    expect(onlyBSent.results).toHaveLength(1);
    for (const s of [onlyA, onlySent, onlyBSent]) s.dispose();
  });

  it('a client that disconnects, misses events and resubscribes with its cursor gets exactly the missed ones, then live ones', async () => {
    const filter = { campaignId: [campaignB.id] };
    const first = wsClient(url).client;
    const sub = collect(first, QUEUE, { filter });
    await untilSubscribed(1);
    const seen = await insertQueueItem(campaignB.id);
    const [event] = await sub.waitFor(1);
    expect(event.sendQueueChanged.item.uuid).toBe(seen);
    const cursor = event.sendQueueChanged.cursor;
    await first.dispose(); // the connection is gone
    const missed = [await insertQueueItem(campaignB.id), await insertQueueItem(campaignB.id)];
    await insertQueueItem(campaignA.id); // filtered out on replay too
    await sql.query(`UPDATE public.send_queue SET status = 'scheduled' WHERE id = $1`, [missed[0]]);

    const again = wsClient(url).client;
    const resumed = collect(again, QUEUE, { filter, after: cursor });
    const replayed = await resumed.waitFor(3);
    expect(replayed.map((e) => [e.sendQueueChanged.item.uuid, e.sendQueueChanged.kind])).toEqual([
      [missed[0], 'CREATED'],
      [missed[1], 'CREATED'],
      [missed[0], 'STATUS_CHANGED'],
    ]);
    const live = await insertQueueItem(campaignB.id);
    const all = await resumed.waitFor(4);
    expect(all[3].sendQueueChanged.item.uuid).toBe(live);
    await sleep(600);
    expect(resumed.results).toHaveLength(4); // no duplicate of a replayed event
    resumed.dispose();
    await again.dispose();
  });

  // The embedded database runs one session: a second connection cannot write while A's
  // transaction is open, so there is no late commit to deliver.
  it.skipIf(inject('testDatabase').kind !== 'postgres')('delivers a late commit (A writes first, B commits first) to a live subscriber, once, in cursor order', async () => {
    const a = new pg.Client({ connectionString: t.testDb.url });
    await a.connect();
    try {
      const sub = collect(client, QUEUE, { filter: { campaignId: [campaignA.id] } });
      await untilSubscribed(1);
      await a.query('BEGIN');
      const early = await insertQueueItem(campaignA.id, 'pending', a);
      const late = await insertQueueItem(campaignA.id);
      await sleep(800); // B is committed; its event must wait behind A's
      expect(sub.results).toHaveLength(0);
      await a.query('COMMIT');
      const events = await sub.waitFor(2);
      expect(events.map((e) => e.sendQueueChanged.item.uuid)).toEqual([early, late]);
      // And a reader resuming from before both gets both too.
      const resumed = collect(client, QUEUE, { filter: { campaignId: [campaignA.id] }, after: events[0].sendQueueChanged.cursor });
      const [next] = await resumed.waitFor(1);
      expect(next.sendQueueChanged.item.uuid).toBe(late);
      await sleep(400);
      expect(sub.results).toHaveLength(2);
      expect(resumed.results).toHaveLength(1);
      sub.dispose();
      resumed.dispose();
    } finally {
      await a.end();
    }
  });

  it('refuses a cursor that is not one', async () => {
    const sub = collect(client, QUEUE, { after: 'nope' });
    await sub.completed.catch(() => {});
    const errors = sub.results[0]?.errors ?? [];
    expect(errors[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });
});

describe('other streams', () => {
  it('prospectMoved: movements written by plain SQL, filtered by funnel, states, event and company', async () => {
    const q = `subscription M($filter: ProspectMovedFilter) { prospectMoved(filter: $filter) { cursor movement { uuid fromState toState eventType companyId } } }`;
    const toWarm = collect(client, q, { filter: { toState: ['WARM'], funnel: ['WARM_UNIVERSE'] } });
    const byCompany = collect(client, q, { filter: { companyId: ['00000000-0000-4000-8000-00000000000b'] } });
    await untilSubscribed(2);
    const insert = (company: string, to: string, funnel: string) =>
      sql.query(
        `INSERT INTO funnel.prospect_movement (company_id, person_id, from_state, to_state, from_funnel, to_funnel, event_type)
         VALUES ($1, gen_random_uuid(), 'SUSPECT', $2::funnel.lifecycle_state, 'COLD_UNIVERSE', $3::funnel.funnel_membership, 'EVENT_REPLY') RETURNING movement_id`,
        [company, to, funnel],
      );
    await insert('00000000-0000-4000-8000-00000000000a', 'WARM', 'WARM_UNIVERSE');
    await insert('00000000-0000-4000-8000-00000000000b', 'DISQUALIFIED', 'COLD_UNIVERSE');
    const [warm] = await toWarm.waitFor(1);
    const [b] = await byCompany.waitFor(1);
    await sleep(500);
    expect(warm.prospectMoved.movement).toMatchObject({ fromState: 'SUSPECT', toState: 'WARM', eventType: 'EVENT_REPLY' });
    expect(b.prospectMoved.movement.toState).toBe('DISQUALIFIED');
    expect(toWarm.results).toHaveLength(1);
    expect(byCompany.results).toHaveLength(1);
    toWarm.dispose();
    byCompany.dispose();
  });

  it('activity: queued, sent, reply and movement in one stream, each with its object', async () => {
    const q = `subscription A($filter: ActivityFilter) { activity(filter: $filter) {
      cursor kind occurredAt campaignId
      queueItem { uuid } outreach { uuid status } messageEvent { uuid eventType } movement { uuid toState }
    } }`;
    const all = collect(client, q, {});
    const onlyReplies = collect(client, q, { filter: { kind: ['REPLY'] } });
    await untilSubscribed(2);
    const queued = await insertQueueItem(campaignA.id);
    const sent = (
      await sql.query(
        `INSERT INTO public.outreach_history (contact_id, campaign_id, account_id, send_queue_id, channel, status) VALUES ($1, $2, $3, $4, 'email', 'sent') RETURNING id`,
        [contact.id, campaignA.id, account.id, queued],
      )
    ).rows[0].id;
    await sql.query(
      `INSERT INTO public.message_events (send_queue_id, contact_id, campaign_id, event_type) VALUES ($1, $2, $3, 'opened')`,
      [queued, contact.id, campaignA.id],
    ); // not in the feed
    const reply = (
      await sql.query(
        `INSERT INTO public.message_events (send_queue_id, contact_id, campaign_id, event_type, reply_sentiment) VALUES ($1, $2, $3, 'replied', 'positive') RETURNING id`,
        [queued, contact.id, campaignA.id],
      )
    ).rows[0].id;
    const moved = (
      await sql.query(
        `INSERT INTO funnel.prospect_movement (company_id, person_id, from_state, to_state, event_type)
         VALUES (gen_random_uuid(), gen_random_uuid(), 'SUSPECT', 'WARM', 'EVENT_REPLY') RETURNING movement_id`,
      )
    ).rows[0].movement_id;
    const events = (await all.waitFor(4)).map((e) => e.activity);
    expect(events.map((e) => e.kind)).toEqual(['QUEUED', 'SENT', 'REPLY', 'MOVEMENT']);
    expect(events[0].queueItem.uuid).toBe(queued);
    expect(events[1].outreach).toEqual({ uuid: sent, status: 'sent' });
    expect(events[2].messageEvent).toEqual({ uuid: reply, eventType: 'replied' });
    expect(events[3].movement).toEqual({ uuid: moved, toState: 'WARM' });
    expect(events[0].outreach).toBeNull();
    const [r] = await onlyReplies.waitFor(1);
    expect(r.activity.messageEvent.uuid).toBe(reply);
    await sleep(400);
    expect(all.results).toHaveLength(4);
    expect(onlyReplies.results).toHaveLength(1);
    all.dispose();
    onlyReplies.dispose();
  });

  it('campaignMetrics: the current figures, then new ones when a send of the campaign changes them', async () => {
    const offer = await makeOffer();
    const company = await makeCompany(offer.id);
    const person = await makeContact(company);
    const campaign = await makeCampaign(offer.id);
    const cc = await makeCampaignContact(campaign.id, person.id);
    const q = `subscription C($id: UUID!) { campaignMetrics(campaignId: $id) { cursor metrics { campaignId totalContacts totalSent } } }`;
    const sub = collect(client, q, { id: campaign.id });
    const [initial] = await sub.waitFor(1);
    expect(initial.campaignMetrics.metrics).toMatchObject({ campaignId: campaign.id, totalSent: 0 });
    await sql.query(
      `INSERT INTO public.messages (campaign_contact_id, campaign_id, contact_id, account_id, channel, sequence_step, body, status, sent_at)
       VALUES ($1, $2, $3, $4, 'email', 1, 'Hi', 'sent', now())`,
      [cc.id, campaign.id, person.id, account.id],
    );
    const [, next] = await sub.waitFor(2);
    expect(next.campaignMetrics.metrics.totalSent).toBe(1);
    await insertQueueItem(campaignA.id); // another campaign: no recomputation, no push
    await sleep(500);
    expect(sub.results).toHaveLength(2);
    sub.dispose();
  });

  it('funnelCounts: the counts, then new ones after a movement', async () => {
    const q = `subscription { funnelCounts { cursor counts { state funnel people } } }`;
    const sub = collect(client, q);
    const [initial] = await sub.waitFor(1);
    const warmBefore = initial.funnelCounts.counts.find((c: any) => c.state === 'WARM')?.people ?? 0;
    const p = await personIn('WARM');
    await sql.query(
      `INSERT INTO funnel.prospect_movement (company_id, person_id, from_state, to_state, event_type) VALUES ($1, $2, 'SUSPECT', 'WARM', 'EVENT_REPLY')`,
      [p.company_id, p.person_id],
    );
    const [, next] = await sub.waitFor(2);
    expect(next.funnelCounts.counts.find((c: any) => c.state === 'WARM').people).toBe(warmBefore + 1);
    sub.dispose();
  });
});

describe('resources', () => {
  it('unsubscribing frees every subscriber and the LISTEN connection stays one', async () => {
    await sleep(200);
    const before = t.app.changes.subscriberCount();
    const subs = Array.from({ length: 20 }, (_, i) =>
      collect(client, i % 2 ? QUEUE : `subscription { funnelCounts { cursor } }`),
    );
    await untilSubscribed(before + 20);
    for (const s of subs) s.dispose();
    for (let i = 0; i < 100 && t.app.changes.subscriberCount() > before; i++) await sleep(20);
    expect(t.app.changes.subscriberCount()).toBe(before);
    // closing the whole socket frees them too
    const other = wsClient(url).client;
    collect(other, QUEUE);
    collect(other, QUEUE);
    await untilSubscribed(before + 2);
    await other.dispose();
    for (let i = 0; i < 100 && t.app.changes.subscriberCount() > before; i++) await sleep(20);
    expect(t.app.changes.subscriberCount()).toBe(before);
    if (t.testDb.kind === 'postgres') {
      const listening = await sql.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN gtm_change_log%'`,
      );
      expect(listening.rows[0].n).toBe(1);
    }
  });

  it('a subscriber that does not read is cut off at its buffer with the cursor to resume from, and resuming loses nothing', async () => {
    const limit = t.config.realtime.subscriberBuffer;
    const before = t.app.changes.subscriberCount();
    const stream = await t.app.changes.subscribe({ topics: ['send_queue'], accept: (row) => row.payload.campaign_id === campaignB.id });
    const ids: string[] = [];
    for (let i = 0; i < limit + 5; i++) ids.push(await insertQueueItem(campaignB.id));
    // more than the buffer in one statement, too
    await sql.query(
      `INSERT INTO public.send_queue (campaign_id, contact_id, channel, body, scheduled_for)
       SELECT $1, $2, 'email', 'x', now() FROM generate_series(1, 10)`,
      [campaignB.id, contact.id],
    );
    // The hub drops the subscriber when its buffer overflows; only then does the client read.
    for (let i = 0; i < 200 && t.app.changes.subscriberCount() > before; i++) await sleep(25);
    expect(t.app.changes.subscriberCount()).toBe(before);
    let overflow: Overflow | undefined;
    const got: string[] = [];
    for (;;) {
      const next = await stream.next();
      if (next.done) break;
      if (next.value instanceof Overflow) overflow = next.value;
      else got.push((next.value.entity as { id: string }).id);
    }
    expect(overflow).toBeInstanceOf(Overflow);
    expect(got).toEqual([]); // nothing was read before the cut, so the cursor is where it started
    const resumed = await t.app.changes.subscribe({
      topics: ['send_queue'],
      accept: (row) => row.payload.campaign_id === campaignB.id,
      after: overflow!.cursor,
    });
    const replayed: string[] = [];
    while (replayed.length < limit + 15) {
      const next = await resumed.next();
      if (next.done || next.value instanceof Overflow) break;
      replayed.push((next.value.entity as { id: string }).id);
    }
    await resumed.return!();
    expect(replayed.slice(0, ids.length)).toEqual(ids);
    expect(replayed).toHaveLength(limit + 15);
  });

  it('serves subscriptions over SSE on /graphql', async () => {
    const controller = new AbortController();
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: `subscription { sendQueueChanged(filter: { campaignId: ["${campaignA.id}"] }) { cursor item { uuid } } }` }),
      signal: controller.signal,
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    await untilSubscribed(1);
    const id = await insertQueueItem(campaignA.id);
    let text = '';
    const deadline = Date.now() + 10_000;
    while (!text.includes(id) && Date.now() < deadline) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    expect(text).toContain(`"uuid":"${id}"`);
    // The client went away: its subscription ends now, not at the next event.
    for (let i = 0; i < 100 && t.app.changes.subscriberCount() > 0; i++) await sleep(20);
    expect(t.app.changes.subscriberCount()).toBe(0);
  });

  it('a mutation on this server reaches subscribers (change capture in the database, not in resolvers)', async () => {
    const sub = collect(client, `subscription { prospectMoved { movement { personId toState isManualOverride } } }`);
    await untilSubscribed(1);
    const p = await personIn('WARM');
    const r = await t.gql(
      `mutation O($input: OverrideProspectStateInput!) { overrideProspectState(input: $input) { __typename } }`,
      { input: { personId: p.person_id, toState: 'DISQUALIFIED', reason: 'test' } },
      { allowErrors: true },
    );
    expect(r.errors).toBeUndefined();
    const [event] = await sub.waitFor(1);
    expect(event.prospectMoved.movement).toMatchObject({ personId: p.person_id, toState: 'DISQUALIFIED', isManualOverride: true });
    sub.dispose();
  });

  it('refuses a cursor older than the pruned log with CURSOR_EXPIRED', async () => {
    const old = encodeCursor({ xid: 1n, id: 1n });
    await prisma.$executeRaw`UPDATE public.change_log_watermark SET pruned_xid = 2, pruned_id = 5 WHERE id = 1`;
    const sub = collect(client, QUEUE, { after: old });
    await sub.completed.catch(() => {});
    expect(sub.results[0]?.errors?.[0]?.extensions?.code).toBe('CURSOR_EXPIRED');
  });
});
