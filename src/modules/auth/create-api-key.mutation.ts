// createApiKey: a new key for a program; the token is in the result, once.
import { builder } from '../../builder.js';
import * as access from '../common/access.js';
import { COMMON_ERRORS } from '../common/errors.type.js';
import { createApiKey } from './auth.service.js';
import { NewApiKey, Role } from './api-key.type.js';

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  description: 'A new API key.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'What the key is for (1 to 200 characters).' }),
    roles: t.field({ type: [Role], required: true, description: 'What the key may do (at least one role).' }),
    expiresAt: t.field({ type: 'DateTime', description: 'When the key stops working (default: never).' }),
  }),
});

builder.mutationField('createApiKey', (t) =>
  t.field({
    type: NewApiKey,
    description: 'Creates an API key (admins only). The token is returned once; only its hash is stored.',
    authScopes: access.admin,
    errors: { types: [...COMMON_ERRORS], directResult: true },
    args: { input: t.arg({ type: CreateApiKeyInput, required: true, description: 'The new key.' }) },
    resolve: (_root, { input }, ctx) => createApiKey(input, ctx),
  }),
);
