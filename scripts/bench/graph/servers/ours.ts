// Our graph for the `graph` benchmark: the real app (buildApp: every plugin of src/server.ts) on
// DATABASE_URL, demo access (loopback only), no rate limit, the request log at warn and the funnel
// sweep off, so the benchmark times the requests it sends and nothing else.
//   DATABASE_URL=… PORT=… node --import tsx scripts/bench/graph/servers/ours.ts
import { loadConfig } from '../../../../src/config.js';
import { buildApp } from '../../../../src/server.js';

const app = await buildApp(
  loadConfig({
    ...process.env,
    AUTH_MODE: 'demo',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    RATE_LIMIT_POINTS: '0',
    FUNNEL_SWEEP_INTERVAL_SECONDS: '0',
    MIGRATE_ON_START: 'false',
  }),
);
const url = await app.start();
console.log(`LISTENING ${new URL(url).port}`);
const stop = () => {
  void app.stop().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
