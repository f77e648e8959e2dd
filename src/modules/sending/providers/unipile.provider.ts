// LinkedIn and email through Unipile's HTTP API (X-API-KEY header, multipart or JSON bodies):
//   POST /api/v1/emails          email (account_id, to, subject, body)
//   POST /api/v1/chats           a LinkedIn message to a new chat (account_id, attendees_ids, text)
//   POST /api/v1/users/invite    a LinkedIn connection request (provider_id, account_id, message)
// HTTP 429, 5xx and network trouble are transient; other 4xx are permanent.
import { ProviderError, type OutboundMessage, type SendProvider } from './provider.js';

export function unipileProvider(options: { baseUrl: string; apiKey: string; timeoutMs?: number }): SendProvider {
  const base = options.baseUrl.replace(/\/+$/, '');
  async function call(path: string, body: FormData | Record<string, unknown>): Promise<Record<string, unknown>> {
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: {
          'X-API-KEY': options.apiKey,
          accept: 'application/json',
          ...(body instanceof FormData ? {} : { 'content-type': 'application/json' }),
        },
        body: body instanceof FormData ? body : JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
    } catch (error) {
      throw new ProviderError(`Unipile unreachable: ${(error as Error).message}`, 'transient');
    }
    const text = await res.text();
    if (!res.ok) {
      const kind = res.status === 429 || res.status >= 500 ? 'transient' : 'permanent';
      throw new ProviderError(`Unipile ${res.status}: ${text.slice(0, 300)}`, kind);
    }
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
  const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
  return {
    name: 'unipile',
    async send(m: OutboundMessage) {
      if (!m.from.unipileAccountId) throw new ProviderError(`account ${m.from.name} has no Unipile account id`, 'permanent');
      if (m.channel === 'email') {
        if (!m.to.email) throw new ProviderError('the contact has no email address', 'permanent');
        const form = new FormData();
        form.set('account_id', m.from.unipileAccountId);
        form.set('to', JSON.stringify([{ display_name: m.to.name ?? '', identifier: m.to.email }]));
        form.set('subject', m.subject ?? '');
        form.set('body', m.body);
        form.set('tracking_options', JSON.stringify({ label: m.idempotencyKey }));
        if (m.unsubscribeUrl) {
          form.set('custom_headers', JSON.stringify([{ name: 'List-Unsubscribe', value: `<${m.unsubscribeUrl}>` }]));
        }
        const r = await call('/api/v1/emails', form);
        return { providerMessageId: str(r.tracking_id) ?? str(r.id) ?? m.idempotencyKey };
      }
      const attendee = m.to.linkedinId ?? m.to.linkedinUrl;
      if (!attendee) throw new ProviderError('the contact has no LinkedIn profile', 'permanent');
      if (m.channel === 'linkedin_connect') {
        const r = await call('/api/v1/users/invite', {
          provider_id: attendee,
          account_id: m.from.unipileAccountId,
          message: m.body.slice(0, 300),
        });
        return { providerMessageId: str(r.invitation_id) ?? m.idempotencyKey };
      }
      const form = new FormData();
      form.set('account_id', m.from.unipileAccountId);
      form.set('attendees_ids', attendee);
      form.set('text', m.body);
      if (m.channel === 'linkedin_inmail') form.set('linkedin[inmail]', 'true');
      const r = await call('/api/v1/chats', form);
      return { providerMessageId: str(r.message_id) ?? str(r.chat_id) ?? m.idempotencyKey, threadId: str(r.chat_id) };
    },
  };
}
