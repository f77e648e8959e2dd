// graphql-ws on the same path as HTTP, with the same plugins (armor limits, auth rules, masking)
// because every operation goes through yoga's envelop. On top of that, for the socket itself:
// an Origin check at upgrade, a maximum message size (ws maxPayload: larger frames close the
// socket with 1009), a connection_init deadline, keep-alive pings, a cap on concurrent
// operations per connection, authentication in the connection_init payload
// (`{ "authorization": "Bearer <token>" }`, or the upgrade request's own header), and the
// per-caller rate limit on every subscribe message.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { type ExecutionArgs, type ExecutionResult, getOperationAST, GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocket, WebSocketServer } from 'ws';
import type { Config } from '../config.js';
import type { Caller } from '../context.js';
import { countStatements } from '../database/sql-counter.js';
import type { Logger } from '../logger.js';
import { credentialsFrom } from '../modules/auth/auth.rules.js';
import { authenticateWithThrottle, rateLimitedError } from '../modules/auth/auth.plugin.js';
import type { Authenticator } from '../modules/auth/authenticate.js';
import { finishResult } from '../observability/operations.plugin.js';
import {
  inFlightOperations,
  operationDuration,
  operationLabel,
  operationsTotal,
  refusalsTotal,
  websocketConnections,
} from '../observability/metrics.js';
import type { RateLimits } from '../security/rate-limit.js';
import type { TrustedDocuments } from '../security/trusted-documents.js';

type Extra = { caller?: Caller | null };

interface OperationInfo {
  requestId: string;
  name: string | null;
  type: string | null;
  startedAt: number;
  statements: number;
  outcome: 'ok' | 'error' | 'refused';
}

export interface WebSocketTransport {
  /** Operations (not subscriptions) still running. */
  inFlight(): number;
  /** Stops accepting operations; closes every socket with 1001 Going Away. */
  close(): Promise<void>;
}

