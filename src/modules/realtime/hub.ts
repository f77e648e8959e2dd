// One change hub per process: a single poller reads public.change_log in commit-safe order
// (change-log.service.ts) and fans the events out in process to the subscriptions, each with its
// server-side filter and its own bounded stream (stream.ts).
//
// Wake-up: PostgreSQL LISTEN gtm_change_log (the triggers pg_notify at commit) on a dedicated
// connection, and Redis pub/sub when REDIS_URL is set (this process publishes after each batch
// it reads, so a process whose LISTEN connection is down still hears of new rows within one
// poll of any other process); a poll every CHANGE_POLL_INTERVAL_MS is the safety net, and the
// only path on the embedded database (NOTIFY does not cross PGlite's socket connections).
// The full objects of a batch are loaded once per topic (one query each) and shared by every
// subscriber; the GraphQL selection of each subscriber then runs on them.
import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { Config } from '../../config.js';
import { runUncounted } from '../../database/sql-counter.js';
import { type Database, prisma } from '../../db.js';
import type { Logger } from '../../logger.js';
import {
  type ChangeRow,
  compareKeys,
  decodeCursor,
  encodeCursor,
  type Key,
  pruneChanges,
  prunedWatermark,
  readChanges,
  readHorizon,
  readSince,
  type Topic,
} from './change-log.service.js';
import { EventStream, type Overflow } from './stream.js';

export const NOTIFY_CHANNEL = 'gtm_change_log';
const REDIS_CHANNEL = 'gtm:change_log';
const PRUNE_EVERY_MS = 60_000;
const MAX_ID = (1n << 63n) - 1n;

export interface ChangeEvent<E = unknown> {
  cursor: string;
  key: Key;
  row: ChangeRow;
  /** The row as it is now (null when it was deleted since). */
  entity: E | null;
}

export interface SnapshotValue<V> {
  cursor: string;
  value: V;
}

interface EventSubscriber {
  topics: Set<Topic>;
  accept: (row: ChangeRow) => boolean;
  stream: EventStream<ChangeEvent>;
  /** Last key handed to this subscriber (events at or below it are skipped). */
  last: Key;
  /** While replaying, live events wait here. */
  pending: ChangeEvent[] | null;
}

interface Watch<V> {
  /** Which change rows make the value worth recomputing. */
  affectedBy: (row: ChangeRow) => boolean;
  compute: () => Promise<V>;
  last: string | null;
  streams: Set<EventStream<SnapshotValue<V>>>;
}

type Loader = (ids: string[]) => Promise<Map<string, unknown>>;

const byId = <T>(rows: T[], id: (row: T) => string) => new Map(rows.map((r) => [id(r), r as unknown]));

const LOADERS: Record<Topic, Loader> = {
  send_queue: async (ids) => byId(await prisma.sendQueueItem.findMany({ where: { id: { in: ids } } }), (r) => r.id),
  message: async (ids) => byId(await prisma.message.findMany({ where: { id: { in: ids } } }), (r) => r.id),
  message_event: async (ids) => byId(await prisma.messageEvent.findMany({ where: { id: { in: ids } } }), (r) => r.id),
  outreach: async (ids) => byId(await prisma.outreachHistory.findMany({ where: { id: { in: ids } } }), (r) => r.id),
  prospect_movement: async (ids) =>
    byId(await prisma.prospectMovement.findMany({ where: { movementId: { in: ids } } }), (r) => r.movementId),
};

export class ChangeHub {
  private position: Key = { xid: 0n, id: 0n };
  private readonly subscribers = new Set<EventSubscriber>();
  private readonly watches = new Map<string, Watch<unknown>>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private listener: pg.Client | undefined;
  private redisSub: Redis | undefined;
  private redisPub: Redis | undefined;
  private lastPrune = 0;
  private started: Promise<void> | undefined;
  /** Polls done (tests and the benchmark read it). */
  polls = 0;

  constructor(
    private readonly db: Database,
    private readonly settings: Config['realtime'],
    private readonly logger: Logger,
  ) {}

