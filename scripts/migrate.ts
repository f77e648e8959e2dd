// npm run db:migrate: applies pending migrations to DATABASE_URL, or to the embedded database in
// DATA_DIR when DATABASE_URL is unset. Idempotent, and safe when several processes run it at once.
import { loadConfig } from '../src/config.js';
import { describeUrl } from '../src/db.js';
import { startEmbeddedPostgres } from '../src/database/embedded.js';
import { migrateDatabase } from '../src/database/migrate.js';

const config = loadConfig();
const embedded = config.databaseUrl
  ? undefined
  : await startEmbeddedPostgres({ dataDir: config.dataDir, maxConnections: 10 });
const url = config.databaseUrl ?? embedded!.url;
try {
  const applied = await migrateDatabase(url);
  const where = embedded ? `embedded database in ${embedded.location}` : describeUrl(url);
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) to ${where}:\n  ${applied.join('\n  ')}`
      : `${where} is up to date.`,
  );
} finally {
  await embedded?.close();
}
