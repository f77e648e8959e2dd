// GraphiQL for BI users and frontend developers, served from the package itself
// (@graphql-yoga/render-graphiql inlines GraphiQL, its editor workers and the explorer plugin), so
// it works with no CDN and no internet. It opens on a default query that shows the demo data,
// with every example operation of examples/operations in its own tab, and a headers editor that
// says how to send an API key.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { renderGraphiQL as renderBundled } from '@graphql-yoga/render-graphiql';
import { type GraphQLSchema, parse, validate } from 'graphql';
import type { GraphiQLOptions } from 'graphql-yoga';

export const EXAMPLES_DIR = path.resolve(import.meta.dirname, '../../examples/operations');

export const DEFAULT_QUERY = `# Welcome to gtm-graph. Press the run button (or Ctrl-Enter) to run this query.
#
# - The other tabs hold the example operations (examples/operations): offer board, leads table,
#   campaign launch, queue monitor, journey view, BI series, live feed.
# - The explorer (left sidebar) builds a query as you tick fields; the documentation
#   explorer (left sidebar) describes every type and field.
# - Credentials: on \`npm start\` in demo mode none are needed. Otherwise open "Headers" below and
#   send an API key: { "Authorization": "Bearer gtm_<prefix>_<secret>" }
#   (create one with \`npm run auth:create-admin-key -- --role viewer\`).
query Welcome {
  offerDashboard {
    name
    status
    contactCount
    sentCount
    replyCount
    replyRate
    meetingCount
  }
  sendSeries(bucket: WEEK) {
    bucketStart
    sends
    contacts
  }
}
`;

/** The headers editor's starting text: JSON with comments, so the hint costs nothing when unused. */
export const DEFAULT_HEADERS = `{
  // Demo mode (npm start on 127.0.0.1 without DATABASE_URL) needs no credentials.
  // Otherwise send an API key (npm run auth:create-admin-key, or the createApiKey mutation)
  // or a JWT from your identity provider:
  // "Authorization": "Bearer gtm_<prefix>_<secret>"
}
`;

export interface ExampleTab {
  file: string;
  query: string;
}

/** The example operations that are valid against the schema (an example using a field not there yet is left out). */
export function exampleTabs(schema: GraphQLSchema, dir = EXAMPLES_DIR): ExampleTab[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort();
  } catch {
    return [];
  }
  const tabs: ExampleTab[] = [];
  for (const file of files) {
    const query = readFileSync(path.join(dir, file), 'utf8');
    try {
      if (validate(schema, parse(query)).length === 0) tabs.push({ file, query });
    } catch {
      // A file that does not parse is not offered (the examples test reports it).
    }
  }
  return tabs;
}

export function graphiqlOptions(schema: GraphQLSchema): GraphiQLOptions {
  const tabs = exampleTabs(schema);
  return {
    title: 'gtm-graph',
    defaultQuery: DEFAULT_QUERY,
    headers: DEFAULT_HEADERS,
    defaultTabs: [{ query: DEFAULT_QUERY, headers: DEFAULT_HEADERS }, ...tabs.map((t) => ({ query: t.query, headers: DEFAULT_HEADERS }))],
    // graphql-ws on the same path as HTTP.
    subscriptionsProtocol: 'WS',
    shouldPersistHeaders: false,
  };
}

/**
 * Renders the bundled GraphiQL page. The page is several megabytes and the same for every
 * request, so it is rendered once per set of options.
 */
export function createGraphiQLRenderer(): (options?: GraphiQLOptions) => string {
  let cached: { key: string; html: string } | undefined;
  return (options = {}) => {
    const key = JSON.stringify(options);
    if (cached?.key !== key) {
      // The bundled page starts the editor from `query` (else from its own welcome text, which
      // would hide the tabs' first query): start from the default query.
      cached = { key, html: renderBundled({ ...options, query: options.defaultQuery } as GraphiQLOptions) };
    }
    return cached.html;
  };
}
