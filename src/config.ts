// Every setting, parsed once from the environment with zod. A bad value stops start-up with a
// message that names the variable and what was wrong with it.
import { isIP } from 'node:net';
import { z } from 'zod';
import { type Role, ROLES } from './context.js';
import {
  type FunnelSettings,
  funnelSettingsOverridesSchema,
  resolveFunnelSettings,
} from './modules/funnel/funnel.rules.js';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** A comma-separated list ("a, b,c" → ["a", "b", "c"]); blanks dropped. */
const list = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

const roleList = list.pipe(z.array(z.enum(ROLES)));

const envSchema = z.object({
  PORT: int(0, 65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  DB_POOL_MAX: int(1, 500).default(10),
  DB_POOL_ACQUIRE_TIMEOUT_MS: int(1, 600_000).default(5_000),
  DB_STATEMENT_TIMEOUT_MS: int(0, 3_600_000).default(15_000),
  MIGRATE_ON_START: bool.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),

  // Authentication
  AUTH_MODE: z.enum(['demo', 'required']).optional(),
  API_KEY_CACHE_SECONDS: int(0, 3600).default(30),
  JWT_ISSUER: z.string().min(1).optional(),
  JWT_AUDIENCE: z.string().min(1).optional(),
  JWT_JWKS_URL: z.url().optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_ROLES_CLAIM: z.string().min(1).default('roles'),
  JWT_ALGORITHMS: list.optional(),
  WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  WEBHOOK_TOLERANCE_SECONDS: int(1, 86_400).default(300),

  // HTTP hardening
  CORS_ORIGINS: list.default([]),
  // Large enough for a 10,000-row bulk import in one request.
  MAX_REQUEST_BYTES: int(1_000, 100_000_000).default(16_000_000),
  BATCH_LIMIT: int(0, 100).default(10),
  MAX_DEPTH: int(1, 100).default(12),
  MAX_ALIASES: int(1, 1000).default(30),
  MAX_DIRECTIVES: int(1, 1000).default(20),
  MAX_TOKENS: int(100, 1_000_000).default(5_000),
  // Estimated values a query can return, page sizes included (src/security/page-cost.ts): 50
  // companies with 10 contacts each, their enrolments and campaigns cost about 20,000.
  MAX_COST: int(100, 10_000_000).default(50_000),
  SCHEMA_DISCOVERY_ROLES: roleList.default(['admin', 'viewer']),
  TRUSTED_DOCUMENTS_FILE: z.string().min(1).optional(),
  TRUSTED_DOCUMENTS_ARBITRARY_ROLES: roleList.default(['admin', 'viewer']),
  RATE_LIMIT_POINTS: int(0, 1_000_000).default(600),
  RATE_LIMIT_WINDOW_SECONDS: int(1, 86_400).default(60),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL').optional(),

  // WebSocket
  WS_MAX_PAYLOAD_BYTES: int(1_000, 100_000_000).default(100_000),
  WS_CONNECTION_INIT_TIMEOUT_MS: int(100, 600_000).default(5_000),
  WS_KEEPALIVE_MS: int(0, 600_000).default(12_000),
  WS_MAX_SUBSCRIPTIONS: int(1, 10_000).default(50),

  // Live updates (src/modules/realtime)
  CHANGE_POLL_INTERVAL_MS: int(20, 600_000).default(1_000),
  CHANGE_LOG_RETENTION_HOURS: int(1, 24 * 365).default(72),
  CHANGE_SUBSCRIBER_BUFFER: int(1, 1_000_000).default(1_000),
  CHANGE_BATCH_SIZE: int(10, 100_000).default(2_000),

  // Operations
  METRICS_ENABLED: bool.default(true),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  OTEL_ENABLED: bool.default(false),
  SHUTDOWN_TIMEOUT_MS: int(100, 600_000).default(25_000),

  // Funnel lifecycle: its numbers (DOMAIN.md defaults), any subset as JSON:
  // {"opensToWarm":4,"bit":{"warmThreshold":30}}; and the sweep's schedule.
  FUNNEL_RULES: z
    .string()
    .transform((text, ctx) => {
      try {
        return resolveFunnelSettings(funnelSettingsOverridesSchema.parse(JSON.parse(text)));
      } catch (error) {
        const message =
          error instanceof z.ZodError
            ? error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')
            : 'must be a JSON object';
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
    })
    .optional(),
  FUNNEL_SWEEP_INTERVAL_SECONDS: int(0, 86_400).default(300),
  FUNNEL_SWEEP_BATCH_SIZE: int(1, 100_000).default(1000),
  FUNNEL_OUTREACH_LOOKBACK_DAYS: int(1, 3650).default(7),

  // Sending: the worker, its pacing and retries, and the providers.
  WORKER_IN_PROCESS: bool.default(false),
  WORKER_ID: z.string().min(1).optional(),
  WORKER_BATCH_SIZE: int(1, 1000).default(10),
  WORKER_POLL_MS: int(10, 600_000).default(1000),
  WORKER_LEASE_SECONDS: int(1, 86_400).default(120),
  SEND_MIN_GAP_SECONDS: int(0, 86_400).default(360),
  SEND_GAP_JITTER_SECONDS: int(0, 86_400).default(120),
  SEND_RETRY_BASE_SECONDS: int(1, 86_400).default(60),
  SEND_RETRY_MAX_SECONDS: int(1, 604_800).default(3600),
  SEND_PROVIDER: z.enum(['live', 'fake']).default('live'),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
  UNIPILE_BASE_URL: z.url().optional(),
  UNIPILE_API_KEY: z.string().min(1).optional(),
  UNSUBSCRIBE_URL: z.url().optional(),
});

export type Env = z.input<typeof envSchema>;

export interface Config {
  port: number;
  host: string;
  /** A real PostgreSQL, or undefined for the embedded database. */
  databaseUrl: string | undefined;
  /** Where the embedded database keeps its files ("memory" keeps none). */
  dataDir: string;
  dbPoolMax: number;
  /** How long a request waits for a pooled connection before failing. */
  dbPoolAcquireTimeoutMs: number;
  /** PostgreSQL statement_timeout for every pooled connection (0: none). */
  dbStatementTimeoutMs: number;
  migrateOnStart: boolean;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  nodeEnv: z.infer<typeof envSchema>['NODE_ENV'];
  auth: {
    /** demo: requests without credentials act as a demo admin (loopback only); required: they are anonymous. */
    mode: 'demo' | 'required';
    apiKeyCacheSeconds: number;
    jwt: {
      issuer: string | undefined;
      audience: string | undefined;
      jwksUrl: string | undefined;
      secret: string | undefined;
      rolesClaim: string;
      algorithms: string[] | undefined;
    } | null;
    webhookSecret: string | undefined;
    webhookToleranceSeconds: number;
  };
  http: {
    corsOrigins: string[];
    maxRequestBytes: number;
    batchLimit: number;
  };
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxDirectives: number;
    maxTokens: number;
    maxCost: number;
  };
  /** Roles that may introspect the schema and see "did you mean" suggestions. */
  schemaDiscoveryRoles: Role[];
  trustedDocuments: { file: string; arbitraryRoles: Role[] } | null;
  rateLimit: { points: number; windowSeconds: number; redisUrl: string | undefined };
  ws: {
    maxPayloadBytes: number;
    connectionInitTimeoutMs: number;
    keepAliveMs: number;
    maxSubscriptions: number;
  };
  realtime: {
    /** Safety-net poll of the change log (the only path on the embedded database). */
    pollIntervalMs: number;
    /** Change-log rows older than this are pruned (cursors older than what is left are refused). */
    retentionHours: number;
    /** Events a subscriber may have waiting before it is cut off as too slow. */
    subscriberBuffer: number;
    /** Change-log rows read per poll (and per replay page). */
    batchSize: number;
    /** Wake-up channel besides PostgreSQL NOTIFY (Redis pub/sub when REDIS_URL is set). */
    redisUrl: string | undefined;
  };
  metrics: { enabled: boolean; token: string | undefined };
  otelEnabled: boolean;
  shutdownTimeoutMs: number;
  funnel: {
    /** The lifecycle's rules and numbers. */
    rules: FunnelSettings;
    /** Seconds between two sweeps of the time rules inside the server; 0 turns the schedule off. */
    sweepIntervalSeconds: number;
    /** People (and message events) one sweep handles at most per step. */
    sweepBatchSize: number;
    /** How far back the sweep looks for outreach message events missing from the lifecycle. */
    outreachLookbackDays: number;
  };
  sending: SendingConfig;
}

