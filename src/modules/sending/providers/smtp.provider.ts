// Email over SMTP with nodemailer. Every message carries List-Unsubscribe (and the one-click
// List-Unsubscribe-Post of RFC 8058) when an unsubscribe link is configured, and the idempotency
// key as its Message-ID, so a receiving system can tell a retry from a new message.
// SMTP replies: 5xx is permanent (550/551/553 to a recipient: a hard bounce), 4xx and connection
// trouble are transient.
import nodemailer from 'nodemailer';
import { ProviderError, type OutboundMessage, type SendProvider } from './provider.js';

interface SmtpError extends Error {
  responseCode?: number;
  code?: string;
}

export function smtpProvider(url: string, options: { domain?: string } = {}): SendProvider {
  const transport = nodemailer.createTransport(url);
  const domain = options.domain ?? 'gtm-graph.local';
  return {
    name: 'smtp',
    async send(m: OutboundMessage) {
      if (!m.to.email) throw new ProviderError('the contact has no email address', 'permanent');
      if (!m.from.emailAddress) throw new ProviderError(`account ${m.from.name} has no email address`, 'permanent');
      const headers: Record<string, string> = { 'X-Gtm-Idempotency-Key': m.idempotencyKey };
      if (m.unsubscribeUrl) {
        headers['List-Unsubscribe'] = `<${m.unsubscribeUrl}>`;
        headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
      }
      try {
        const info = await transport.sendMail({
          from: { name: m.from.name, address: m.from.emailAddress },
          to: m.to.name ? { name: m.to.name, address: m.to.email } : m.to.email,
          subject: m.subject ?? '',
          text: m.body,
          messageId: `<${m.idempotencyKey.replace(/[^a-zA-Z0-9.-]/g, '.')}@${domain}>`,
          headers,
        });
        return { providerMessageId: info.messageId };
      } catch (error) {
        const e = error as SmtpError;
        const code = e.responseCode;
        if (code && code >= 500) throw new ProviderError(`SMTP ${code}: ${e.message}`, 'permanent', [550, 551, 553].includes(code) && e.code === 'EENVELOPE');
        throw new ProviderError(`SMTP ${code ?? e.code ?? 'error'}: ${e.message}`, 'transient');
      }
    },
    async close() {
      transport.close();
    },
  };
}