/** Same-origin upgrades, the CORS allow-list, and non-browser clients (no Origin) are accepted. */
export function originAllowed(origin: string | undefined, host: string | undefined, allowList: string[]): boolean {
  if (!origin) return true;
  if (allowList.includes(origin) || allowList.includes('*')) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function attachWebSocket(options: {
  server: Server;
  path: string;
  yoga: YogaServerInstance<Record<string, unknown>, Record<string, unknown>>;
  config: Config;
  logger: Logger;
  authenticator: Authenticator;
  rateLimits: RateLimits;
  trusted: TrustedDocuments | null;
  isDraining: () => boolean;
}): WebSocketTransport {
  const { config, logger, yoga } = options;
  const wss = new WebSocketServer({
    server: options.server,
    path: options.path,
    maxPayload: config.ws.maxPayloadBytes,
    verifyClient: (info, done) => {
      if (options.isDraining()) return done(false, 503, 'Shutting down');
      if (originAllowed(info.origin, info.req.headers.host, config.http.corsOrigins)) return done(true);
      refusalsTotal.inc({ reason: 'ws_origin' });
      logger.warn({ origin: info.origin }, 'WebSocket upgrade from a foreign origin refused');
      done(false, 403, 'Origin not allowed');
    },
  });
  const operations = new Map<string, OperationInfo>();
  const running = new Set<string>();
  const key = (ctx: object, id: string) => `${connectionIds.get(ctx) ?? '?'}:${id}`;
  const connectionIds = new WeakMap<object, string>();

  const refuse = (reason: string, error: GraphQLError, requestId: string) => {
    refusalsTotal.inc({ reason });
    return [withId(error, requestId)];
  };
  const withId = (error: GraphQLError, requestId: string) =>
    new GraphQLError(error.message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      extensions: { ...error.extensions, http: undefined, requestId },
    });

  const server = useServer<Record<string, unknown>, Extra>(
    {
      connectionInitWaitTimeout: config.ws.connectionInitTimeoutMs,
      execute: async (args: ExecutionArgs) => {
        const root = args.rootValue as { execute: (a: ExecutionArgs) => Promise<ExecutionResult> };
        const info = (args.contextValue as { wsOperation?: OperationInfo }).wsOperation;
        const { result, statements } = await countStatements(() => Promise.resolve(root.execute(args)));
        if (info) info.statements += statements;
        return result;
      },
      subscribe: (args: ExecutionArgs) =>
        (args.rootValue as { subscribe: (a: ExecutionArgs) => Promise<ExecutionResult> }).subscribe(args),
      onConnect: async (ctx) => {
        if (options.isDraining()) return false;
        connectionIds.set(ctx, randomUUID());
        const params = ctx.connectionParams ?? {};
        const fromParams =
          (typeof params.authorization === 'string' && params.authorization) ||
          (typeof params.Authorization === 'string' && params.Authorization) ||
          (typeof params.apiKey === 'string' && `Bearer ${params.apiKey}`) ||
          null;
        const headers = ctx.extra.request.headers;
        const credential = credentialsFrom((name) =>
          name === 'authorization' && fromParams ? fromParams : (headers[name] as string | undefined),
        );
        const address = ctx.extra.request.socket.remoteAddress ?? 'unknown';
        const auth = await authenticateWithThrottle(options, credential, address);
        if (auth.kind !== 'caller' || auth.caller === null) {
          refusalsTotal.inc({ reason: auth.kind === 'caller' ? 'anonymous' : 'bad_credentials' });
          return false; // closes with 4403 Forbidden
        }
        ctx.extra.caller = auth.caller;
        websocketConnections.inc();
        ctx.extra.socket.once('close', () => websocketConnections.dec());
        return true;
      },
      onSubscribe: async (ctx, id, payload) => {
        const requestId = randomUUID();
        const caller = ctx.extra.caller ?? null;
        if (options.isDraining()) {
          return refuse('shutting_down', new GraphQLError('The server is shutting down.', { extensions: { code: 'SHUTTING_DOWN' } }), requestId);
        }
        if (Object.keys(ctx.subscriptions).length > config.ws.maxSubscriptions) {
          return refuse(
            'ws_subscriptions',
            new GraphQLError('Too many operations on this connection.', { extensions: { code: 'LIMIT_REACHED' } }),
            requestId,
          );
        }
        if (caller && caller.via !== 'demo') {
          const limit = await options.rateLimits.consume(`caller:${caller.id}`);
          if (!limit.ok) return refuse('rate_limit', rateLimitedError(limit.retryAfterSeconds), requestId);
        }
        let query = payload.query;
        if (options.trusted) {
          const resolved = options.trusted.resolve(payload, caller);
          if ('error' in resolved) return refuse('untrusted_document', resolved.error, requestId);
          query = resolved.query;
        }
        const info: OperationInfo = {
          requestId,
          name: payload.operationName ?? null,
          type: null,
          startedAt: performance.now(),
          statements: 0,
          outcome: 'ok',
        };
        operations.set(key(ctx, id), info);
        const enveloped = yoga.getEnveloped({
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params: { ...payload, query },
          caller,
          requestId,
          transport: 'ws',
          wsOperation: info,
        });
        let document;
        try {
          document = enveloped.parse(query);
        } catch (error) {
          info.outcome = 'refused';
          const e = error instanceof GraphQLError ? error : new GraphQLError('Syntax error.');
          return [withId(e, requestId)];
        }
        const errors = enveloped.validate(enveloped.schema, document);
        const op = getOperationAST(document, payload.operationName);
        info.name ??= op?.name?.value ?? null;
        info.type = op?.operation ?? null;
        if (errors.length) {
          info.outcome = 'refused';
          return errors.map((e: GraphQLError) => withId(e, requestId));
        }
        if (info.type !== 'subscription') {
          running.add(key(ctx, id));
          inFlightOperations.inc({ transport: 'ws' });
        }
        return {
          schema: enveloped.schema,
          operationName: payload.operationName,
          document,
          variableValues: payload.variables,
          contextValue: await enveloped.contextFactory(),
          rootValue: { execute: enveloped.execute, subscribe: enveloped.subscribe },
        };
      },
      onNext: (ctx, id, _payload, _args, result) => {
        const info = operations.get(key(ctx, id));
        if (!info) return result;
        const finished = finishResult(result as ExecutionResult, info.requestId, logger, {
          operation: info.name,
          caller: ctx.extra.caller?.id ?? null,
        });
        if (finished.outcome !== 'ok') info.outcome = finished.outcome;
        return finished.result as never;
      },
      onError: (ctx, id, _payload, errors) => {
        const info = operations.get(key(ctx, id));
        if (info) info.outcome = 'refused';
        return errors;
      },
      onClose: (ctx) => {
        // Operations of a closed socket never complete; stop waiting for them.
        const prefix = `${connectionIds.get(ctx) ?? '?'}:`;
        for (const k of running) {
          if (k.startsWith(prefix) && running.delete(k)) inFlightOperations.dec({ transport: 'ws' });
        }
        for (const k of operations.keys()) if (k.startsWith(prefix)) operations.delete(k);
      },
      onComplete: (ctx, id) => {
        const k = key(ctx, id);
        if (running.delete(k)) inFlightOperations.dec({ transport: 'ws' });
        const info = operations.get(k);
        operations.delete(k);
        if (!info) return;
        const seconds = (performance.now() - info.startedAt) / 1000;
        const labels = { operation: operationLabel(info.name), type: info.type ?? 'unknown', transport: 'ws' };
        operationsTotal.inc({ ...labels, outcome: info.outcome });
        if (info.type !== 'subscription') operationDuration.observe(labels, seconds);
        logger.info(
          {
            requestId: info.requestId,
            transport: 'ws',
            operations: [{ name: info.name, type: info.type, outcome: info.outcome }],
            durationMs: Math.round(seconds * 10_000) / 10,
            statements: info.statements,
            caller: ctx.extra.caller?.id ?? null,
          },
          'graphql operation',
        );
      },
    },
    wss,
    config.ws.keepAliveMs,
  );

  return {
    inFlight: () => running.size,
    async close() {
      // graphql-ws's dispose closes every client with 1001 Going Away, then the server.
      await server.dispose();
      for (const client of wss.clients) if (client.readyState !== WebSocket.CLOSED) client.terminate();
    },
  };
}

