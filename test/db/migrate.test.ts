// `npm run db:migrate`: records what `prisma migrate deploy` records, is idempotent, and is safe
// when two processes run it at once.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirInUseError, startEmbeddedPostgres } from '../../src/database/embedded.js';
import { migrateDatabase } from '../../src/database/migrate.js';
import { MIGRATIONS_DIR } from '../../src/database/schema-engine.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const dbs: TestDatabase[] = [];
afterAll(async () => {
  for (const db of dbs) await db.drop();
});

async function migrationFiles() {
  const names = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => ({
      name,
      checksum: createHash('sha256')
        .update(await readFile(path.join(MIGRATIONS_DIR, name, 'migration.sql')))
        .digest('hex'),
    })),
  );
}

async function recorded(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query<{ migration_name: string; checksum: string }>(
      'SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name',
    );
    return r.rows.map((row) => ({ name: row.migration_name, checksum: row.checksum }));
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  it('are recorded in _prisma_migrations with the checksums prisma migrate deploy uses, once each', async () => {
    const db = await createTestDatabase();
    dbs.push(db);
    expect(await recorded(db.url)).toEqual(await migrationFiles());
    expect(await migrateDatabase(db.url)).toEqual([]);
    expect(await recorded(db.url)).toEqual(await migrationFiles());
  });

  it('apply once when two processes run db:migrate at the same time', async (ctx) => {
    const db = await createTestDatabase();
    dbs.push(db);
    if (db.kind !== 'postgres') {
      // PGlite belongs to one process (see the lock test below); this needs a real server.
      ctx.skip();
    }
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query('DROP SCHEMA funnel CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    await client.end();
    const env = { ...process.env, DATABASE_URL: db.url };
    const both = await Promise.all(
      [1, 2].map(() => run(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], { cwd: ROOT, env })),
    );
    const applied = both.map((r) => r.stdout).join('\n');
    const files = await migrationFiles();
    for (const { name } of files) expect(applied.split(name).length - 1).toBe(1);
    expect(await recorded(db.url)).toEqual(files);
  });

  it('keep a second process out of an embedded data folder in use', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gtm-lock-'));
    const first = await startEmbeddedPostgres({ dataDir: dir, maxConnections: 4 });
    try {
      const other = run(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: '', DATA_DIR: dir },
      });
      await expect(other).rejects.toThrow(/in use by process/);
      await expect(startEmbeddedPostgres({ dataDir: dir, maxConnections: 4 })).rejects.toThrow(DataDirInUseError);
    } finally {
      await first.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
