// The provider the worker uses, from the settings: live (SMTP for email accounts, Unipile for
// LinkedIn and for email accounts whose provider is unipile) or the in-memory fake.
import type { SendingConfig } from '../../../config.js';
import { fakeProvider } from './fake.provider.js';
import { routingProvider, type SendProvider } from './provider.js';
import { smtpProvider } from './smtp.provider.js';
import { unipileProvider } from './unipile.provider.js';

export function providerFromConfig(c: SendingConfig): SendProvider {
  if (c.provider === 'fake') return fakeProvider();
  return routingProvider({
    smtp: c.smtpUrl ? smtpProvider(c.smtpUrl) : null,
    unipile: c.unipile ? unipileProvider(c.unipile) : null,
  });
}