  /** Sets the starting position (now) and starts the poller and the wake-up channels. */
  start(): Promise<void> {
    this.started ??= (async () => {
      const horizon = await readHorizon(this.db.pool);
      // Rows of transactions below the horizon are history; everything after is live.
      this.position = { xid: horizon - 1n, id: MAX_ID };
      this.timer = setInterval(() => this.wake(), this.settings.pollIntervalMs);
      this.timer.unref();
      if (this.db.kind === 'postgres') void this.listen();
      if (this.settings.redisUrl) this.subscribeRedis(this.settings.redisUrl);
    })();
    return this.started;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    for (const sub of this.subscribers) sub.stream.end();
    for (const watch of this.watches.values()) for (const s of watch.streams) s.end();
    await this.running?.catch(() => {});
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => {});
    this.redisSub?.disconnect();
    this.redisPub?.disconnect();
  }

  /** Subscriptions currently registered (events and figures). */
  subscriberCount(): number {
    let n = this.subscribers.size;
    for (const w of this.watches.values()) n += w.streams.size;
    return n;
  }

  /** Asks for a poll now (coalesced with one in progress). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    // The poller's statements belong to no request (tests count a request's statements).
    this.running = runUncounted(async () => {
      do {
        this.again = false;
        try {
          await this.poll();
        } catch (error) {
          if (!this.stopped) this.logger.warn({ err: error }, 'change log poll failed; retrying at the next wake-up');
        }
      } while (this.again && !this.stopped);
    }).finally(() => {
      this.running = undefined;
    });
  }

  /**
   * An event stream: every change row of `topics` that `accept` takes, from now on, or from just
   * after `after` (a cursor) with the missed events replayed first. Throws a GraphQLError for a
   * bad or expired cursor.
   */
  async subscribe(options: {
    topics: Topic[];
    accept: (row: ChangeRow) => boolean;
    after?: string | null;
    /** Ends the stream when aborted (an SSE client that went away). */
    signal?: AbortSignal;
  }): Promise<AsyncIterableIterator<ChangeEvent | Overflow>> {
    await this.start();
    let after: Key | null = null;
    if (options.after != null) {
      after = decodeCursor(options.after);
      if (!after) {
        throw new GraphQLError('`after` is not a cursor of this subscription.', {
          extensions: { code: 'VALIDATION_FAILED', problems: [{ path: ['after'], message: 'Not a cursor.' }] },
        });
      }
      const watermark = await prunedWatermark(this.db.pool);
      if (compareKeys(after, watermark) < 0) {
        throw new GraphQLError('The cursor is older than the retained change log; events after it were pruned.', {
          extensions: { code: 'CURSOR_EXPIRED' },
        });
      }
    }
    const upTo = this.position;
    const start = after && compareKeys(after, upTo) < 0 ? after : upTo;
    const sub: EventSubscriber = {
      topics: new Set(options.topics),
      accept: options.accept,
      last: start,
      pending: after && compareKeys(after, upTo) < 0 ? [] : null,
      stream: new EventStream<ChangeEvent>(this.settings.subscriberBuffer, 'cutoff', () => this.subscribers.delete(sub), encodeCursor(start)),
    };
    // Register first: live events from now on wait in `pending` while the replay runs.
    this.subscribers.add(sub);
    closeOnAbort(sub.stream, options.signal);
    if (sub.pending) void runUncounted(() => this.replay(sub, after!, upTo));
    else if (after && compareKeys(after, upTo) > 0) sub.last = after; // a cursor from a process that is ahead
    return sub.stream;
  }

  /**
   * A figure that is recomputed when a change affects it: the current value first, then each new
   * value (unchanged values are not sent again). `key` shares one computation between the
   * subscribers of the same figure.
   */
  async watch<V>(
    key: string,
    options: { affectedBy: (row: ChangeRow) => boolean; compute: () => Promise<V>; signal?: AbortSignal },
  ): Promise<AsyncIterableIterator<SnapshotValue<V> | Overflow>> {
    await this.start();
    let watch = this.watches.get(key) as Watch<V> | undefined;
    if (!watch) {
      watch = { ...options, last: null, streams: new Set() };
      this.watches.set(key, watch as Watch<unknown>);
    }
    const w = watch;
    const stream: EventStream<SnapshotValue<V>> = new EventStream<SnapshotValue<V>>(1, 'latest', () => {
      w.streams.delete(stream);
      if (w.streams.size === 0 && this.watches.get(key) === w) this.watches.delete(key);
    });
    w.streams.add(stream);
    closeOnAbort(stream, options.signal);
    const cursor = encodeCursor(this.position);
    const value = await options.compute();
    stream.push({ cursor, value });
    return stream;
  }

  private async replay(sub: EventSubscriber, after: Key, upTo: Key): Promise<void> {
    try {
      let from = after;
      for (;;) {
        if (sub.stream.isClosed) return;
        const rows = await readChanges(this.db.pool, {
          after: from,
          horizon: upTo.xid + 1n,
          upTo,
          limit: this.settings.batchSize,
          topics: [...sub.topics],
        });
        if (rows.length === 0) break;
        const events = await this.load(rows.filter(sub.accept), sub.topics);
        for (const event of events) {
          await sub.stream.room();
          if (sub.stream.isClosed) return;
          sub.stream.push(event);
          sub.last = event.key;
        }
        from = { xid: rows[rows.length - 1]!.xid, id: rows[rows.length - 1]!.id };
        if (rows.length < this.settings.batchSize) break;
      }
      sub.last = compareKeys(sub.last, upTo) < 0 ? upTo : sub.last;
      const pending = sub.pending ?? [];
      sub.pending = null;
      for (const event of pending) this.deliver(sub, event);
    } catch (error) {
      this.logger.warn({ err: error }, 'change log replay failed');
      sub.stream.end();
    }
  }

  private deliver(sub: EventSubscriber, event: ChangeEvent): void {
    if (sub.pending) {
      sub.pending.push(event);
      return;
    }
    if (compareKeys(event.key, sub.last) <= 0) return;
    sub.last = event.key;
    sub.stream.push(event);
  }

  private async load(rows: ChangeRow[], wanted: Set<Topic>): Promise<ChangeEvent[]> {
    const ids = new Map<Topic, string[]>();
    for (const row of rows) {
      if (!wanted.has(row.topic)) continue;
      const list = ids.get(row.topic) ?? [];
      list.push(row.entityId);
      ids.set(row.topic, list);
    }
    const entities = new Map<Topic, Map<string, unknown>>();
    await Promise.all([...ids].map(async ([topic, list]) => entities.set(topic, await LOADERS[topic]([...new Set(list)]))));
    return rows
      .filter((row) => wanted.has(row.topic))
      .map((row) => {
        const key = { xid: row.xid, id: row.id };
        return { cursor: encodeCursor(key), key, row, entity: entities.get(row.topic)?.get(row.entityId) ?? null };
      });
  }

  private async poll(): Promise<void> {
    this.polls += 1;
    let horizon = 0n;
    for (;;) {
      const read = await readSince(this.db.pool, { after: this.position, limit: this.settings.batchSize });
      horizon = read.horizon;
      const rows = read.rows;
      if (rows.length === 0) break;
      const wanted = new Set<Topic>();
      for (const sub of this.subscribers) for (const t of sub.topics) wanted.add(t);
      const interesting = rows.filter((row) => {
        if (!wanted.has(row.topic)) return false;
        for (const sub of this.subscribers) if (sub.topics.has(row.topic) && sub.accept(row)) return true;
        return false;
      });
      const events = interesting.length ? await this.load(interesting, wanted) : [];
      for (const event of events) {
        for (const sub of this.subscribers) {
          if (sub.topics.has(event.row.topic) && sub.accept(event.row)) this.deliver(sub, event);
        }
      }
      const last = rows[rows.length - 1]!;
      this.position = { xid: last.xid, id: last.id };
      await this.refreshWatches(rows);
      if (this.redisPub) void this.redisPub.publish(REDIS_CHANNEL, '').catch(() => {});
      if (rows.length < this.settings.batchSize) break;
    }
    if (Date.now() - this.lastPrune > PRUNE_EVERY_MS) {
      this.lastPrune = Date.now();
      const deleted = await pruneChanges(this.db.pool, {
        retentionHours: this.settings.retentionHours,
        horizon,
        limit: 10_000,
      });
      if (deleted) this.logger.debug({ deleted }, 'pruned the change log');
    }
  }

  private async refreshWatches(rows: ChangeRow[]): Promise<void> {
    const cursor = encodeCursor(this.position);
    for (const watch of this.watches.values()) {
      if (!rows.some(watch.affectedBy)) continue;
      const value = await watch.compute();
      const json = JSON.stringify(value);
      if (json === watch.last) continue;
      watch.last = json;
      for (const stream of watch.streams) stream.push({ cursor, value });
    }
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.db.url });
    client.on('notification', () => this.wake());
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'change log LISTEN connection lost; reconnecting');
      if (this.listener === client) this.listener = undefined;
      client.end().catch(() => {});
      setTimeout(() => void this.listen(), 1_000).unref();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
      if (this.stopped) {
        await client.end();
        return;
      }
      this.listener = client;
      this.wake(); // anything written while not listening
    } catch (error) {
      client.end().catch(() => {});
      if (this.stopped) return;
      this.logger.warn({ err: error }, 'cannot LISTEN for change log notifications; retrying');
      setTimeout(() => void this.listen(), 1_000).unref();
    }
  }

  private subscribeRedis(url: string): void {
    this.redisSub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: null });
    this.redisPub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1 });
    this.redisSub.on('error', () => {});
    this.redisPub.on('error', () => {});
    this.redisSub.subscribe(REDIS_CHANNEL).catch(() => {});
    this.redisSub.on('message', () => this.wake());
  }
}

/**
 * Over SSE, a client that goes away aborts the request's signal, but the response stream only
 * notices at its next write; end the subscription at once so nothing waits for an event.
 */
function closeOnAbort(stream: { return(): unknown; isClosed: boolean }, signal: AbortSignal | undefined): void {
  if (!signal) return;
  if (signal.aborted) {
    void stream.return();
    return;
  }
  const onAbort = () => void stream.return();
  signal.addEventListener('abort', onAbort, { once: true });
  // Keep no reference from a long-lived signal to a finished stream.
  const check = setInterval(() => {
    if (stream.isClosed) {
      signal.removeEventListener('abort', onAbort);
      clearInterval(check);
    }
  }, 5_000);
  check.unref();
}

let current: ChangeHub | undefined;

/** The process's change hub (created by buildApp). */
export function changeHub(): ChangeHub {
  if (!current) throw new Error('The change hub is not running: buildApp() starts it');
  return current;
}

export function createChangeHub(db: Database, settings: Config['realtime'], logger: Logger): ChangeHub {
  current = new ChangeHub(db, settings, logger);
  return current;
}
