// A real app on its own test database: HTTP through yoga.fetch (no socket needed), or a real
// listening server when a test needs WebSockets or a second process.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { loadConfig, type Config } from '../../src/config.js';
import { countStatements } from '../../src/database/sql-counter.js';
import type { Logger } from '../../src/logger.js';
import { buildApp, type App } from '../../src/server.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface GqlOptions {
  headers?: Record<string, string>;
  allowErrors?: boolean;
}

interface Gql {
  <T, V>(document: TypedDocumentNode<T, V>, variables?: V, options?: GqlOptions): Promise<GraphQLResponse<T>>;
  <T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: GqlOptions,
  ): Promise<GraphQLResponse<T>>;
}

export interface TestApp {
  app: App;
  testDb: TestDatabase;
  config: Config;
  /**
   * Runs an operation over HTTP (yoga.fetch); throws if the response carries errors unless
   * allowErrors. A typed document (from test/generated's `graphql()`) types the result.
   */
  gql: Gql;
  /** Like gql, and also returns how many SQL statements the request sent. */
  gqlCounted<T = Record<string, any>>(
    query: string | TypedDocumentNode<T, any>,
    variables?: Record<string, unknown>,
    options?: GqlOptions,
  ): Promise<{ response: GraphQLResponse<T>; statements: number }>;
  close(): Promise<void>;
}

/**
 * A built app on a fresh test database. Demo mode by default (requests without credentials act
 * as an admin), so domain tests need no keys; pass `{ AUTH_MODE: 'required' }` to test access
 * control, and use test/helpers/auth.ts for callers with roles.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { logger?: Logger } = {},
): Promise<TestApp> {
  const testDb = await createTestDatabase();
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
    MIGRATE_ON_START: 'false',
    AUTH_MODE: 'demo',
    // Tests send bursts of requests; the rate limit has its own test.
    RATE_LIMIT_POINTS: '0',
    // The funnel sweep moves people by the clock; tests run it explicitly (or turn it on).
    FUNNEL_SWEEP_INTERVAL_SECONDS: '0',
    ...env,
    DATABASE_URL: testDb.url,
  });
  const app = await buildApp(config, options);
  const gql = (async (query: string | TypedDocumentNode, variables?: unknown, options: GqlOptions = {}) => {
    const res = await app.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers },
      body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
    });
    const body = (await res.json()) as GraphQLResponse<any>;
    if (body.errors?.length && !options.allowErrors) {
      throw new Error(`GraphQL errors: ${JSON.stringify(body.errors, null, 2)}`);
    }
    return body;
  }) as Gql;
  return {
    app,
    testDb,
    config,
    gql,
    async gqlCounted<T>(
      query: string | TypedDocumentNode<T, any>,
      variables?: Record<string, unknown>,
      options?: GqlOptions,
    ) {
      const { result, statements } = await countStatements(
        () => gql(query as string, variables, options) as Promise<GraphQLResponse<T>>,
      );
      return { response: result, statements };
    },
    async close() {
      await app.stop();
      await testDb.drop();
    },
  };
}
