// Plain pg for the send path: the worker's transactions are hand-written SQL with row locks
// (Prisma has none), run on one pooled client with explicit BEGIN/COMMIT, without the overhead of
// an interactive Prisma transaction per claim. `sql` builds a parameterized statement from a
// template: values are always parameters, never text.
import type pg from 'pg';
import { pool } from '../../../db.js';

export interface Sql {
  text: string;
  values: unknown[];
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0] ?? '';
  values.forEach((_v, i) => {
    text += `$${i + 1}${strings[i + 1] ?? ''}`;
  });
  return { text, values };
}

export interface Db {
  query<T>(q: Sql): Promise<T[]>;
  /** Runs a statement; resolves to the number of rows it changed. */
  exec(q: Sql): Promise<number>;
}

function wrap(c: pg.Pool | pg.PoolClient): Db {
  return {
    async query<T>(q: Sql) {
      return (await c.query(q.text, q.values)).rows as T[];
    },
    async exec(q: Sql) {
      return (await c.query(q.text, q.values)).rowCount ?? 0;
    },
  };
}

/** Statements on the pool, each in its own implicit transaction. */
export function db(): Db {
  return wrap(pool);
}

/** PostgreSQL's "deadlock detected" and "could not serialize": the transaction may simply be run again. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 3;

/**
 * Runs `fn` in one transaction on one pooled connection. A transaction PostgreSQL aborted as a
 * deadlock victim (or a serialization failure) was rolled back whole, so it is run again, up to
 * three times; `fn` must therefore have no effect outside the database.
 */
export async function withTransaction<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await runTransaction(fn);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= ATTEMPTS || !code || !RETRYABLE.has(code)) throw error;
    }
  }
}

async function runTransaction<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(wrap(client));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
