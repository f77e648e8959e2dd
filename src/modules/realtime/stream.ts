// A bounded async stream from the hub to one subscription. The hub pushes synchronously; GraphQL
// (graphql-ws or SSE) pulls at the pace the client reads. Two policies for a client that falls
// behind:
// - 'cutoff' (event streams): when `limit` events are waiting, the waiting events are dropped and
//   the stream ends with one last item, an Overflow carrying the cursor of the last event the
//   client did receive; the resolver turns it into a SLOW_CONSUMER error, and the client
//   resubscribes with `after:` that cursor and loses nothing.
// - 'latest' (figures): only the newest value waits; older ones are replaced (coalesced).
// Either way a slow client holds at most `limit` events in server memory.

export class Overflow {
  constructor(readonly cursor: string | null) {}
}

export class EventStream<T extends { cursor: string }> implements AsyncIterableIterator<T | Overflow> {
  private queue: (T | Overflow)[] = [];
  private waiting: ((r: IteratorResult<T | Overflow>) => void) | undefined;
  private roomWaiters: (() => void)[] = [];
  private ended = false;
  private closed = false;
  private lastCursor: string | null;

  constructor(
    private readonly limit: number,
    private readonly mode: 'cutoff' | 'latest',
    private readonly onClose: () => void,
    startCursor: string | null = null,
  ) {
    this.lastCursor = startCursor;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  get size(): number {
    return this.queue.length;
  }

  push(value: T): void {
    if (this.ended || this.closed) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      this.lastCursor = value.cursor;
      resolve({ value, done: false });
      return;
    }
    if (this.mode === 'latest') {
      this.queue = [value];
      return;
    }
    if (this.queue.length >= this.limit) {
      this.queue = [new Overflow(this.lastCursor)];
      this.ended = true;
      this.onClose();
      return;
    }
    this.queue.push(value);
  }

  /** Ends the stream after what is queued (e.g. the server shuts down). */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    if (this.waiting && this.queue.length === 0) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: undefined, done: true });
    }
  }

  /** Resolves when fewer than `limit` events wait (replay uses it to follow the client's pace). */
  room(): Promise<void> {
    if (this.queue.length < this.limit || this.closed) return Promise.resolve();
    return new Promise((resolve) => this.roomWaiters.push(resolve));
  }

  next(): Promise<IteratorResult<T | Overflow>> {
    const value = this.queue.shift();
    if (this.queue.length < this.limit) {
      for (const wake of this.roomWaiters.splice(0)) wake();
    }
    if (value !== undefined) {
      if (!(value instanceof Overflow)) this.lastCursor = value.cursor;
      return Promise.resolve({ value, done: false });
    }
    if (this.ended || this.closed) {
      this.close();
      return Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<T | Overflow>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<T | Overflow>> {
    this.close();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.ended = true;
    this.queue = [];
    for (const wake of this.roomWaiters.splice(0)) wake();
    const resolve = this.waiting;
    this.waiting = undefined;
    resolve?.({ value: undefined, done: true });
    this.onClose();
  }
}
