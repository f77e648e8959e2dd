// Trusted documents (TRUSTED_DOCUMENTS_FILE): first-party apps send the hash of a document from a
// manifest their build produced, `{ "<sha256>": "query …" }` (graphql-codegen's client preset
// writes one with `persistedDocuments: true`), as `extensions.persistedQuery.sha256Hash`.
// Callers with a role in TRUSTED_DOCUMENTS_ARBITRARY_ROLES (admins, BI viewers) may still send
// any document; everyone else may run only the manifest's.
import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';
import type { Caller } from '../context.js';
import { refusalsTotal } from '../observability/metrics.js';
import { stateOf } from '../observability/request-state.js';

export interface TrustedDocuments {
  plugin: Plugin;
  /** For graphql-ws: the document to run for a subscribe payload, or the refusal. */
  resolve(
    payload: { query?: string | null; extensions?: Record<string, unknown> | null },
    caller: Caller | null,
  ): { query: string } | { error: GraphQLError };
}

export function loadManifest(file: string): Map<string, string> {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`${file}: a trusted documents manifest is a JSON object of hash → document`);
  }
  const manifest = new Map<string, string>();
  for (const [hash, doc] of Object.entries(parsed)) {
    if (typeof doc !== 'string') throw new Error(`${file}: the document for ${hash} is not a string`);
    manifest.set(hash.replace(/^sha256:/, ''), doc);
  }
  return manifest;
}

const onlyTrusted = () =>
  new GraphQLError('Only trusted documents are accepted from this caller.', {
    extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 403 } },
  });
const unknownDocument = () =>
  new GraphQLError('Unknown trusted document.', {
    extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
  });

function hashOf(extensions: Record<string, unknown> | null | undefined): string | null {
  const pq = extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
  return typeof pq?.sha256Hash === 'string' ? pq.sha256Hash : null;
}

export function createTrustedDocuments(settings: NonNullable<Config['trustedDocuments']>): TrustedDocuments {
  const manifest = loadManifest(settings.file);
  const mayRunAnything = (caller: Caller | null | undefined) =>
    Boolean(caller?.roles.some((role) => settings.arbitraryRoles.includes(role)));
  return {
    plugin: usePersistedOperations({
      getPersistedOperation: (key) => manifest.get(key) ?? null,
      allowArbitraryOperations: (request) => {
        const state = stateOf(request);
        if (state.refusal) return true; // already refused (bad credentials, rate limit): keep that answer
        const allowed = mayRunAnything(state.caller);
        if (!allowed) refusalsTotal.inc({ reason: 'untrusted_document' });
        return allowed;
      },
      extractPersistedOperationId: (params) => hashOf(params.extensions as Record<string, unknown> | undefined),
      customErrors: { persistedQueryOnly: () => onlyTrusted(), notFound: () => unknownDocument() },
    }) as Plugin,
    resolve(payload, caller) {
      if (payload.query) return mayRunAnything(caller) ? { query: payload.query } : { error: onlyTrusted() };
      const hash = hashOf(payload.extensions);
      const query = hash ? manifest.get(hash) : undefined;
      return query ? { query } : { error: unknownDocument() };
    },
  };
}
