// schema.prisma and prisma/migrations must describe the same database. Two scratch databases are
// built, one from Prisma's diff(empty → schema.prisma) and one by applying the migrations, and
// their catalogs compared. The test also proves it would notice a column added to one side only.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareCatalogs, readCatalog, type Catalog } from '../../src/database/catalog.js';
import { diffFromEmpty, readSchema } from '../../src/database/schema-engine.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

const cleanup: TestDatabase[] = [];

async function emptyDatabase(): Promise<{ db: TestDatabase; client: pg.Client }> {
  const db = await createTestDatabase();
  cleanup.push(db);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  // The template is migrated; start from nothing.
  await client.query('DROP SCHEMA IF EXISTS funnel CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  return { db, client };
}

async function catalogFromSchema(schemaText: string): Promise<Catalog> {
  const sql = await diffFromEmpty(schemaText);
  const { client } = await emptyDatabase();
  try {
    await client.query(sql);
    return await readCatalog(client);
  } finally {
    await client.end();
  }
}

async function catalogFromMigrations(extraSql = ''): Promise<Catalog> {
  const db = await createTestDatabase(); // the template already holds every migration
  cleanup.push(db);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    if (extraSql) await client.query(extraSql);
    return await readCatalog(client);
  } finally {
    await client.end();
  }
}

let schemaText: string;
let fromSchema: Catalog;
let fromMigrations: Catalog;

beforeAll(async () => {
  schemaText = await readSchema();
  fromSchema = await catalogFromSchema(schemaText);
  fromMigrations = await catalogFromMigrations();
});

afterAll(async () => {
  for (const db of cleanup) await db.drop();
});

describe('schema.prisma and the migrations', () => {
  it('describe the same tables, columns, keys and indexes', () => {
    expect(fromSchema.tables.length).toBeGreaterThanOrEqual(24);
    expect(compareCatalogs(fromSchema, fromMigrations)).toEqual([]);
  });

  it('notice a column added to schema.prisma only', async () => {
    const altered = schemaText.replace(
      /model Offer \{\n/,
      'model Offer {\n  driftProbe Int? @map("drift_probe")\n',
    );
    expect(altered).not.toBe(schemaText);
    const differences = compareCatalogs(await catalogFromSchema(altered), fromMigrations);
    expect(differences).toEqual(['schema.prisma only (columns): public.offers.drift_probe integer']);
  });

  it('notice a column added by a migration only', async () => {
    const differences = compareCatalogs(
      fromSchema,
      await catalogFromMigrations('ALTER TABLE public.offers ADD COLUMN drift_probe integer'),
    );
    expect(differences).toEqual(['migrations only (columns): public.offers.drift_probe integer']);
  });
});
