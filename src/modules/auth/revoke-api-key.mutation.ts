// revokeApiKey: the key stops working at once in this process, and within API_KEY_CACHE_SECONDS
// in every other.
import { decodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.js';
import { ConflictError, NotFoundError, ValidationFailedError } from '../../errors.js';
import * as access from '../common/access.js';
import { COMMON_ERRORS } from '../common/errors.type.js';
import { revokeApiKey } from './auth.service.js';
import { ApiKey } from './api-key.type.js';

const RevokeApiKeyInput = builder.inputType('RevokeApiKeyInput', {
  description: 'The key to revoke.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The global id of the key.' }),
  }),
});

function keyId(globalId: string): string {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    if (typename === 'ApiKey' && /^[0-9a-f-]{36}$/i.test(id)) return id;
  } catch {
    // fall through
  }
  throw new ValidationFailedError([{ path: 'id', message: 'is not the id of an API key' }]);
}

builder.mutationField('revokeApiKey', (t) =>
  t.field({
    type: ApiKey,
    description: 'Revokes an API key (admins only); requests with it are refused from then on.',
    authScopes: access.admin,
    errors: {
      types: [...COMMON_ERRORS, NotFoundError, ConflictError],
      dataField: { name: 'apiKey', description: 'The revoked key.' },
    },
    args: { input: t.arg({ type: RevokeApiKeyInput, required: true, description: 'The key to revoke.' }) },
    resolve: (_root, { input }, ctx) => revokeApiKey({ id: keyId(String(input.id)) }, ctx),
  }),
);
