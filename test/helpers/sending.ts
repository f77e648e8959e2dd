// Sending fixtures: a campaign with accounts and many due queue items (set-based SQL, so 10,000
// rows take a moment), a local HTTP server speaking the Unipile endpoints the provider uses, and
// worker settings for tests.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { prisma } from '../../src/db.js';
import type { QueueSettings } from '../../src/modules/sending/worker/queue.service.js';
import { makeAccount, makeCampaign, makeCompany, makeOffer, seq } from './factories.js';

export interface QueueFixture {
  offerId: string;
  campaignId: string;
  accountIds: string[];
  itemIds: string[];
  contactIds: string[];
}

export interface QueueFixtureOptions {
  items: number;
  accounts?: number;
  account?: Record<string, unknown>;
  campaign?: Record<string, unknown>;
  scheduledFor?: Date;
  maxAttempts?: number;
  channel?: 'email' | 'linkedin_dm';
}

/** An active campaign, its accounts, `items` ready contacts enrolled, each with one due step-1 item. */
export async function makeQueue(o: QueueFixtureOptions): Promise<QueueFixture> {
  const offer = await makeOffer({ status: 'active' });
  const company = await makeCompany(offer.id);
  const accounts = [];
  for (let i = 0; i < (o.accounts ?? 1); i += 1) {
    accounts.push(
      await makeAccount({
        provider: 'unipile',
        unipileAccountId: `unipile-${seq()}`,
        dailyLimitEmails: 100_000,
        dailyLimitMessages: 100_000,
        hourlyLimit: 100_000,
        type: o.channel === 'linkedin_dm' ? 'linkedin' : 'email',
        ...o.account,
      }),
    );
  }
  const campaign = await makeCampaign(offer.id, {
    status: 'active',
    channel: o.channel === 'linkedin_dm' ? 'linkedin' : 'email',
    timezone: 'UTC',
    sendWindowStart: new Date(Date.UTC(1970, 0, 1, 0, 0, 0)),
    sendWindowEnd: new Date(Date.UTC(1970, 0, 1, 23, 59, 59)),
    sendDays: [1, 2, 3, 4, 5, 6, 7],
    ...o.campaign,
  });
  const tag = `${process.pid}-${seq()}`;
  const contacts = await prisma.$queryRaw<{ id: string }[]>`
    INSERT INTO contacts (company_id, offer_id, first_name, full_name, email, linkedin_url, source_tool, status, email_status, connection_degree)
    SELECT ${company.id}::uuid, ${offer.id}::uuid, 'Person', 'Person ' || g, 'bulk-' || g || '-' || ${tag} || '@example.com',
      'https://linkedin.com/in/bulk-' || g || '-' || ${tag}, 'manual', 'queued', 'valid', 2
    FROM generate_series(1, ${o.items}::int) AS g
    ORDER BY g
    RETURNING id`;
  const ids = contacts.map((c) => c.id);
  const accountIds = accounts.map((a) => a.id);
  const items = await prisma.$queryRaw<{ id: string }[]>`
    WITH cc AS (
      INSERT INTO campaign_contacts (campaign_id, contact_id, status, max_step)
      SELECT ${campaign.id}::uuid, id, 'queued', 1 FROM unnest(${ids}::uuid[]) AS id
      RETURNING id, contact_id
    ), numbered AS (
      SELECT cc.*, row_number() OVER (ORDER BY cc.contact_id) AS n FROM cc
    )
    INSERT INTO send_queue (campaign_id, campaign_contact_id, contact_id, account_id, channel, sequence_step, subject, body,
      scheduled_for, max_attempts)
    SELECT ${campaign.id}::uuid, n.id, n.contact_id, (${accountIds}::uuid[])[1 + (n.n % ${accountIds.length}::int)],
      ${o.channel ?? 'email'}, 1, 'Hello', 'Hello there', ${o.scheduledFor ?? new Date(Date.now() - 60_000)}, ${o.maxAttempts ?? 3}
    FROM numbered AS n
    RETURNING id`;
  return { offerId: offer.id, campaignId: campaign.id, accountIds, itemIds: items.map((i) => i.id), contactIds: ids };
}

export function testSettings(overrides: Partial<QueueSettings> = {}): QueueSettings {
  return {
    workerId: `test-${process.pid}-${seq()}`,
    batchSize: 10,
    leaseMs: 60_000,
    minGapMs: 0,
    gapJitterMs: 0,
    retryBaseMs: 60_000,
    retryMaxMs: 3_600_000,
    unsubscribeUrl: null,
    now: () => new Date(),
    random: () => 0,
    ...overrides,
  };
}

export interface UnipileRequest {
  path: string;
  apiKey: string | undefined;
  fields: Record<string, string>;
  /** The idempotency key (tracking label) for email sends. */
  key: string | null;
}

export interface FakeUnipile {
  url: string;
  requests: UnipileRequest[];
  /** When set, requests wait until this resolves before answering. */
  hold: Promise<void> | null;
  /** Resolves when the n-th request arrives. */
  received(n: number): Promise<void>;
  close(): Promise<void>;
}

async function fields(req: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const body = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('application/json')) return JSON.parse(body.toString('utf8')) as Record<string, string>;
  const form = await new Response(body, { headers: { 'content-type': type } }).formData();
  const out: Record<string, string> = {};
  form.forEach((v, k) => {
    out[k] = String(v);
  });
  return out;
}

/** A local server for POST /api/v1/emails, /api/v1/chats and /api/v1/users/invite. */
export async function startFakeUnipile(): Promise<FakeUnipile> {
  const requests: UnipileRequest[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const fake: FakeUnipile = {
    url: '',
    requests,
    hold: null,
    received: (n) =>
      new Promise((resolve) => {
        if (requests.length >= n) resolve();
        else waiters.push({ n, resolve });
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const f = await fields(req);
      const path = (req.url ?? '').split('?')[0]!;
      let key: string | null = null;
      try {
        key = f.tracking_options ? (JSON.parse(f.tracking_options) as { label?: string }).label ?? null : null;
      } catch {
        key = null;
      }
      requests.push({ path, apiKey: req.headers['x-api-key'] as string | undefined, fields: f, key });
      for (const w of [...waiters]) {
        if (requests.length >= w.n) {
          w.resolve();
          waiters.splice(waiters.indexOf(w), 1);
        }
      }
      if (fake.hold) await fake.hold;
      const n = requests.length;
      const body =
        path === '/api/v1/emails'
          ? { object: 'EmailSent', tracking_id: `trk-${n}-${key ?? ''}` }
          : path === '/api/v1/chats'
            ? { object: 'ChatStarted', chat_id: `chat-${n}`, message_id: `msg-${n}` }
            : path === '/api/v1/users/invite'
              ? { object: 'UserInvitationSent', invitation_id: `inv-${n}` }
              : null;
      if (!body) return res.writeHead(404).end();
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    })();
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = fake.close;
  fake.close = async () => {
    server.closeAllConnections();
    await close();
  };
  return fake;
}

/** How many times each value occurs more than once. */
export function duplicates(values: readonly (string | null)[]): string[] {
  const seen = new Map<string, number>();
  for (const v of values) if (v) seen.set(v, (seen.get(v) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([v]) => v);
}
