// Prepares the template every test database is copied from: migrated once per run.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateDatabase } from '../../src/database/migrate.js';
import { adminUrl, withDatabase } from '../helpers/database.js';

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const base = decodeURIComponent(new URL(url).pathname.slice(1)) || 'gtm_test';
    const prefix = `${base}_t`;
    const templateName = `${base}_template`;
    const admin = new pg.Client({ connectionString: adminUrl(url) });
    await admin.connect();
    try {
      // Leftovers of an interrupted run, then a fresh template.
      const stale = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`,
        [`${prefix}\\_%`, templateName],
      );
      for (const { datname } of stale.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${templateName}"`);
    } finally {
      await admin.end();
    }
    await migrateDatabase(withDatabase(url, templateName));
    project.provide('testDatabase', { kind: 'postgres', url, templateName, prefix });
    return async () => {
      const admin2 = new pg.Client({ connectionString: adminUrl(url) });
      await admin2.connect();
      try {
        await admin2.query(`DROP DATABASE IF EXISTS "${templateName}" WITH (FORCE)`);
      } finally {
        await admin2.end();
      }
    };
  }

  const db = await PGlite.create({ dataDir: 'memory://' });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 20 });
  await server.start();
  await migrateDatabase(`postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`);
  await server.stop();
  const dump = await db.dumpDataDir('none');
  await db.close();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gtm-graph-test-'));
  const dumpFile = path.join(dir, 'template.tar');
  await writeFile(dumpFile, Buffer.from(await dump.arrayBuffer()));
  project.provide('testDatabase', { kind: 'pglite', dumpFile });
  return () => rm(dir, { recursive: true, force: true });
}
