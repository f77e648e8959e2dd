// buildApp(config) -> { yoga, start(), stop() }: HTTP (graphql-yoga with GraphiQL), graphql-ws on
// the same /graphql path, the /health, /ready and /metrics endpoints, and graceful shutdown.
//
// Every request goes through the same plugins, in this order: request log and metrics,
// authentication and rate limits, CSRF prevention, trusted documents, query limits (armor),
// access rules at validation time, optional tracing. See README "Security and operations".
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from './config.js';
import { type Context, createContext } from './context.js';
import { countStatements } from './database/sql-counter.js';
import { pendingMigrations } from './database/migrate.js';
import { type Database, openDatabase } from './db.js';
import { createLifecycle, type Lifecycle } from './lifecycle.js';
import { createLogger, type Logger } from './logger.js';
import { useAuth } from './modules/auth/auth.plugin.js';
import { createAuthenticator } from './modules/auth/authenticate.js';
import { configureFunnel } from './modules/funnel/funnel.settings.js';
import { createSweeper, type Sweeper } from './modules/funnel/sweeper.js';
import { type ChangeHub, createChangeHub } from './modules/realtime/hub.js';
import { providerFromConfig } from './modules/sending/providers/index.js';
import { configureScheduling } from './modules/sending/schedule.service.js';
import { serveWebhook, WEBHOOK_PATH_PREFIX } from './modules/sending/webhook.service.js';
import { createSendWorker, type SendWorker, settingsFromConfig } from './modules/sending/worker/worker.js';
import { maskError } from './observability/errors.js';
import { inFlightOperations, registry } from './observability/metrics.js';
import { useOperations } from './observability/operations.plugin.js';
import { tracingPlugin } from './observability/tracing.js';
import { armorPlugins } from './security/armor.js';
import { usePageCostLimit } from './security/page-cost.js';
import { usePageSizeLimit } from './security/page-size.js';
import { createRateLimits } from './security/rate-limit.js';
import { createTrustedDocuments } from './security/trusted-documents.js';
import { isLivePath, serveLive } from './transport/live-page.js';
import { attachWebSocket } from './transport/websocket.js';
import { createGraphiQLRenderer, graphiqlOptions } from './transport/graphiql.js';
import { schema } from './schema.js';
import { safeEqual } from './modules/auth/auth.rules.js';

export const GRAPHQL_PATH = '/graphql';
/** The header a browser client sends to pass CSRF prevention on GET (POST with JSON needs none). */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

export { DEFAULT_QUERY } from './transport/graphiql.js';

export interface App {
  yoga: YogaServerInstance<Record<string, unknown>, Context>;
  db: Database;
  logger: Logger;
  server: Server;
  /** Register drain hooks for graceful shutdown (see src/lifecycle.ts). */
  lifecycle: Lifecycle;
  /** The funnel sweep on its schedule (FUNNEL_SWEEP_INTERVAL_SECONDS; off when 0); stopped by stop(). */
  sweeper: Sweeper;
  /** The live updates' change-log poller and fan-out (src/modules/realtime). */
  changes: ChangeHub;
  /** The in-process send worker (WORKER_IN_PROCESS), started with the server; null when off. */
  sendWorker: SendWorker | null;
  /** Listens on config.port (0 picks a free port); resolves to the base URL. */
  start(): Promise<string>;
  /**
   * Graceful stop: refuse new connections and operations, finish in-flight requests and drain
   * hooks, close WebSockets with 1001, then the database; bounded by SHUTDOWN_TIMEOUT_MS.
   * Resolves to true when everything finished in time.
   */
  stop(): Promise<boolean>;
}

