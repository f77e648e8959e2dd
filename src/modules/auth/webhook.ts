// Webhook authentication for provider callbacks (the endpoint itself belongs to the sending
// module). Providers sign the raw body with WEBHOOK_SECRET; see auth.rules.ts for the scheme.
//
//   const verdict = verifyWebhook(config, rawBody, request.headers.get(WEBHOOK_SIGNATURE_HEADER));
//   if (!verdict.ok) return new Response(null, { status: 401 });
//
// Providers that can only echo a static secret send it in `x-webhook-secret` instead; check it
// with verifyWebhookSecret. Either way, compare before parsing the body.
import type { Config } from '../../config.js';
import { safeEqual, verifyWebhookSignature, type WebhookVerdict } from './auth.rules.js';

export { signWebhook } from './auth.rules.js';

export const WEBHOOK_SIGNATURE_HEADER = 'x-webhook-signature';
export const WEBHOOK_SECRET_HEADER = 'x-webhook-secret';

/** Verifies a signed webhook body; refuses everything when WEBHOOK_SECRET is not set. */
export function verifyWebhook(
  config: Pick<Config, 'auth'>,
  rawBody: string | Buffer,
  signatureHeader: string | null | undefined,
  now?: Date,
): WebhookVerdict {
  const secret = config.auth.webhookSecret;
  if (!secret) return { ok: false, reason: 'missing' };
  return verifyWebhookSignature(secret, rawBody, signatureHeader, {
    toleranceSeconds: config.auth.webhookToleranceSeconds,
    now,
  });
}

/** Verifies a static shared secret sent as a header (for providers that cannot sign). */
export function verifyWebhookSecret(config: Pick<Config, 'auth'>, provided: string | null | undefined): boolean {
  const secret = config.auth.webhookSecret;
  return Boolean(secret && provided && safeEqual(secret, provided));
}
