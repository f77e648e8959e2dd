// `npm run worker`: the send worker on its own, against DATABASE_URL, with the same settings as
// the server (WORKER_*, SEND_*, SMTP_URL, UNIPILE_*). SIGTERM/SIGINT stop it gracefully: no new
// claims, the batch in hand is finished. `--until-empty` exits once nothing is due (tests, bench).
import { loadConfig } from '../../../config.js';
import { openDatabase } from '../../../db.js';
import { createLogger } from '../../../logger.js';
import { configureFunnel } from '../../funnel/funnel.settings.js';
import { providerFromConfig } from '../providers/index.js';
import { createSendWorker, settingsFromConfig } from './worker.js';

const config = loadConfig(process.env);
const logger = createLogger(config.logLevel);
if (!config.databaseUrl) {
  logger.error('npm run worker needs DATABASE_URL (the embedded database belongs to one process)');
  process.exit(2);
}
const db = await openDatabase({ ...config, migrateOnStart: false });
configureFunnel(config.funnel.rules);
const provider = providerFromConfig(config.sending);
const worker = createSendWorker({ provider, settings: settingsFromConfig(config.sending), pollMs: config.sending.pollMs, logger });
logger.info({ worker: worker.id, provider: config.sending.provider }, 'send worker started');

async function stop(code: number): Promise<never> {
  await worker.drain(AbortSignal.timeout(config.shutdownTimeoutMs));
  await provider.close?.();
  await db.close();
  logger.info({ worker: worker.id, ...worker.stats }, 'send worker stopped');
  process.exit(code);
}

process.once('SIGTERM', () => void stop(0));
process.once('SIGINT', () => void stop(0));

if (process.argv.includes('--until-empty')) {
  await worker.runUntilEmpty();
  process.stdout.write(`${JSON.stringify({ worker: worker.id, ...worker.stats })}\n`);
  await provider.close?.();
  await db.close();
  process.exit(0);
} else {
  worker.start();
}
