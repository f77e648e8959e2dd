// npm run seed: fills the database with demo data (see src/seed/generate.ts and README "Demo data").
// Runs against DATABASE_URL, or the embedded database in DATA_DIR when it is unset, applying
// pending migrations first, like `npm run db:migrate`.
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { describeUrl } from '../src/db.js';
import { startEmbeddedPostgres } from '../src/database/embedded.js';
import { migrateDatabase } from '../src/database/migrate.js';
import { DatabaseNotEmptyError, PRESETS, generate, type SeedOptions } from '../src/seed/generate.js';

const USAGE = `Usage: npm run seed -- [options]

  --size demo|bench     preset (default demo): ${Object.entries(PRESETS)
    .map(([k, v]) => `${k} = ${v.contacts} contacts, ${v.events} events`)
    .join('; ')}
  --contacts N          contacts (rows; people are shared across offers)
  --events N            engagement events to reach (at least)
  --offers N            offers (default by preset)
  --companies N         distinct companies (each under one to three offers)
  --accounts N          sending accounts
  --campaigns N         campaigns per active offer
  --seed N              random seed (default 1): same seed, sizes and --now give the same data
  --now ISO             the moment the data is built around (default: the current time)
  --reset               truncate the domain tables first (required when the database has data)
  --quiet               no progress bar
  --help`;

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'demo' },
    contacts: { type: 'string' },
    events: { type: 'string' },
    offers: { type: 'string' },
    companies: { type: 'string' },
    accounts: { type: 'string' },
    campaigns: { type: 'string' },
    seed: { type: 'string', default: '1' },
    now: { type: 'string' },
    reset: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

function fail(message: string): never {
  console.error(`seed: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function int(name: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < min) fail(`--${name} must be an integer ≥ ${min}, got "${value}"`);
  return n;
}

if (values.size !== 'demo' && values.size !== 'bench') fail(`--size must be demo or bench, got "${values.size}"`);
const preset = PRESETS[values.size as 'demo' | 'bench'];
const now = values.now ? new Date(values.now) : new Date();
if (Number.isNaN(now.getTime())) fail(`--now must be an ISO date-time, got "${values.now}"`);
const contacts = int('contacts', values.contacts, preset.contacts, 1);
const scale = contacts / preset.contacts;
const options: SeedOptions = {
  contacts,
  events: int('events', values.events, values.contacts ? Math.round(preset.events * scale) : preset.events),
  offers: int('offers', values.offers, preset.offers, 1),
  companies: int('companies', values.companies, values.contacts ? Math.max(20, Math.round(preset.companies * scale)) : preset.companies, 1),
  accounts: int('accounts', values.accounts, preset.accounts, 1),
  campaignsPerOffer: int('campaigns', values.campaigns, preset.campaignsPerOffer, 1),
  seed: int('seed', values.seed, 1),
  now,
  reset: values.reset,
};

const config = loadConfig();
const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres({ dataDir: config.dataDir, maxConnections: 10 });
const url = config.databaseUrl ?? embedded!.url;
const where = embedded ? `embedded database in ${embedded.location}` : describeUrl(url);
const interactive = process.stderr.isTTY && !values.quiet;
const log = (line: string) => {
  if (!values.quiet) console.log(line);
};

let exitCode = 0;
const client = new pg.Client({ connectionString: url });
// On PostgreSQL the funnel tables are written on a second connection, in parallel.
const funnelClient = embedded ? undefined : new pg.Client({ connectionString: url });
try {
  const applied = await migrateDatabase(url);
  if (applied.length) log(`Applied ${applied.length} migration(s).`);
  await client.connect();
  await funnelClient?.connect();
  log(
    `Seeding ${where}: ${options.offers} offers, ${options.companies} companies, ${options.contacts} contacts, ≥ ${options.events} events (seed ${options.seed}, now ${now.toISOString()})`,
  );
  const bar = interactive
    ? new cliProgress.SingleBar(
        { format: ' {phase} [{bar}] {percentage}% | {value}/{total} contacts | {events} events | {duration_formatted}', hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  bar?.start(options.contacts, 0, { phase: 'catalog ', events: 0 });
  const report = await generate(client, embedded ? 'embedded' : 'postgres', {
    ...options,
    funnelClient,
    onProgress: (p) => bar?.update(p.contacts, { phase: p.phase.padEnd(8), events: p.events }),
  });
  bar?.stop();
  const width = Math.max(...Object.keys(report.rows).map((k) => k.length));
  log(`Done in ${report.seconds.toFixed(1)} s.`);
  for (const [table, n] of Object.entries(report.rows)) log(`  ${table.padEnd(width)}  ${n.toLocaleString('en-US')}`);
  if (report.deferredSends) log(`  (${report.deferredSends} sends moved to a later day by account limits)`);
} catch (error) {
  if (error instanceof DatabaseNotEmptyError) {
    console.error(`seed: ${error.message}`);
    exitCode = 1;
  } else {
    console.error(error);
    exitCode = 1;
  }
} finally {
  await client.end().catch(() => {});
  await funnelClient?.end().catch(() => {});
  await embedded?.close();
}
process.exit(exitCode);
