// The database: a real PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite.
// One pg pool serves both Prisma (through @prisma/adapter-pg) and the hand-written SQL that
// Prisma cannot express (row locks, views, set-based writes). The client lives here, never in
// the GraphQL context: services import `prisma` and `pool` from this module.
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import type { Config } from './config.js';
import { startEmbeddedPostgres } from './database/embedded.js';
import { migrateDatabase } from './database/migrate.js';
import { CountingClient } from './database/sql-counter.js';
import { PrismaClient } from './generated/prisma/client.js';

export type { PrismaClient };
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export interface Database {
  kind: 'postgres' | 'embedded';
  url: string;
  /** Human-readable place: host/database for PostgreSQL, the folder for the embedded database. */
  location: string;
  prisma: PrismaClient;
  pool: pg.Pool;
  /** Migrations applied by this start (empty when the database was up to date). */
  appliedMigrations: string[];
  close(): Promise<void>;
}

/** The open database's Prisma client (set by openDatabase). */
export let prisma: PrismaClient;
/** The open database's pg pool (set by openDatabase). */
export let pool: pg.Pool;
let current: Database | undefined;

export function database(): Database {
  if (!current) throw new Error('The database is not open: call openDatabase() first');
  return current;
}

export function describeUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

export interface PoolOptions {
  max: number;
  /** How long a query waits for a free connection (or a new one to open) before failing. */
  acquireTimeoutMs?: number;
  /** PostgreSQL statement_timeout for every connection (0: none). */
  statementTimeoutMs?: number;
}

export function createPool(url: string, options: PoolOptions): pg.Pool {
  const p = new pg.Pool({
    connectionString: url,
    max: options.max,
    Client: CountingClient,
    // pg-pool applies this to waiting for a pooled client too: an exhausted pool fails the
    // request quickly instead of queueing it forever.
    connectionTimeoutMillis: options.acquireTimeoutMs ?? 0,
    statement_timeout: options.statementTimeoutMs || undefined,
    // A transaction left open by a bug must not hold row locks forever.
    idle_in_transaction_session_timeout: options.statementTimeoutMs ? options.statementTimeoutMs * 2 : undefined,
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  p.on('error', () => {});
  return p;
}

export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'dbPoolMax' | 'migrateOnStart'> &
    Partial<Pick<Config, 'dbPoolAcquireTimeoutMs' | 'dbStatementTimeoutMs'>>,
): Promise<Database> {
  if (current) throw new Error('The database is already open');
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dataDir: config.dataDir, maxConnections: config.dbPoolMax + 10 });
  const url = config.databaseUrl ?? embedded!.url;
  try {
    const appliedMigrations = config.migrateOnStart ? await migrateDatabase(url) : [];
    const p = createPool(url, {
      max: config.dbPoolMax,
      acquireTimeoutMs: config.dbPoolAcquireTimeoutMs,
      statementTimeoutMs: config.dbStatementTimeoutMs,
    });
    const client = new PrismaClient({ adapter: new PrismaPg(p) });
    const db: Database = {
      kind: embedded ? 'embedded' : 'postgres',
      url,
      location: embedded ? embedded.location : describeUrl(url),
      prisma: client,
      pool: p,
      appliedMigrations,
      async close() {
        await client.$disconnect();
        await p.end();
        await embedded?.close();
        if (current === db) current = undefined;
      },
    };
    current = db;
    prisma = client;
    pool = p;
    return db;
  } catch (error) {
    await embedded?.close();
    throw error;
  }
}