/** Wraps pino for yoga: errors yoga masked are logged by the request log with their request id. */
function yogaLogger(logger: Logger) {
  const child = logger.child({ component: 'yoga' });
  return {
    debug: (...args: unknown[]) => child.debug(args.map(String).join(' ')),
    info: (...args: unknown[]) => child.info(args.map(String).join(' ')),
    warn: (...args: unknown[]) => child.warn(args.map(String).join(' ')),
    error: (...args: unknown[]) => {
      const [first] = args;
      if (first instanceof Error) child.debug({ err: first }, 'error seen by yoga');
      else child.error(args.map(String).join(' '));
    },
  };
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
  if (config.auth.mode === 'demo') {
    logger.warn(
      { authMode: 'demo', host: config.host },
      `AUTH_MODE=demo: requests without credentials act as an admin. Loopback only (${config.host}); set AUTH_MODE=required to require API keys or JWTs.`,
    );
  }

  const lifecycle = createLifecycle((name, error) => logger.error({ err: error, hook: name }, 'drain hook failed'));
  configureFunnel(config.funnel.rules);
  configureScheduling(config.sending);
  const sweeper = createSweeper({
    intervalSeconds: config.funnel.sweepIntervalSeconds,
    batchSize: config.funnel.sweepBatchSize,
    outreachLookbackDays: config.funnel.outreachLookbackDays,
    logger,
  });
  sweeper.start();
  lifecycle.onShutdown('funnel-sweep', () => sweeper.stop());
  const changes = createChangeHub(db, config.realtime, logger);
  await changes.start();
  let sendWorker: SendWorker | null = null;
  if (config.sending.workerInProcess) {
    const provider = providerFromConfig(config.sending);
    sendWorker = createSendWorker({ provider, settings: settingsFromConfig(config.sending), pollMs: config.sending.pollMs, logger });
    const worker = sendWorker;
    lifecycle.onShutdown('send-worker', async (deadline) => {
      await worker.drain(deadline);
      await provider.close?.();
    });
  }
  const authenticator = createAuthenticator(config);
  const rateLimits = createRateLimits(config.rateLimit);
  const trusted = config.trustedDocuments ? createTrustedDocuments(config.trustedDocuments) : null;

  const plugins: Plugin[] = [
    useOperations(logger) as Plugin,
    useAuth({ authenticator, rateLimits, discoveryRoles: config.schemaDiscoveryRoles }) as Plugin,
    useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }),
    ...(trusted ? [trusted.plugin] : []),
    ...armorPlugins(config.limits),
    usePageCostLimit(config.limits.maxCost),
    usePageSizeLimit(),
    ...(config.otelEnabled ? [tracingPlugin()] : []),
  ];

  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    graphiql: graphiqlOptions(schema),
    renderGraphiQL: createGraphiQLRenderer(),
    logging: yogaLogger(logger),
    batching: config.http.batchLimit > 1 ? { limit: config.http.batchLimit } : false,
    maxRequestBodySize: config.http.maxRequestBytes,
    cors: config.http.corsOrigins.length
      ? {
          origin: config.http.corsOrigins,
          methods: ['GET', 'POST', 'OPTIONS'],
          allowedHeaders: ['content-type', 'authorization', 'x-api-key', CSRF_HEADER, 'x-request-id'],
          exposedHeaders: ['x-request-id', 'retry-after'],
          credentials: false,
          maxAge: 600,
        }
      : false,
    plugins,
    context: (initial) =>
      createContext({
        requestId: typeof initial.requestId === 'string' ? initial.requestId : 'unknown',
        caller: (initial.caller as Context['caller'] | undefined) ?? null,
      }),
    maskedErrors: { maskError: (error) => maskError(error) },
  });

  let draining = false;
  let inFlight = 0;
  let idle: (() => void) | undefined;
  const server = createServer((req, res) => {
    void route(req, res);
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/health') return sendJson(res, 200, { status: 'ok' });
    if (path === '/ready') {
      if (draining) return sendJson(res, 503, { status: 'shutting down' });
      try {
        await db.pool.query('SELECT 1');
        const pending = await pendingMigrations(db.pool);
        if (pending.length) return sendJson(res, 503, { status: 'migrations pending', pending });
        return sendJson(res, 200, { status: 'ready' });
      } catch {
        return sendJson(res, 503, { status: 'database unavailable' });
      }
    }
    if (path === '/metrics') return serveMetrics(req, res);
    if (path && isLivePath(path)) return serveLive(path, res);
    if (path?.startsWith(WEBHOOK_PATH_PREFIX)) {
      if (draining) return sendJson(res, 503, { error: 'shutting down' });
      try {
        return await serveWebhook(config, req, res, path);
      } catch (error) {
        logger.error({ err: error, path }, 'webhook failed');
        return sendJson(res, 500, { error: 'internal error' });
      }
    }
    if (path === '/') {
      res.writeHead(302, { location: GRAPHQL_PATH }).end();
      return;
    }
    // Event streams (subscriptions over SSE) live until closed; shutdown does not wait for them.
    const streaming = (req.headers.accept ?? '').includes('text/event-stream');
    if (draining) res.setHeader('connection', 'close');
    if (!streaming) {
      inFlight += 1;
      inFlightOperations.inc({ transport: 'http' });
    }
    res.once('close', () => {
      if (streaming) return;
      inFlight -= 1;
      inFlightOperations.dec({ transport: 'http' });
      if (inFlight === 0) idle?.();
    });
    // Each request gets its own statement counter (the request log reports it).
    await countStatements(async () => {
      await yoga(req, res);
    });
  }

  async function serveMetrics(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!config.metrics.enabled) return sendJson(res, 404, { error: 'not found' });
    if (config.metrics.token) {
      const given = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
      if (!safeEqual(given, config.metrics.token)) return sendJson(res, 401, { error: 'unauthorized' });
    }
    const body = await registry.metrics();
    res.writeHead(200, { 'content-type': registry.contentType }).end(body);
  }

  const ws = attachWebSocket({
    server,
    path: GRAPHQL_PATH,
    yoga: yoga as never,
    config,
    logger,
    authenticator,
    rateLimits,
    trusted,
    isDraining: () => draining,
  });

  let stopping: Promise<boolean> | undefined;
  async function shutdown(): Promise<boolean> {
    const started = Date.now();
    const remaining = () => Math.max(0, config.shutdownTimeoutMs - (Date.now() - started));
    draining = true;
    logger.info({ inFlight, timeoutMs: config.shutdownTimeoutMs }, 'shutting down: finishing in-flight work');
    // 1. Stop accepting: no new connections; idle keep-alive connections close now.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    // 2. Finish what was started: HTTP requests, WebSocket queries/mutations, drain hooks (worker).
    const requestsDone = new Promise<void>((resolve) => {
      if (inFlight === 0) return resolve();
      idle = resolve;
    });
    const wsDone = (async () => {
      while (ws.inFlight() > 0) await new Promise((r) => setTimeout(r, 20));
    })();
    const [late] = await Promise.all([
      lifecycle.drain(remaining()),
      Promise.race([Promise.all([requestsDone, wsDone]), new Promise((r) => setTimeout(r, remaining()))]),
    ]);
    const clean = inFlight === 0 && ws.inFlight() === 0 && late.length === 0;
    if (!clean) logger.warn({ inFlight, wsInFlight: ws.inFlight(), lateHooks: late }, 'shutdown timeout: closing anyway');
    // 3. Close: live subscriptions end, WebSockets with 1001 Going Away, leftover connections
    //    (event streams), then the rest.
    await changes.stop();
    await ws.close();
    server.closeAllConnections();
    await closed;
    await yoga.dispose();
    await rateLimits.close();
    await db.close();
    logger.info({ durationMs: Date.now() - started, clean }, 'stopped');
    return clean;
  }

  return {
    yoga,
    db,
    logger,
    server,
    lifecycle,
    sweeper,
    changes,
    sendWorker,
    start: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          const { port } = server.address() as AddressInfo;
          const host = config.host.includes(':') ? `[${config.host}]` : config.host;
          const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
          logger.info({ url: `${url}${GRAPHQL_PATH}` }, `GraphQL (and GraphiQL) at ${url}${GRAPHQL_PATH}`);
          sendWorker?.start();
          resolve(url);
        });
      }),
    stop() {
      stopping ??= shutdown();
      return stopping;
    },
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
