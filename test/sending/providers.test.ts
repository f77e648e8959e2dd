// The live providers against local servers speaking their protocols: an SMTP server (smtp-server)
// in this process for nodemailer, and the fake Unipile HTTP server for LinkedIn.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../../src/db.js';
import type { OutboundMessage } from '../../src/modules/sending/providers/provider.js';
import { smtpProvider } from '../../src/modules/sending/providers/smtp.provider.js';
import { unipileProvider } from '../../src/modules/sending/providers/unipile.provider.js';
import { createSendWorker } from '../../src/modules/sending/worker/worker.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { type FakeUnipile, makeQueue, startFakeUnipile, testSettings } from '../helpers/sending.js';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

let t: TestApp;
let smtp: SMTPServer;
let smtpUrl: string;
let unipile: FakeUnipile;
const received: Received[] = [];

beforeAll(async () => {
  t = await startTestApp();
  unipile = await startFakeUnipile();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('nobody')) return callback(Object.assign(new Error('No such user'), { responseCode: 550 }));
      if (address.address.startsWith('busy')) return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
      callback();
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  await unipile?.close();
  await t?.close();
});

function message(to: string, overrides: Partial<OutboundMessage> = {}): OutboundMessage {
  return {
    itemId: 'item-1',
    idempotencyKey: 'item-1:1',
    channel: 'email',
    from: { accountId: 'a', name: 'Mike', emailAddress: 'mike@sender.example', unipileAccountId: 'u-1', provider: 'gmail' },
    to: { name: 'Ada', email: to, linkedinUrl: 'https://linkedin.com/in/ada', linkedinId: null },
    subject: 'Hello',
    body: 'Hello Ada',
    unsubscribeUrl: 'https://example.com/unsubscribe?item=item-1',
    ...overrides,
  };
}

describe('SMTP (nodemailer)', () => {
  it('delivers with List-Unsubscribe and the idempotency key as Message-ID', async () => {
    const p = smtpProvider(smtpUrl);
    const r = await p.send(message('ada@example.com'));
    await p.close?.();
    const mail = received.at(-1)!;
    expect(mail.to).toEqual(['ada@example.com']);
    expect(mail.raw).toMatch(/^List-Unsubscribe: <https:\/\/example\.com\/unsubscribe\?item=item-1>/m);
    expect(mail.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
    expect(r.providerMessageId).toContain('item-1.1@');
  });

  it('a 550 for the recipient is a permanent bounce, a 451 is transient', async () => {
    const p = smtpProvider(smtpUrl);
    await expect(p.send(message('nobody@example.com'))).rejects.toMatchObject({ kind: 'permanent', bounce: true });
    await expect(p.send(message('busy@example.com'))).rejects.toMatchObject({ kind: 'transient', bounce: false });
    await p.close?.();
  });

  it('the worker sends a queued email through it', async () => {
    const q = await makeQueue({ items: 1, account: { provider: 'gmail' } });
    const before = received.length;
    await createSendWorker({ provider: smtpProvider(smtpUrl), settings: testSettings() }).runUntilEmpty();
    expect(received.length).toBe(before + 1);
    const item = await prisma.sendQueueItem.findUniqueOrThrow({ where: { id: q.itemIds[0]! } });
    expect(item.status).toBe('sent');
  });
});

describe('Unipile (HTTP)', () => {
  it('sends LinkedIn messages, invitations and email to the endpoints with the API key', async () => {
    const p = unipileProvider({ baseUrl: unipile.url, apiKey: 'k' });
    const dm = await p.send(message('ada@example.com', { channel: 'linkedin_dm' }));
    const invite = await p.send(message('ada@example.com', { channel: 'linkedin_connect', body: 'Hi Ada, let us connect' }));
    const email = await p.send(message('ada@example.com'));
    expect(unipile.requests.map((r) => [r.path, r.apiKey])).toEqual([
      ['/api/v1/chats', 'k'],
      ['/api/v1/users/invite', 'k'],
      ['/api/v1/emails', 'k'],
    ]);
    expect(unipile.requests[0]!.fields).toMatchObject({ account_id: 'u-1', attendees_ids: 'https://linkedin.com/in/ada', text: 'Hello Ada' });
    expect(unipile.requests[1]!.fields).toMatchObject({ account_id: 'u-1', message: 'Hi Ada, let us connect' });
    expect(JSON.parse(unipile.requests[2]!.fields.to!)).toEqual([{ display_name: 'Ada', identifier: 'ada@example.com' }]);
    expect([dm.providerMessageId, invite.providerMessageId, email.providerMessageId]).toEqual(['msg-1', 'inv-2', 'trk-3-item-1:1']);
  });
});
