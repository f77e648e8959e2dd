// The client side of the subscriptions benchmark, run as its own process so that reading
// thousands of sockets does not share an event loop with the server or the writer:
//   node --import tsx scripts/bench/subscriptions-clients.ts <http url> <clients> <campaign id>
// Opens <clients> graphql-ws connections, each with one sendQueueChanged subscription, and
// measures each delivery's latency: receive time minus the change's commit-time stamp
// (changedAt). The parent drives it over IPC: {type:'phase'} resets the counters, {type:'report'}
// answers with the counts and latency percentiles since the last phase, {type:'close'} ends it.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

const [url, countArg, campaignId] = process.argv.slice(2);
const count = Number(countArg);
const wsUrl = `${url!.replace(/^http/, 'ws')}/graphql`;
const QUERY = `subscription Bench($c: [UUID!]) { sendQueueChanged(filter: { campaignId: $c }) { cursor changedAt item { uuid status } } }`;

let latencies = new Float64Array(1 << 16);
let received = 0;
let errors = 0;
const clients: Client[] = [];

function record(ms: number): void {
  if (received >= latencies.length) {
    const bigger = new Float64Array(latencies.length * 2);
    bigger.set(latencies);
    latencies = bigger;
  }
  latencies[received] = ms;
  received += 1;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

let connected = 0;
async function open(): Promise<void> {
  const batch = 200; // connect in waves: a burst of thousands of handshakes only measures the backlog
  for (let i = 0; i < count; i += batch) {
    const wave: Promise<void>[] = [];
    for (let j = i; j < Math.min(count, i + batch); j++) {
      wave.push(
        new Promise<void>((resolve) => {
          const client = createClient({
            url: wsUrl,
            webSocketImpl: WebSocket,
            retryAttempts: 0,
            lazy: false,
            on: { connected: () => { connected += 1; resolve(); }, closed: () => resolve() },
            onNonLazyError: () => { errors += 1; resolve(); },
          });
          clients.push(client);
          client.subscribe(
            { query: QUERY, variables: { c: [campaignId] } },
            {
              next: (result) => {
                const data = result.data as { sendQueueChanged?: { changedAt: string } } | undefined;
                if (data?.sendQueueChanged) record(Date.now() - Date.parse(data.sendQueueChanged.changedAt));
                else errors += 1;
              },
              error: () => { errors += 1; },
              complete: () => {},
            },
          );
        }),
      );
    }
    await Promise.all(wave);
  }
}

process.on('message', (message: { type: string }) => {
  if (message.type === 'phase') {
    received = 0;
    errors = 0;
    process.send!({ type: 'phase-ok' });
  } else if (message.type === 'report') {
    const sorted = latencies.slice(0, received).sort();
    process.send!({
      type: 'report',
      received,
      errors,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: received ? sorted[received - 1] : NaN,
    });
  } else if (message.type === 'close') {
    void Promise.all(clients.map((c) => c.dispose())).finally(() => process.exit(0));
  }
});

await open();
process.send!({ type: 'connected', connected, errors });
