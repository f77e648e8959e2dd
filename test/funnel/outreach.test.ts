// Outreach engagement reaches the lifecycle: message events (opened, clicked, replied with a
// sentiment, bounced, unsubscribed, spam) become engagement events of the person behind the
// contact, found by normalized email across offers; ingestMessageEvent runs in the writer's
// transaction, and the sweep picks up rows written by plain SQL. Both are idempotent. The
// cold-outreach mark is readable from SQL.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../../src/db.js';
import { EventType as E, LifecycleState as S } from '../../src/generated/prisma/enums.js';
import { transaction } from '../../src/modules/funnel/funnel.service.js';
import { personIdForEmail } from '../../src/modules/funnel/identity.js';
import { ingestMessageEvent, reconcileOutreach } from '../../src/modules/funnel/outreach.service.js';
import { runFunnelSweep } from '../../src/modules/funnel/sweep.service.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { at, events, movements, person, personIn } from '../helpers/funnel.js';
import { insert, make, one, type Row } from '../helpers/sql.js';

let t: TestApp;
let c: pg.Client;
beforeAll(async () => {
  t = await startTestApp();
  c = new pg.Client({ connectionString: t.testDb.url });
  await c.connect();
});
afterAll(async () => {
  await c?.end();
  await t?.close();
});

/** One contact per offer for the same person (emails differ in case and spaces only). */
async function contactsFor(email: string, offers = 2): Promise<{ contacts: Row[]; cc: Row[]; account: Row }> {
  const account = await make.account(c);
  const contacts: Row[] = [];
  const cc: Row[] = [];
  for (let i = 0; i < offers; i += 1) {
    const offer = await make.offer(c);
    const company = await make.company(c, offer.id, { domain: email.split('@')[1] });
    const contact = await make.contact(c, company.id, offer.id, { email: i === 0 ? email : `  ${email.toUpperCase()} ` });
    const campaign = await make.campaign(c, offer.id);
    contacts.push(contact);
    cc.push(await make.campaignContact(c, campaign.id, contact.id));
  }
  return { contacts, cc, account };
}

async function messageEvent(cc: Row, type: string, when: Date, v: Row = {}): Promise<Row> {
  const item = await make.queueItem(c, cc.campaign_id, cc.contact_id, { campaign_contact_id: cc.id, status: 'sent', sent_at: when });
  return insert(c, 'public.message_events', {
    send_queue_id: item.id,
    contact_id: cc.contact_id,
    campaign_id: cc.campaign_id,
    event_type: type,
    created_at: when,
    ...v,
  });
}

