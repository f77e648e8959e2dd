// Each test file gets its own database, copied from a migrated template: a real PostgreSQL when
// DATABASE_URL is set (CI), an in-memory PGlite otherwise (a fresh machine with no database).
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import { inject } from 'vitest';

export interface TestDatabase {
  url: string;
  kind: 'postgres' | 'pglite';
  drop(): Promise<void>;
}

let counter = 0;

/** The maintenance database of the server a URL points at (for CREATE/DROP DATABASE). */
export function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl(url) });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const template = inject('testDatabase');
  counter += 1;
  if (template.kind === 'postgres') {
    const name = `${template.prefix}_${process.pid}_${counter}`;
    await adminQuery(template.url, `CREATE DATABASE "${name}" TEMPLATE "${template.templateName}"`);
    return {
      url: withDatabase(template.url, name),
      kind: 'postgres',
      drop: () => adminQuery(template.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const dump = await readFile(template.dumpFile);
  const db = await PGlite.create({ loadDataDir: new Blob([dump]) });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 100 });
  await server.start();
  return {
    url: `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    kind: 'pglite',
    async drop() {
      await server.stop();
      await db.close();
    },
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase:
      | { kind: 'postgres'; url: string; templateName: string; prefix: string }
      | { kind: 'pglite'; dumpFile: string };
  }
}
