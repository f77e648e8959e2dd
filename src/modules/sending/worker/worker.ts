// The send worker: reclaim expired leases, claim a batch, send each item through the provider
// (its attempt recorded first), record the outcome. Any number of workers, in any number of
// processes, may run against one database; see queue.service.ts for why that is safe.
//
//   const worker = createSendWorker({ provider, settings });
//   worker.start();                 // polls until stopped
//   await worker.drain(signal);     // stops claiming, finishes the batch in hand
import type { Logger } from '../../../logger.js';
import type { SendingConfig } from '../../../config.js';
import { ProviderError, type SendProvider } from '../providers/provider.js';
import {
  beginAttempt,
  claimBatch,
  type ClaimedItem,
  defaultWorkerId,
  finishFailure,
  finishSuccess,
  type QueueSettings,
  reclaimExpired,
} from './queue.service.js';

export interface WorkerStats {
  claimed: number;
  sent: number;
  failed: number;
  retried: number;
  lostLeases: number;
  reclaimed: number;
  review: number;
}

export interface SendWorker {
  readonly id: string;
  readonly stats: WorkerStats;
  /** One cycle: reclaim, claim a batch, send it. Resolves to the number of due items examined. */
  runOnce(): Promise<number>;
  /** Runs cycles until stopped; sleeps pollMs when nothing was due. */
  start(): void;
  /** Claims nothing more and resolves when the batch in hand is finished (or at the deadline). */
  drain(deadline?: AbortSignal): Promise<void>;
  /** Runs cycles until nothing is due (and no item of ours is in flight). */
  runUntilEmpty(): Promise<void>;
}

export function settingsFromConfig(c: SendingConfig, overrides: Partial<QueueSettings> = {}): QueueSettings {
  return {
    workerId: c.workerId ?? defaultWorkerId(),
    batchSize: c.batchSize,
    leaseMs: c.leaseMs,
    minGapMs: c.minGapMs,
    gapJitterMs: c.gapJitterMs,
    retryBaseMs: c.retryBaseMs,
    retryMaxMs: c.retryMaxMs,
    unsubscribeUrl: c.unsubscribeUrl ?? null,
    now: () => new Date(),
    random: Math.random,
    ...overrides,
  };
}

export function createSendWorker(options: {
  provider: SendProvider;
  settings: QueueSettings;
  pollMs?: number;
  logger?: Logger;
}): SendWorker {
  const { provider, settings: s, logger } = options;
  const pollMs = options.pollMs ?? 1000;
  const stats: WorkerStats = { claimed: 0, sent: 0, failed: 0, retried: 0, lostLeases: 0, reclaimed: 0, review: 0 };
  let stopping = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;

  async function sendOne(item: ClaimedItem): Promise<void> {
    const attempt = await beginAttempt(item, provider.name, s);
    if (!attempt) {
      stats.lostLeases += 1;
      return;
    }
    let outcome: { ok: true; result: Awaited<ReturnType<SendProvider['send']>> } | { ok: false; error: ProviderError };
    try {
      outcome = { ok: true, result: await provider.send({ ...item.message, idempotencyKey: attempt.key }) };
    } catch (error) {
      outcome = {
        ok: false,
        error: error instanceof ProviderError ? error : new ProviderError((error as Error)?.message ?? String(error), 'transient'),
      };
    }
    if (outcome.ok) {
      const recorded = await finishSuccess(item, attempt, outcome.result, s);
      if (recorded) stats.sent += 1;
      else stats.lostLeases += 1;
      return;
    }
    const e = outcome.error;
    const r = await finishFailure(item, attempt, { kind: e.kind, message: e.message, bounce: e.bounce }, s);
    if (!r) stats.lostLeases += 1;
    else if (r.status === 'pending') stats.retried += 1;
    else stats.failed += 1;
    logger?.debug({ item: item.id, attempt: attempt.attempt, kind: e.kind, err: e.message, status: r?.status }, 'send failed');
  }

  async function runOnce(): Promise<number> {
    const reclaimed = await reclaimExpired(provider, s);
    stats.reclaimed += reclaimed.requeued + reclaimed.settled;
    stats.review += reclaimed.review;
    if (stopping) return 0;
    const { claimed, examined } = await claimBatch(s);
    stats.claimed += claimed.length;
    for (const item of claimed) {
      // Once claimed, an item is sent even while draining: its lease and reservation are ours.
      await sendOne(item);
    }
    return examined;
  }

  async function run(): Promise<void> {
    while (!stopping) {
      let n = 0;
      try {
        n = await runOnce();
      } catch (error) {
        logger?.error({ err: error, worker: s.workerId }, 'send worker cycle failed');
      }
      if (n === 0 && !stopping) {
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, pollMs);
          wake = () => {
            clearTimeout(t);
            resolve();
          };
        });
        wake = undefined;
      }
    }
  }

  return {
    id: s.workerId,
    stats,
    runOnce,
    start() {
      stopping = false;
      loop ??= run().finally(() => {
        loop = undefined;
      });
    },
    async drain(deadline) {
      stopping = true;
      wake?.();
      if (!loop) return;
      await Promise.race([
        loop,
        new Promise<void>((resolve) => {
          if (deadline?.aborted) return resolve();
          deadline?.addEventListener('abort', () => resolve(), { once: true });
        }),
      ]);
    },
    async runUntilEmpty() {
      for (;;) {
        const n = await runOnce();
        if (n === 0) return;
      }
    },
  };
}
