// buildApp(config) -> { yoga, start(), stop() }: HTTP (graphql-yoga with GraphiQL), graphql-ws on
// the same /graphql path, and the /health and /ready probes.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Config } from './config.js';
import { type Context, createContext } from './context.js';
import { type Database, openDatabase } from './db.js';
import { pendingMigrations } from './database/migrate.js';
import { DomainError } from './errors.js';
import { createLogger, type Logger } from './logger.js';
import { schema } from './schema.js';

export const GRAPHQL_PATH = '/graphql';

export const DEFAULT_QUERY = `# Welcome to gtm-graph. Press the play button to run this query.
{
  offers(first: 5) {
    totalCount
    edges {
      node {
        id
        name
        status
      }
    }
  }
}
`;

export interface App {
  yoga: YogaServerInstance<Record<string, unknown>, Context>;
  db: Database;
  logger: Logger;
  server: Server;
  /** Listens on config.port (0 picks a free port); resolves to the base URL. */
  start(): Promise<string>;
  stop(): Promise<void>;
}

/** Shapes an error for clients: expected failures keep their message and code, the rest is masked. */
function maskError(error: unknown, logger: Logger, requestId: string | undefined): GraphQLError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DomainError) {
    const e = error instanceof GraphQLError ? error : undefined;
    return new GraphQLError(original.message, {
      nodes: e?.nodes,
      path: e?.path,
      extensions: { code: original.code },
    });
  }
  if (error instanceof GraphQLError && !error.originalError) return error;
  logger.error({ err: original, requestId }, 'unexpected error');
  return new GraphQLError('Unexpected error.', {
    nodes: error instanceof GraphQLError ? error.nodes : undefined,
    path: error instanceof GraphQLError ? error.path : undefined,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  });
}

export async function buildApp(config: Config, options: { logger?: Logger } = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const db = await openDatabase(config);
  logger.info(
    { database: db.kind, location: db.location, appliedMigrations: db.appliedMigrations },
    db.kind === 'embedded'
      ? `Using the embedded PostgreSQL (PGlite) in ${db.location}`
      : `Using PostgreSQL at ${db.location}`,
  );

  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    graphiql: { title: 'gtm-graph', defaultQuery: DEFAULT_QUERY },
    logging: logger,
    context: () => createContext({ requestId: randomUUID(), caller: { id: 'demo', roles: ['admin'] } }),
    maskedErrors: {
      maskError: (error, _message, isDev) => {
        void isDev;
        return maskError(error, logger, undefined);
      },
    },
  });

  const server = createServer((req, res) => {
    void route(req, res);
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/health') return sendJson(res, 200, { status: 'ok' });
    if (path === '/ready') {
      try {
        await db.pool.query('SELECT 1');
        const pending = await pendingMigrations(db.pool);
        if (pending.length) return sendJson(res, 503, { status: 'migrations pending', pending });
        return sendJson(res, 200, { status: 'ready' });
      } catch {
        return sendJson(res, 503, { status: 'database unavailable' });
      }
    }
    if (path === '/') {
      res.writeHead(302, { location: GRAPHQL_PATH }).end();
      return;
    }
    return yoga(req, res);
  }

  const wss = new WebSocketServer({ server, path: GRAPHQL_PATH });
  const wsServer = useServer<Record<string, unknown>, { request: IncomingMessage }>(
    {
      execute: (args) => (args.rootValue as { execute: typeof import('graphql').execute }).execute(args),
      subscribe: (args) => (args.rootValue as { subscribe: typeof import('graphql').subscribe }).subscribe(args),
      onSubscribe: async (ctx, _id, payload) => {
        const enveloped = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params: payload,
        });
        const args = {
          schema: enveloped.schema,
          operationName: payload.operationName,
          document: enveloped.parse(payload.query),
          variableValues: payload.variables,
          contextValue: await enveloped.contextFactory(),
          rootValue: { execute: enveloped.execute, subscribe: enveloped.subscribe },
        };
        const errors = enveloped.validate(args.schema, args.document);
        if (errors.length) return errors;
        return args;
      },
    },
    wss,
  );

  let stopped = false;
  return {
    yoga,
    db,
    logger,
    server,
    start: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          const { port } = server.address() as AddressInfo;
          const host = config.host.includes(':') ? `[${config.host}]` : config.host;
          const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
          logger.info({ url: `${url}${GRAPHQL_PATH}` }, `GraphQL (and GraphiQL) at ${url}${GRAPHQL_PATH}`);
          resolve(url);
        });
      }),
    async stop() {
      if (stopped) return;
      stopped = true;
      await wsServer.dispose();
      await new Promise<void>((resolve) => {
        wss.close(() => resolve());
      });
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await db.close();
    },
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
