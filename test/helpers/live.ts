// Live-subscription helpers for tests: a subscription that collects what it receives, and waits
// for a number of payloads (or proves that nothing more came).
import type { Client } from 'graphql-ws';

export interface Collected<T = any> {
  results: { data?: T; errors?: any[] }[];
  /** Data of the results so far. */
  data(): T[];
  waitFor(count: number, timeoutMs?: number): Promise<T[]>;
  completed: Promise<void>;
  dispose(): void;
}

export function collect<T = any>(client: Client, query: string, variables: Record<string, unknown> = {}): Collected<T> {
  const results: { data?: T; errors?: any[] }[] = [];
  let wake: (() => void) | undefined;
  let done!: () => void;
  let failed: unknown;
  const completed = new Promise<void>((r) => {
    done = r;
  });
  const dispose = client.subscribe<T>({ query, variables }, {
    next: (value) => {
      results.push(value as { data?: T; errors?: any[] });
      wake?.();
    },
    error: (error) => {
      failed = error;
      wake?.();
      done();
    },
    complete: () => done(),
  });
  return {
    results,
    data: () => results.filter((r) => r.data).map((r) => r.data as T),
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (results.length < count) {
        if (failed) throw failed instanceof Error ? failed : new Error(JSON.stringify(failed));
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`timed out waiting for ${count} results, got ${results.length}: ${JSON.stringify(results)}`);
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, Math.min(left, 200));
        });
      }
      return results.slice(0, count).map((r) => {
        if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
        return r.data as T;
      });
    },
    completed,
    dispose,
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
