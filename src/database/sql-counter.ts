// Counts SQL statements sent to the database, per request (AsyncLocalStorage) and in total.
// Tests use it to prove there is no N+1; the request log reports it per operation.
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';

export interface StatementCounter {
  count: number;
  /** Background work (the live updates' poller): counted nowhere, not even in the total. */
  background?: boolean;
}

const storage = new AsyncLocalStorage<StatementCounter>();
let total = 0;

/** Runs `fn` with a fresh counter and returns it along with the result. */
export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const counter: StatementCounter = { count: 0 };
  const result = await storage.run(counter, fn);
  return { result, statements: counter.count };
}

/** Runs background work whose statements belong to no request and count nowhere. */
export function runUncounted<T>(fn: () => Promise<T>): Promise<T> {
  return storage.run({ count: 0, background: true }, fn);
}

/** Binds a counter to the rest of the current async flow (used by the server per request). */
export function enterStatementCounter(counter: StatementCounter): void {
  storage.enterWith(counter);
}

export function currentStatementCounter(): StatementCounter | undefined {
  return storage.getStore();
}

export function totalStatements(): number {
  return total;
}

function record(): void {
  const counter = storage.getStore();
  if (counter?.background) return;
  total += 1;
  if (counter) counter.count += 1;
}

/** A pg Client that counts every statement it sends. */
export class CountingClient extends pg.Client {
  // biome-ignore lint: pg's overloads are not expressible without any
  override query(...args: any[]): any {
    record();
    // @ts-expect-error forwarding pg's overloaded signature unchanged
    return super.query(...args);
  }
}
