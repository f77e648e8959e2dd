// Prisma's schema engine, compiled to WebAssembly, driven through the pg driver adapter.
//
// Prisma's CLI downloads a native schema engine on first use; the WebAssembly build needs no
// download and talks to the database through `@prisma/adapter-pg`, so `diff` and
// `applyMigrations` work on any machine, on PostgreSQL and on the embedded PGlite alike. The
// engine writes `_prisma_migrations` exactly as `prisma migrate deploy` does (same checksums),
// so the two stay interchangeable. Diffs that read a live database do not work through the
// adapter; nothing here needs them.
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type * as Engine from '@prisma/schema-engine-wasm/schema_engine_bg';
import { startEmbeddedPostgres } from './embedded.js';

type SchemaEngine = Engine.SchemaEngine;
type MigrationList = Engine.MigrationList;

export const PRISMA_DIR = path.resolve(import.meta.dirname, '../../prisma');
export const SCHEMA_PATH = path.join(PRISMA_DIR, 'schema.prisma');
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, 'migrations');

const NO_FILTER = { externalTables: [], externalEnums: [] };

let glue: Promise<typeof Engine> | undefined;

/** Instantiates the engine's WebAssembly module once per process. */
function loadGlue(): Promise<typeof Engine> {
  glue ??= (async () => {
    const bindings = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const glueFile = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasm = await readFile(path.join(path.dirname(glueFile), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(wasm, { './schema_engine_bg.js': bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return glue;
}

export async function readSchema(): Promise<string> {
  return readFile(SCHEMA_PATH, 'utf8');
}

interface OpenEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes its connections (a template database must have none left). */
  close(): Promise<void>;
}

/**
 * The pg adapter's executeScript splits a script on every ";", inside function bodies, string
 * literals and comments too, so a migration holding a PL/pgSQL function or trigger could not run
 * through it. Prisma's native engine sends the whole script as one simple query, which PostgreSQL
 * (and PGlite) runs as one implicit transaction; this adapter does the same.
 */
class WholeScriptPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const pool = adapter.underlyingDriver();
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        // The adapter's own conversion into the error the engine understands (it throws).
        (adapter as unknown as { onError(e: unknown): never }).onError(error);
      }
    };
    return adapter;
  }
}

/** Opens an engine bound to the database at `url`. */
export async function openSchemaEngine(url: string, schema?: string): Promise<OpenEngine> {
  const bindings = await loadGlue();
  const datamodel = schema ?? (await readSchema());
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const adapter = bindMigrationAwareSqlAdapterFactory(new WholeScriptPg(pool));
  const engine = await bindings.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, datamodel]] }, () => {}, adapter);
  return {
    engine,
    async close() {
      engine.free();
      await pool.end();
    },
  };
}

/** Reads prisma/migrations the way Prisma's CLI does. */
export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: await readFile(path.join(dir, name, 'migration.sql'), 'utf8').then(
          (value) => ({ tag: 'ok' as const, value }),
          (error: Error) => ({ tag: 'error' as const, value: error.message }),
        ),
      },
    })),
  );
  const lockfile = await readFile(path.join(dir, 'migration_lock.toml'), 'utf8').catch(() => null);
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: lockfile ?? '' },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

/** SQL that creates, from nothing, the database schema.prisma describes. */
export async function diffFromEmpty(schema?: string): Promise<string> {
  return diffSchemas(null, schema ?? (await readSchema()));
}

/**
 * SQL that turns the database `from` describes into the one `to` describes (null = empty).
 * The engine needs a live connection even for a pure schema-to-schema diff, though it reads
 * nothing from it: an in-memory embedded database serves.
 */
export async function diffSchemas(from: string | null, to: string): Promise<string> {
  const scratch = await startEmbeddedPostgres({ dataDir: 'memory', maxConnections: 4 });
  const { engine, close } = await openSchemaEngine(scratch.url, to);
  try {
    const target = (content: string) => ({
      tag: 'schemaDatamodel' as const,
      files: [{ path: SCHEMA_PATH, content }],
    });
    const result = await engine.diff({
      from: from === null ? { tag: 'empty' } : target(from),
      to: target(to),
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return result.stdout ?? '';
  } finally {
    await close();
    await scratch.close();
  }
}

/** Applies the migrations not yet recorded in `_prisma_migrations`; returns their names. */
export async function applyMigrationList(url: string, migrations: MigrationList): Promise<string[]> {
  const { engine, close } = await openSchemaEngine(url);
  try {
    const result = await engine.applyMigrations({ migrationsList: migrations, filters: NO_FILTER });
    return result.appliedMigrationNames;
  } finally {
    await close();
  }
}
