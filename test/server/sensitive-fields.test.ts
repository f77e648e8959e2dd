// Message bodies, reply texts and provider ids are not for viewers (the BI role). A field whose
// name says it holds one of those must declare `authScopes: access.sensitive` (or stricter) and be
// nullable, so a refusal nulls that field alone. The walk covers fields added later.
import { isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as access from '../../src/modules/common/access.js';
import { schema } from '../../src/schema.js';

/** Field names that hold message content or provider identifiers. */
const SENSITIVE_NAME =
  /^(body|bodyHtml|bodyText|htmlBody|textBody|messageBody|replyText|replyBody|rawReply|externalId|externalMessageId|providerMessageId|providerId|provider\w*Id|unipile\w*Id)$/i;

/** Named like message content, but template copy: no person's message or reply. */
const TEMPLATE_COPY = new Set(['MessageTemplate.body', 'EmailSequenceStep.body']);

function sensitiveFields() {
  const found: { coordinate: string; scopes: unknown; nullable: boolean }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      if (!SENSITIVE_NAME.test(field.name) || TEMPLATE_COPY.has(`${type.name}.${field.name}`)) continue;
      const options = (field.extensions?.pothosOptions ?? {}) as { authScopes?: unknown };
      found.push({
        coordinate: `${type.name}.${field.name}`,
        scopes: options.authScopes,
        nullable: !field.type.toString().endsWith('!'),
      });
    }
  }
  return found;
}

describe('sensitive fields', () => {
  it('are closed to viewers and nullable', () => {
    const offending = sensitiveFields().filter(
      (f) =>
        !f.nullable ||
        !f.scopes ||
        typeof f.scopes !== 'object' ||
        (f.scopes as Record<string, unknown>).viewer === true ||
        Object.keys(f.scopes as object).some((role) => !(role in access.sensitive) || (role as string).startsWith('$')),
    );
    expect(offending.map((f) => f.coordinate)).toEqual([]);
  });

  it('recognises the names the domain uses', () => {
    for (const name of ['body', 'messageBody', 'replyText', 'externalMessageId', 'unipileAccountId', 'providerMessageId']) {
      expect(name).toMatch(SENSITIVE_NAME);
    }
    for (const name of ['name', 'status', 'replySentiment', 'provider', 'id']) expect(name).not.toMatch(SENSITIVE_NAME);
  });

  it('access.sensitive leaves viewers out', () => {
    expect(access.sensitive).not.toHaveProperty('viewer');
  });
});
