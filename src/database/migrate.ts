// Applies pending migrations from prisma/migrations, safely when several processes start at once:
// a session advisory lock serialises them, and the engine skips what `_prisma_migrations` records.
import pg from 'pg';
import { applyMigrationList, readMigrations } from './schema-engine.js';

/** Our own lock key ("gtmgraph" folded); Prisma's engine may take its own, different key. */
const MIGRATION_LOCK_KEY = 0x67746d67;

export async function migrateDatabase(url: string): Promise<string[]> {
  const migrations = await readMigrations();
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await applyMigrationList(url, migrations);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    await lock.end();
  }
}

/** Names of the migrations on disk that the database has not finished applying. */
export async function pendingMigrations(client: pg.ClientBase | pg.Pool): Promise<string[]> {
  const migrations = await readMigrations();
  const onDisk = migrations.migrationDirectories.map((m) => m.path);
  const applied = await client
    .query<{ migration_name: string }>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    )
    .then((r) => new Set(r.rows.map((row) => row.migration_name)))
    .catch(() => new Set<string>());
  return onDisk.filter((name) => !applied.has(name));
}
