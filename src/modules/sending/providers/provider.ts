// The provider adapter the worker sends through. A provider either returns the provider's message
// id or throws a ProviderError saying whether trying again can help (transient: network trouble,
// 4xx SMTP replies, HTTP 429/5xx) or not (permanent: a rejected recipient, a refused request).
// A provider that can tell whether it already accepted a message with a given idempotency key
// implements lookup(); the worker uses it to settle an attempt its crashed predecessor left open.

export interface OutboundMessage {
  itemId: string;
  /** `<item id>:<attempt>`: the same key for the same attempt, never reused by another one. */
  idempotencyKey: string;
  channel: 'email' | 'linkedin_connect' | 'linkedin_dm' | 'linkedin_inmail';
  from: { accountId: string; name: string; emailAddress: string | null; unipileAccountId: string | null; provider: string | null };
  to: { name: string | null; email: string | null; linkedinUrl: string | null; linkedinId: string | null };
  subject: string | null;
  body: string;
  /** The List-Unsubscribe link for this message, when configured. */
  unsubscribeUrl: string | null;
}

export interface SendResult {
  providerMessageId: string;
  threadId?: string | null;
}

export class ProviderError extends Error {
  constructor(
    message: string,
    readonly kind: 'transient' | 'permanent',
    /** The recipient does not exist (a hard bounce at send time). */
    readonly bounce = false,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}

export interface SendProvider {
  readonly name: string;
  send(message: OutboundMessage): Promise<SendResult>;
  /** The result of an earlier accepted send with this key, null if the provider never got it. */
  lookup?(idempotencyKey: string): Promise<SendResult | null>;
  close?(): Promise<void>;
}

/** Routes each message to the provider of its channel and account. */
export function routingProvider(routes: { smtp: SendProvider | null; unipile: SendProvider | null }): SendProvider {
  const pick = (m: OutboundMessage): SendProvider => {
    const useUnipile = m.channel !== 'email' || m.from.provider === 'unipile' || (!routes.smtp && m.from.unipileAccountId);
    const p = useUnipile ? routes.unipile : routes.smtp;
    if (!p) throw new ProviderError(`no provider configured for ${m.channel} from ${m.from.name}`, 'permanent');
    return p;
  };
  return {
    name: 'router',
    send: (m) => pick(m).send(m),
    async close() {
      await routes.smtp?.close?.();
      await routes.unipile?.close?.();
    },
  };
}
