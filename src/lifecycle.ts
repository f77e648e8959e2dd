// Graceful shutdown: modules that own background work (the in-process sending worker, timers,
// pubsub) register a drain hook; app.stop() stops taking new work, runs every hook alongside
// waiting for in-flight requests, and gives up after SHUTDOWN_TIMEOUT_MS.
//
//   app.lifecycle.onShutdown('send-worker', async (signal) => { await worker.drain(signal); });
//
// A hook gets an AbortSignal that fires at the deadline: it should finish what it started (a send
// in progress) and start nothing new.

export type DrainHook = (deadline: AbortSignal) => Promise<void> | void;

export interface Lifecycle {
  /** Registers a hook run at shutdown; returns a function that unregisters it. */
  onShutdown(name: string, hook: DrainHook): () => void;
  /** True once shutdown has begun: take no new work. */
  readonly draining: boolean;
  /** Aborts when shutdown begins (for loops that should stop picking up work). */
  readonly signal: AbortSignal;
}

export interface LifecycleControl extends Lifecycle {
  /** Begins draining and runs the hooks; resolves with the names of hooks that did not finish in time. */
  drain(timeoutMs: number): Promise<string[]>;
}

export function createLifecycle(onError: (name: string, error: unknown) => void): LifecycleControl {
  const hooks = new Map<string, DrainHook>();
  const started = new AbortController();
  let draining = false;
  return {
    onShutdown(name, hook) {
      hooks.set(name, hook);
      return () => {
        if (hooks.get(name) === hook) hooks.delete(name);
      };
    },
    get draining() {
      return draining;
    },
    get signal() {
      return started.signal;
    },
    async drain(timeoutMs) {
      draining = true;
      started.abort();
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(), timeoutMs);
      const pending = new Set(hooks.keys());
      try {
        await Promise.race([
          Promise.all(
            [...hooks].map(async ([name, hook]) => {
              try {
                await hook(deadline.signal);
              } catch (error) {
                onError(name, error);
              } finally {
                pending.delete(name);
              }
            }),
          ),
          new Promise((resolve) => deadline.signal.addEventListener('abort', resolve, { once: true })),
        ]);
      } finally {
        clearTimeout(timer);
      }
      return [...pending];
    },
  };
}
