// Prometheus metrics (prom-client), served at /metrics. One registry per process; the metrics are
// module-level so any module can record (the sending worker increments `workerMessages`).
//
// Operation names come from clients, so they are labels only when they look like names and only
// for the first MAX_OPERATION_NAMES distinct ones; the rest are counted as "other".
import client from 'prom-client';
import { pool } from '../db.js';

export const registry = new client.Registry();
client.collectDefaultMetrics({ register: registry, prefix: 'gtm_' });

const MAX_OPERATION_NAMES = 200;
const seenNames = new Set<string>();

/** A bounded, safe label for a client-supplied operation name. */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'other';
  if (seenNames.has(name)) return name;
  if (seenNames.size >= MAX_OPERATION_NAMES) return 'other';
  seenNames.add(name);
  return name;
}

export const operationsTotal = new client.Counter({
  name: 'gtm_graphql_operations_total',
  help: 'GraphQL operations by name, type, transport and outcome (ok, error, refused).',
  labelNames: ['operation', 'type', 'transport', 'outcome'] as const,
  registers: [registry],
});

export const operationDuration = new client.Histogram({
  name: 'gtm_graphql_operation_duration_seconds',
  help: 'Time to answer a GraphQL operation (for subscriptions: to set it up).',
  labelNames: ['operation', 'type', 'transport'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const httpRequestsTotal = new client.Counter({
  name: 'gtm_http_requests_total',
  help: 'HTTP requests to the GraphQL endpoint by status code.',
  labelNames: ['status'] as const,
  registers: [registry],
});

export const inFlightOperations = new client.Gauge({
  name: 'gtm_in_flight_requests',
  help: 'HTTP requests and WebSocket queries/mutations being answered now (shutdown waits for these).',
  labelNames: ['transport'] as const,
  registers: [registry],
});

export const activeSubscriptions = new client.Gauge({
  name: 'gtm_graphql_active_subscriptions',
  help: 'Subscriptions currently open, by transport.',
  labelNames: ['transport'] as const,
  registers: [registry],
});

export const websocketConnections = new client.Gauge({
  name: 'gtm_websocket_connections',
  help: 'Open graphql-ws connections.',
  registers: [registry],
});

export const refusalsTotal = new client.Counter({
  name: 'gtm_refusals_total',
  help: 'Requests refused before execution, by reason (auth, rate_limit, limits, csrf, origin, …).',
  labelNames: ['reason'] as const,
  registers: [registry],
});

/** The sending worker counts each message it finishes here (channel: email/linkedin; outcome: sent/failed/retried). */
export const workerMessages = new client.Counter({
  name: 'gtm_send_worker_messages_total',
  help: 'Messages the sending worker finished, by channel and outcome.',
  labelNames: ['channel', 'outcome'] as const,
  registers: [registry],
});

new client.Gauge({
  name: 'gtm_db_pool_connections',
  help: 'Database pool connections by state (total, idle, waiting requests).',
  labelNames: ['state'] as const,
  registers: [registry],
  collect() {
    if (!pool) return;
    this.set({ state: 'total' }, pool.totalCount);
    this.set({ state: 'idle' }, pool.idleCount);
    this.set({ state: 'waiting' }, pool.waitingCount);
  },
});

new client.Gauge({
  name: 'gtm_send_queue_items',
  help: 'Send queue rows by status (read from send_queue at scrape time).',
  labelNames: ['status'] as const,
  registers: [registry],
  async collect() {
    if (!pool) return;
    this.reset();
    try {
      const { rows } = await pool.query<{ status: string; n: string }>(
        'SELECT status, count(*)::text AS n FROM send_queue GROUP BY status',
      );
      for (const row of rows) this.set({ status: row.status }, Number(row.n));
    } catch {
      // The gauge stays empty while the database is unavailable; /ready reports that.
    }
  },
});
