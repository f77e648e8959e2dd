// The change log (public.change_log, written by triggers): reading it in a commit-safe order,
// cursors, and pruning.
//
// Why (xid, id) and a horizon. `id` is a sequence value taken when the row is written, not when
// its transaction commits: transaction A can write id 10, transaction B id 11 and commit, and a
// reader that delivered 11 and remembered "after 11" would never see 10 once A commits. So a
// reader delivers only rows whose writing transaction is below a *horizon* H: an xid such that
// every transaction of this database with an xid below H has finished (committed or rolled
// back). The set of rows with xid < H is then final: no transaction can still add to it (a
// transaction that has no xid yet gets one above the snapshot's xmax ≥ H when it first writes).
// Rows are delivered in (xid, id) order; since H only grows, each poll adds rows strictly after
// the previous ones in that order, and the cursor "everything up to (xid, id)" is exact: a reader
// resuming after it gets every later row once, never one twice, whatever the commit order was.
//
// The horizon (SQL: public.change_log_horizon, public.change_log_since). pg_snapshot_xmin(pg_current_snapshot()) is such an H, but it counts every
// database of the cluster (a long transaction elsewhere would hold delivery back). The horizon
// here is tighter: the snapshot's xmax, lowered to the smallest xid of the snapshot's running
// transactions that belong to this database (pg_stat_activity.backend_xid, prepared transactions
// too). The snapshot is taken when the statement starts, before pg_stat_activity is read, so a
// transaction running at the snapshot is either seen there or had finished before the rows are
// read by the next statement (a fresh snapshot). The price: an open write transaction in this
// database holds back delivery of later events until it ends (bounded by the pool's
// idle_in_transaction_session_timeout for the server's own connections).
import type pg from 'pg';

export type Topic = 'send_queue' | 'message' | 'message_event' | 'outreach' | 'prospect_movement';

export interface ChangeRow {
  id: bigint;
  xid: bigint;
  topic: Topic;
  entityId: string;
  op: string;
  payload: Record<string, string>;
  createdAt: Date;
}

/** A position in the log: everything up to and including (xid, id) has been delivered. */
export interface Key {
  xid: bigint;
  id: bigint;
}

export const ZERO_KEY: Key = { xid: 0n, id: 0n };

export function compareKeys(a: Key, b: Key): number {
  if (a.xid !== b.xid) return a.xid < b.xid ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

const CURSOR_PREFIX = 'cl1:';

/** Opaque to clients: base64url of `cl1:<xid>:<id>`. */
export function encodeCursor(key: Key): string {
  return Buffer.from(`${CURSOR_PREFIX}${key.xid}:${key.id}`).toString('base64url');
}

/** The key of a cursor, or null when it is not one of ours. */
export function decodeCursor(cursor: string): Key | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^cl1:(\d{1,20}):(\d{1,20})$/.exec(text);
  if (!m) return null;
  return { xid: BigInt(m[1]!), id: BigInt(m[2]!) };
}

type Queryable = Pick<pg.Pool, 'query'>;

/** The horizon: every transaction of this database with an xid below it has finished. */
export async function readHorizon(db: Queryable): Promise<bigint> {
  const r = await db.query<{ horizon: string }>(`SELECT public.change_log_horizon()::text AS horizon`);
  return BigInt(r.rows[0]!.horizon);
}

/**
 * The next rows after `after` that are final now, and the horizon they were read under, in one
 * round trip (public.change_log_since: the horizon, then the rows with a fresh snapshot).
 */
export async function readSince(
  db: Queryable,
  options: { after: Key; limit: number; topics?: Topic[] },
): Promise<{ rows: ChangeRow[]; horizon: bigint }> {
  const r = await db.query<RawRow & { horizon: string }>(
    `SELECT id::text, xid::text, topic, entity_id, op, payload, created_at, horizon::text
     FROM public.change_log_since($1::bigint, $2::bigint, $3::int, $4::text[])`,
    [options.after.xid.toString(), options.after.id.toString(), options.limit, options.topics ?? null],
  );
  const horizon = BigInt(r.rows[0]!.horizon);
  return { rows: r.rows.filter((row) => row.id !== null).map(toRow), horizon };
}

interface RawRow {
  id: string;
  xid: string;
  topic: Topic;
  entity_id: string;
  op: string;
  payload: Record<string, string>;
  created_at: Date;
}

const toRow = (r: RawRow): ChangeRow => ({
  id: BigInt(r.id),
  xid: BigInt(r.xid),
  topic: r.topic,
  entityId: r.entity_id,
  op: r.op,
  payload: r.payload,
  createdAt: r.created_at,
});

/**
 * Rows after `after` (exclusive) and up to `upTo` (inclusive, when given) whose transaction is
 * below `horizon`, in delivery order. Run as its own statement after readHorizon.
 */
export async function readChanges(
  db: Queryable,
  options: { after: Key; horizon: bigint; upTo?: Key; limit: number; topics?: Topic[] },
): Promise<ChangeRow[]> {
  const params: unknown[] = [options.after.xid.toString(), options.after.id.toString(), options.horizon.toString(), options.limit];
  let extra = '';
  if (options.upTo) {
    params.push(options.upTo.xid.toString(), options.upTo.id.toString());
    extra += ` AND (xid, id) <= ($5::bigint, $6::bigint)`;
  }
  if (options.topics) {
    params.push(options.topics);
    extra += ` AND topic = ANY($${params.length}::text[])`;
  }
  const r = await db.query<RawRow>(
    `SELECT id::text, xid::text, topic, entity_id, op, payload, created_at FROM public.change_log
     WHERE (xid, id) > ($1::bigint, $2::bigint) AND xid < $3::bigint${extra}
     ORDER BY xid, id LIMIT $4`,
    params,
  );
  return r.rows.map(toRow);
}

/** The highest key pruned so far: a cursor below it may have missed pruned events. */
export async function prunedWatermark(db: Queryable): Promise<Key> {
  const r = await db.query<{ xid: string; id: string }>(
    `SELECT pruned_xid::text AS xid, pruned_id::text AS id FROM public.change_log_watermark WHERE id = 1`,
  );
  const row = r.rows[0];
  return row ? { xid: BigInt(row.xid), id: BigInt(row.id) } : ZERO_KEY;
}

/**
 * Deletes rows older than the retention (at most `limit` per call, only below the horizon so
 * the watermark is final) and raises the watermark to the highest key deleted. Safe to run from
 * several processes at once.
 */
export async function pruneChanges(db: Queryable, options: { retentionHours: number; horizon: bigint; limit: number }): Promise<number> {
  const r = await db.query<{ deleted: number }>(
    `WITH gone AS (
       DELETE FROM public.change_log WHERE id IN (
         SELECT id FROM public.change_log
         WHERE created_at < now() - make_interval(hours => $1::int) AND xid < $2::bigint
         ORDER BY created_at LIMIT $3)
       RETURNING xid, id),
     top AS (SELECT xid, id FROM gone ORDER BY xid DESC, id DESC LIMIT 1),
     mark AS (
       UPDATE public.change_log_watermark AS w SET pruned_xid = top.xid, pruned_id = top.id, pruned_at = now()
       FROM top WHERE w.id = 1 AND (top.xid, top.id) > (w.pruned_xid, w.pruned_id))
     SELECT (SELECT count(*) FROM gone)::int AS deleted`,
    [options.retentionHours, options.horizon.toString(), options.limit],
  );
  return r.rows[0]?.deleted ?? 0;
}
