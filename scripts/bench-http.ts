// A small request benchmark against a real listening server, to see what the security and
// observability plugins cost per request:
//   DATABASE_URL=postgresql://… node --import tsx scripts/bench-http.ts [--requests 2000] [--concurrency 8]
// Runs the same query as the demo caller, as an API key (cached after the first request), and
// refused at validation (a viewer's mutation); prints requests per second and latency percentiles.
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { createApiKey } from '../src/modules/auth/auth.service.js';
import { buildApp } from '../src/server.js';

const { values } = parseArgs({
  options: { requests: { type: 'string', default: '2000' }, concurrency: { type: 'string', default: '8' } },
});
const total = Number(values.requests);
const concurrency = Number(values.concurrency);

const app = await buildApp(
  loadConfig({ ...process.env, AUTH_MODE: 'demo', LOG_LEVEL: 'warn', PORT: '0', RATE_LIMIT_POINTS: '0' }),
);
const url = `${await app.start()}/graphql`;
const viewer = (await createApiKey({ name: 'bench viewer', roles: ['viewer'] })).token;
const operator = (await createApiKey({ name: 'bench operator', roles: ['operator'] })).token;

async function run(label: string, body: string, headers: Record<string, string> = {}) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next += 1;
        const t0 = performance.now();
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
        await res.text();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(2);
  console.log(
    `${label.padEnd(34)} ${(total / seconds).toFixed(0).padStart(6)} req/s   p50 ${p(0.5)} ms   p95 ${p(0.95)} ms   p99 ${p(0.99)} ms`,
  );
}

const query = JSON.stringify({ query: '{ offers(first: 5) { totalCount edges { node { id name } } } }' });
await run('demo caller, offers query', query); // warm-up pass
await run('demo caller, offers query', query);
await run('API key (operator), offers query', query, { authorization: `Bearer ${operator}` });
await run('viewer mutation, refused', JSON.stringify({ query: 'mutation { createOffer(input: {}) { __typename } }' }), {
  authorization: `Bearer ${viewer}`,
});
await run('alias bomb, refused', JSON.stringify({ query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: __typename`).join(' ')} }` }));
await app.stop();
