// An in-memory provider: accepts everything (or what `behaviour` says), remembers what it accepted
// by idempotency key (so lookup works), and sends nothing anywhere. For the benchmark, demos and
// tests of the worker's logic.
import { ProviderError, type OutboundMessage, type SendProvider, type SendResult } from './provider.js';

export interface FakeProvider extends SendProvider {
  readonly sent: OutboundMessage[];
  readonly calls: OutboundMessage[];
}

export function fakeProvider(
  behaviour: (m: OutboundMessage, call: number) => Promise<void> | void = () => {},
  options: { lookup?: boolean } = {},
): FakeProvider {
  const accepted = new Map<string, SendResult>();
  const sent: OutboundMessage[] = [];
  const calls: OutboundMessage[] = [];
  const provider: FakeProvider = {
    name: 'fake',
    sent,
    calls,
    async send(m) {
      calls.push(m);
      await behaviour(m, calls.length);
      const result = { providerMessageId: `fake-${m.idempotencyKey}` };
      accepted.set(m.idempotencyKey, result);
      sent.push(m);
      return result;
    },
  };
  if (options.lookup !== false) {
    provider.lookup = async (key) => accepted.get(key) ?? null;
  }
  return provider;
}

export { ProviderError };