describe('message events into the lifecycle', () => {
  it('finds one person behind contacts of several offers, and moves them', async () => {
    const email = `Jane.Doe+${Date.now()}@Acme-Outreach.example`;
    const { cc } = await contactsFor(email);
    const personId = personIdForEmail(email)!;
    const opens = [
      await messageEvent(cc[0]!, 'opened', at(0, 1)),
      await messageEvent(cc[1]!, 'opened', at(0, 2)),
      await messageEvent(cc[0]!, 'opened', at(0, 3)),
    ];
    for (const me of opens.slice(0, 2)) await transaction((tx) => ingestMessageEvent(tx, me.id));
    expect((await person(personId)).funnel_state).toBe(S.SUSPECT);
    const third = await transaction((tx) => ingestMessageEvent(tx, opens[2]!.id));
    expect(third?.movement).toMatchObject({ from_state: S.SUSPECT, to_state: S.WARM, event_type: E.EVENT_OPENS_X3 });
    const p = await person(personId);
    expect(p.email).toBe(email.toLowerCase());
    expect(p.source).toBe('outreach');
    const evs = await events(personId);
    expect(evs.map((e) => [e.source_system, e.source_email_id])).toEqual(opens.map((o) => ['outreach', o.id]));
    // Ingesting the same row again changes nothing.
    const again = await transaction((tx) => ingestMessageEvent(tx, opens[2]!.id));
    expect(again?.duplicate).toBe(true);
    expect(await events(personId)).toHaveLength(3);
  });

  it('commits or rolls back with the transaction that writes the message event', async () => {
    const email = `rollback-${Date.now()}@acme-rb.example`;
    const { cc } = await contactsFor(email, 1);
    const item = await make.queueItem(c, cc[0]!.campaign_id, cc[0]!.contact_id, { status: 'sent' });
    await expect(
      prisma.$transaction(async (tx) => {
        const rows = await tx.$queryRaw<{ id: string }[]>`
          INSERT INTO public.message_events (send_queue_id, contact_id, campaign_id, event_type, reply_sentiment, created_at)
          VALUES (${item.id}::uuid, ${cc[0]!.contact_id}::uuid, ${cc[0]!.campaign_id}::uuid, 'replied', 'positive', ${at(0)}::timestamptz)
          RETURNING id`;
        const r = await ingestMessageEvent(tx, rows[0]!.id);
        expect(r?.movement?.to_state).toBe(S.WARM);
        throw new Error('the send failed');
      }),
    ).rejects.toThrow('the send failed');
    expect(await prisma.suspect.count({ where: { personId: personIdForEmail(email)! } })).toBe(0);
  });

  it('maps replies by sentiment, bounces, unsubscribes and spam; ignores soft bounces and other types', async () => {
    const cases: [string, Row, S | null][] = [
      ['replied', { reply_sentiment: 'negative' }, S.SUSPECT],
      ['replied', { reply_sentiment: 'ooo' }, S.SUSPECT],
      ['replied', { reply_sentiment: 'question' }, S.WARM],
      ['replied', {}, S.WARM], // not classified yet: a person answered
      ['bounced', { event_data: { bounce_type: 'soft' } }, null],
      ['bounced', {}, S.DISQUALIFIED],
      ['unsubscribed', {}, S.UNSUBSCRIBED],
      ['spam', {}, S.UNSUBSCRIBED],
      ['delivered', {}, null],
    ];
    for (const [i, [type, extra, expected]] of cases.entries()) {
      const email = `case${i}-${Date.now()}@acme-map${i}.example`;
      const { cc } = await contactsFor(email, 1);
      const me = await messageEvent(cc[0]!, type, at(0), extra);
      const r = await transaction((tx) => ingestMessageEvent(tx, me.id));
      if (expected === null) {
        expect(r, `${type} ${JSON.stringify(extra)}`).toBeNull();
      } else {
        expect(r?.person.funnel_state, `${type} ${JSON.stringify(extra)}`).toBe(expected);
      }
    }
  });

  it('the sweep ingests message events written by plain SQL, once, even with two sweeps at once', async () => {
    const email = `sweep-${Date.now()}@acme-sweep.example`;
    const { cc } = await contactsFor(email, 2);
    await messageEvent(cc[0]!, 'clicked', at(0, 1), { event_data: { url: 'https://acme.example/a' } });
    await messageEvent(cc[1]!, 'clicked', at(0, 2), { event_data: { url: 'https://acme.example/b' } });
    await messageEvent(cc[1]!, 'delivered', at(0, 2));
    const [r1, r2] = await Promise.all([
      runFunnelSweep({ now: at(0, 3), outreachLookbackDays: 7 }),
      runFunnelSweep({ now: at(0, 3), outreachLookbackDays: 7 }),
    ]);
    expect(r1.outreachIngested + r2.outreachIngested).toBe(2);
    const personId = personIdForEmail(email)!;
    expect(await events(personId)).toHaveLength(2);
    expect((await person(personId)).funnel_state).toBe(S.WARM);
    expect(await movements(personId)).toHaveLength(1);
    expect(await reconcileOutreach(at(0, 4), { limit: 100, lookbackDays: 7 })).toBe(0);
  });
});

describe('the cold-outreach mark for the send path', () => {
  it('is readable in SQL by email: exhausted re-engagement for 180 days, and suppression', async () => {
    const p = await personIn(S.REENGAGEMENT, { reengagementCycle: 3, lastReengagementTs: at(-31) });
    await runFunnelSweep({ now: at(0) });
    const after = await person(p.person_id);
    expect(after.funnel_state).toBe(S.SUSPECT);
    expect(after.cold_outreach_blocked_until).toEqual(at(179)); // exhausted at(-1) + 180 days
    const check = (email: string, now: Date) =>
      one<{ blocked: boolean; reason: string | null }>(
        c,
        'SELECT funnel.is_cold_outreach_blocked($1, $2) AS blocked, funnel.cold_outreach_block_reason($1, $2) AS reason',
        [email, now],
      );
    expect(await check(`  ${p.email.toUpperCase()}`, at(178))).toEqual({ blocked: true, reason: 'reengagement_exhausted' });
    expect(await check(p.email, at(180))).toEqual({ blocked: false, reason: null });
    expect(await check('nobody@unknown.example', at(0))).toEqual({ blocked: false, reason: null });
    const u = await personIn(S.UNSUBSCRIBED);
    expect(await check(u.email, at(0))).toEqual({ blocked: true, reason: 'unsubscribed' });
  });
});
