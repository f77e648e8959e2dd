// A test app on a database filled by the demo seed (src/seed), for tests that need realistic
// data everywhere: example operations, BI series, the GraphiQL browser test.
import pg from 'pg';
import { PRESETS, generate, type SeedOptions } from '../../src/seed/generate.js';
import { startTestApp, type TestApp } from './app.js';

export interface SeededApp extends TestApp {
  /** A direct connection for raw SQL comparisons. */
  sql: pg.Client;
  /** The moment the data was built around. */
  now: Date;
  seed: SeedOptions;
}

export async function startSeededApp(env: Record<string, string> = {}, size: Partial<SeedOptions> = {}): Promise<SeededApp> {
  const t = await startTestApp(env);
  const sql = new pg.Client({ connectionString: t.testDb.url });
  await sql.connect();
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  const seed: SeedOptions = { ...PRESETS.demo, seed: 7, now, reset: false, ...size };
  await generate(sql, t.testDb.kind === 'postgres' ? 'postgres' : 'embedded', seed);
  return {
    ...t,
    sql,
    now,
    seed,
    async close() {
      await sql.end();
      await t.close();
    },
  };
}
