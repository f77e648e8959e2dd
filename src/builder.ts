// The Pothos SchemaBuilder: plugins, context type, scalars. Configuration only; types and
// fields live in src/modules.
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import {
  DateTimeResolver,
  EmailAddressResolver,
  JSONObjectResolver,
  JSONResolver,
  LocalDateResolver,
  LocalTimeResolver,
  TimeZoneResolver,
  URLResolver,
  UUIDResolver,
} from 'graphql-scalars';
import { z } from 'zod';
import type { Context, Role } from './context.js';
import * as access from './modules/common/access.js';
import { prisma } from './db.js';
import { ForbiddenError, ValidationFailedError } from './errors.js';
import type { Prisma } from './generated/prisma/client.js';
import AuthorizeFirstPlugin from './modules/auth/authorize-first.plugin.js';
import type PrismaTypes from './generated/pothos-prisma-types.js';
import { getDatamodel } from './generated/pothos-prisma-types.js';

/** Largest page any connection returns; larger `first`/`last` values are refused (src/security/page-size.ts). */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

const pageSize = z
  .number()
  .int()
  .min(0, 'must not be negative')
  .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE} (the maximum page size)`)
  .nullish();

type Scopes = { [R in Role]: boolean } & { authenticated: boolean };

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: Scopes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  DefaultInputFieldRequiredness: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
    UUID: { Input: string; Output: string };
    EmailAddress: { Input: string; Output: string };
    URL: { Input: URL; Output: URL | string };
    TimeZone: { Input: string; Output: string };
    LocalTime: { Input: string; Output: string };
    LocalDate: { Input: string; Output: string };
    Decimal: { Input: string; Output: string | Prisma.Decimal };
    ID: { Input: string; Output: string | number };
  };
}>({
  defaultFieldNullability: false,
  // AuthorizeFirstPlugin last: it checks static authScopes before input validation, inside the
  // errors plugin (so a refused caller gets the typed Forbidden result, never ValidationFailed).
  plugins: [
    ScopeAuthPlugin,
    ErrorsPlugin,
    ValidationPlugin,
    PrismaPlugin,
    RelayPlugin,
    DataloaderPlugin,
    AuthorizeFirstPlugin,
  ],
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (ctx) => {
      const roles = new Set(ctx.caller?.roles ?? []);
      return {
        authenticated: ctx.caller !== null,
        admin: roles.has('admin'),
        sales_manager: roles.has('sales_manager'),
        customer_success: roles.has('customer_success'),
        operator: roles.has('operator'),
        viewer: roles.has('viewer'),
      };
    },
    unauthorizedError: () => new ForbiddenError(),
  },
  errors: {
    defaultTypes: [],
    // Input validation failures become typed ValidationFailed results, like service-level ones.
    unsafelyHandleInputErrors: true,
    defaultResultOptions: { description: 'The mutation succeeded.' },
    defaultUnionOptions: { description: 'The outcome of the mutation: its success type or one of its errors.' },
  },
  validation: {
    validationError: (result) =>
      new ValidationFailedError(
        result.issues.map((issue) => ({
          path: (issue.path ?? [])
            .map((p) => (typeof p === 'object' && p !== null && 'key' in p ? String(p.key) : String(p)))
            .join('.'),
          message: issue.message,
        })),
      ),
  },
  prisma: {
    client: () => prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: { description: 'Fetches any object by its global id.' },
    nodesQueryOptions: { description: 'Fetches objects by their global ids, in order (null for unknown ids).' },
    idFieldOptions: { description: 'Global id (opaque); use it with node(id:) and as a stable key.' },
    nodeTypeOptions: { description: 'An object with a global id, fetchable with node(id:).' },
    pageInfoTypeOptions: { description: 'Where a page sits in the whole list, for cursor paging.' },
    hasNextPageFieldOptions: { description: 'More items follow this page (when paging forwards).' },
    hasPreviousPageFieldOptions: { description: 'More items precede this page (when paging backwards).' },
    startCursorFieldOptions: { description: 'Cursor of the first item on this page; pass as `before`.' },
    endCursorFieldOptions: { description: 'Cursor of the last item on this page; pass as `after`.' },
    cursorFieldOptions: { description: 'Opaque cursor of this item; pass as `after` or `before`.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    edgesFieldOptions: { nullable: false, description: 'The items on this page, with their cursors.' },
    pageInfoFieldOptions: { description: 'Paging information for this page.' },
    // A page larger than the maximum is refused (ValidationFailed), never silently clamped.
    firstArgOptions: { description: `Return the first N items (at most ${MAX_PAGE_SIZE}).`, validate: pageSize },
    lastArgOptions: { description: `Return the last N items (at most ${MAX_PAGE_SIZE}).`, validate: pageSize },
    afterArgOptions: { description: 'Return items after this cursor.' },
    beforeArgOptions: { description: 'Return items before this cursor.' },
    defaultConnectionTypeOptions: { description: 'A page of a list, with cursors for paging.' },
    defaultEdgeTypeOptions: { description: 'An item of a page, with its cursor.' },
  },
});

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('JSON', JSONResolver);
builder.addScalarType('JSONObject', JSONObjectResolver);
builder.addScalarType('UUID', UUIDResolver);
builder.addScalarType('EmailAddress', EmailAddressResolver);
builder.addScalarType('URL', URLResolver);
builder.addScalarType('TimeZone', TimeZoneResolver);
builder.addScalarType('LocalTime', LocalTimeResolver);
builder.addScalarType('LocalDate', LocalDateResolver);
builder.scalarType('Decimal', {
  description:
    'An exact decimal number as a string (money, rates, percentages), e.g. "12.50". Never a float.',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || !/^-?\d+(\.\d+)?$/.test(value)) {
      throw new TypeError('Decimal must be a string such as "12.50"');
    }
    return value;
  },
});

builder.queryType({ description: 'The root of every read.', authScopes: access.read });
builder.mutationType({ description: 'The root of every write. Each mutation is one transaction.' });
builder.subscriptionType({ description: 'Live updates over WebSocket (graphql-ws) or server-sent events.' });
