// A comparable description of what Prisma models in a database: enums, tables, columns (type,
// nullability, default), primary/unique/foreign keys and indexes. The drift check builds one
// database from schema.prisma and one from the migrations and compares the two descriptions.
// What Prisma cannot express (CHECK constraints, generation expressions, views, functions,
// triggers, the indexes listed in SQL_ONLY_INDEXES, and whether a column listed in
// SQL_GENERATED_COLUMNS is generated) is left out on purpose.
import type pg from 'pg';

/** Indexes that exist only in the SQL migrations because Prisma cannot express them. */
export const SQL_ONLY_INDEXES = new Set([
  // GIN indexes on JSON sub-documents (expression indexes) from the offer design document.
  'idx_offers_positioning_category',
  'idx_offers_positioning_problem',
  // The 60-day rule's lookups by normalized email / LinkedIn URL (expression indexes).
  'idx_outreach_history_norm_email_sent',
  'idx_outreach_history_norm_linkedin_sent',
  // Prospect.contacts: the contacts whose normalized email maps to a lifecycle person (expression index).
  'idx_contacts_person_id',
]);

/**
 * Stored generated columns: schema.prisma models them as plain columns (Prisma cannot declare a
 * generation expression), the migrations make them generated. Any other generated column is
 * still reported as "(generated)" and so shows up as drift.
 */
export const SQL_GENERATED_COLUMNS = new Set(['public.contacts.email_verified', 'funnel.bit_signal_log.score_delta']);

export interface Catalog {
  enums: string[];
  tables: string[];
  columns: string[];
  constraints: string[];
  indexes: string[];
}

const SCHEMAS = `('public', 'funnel')`;

export async function readCatalog(client: pg.ClientBase | pg.Pool): Promise<Catalog> {
  const rows = async (sql: string) => (await client.query<{ line: string }>(sql)).rows.map((r) => r.line);
  const enums = await rows(`
    SELECT n.nspname || '.' || t.typname || ' = ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS line
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
    WHERE n.nspname IN ${SCHEMAS} GROUP BY n.nspname, t.typname ORDER BY 1`);
  const tables = await rows(`
    SELECT n.nspname || '.' || c.relname AS line FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND n.nspname IN ${SCHEMAS} AND c.relname <> '_prisma_migrations' ORDER BY 1`);
  const columns = (
    await client.query<{ name: string; generated: boolean; line: string }>(`
    SELECT n.nspname || '.' || c.relname || '.' || a.attname AS name, a.attgenerated <> '' AS generated,
      n.nspname || '.' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
      || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
      || CASE WHEN a.attgenerated = '' AND d.adbin IS NOT NULL THEN ' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid)
              ELSE '' END AS line
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE c.relkind IN ('r', 'p') AND n.nspname IN ${SCHEMAS} AND c.relname <> '_prisma_migrations'
      AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 3`)
  ).rows.map((r) => (r.generated && !SQL_GENERATED_COLUMNS.has(r.name) ? `${r.line} (generated)` : r.line));
  const constraints = await rows(`
    SELECT n.nspname || '.' || c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid) AS line
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE k.contype IN ('p', 'u', 'f') AND n.nspname IN ${SCHEMAS} AND c.relname <> '_prisma_migrations' ORDER BY 1`);
  const indexes = (
    await client.query<{ name: string; line: string }>(`
    SELECT i.relname AS name, pg_get_indexdef(i.oid) AS line
    FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname IN ${SCHEMAS} AND c.relname <> '_prisma_migrations' ORDER BY 2`)
  ).rows
    .filter((r) => !SQL_ONLY_INDEXES.has(r.name))
    .map((r) => r.line);
  return { enums, tables, columns, constraints, indexes };
}

/** Lines present on one side only, prefixed with the side that has them. */
export function compareCatalogs(
  fromSchema: Catalog,
  fromMigrations: Catalog,
): string[] {
  const differences: string[] = [];
  for (const key of Object.keys(fromSchema) as (keyof Catalog)[]) {
    const a = new Set(fromSchema[key]);
    const b = new Set(fromMigrations[key]);
    for (const line of a) if (!b.has(line)) differences.push(`schema.prisma only (${key}): ${line}`);
    for (const line of b) if (!a.has(line)) differences.push(`migrations only (${key}): ${line}`);
  }
  return differences;
}