export interface SendingConfig {
  /** Run the send worker inside the server process. */
  workerInProcess: boolean;
  /** This worker's name in leases and attempts (default host:pid:random). */
  workerId: string | undefined;
  batchSize: number;
  pollMs: number;
  leaseMs: number;
  minGapMs: number;
  gapJitterMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** live: SMTP and Unipile; fake: an in-memory provider that sends nothing (bench, demos). */
  provider: 'live' | 'fake';
  smtpUrl: string | undefined;
  unipile: { baseUrl: string; apiKey: string } | null;
  /** Base of the List-Unsubscribe link (the item id is appended). */
  unsubscribeUrl: string | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** 127.0.0.0/8, ::1 and localhost: interfaces no other machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || h === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(h);
  return false;
}

/** Parses settings from `env` (process.env by default); empty strings count as unset. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => key in envSchema.shape && value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}=${JSON.stringify(present[String(issue.path[0])])}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  const loopback = isLoopbackHost(e.HOST);
  // Demo mode (no credentials needed) only by default on a loopback embedded setup.
  const authMode = e.AUTH_MODE ?? (loopback && !e.DATABASE_URL ? 'demo' : 'required');
  if (authMode === 'demo' && !loopback) {
    throw new ConfigError(
      `Invalid configuration:\n  AUTH_MODE="demo": demo mode (no authentication) only listens on a loopback HOST, not ${JSON.stringify(e.HOST)}`,
    );
  }
  if (e.JWT_SECRET && e.JWT_JWKS_URL) {
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET and JWT_JWKS_URL: set one of the two, not both');
  }
  const jwtConfigured = Boolean(e.JWT_SECRET || e.JWT_JWKS_URL);
  if (!jwtConfigured && (e.JWT_ISSUER || e.JWT_AUDIENCE)) {
    throw new ConfigError('Invalid configuration:\n  JWT_ISSUER/JWT_AUDIENCE: also set JWT_JWKS_URL or JWT_SECRET');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    dbPoolMax: e.DB_POOL_MAX,
    dbPoolAcquireTimeoutMs: e.DB_POOL_ACQUIRE_TIMEOUT_MS,
    dbStatementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    migrateOnStart: e.MIGRATE_ON_START,
    logLevel: e.LOG_LEVEL,
    nodeEnv: e.NODE_ENV,
    auth: {
      mode: authMode,
      apiKeyCacheSeconds: e.API_KEY_CACHE_SECONDS,
      jwt: jwtConfigured
        ? {
            issuer: e.JWT_ISSUER,
            audience: e.JWT_AUDIENCE,
            jwksUrl: e.JWT_JWKS_URL,
            secret: e.JWT_SECRET,
            rolesClaim: e.JWT_ROLES_CLAIM,
            algorithms: e.JWT_ALGORITHMS,
          }
        : null,
      webhookSecret: e.WEBHOOK_SECRET,
      webhookToleranceSeconds: e.WEBHOOK_TOLERANCE_SECONDS,
    },
    http: { corsOrigins: e.CORS_ORIGINS, maxRequestBytes: e.MAX_REQUEST_BYTES, batchLimit: e.BATCH_LIMIT },
    limits: {
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxDirectives: e.MAX_DIRECTIVES,
      maxTokens: e.MAX_TOKENS,
      maxCost: e.MAX_COST,
    },
    schemaDiscoveryRoles: e.SCHEMA_DISCOVERY_ROLES,
    trustedDocuments: e.TRUSTED_DOCUMENTS_FILE
      ? { file: e.TRUSTED_DOCUMENTS_FILE, arbitraryRoles: e.TRUSTED_DOCUMENTS_ARBITRARY_ROLES }
      : null,
    rateLimit: { points: e.RATE_LIMIT_POINTS, windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS, redisUrl: e.REDIS_URL },
    ws: {
      maxPayloadBytes: e.WS_MAX_PAYLOAD_BYTES,
      connectionInitTimeoutMs: e.WS_CONNECTION_INIT_TIMEOUT_MS,
      keepAliveMs: e.WS_KEEPALIVE_MS,
      maxSubscriptions: e.WS_MAX_SUBSCRIPTIONS,
    },
    realtime: {
      pollIntervalMs: e.CHANGE_POLL_INTERVAL_MS,
      retentionHours: e.CHANGE_LOG_RETENTION_HOURS,
      subscriberBuffer: e.CHANGE_SUBSCRIBER_BUFFER,
      batchSize: e.CHANGE_BATCH_SIZE,
      redisUrl: e.REDIS_URL,
    },
    metrics: { enabled: e.METRICS_ENABLED, token: e.METRICS_TOKEN },
    otelEnabled: e.OTEL_ENABLED,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    funnel: {
      rules: e.FUNNEL_RULES ?? resolveFunnelSettings(),
      sweepIntervalSeconds: e.FUNNEL_SWEEP_INTERVAL_SECONDS,
      sweepBatchSize: e.FUNNEL_SWEEP_BATCH_SIZE,
      outreachLookbackDays: e.FUNNEL_OUTREACH_LOOKBACK_DAYS,
    },
    sending: {
      workerInProcess: e.WORKER_IN_PROCESS,
      workerId: e.WORKER_ID,
      batchSize: e.WORKER_BATCH_SIZE,
      pollMs: e.WORKER_POLL_MS,
      leaseMs: e.WORKER_LEASE_SECONDS * 1000,
      minGapMs: e.SEND_MIN_GAP_SECONDS * 1000,
      gapJitterMs: e.SEND_GAP_JITTER_SECONDS * 1000,
      retryBaseMs: e.SEND_RETRY_BASE_SECONDS * 1000,
      retryMaxMs: e.SEND_RETRY_MAX_SECONDS * 1000,
      provider: e.SEND_PROVIDER,
      smtpUrl: e.SMTP_URL,
      unipile: e.UNIPILE_BASE_URL && e.UNIPILE_API_KEY ? { baseUrl: e.UNIPILE_BASE_URL, apiKey: e.UNIPILE_API_KEY } : null,
      unsubscribeUrl: e.UNSUBSCRIBE_URL,
    },
  };
}
