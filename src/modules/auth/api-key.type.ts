// API keys and the caller as the graph shows them. Only admins see keys; the secret part of a
// token is never stored, so no field can return it after creation.
import { builder } from '../../builder.js';
import { type Role as RoleValue, ROLES } from '../../context.js';
import * as access from '../common/access.js';

const ROLE_DESCRIPTIONS: Record<RoleValue, string> = {
  admin: 'Everything, including API keys and settings.',
  sales_manager: 'Day-to-day writes and manual funnel overrides.',
  customer_success: 'Day-to-day writes and manual funnel overrides.',
  operator: 'Day-to-day writes, but no funnel overrides and no account limits.',
  viewer: 'Read only (the BI role); no message bodies, reply texts or provider ids.',
};

export const Role = builder.enumType('Role', {
  description: 'What a caller may do. A caller with several roles may do what any of them may.',
  values: Object.fromEntries(ROLES.map((r) => [r, { description: ROLE_DESCRIPTIONS[r] }])) as Record<
    RoleValue,
    { description: string }
  >,
});

export const ApiKey = builder.prismaNode('ApiKey', {
  id: { field: 'id' },
  description: 'A credential for programs. Send its token as `Authorization: Bearer <token>`.',
  authScopes: access.admin,
  fields: (t) => ({
    uuid: t.expose('id', { type: 'UUID', description: 'The database id.' }),
    name: t.exposeString('name', { description: 'What the key is for (shown in lists and logs).' }),
    prefix: t.exposeString('prefix', {
      description: 'The public part of the token (`gtm_<prefix>_…`), to recognise a key without its secret.',
    }),
    roles: t.field({
      type: [Role],
      description: 'What the key may do.',
      resolve: (key) => key.roles as RoleValue[],
    }),
    createdBy: t.exposeString('createdBy', { nullable: true, description: 'The caller that created the key.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the key was created.' }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      nullable: true,
      description: 'After this time the key is refused (null: never expires).',
    }),
    lastUsedAt: t.expose('lastUsedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the key was last seen (precise to the key cache time, API_KEY_CACHE_SECONDS).',
    }),
    revokedAt: t.expose('revokedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the key was revoked (null: active).',
    }),
    revokedBy: t.exposeString('revokedBy', { nullable: true, description: 'The caller that revoked the key.' }),
  }),
});

export interface NewApiKeyShape {
  apiKey: { id: string };
  token: string;
}

export const NewApiKey = builder.objectRef<NewApiKeyShape>('NewApiKey').implement({
  description: 'A key just created, with its token. The token is shown this once and never again.',
  fields: (t) => ({
    apiKey: t.field({ type: ApiKey, description: 'The key.', resolve: (r) => r.apiKey as never }),
    token: t.exposeString('token', {
      description: 'The whole token (`gtm_<prefix>_<secret>`); store it now, it cannot be shown again.',
    }),
  }),
});

export interface CallerShape {
  id: string;
  roles: RoleValue[];
  via?: string;
}

export const CallerType = builder.objectRef<CallerShape>('Caller').implement({
  description: 'Who is calling, as the server authenticated them.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Stable id: `api_key:<uuid>`, `jwt:<subject>` or `demo`.' }),
    roles: t.field({ type: [Role], description: 'What the caller may do.', resolve: (c) => c.roles }),
    via: t.exposeString('via', {
      nullable: true,
      description: 'How the caller authenticated: api_key, jwt or demo (no authentication, loopback only).',
    }),
  }),
});
