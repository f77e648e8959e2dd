// WebSocket helpers for tests: a graphql-ws client against a running app, and a raw socket for
// what a well-behaved client would never send.
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export function wsUrl(httpUrl: string): string {
  return `${httpUrl.replace(/^http/, 'ws')}/graphql`;
}

export interface Closed {
  code: number;
  reason: string;
}

/** A graphql-ws client that records how its socket closed (no retries, no lazy connect surprises). */
export function wsClient(
  httpUrl: string,
  connectionParams: Record<string, unknown> = {},
  options: { origin?: string } = {},
): { client: Client; closed: Promise<Closed> } {
  let resolveClosed!: (c: Closed) => void;
  const closed = new Promise<Closed>((r) => {
    resolveClosed = r;
  });
  const client = createClient({
    url: wsUrl(httpUrl),
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, options.origin ? { origin: options.origin } : {});
      }
    },
    connectionParams,
    retryAttempts: 0,
    lazy: true,
    on: { closed: (event) => resolveClosed({ code: (event as CloseEvent).code, reason: String((event as CloseEvent).reason) }) },
  });
  return { client, closed };
}

/** Runs one operation; resolves with every result it produced, or rejects with the error/close event. */
export function runOnce<T = unknown>(
  client: Client,
  payload: { query: string; variables?: Record<string, unknown>; extensions?: Record<string, unknown> },
  take = 1,
): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const results: T[] = [];
    const dispose = client.subscribe<T>(payload as never, {
      next: (value) => {
        results.push(value as T);
        if (results.length >= take) {
          dispose();
          resolve(results);
        }
      },
      error: reject,
      complete: () => resolve(results),
    });
  });
}

/** A raw socket speaking graphql-transport-ws; resolves when open (or rejects with the HTTP refusal). */
export function rawSocket(httpUrl: string, headers: Record<string, string> = {}, origin?: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl(httpUrl), 'graphql-transport-ws', { headers, origin });
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_req, res) => reject(Object.assign(new Error('refused'), { status: res.statusCode })));
    socket.once('error', reject);
  });
}

export function closeOf(socket: WebSocket): Promise<Closed> {
  return new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
}

export function nextMessage(socket: WebSocket): Promise<Record<string, any>> {
  return new Promise((resolve) => socket.once('message', (data) => resolve(JSON.parse(String(data)))));
}
