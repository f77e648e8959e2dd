// Reads for access control: the API keys (admins only) and the current caller.
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import * as access from '../common/access.js';
import { CallerType } from './api-key.type.js';

builder.queryFields((t) => ({
  apiKeys: t.prismaConnection({
    type: 'ApiKey',
    cursor: 'id',
    authScopes: access.admin,
    description: 'Every API key, newest first, revoked ones included (admins only).',
    args: {
      includeRevoked: t.arg.boolean({
        required: false,
        defaultValue: true,
        description: 'Include revoked keys (default true).',
      }),
    },
    totalCount: (_parent, args) =>
      prisma.apiKey.count({ where: args.includeRevoked === false ? { revokedAt: null } : {} }),
    resolve: (query, _parent, args) =>
      prisma.apiKey.findMany({
        ...query,
        where: args.includeRevoked === false ? { revokedAt: null } : {},
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
  me: t.field({
    type: CallerType,
    description: 'Who the server takes you for: your id and roles.',
    resolve: (_root, _args, ctx) => ctx.caller!,
  }),
}));
