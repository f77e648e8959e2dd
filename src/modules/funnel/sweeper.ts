// The sweep on a schedule inside the server: one run at a time per process, every
// FUNNEL_SWEEP_INTERVAL_SECONDS with the server clock as "now" (0 turns it off). buildApp starts
// it and app.stop() stops it (waiting for a run in progress). Several servers may sweep at once:
// runFunnelSweep locks each person with SKIP LOCKED.
import type { Logger } from '../../logger.js';
import { runFunnelSweep, type SweepReport } from './sweep.service.js';

export interface SweeperOptions {
  intervalSeconds: number;
  batchSize: number;
  outreachLookbackDays: number;
  logger: Logger;
}

export interface Sweeper {
  /** Whether the schedule is on. */
  readonly running: boolean;
  /** Completed runs since start. */
  readonly runs: number;
  readonly lastReport: SweepReport | null;
  start(): void;
  /** Stops the schedule; a run in progress stops after the person it is on, and stop() waits for it. */
  stop(): Promise<void>;
}

export function createSweeper(options: SweeperOptions): Sweeper {
  let timer: NodeJS.Timeout | null = null;
  let inFlight: Promise<void> | null = null;
  let running = false;
  let runs = 0;
  let lastReport: SweepReport | null = null;
  let abort = new AbortController();

  const schedule = () => {
    if (!running) return;
    timer = setTimeout(tick, options.intervalSeconds * 1000);
    timer.unref();
  };

  const tick = () => {
    timer = null;
    inFlight = (async () => {
      const started = Date.now();
      try {
        lastReport = await runFunnelSweep({
          now: new Date(),
          batchSize: options.batchSize,
          outreachLookbackDays: options.outreachLookbackDays,
          signal: abort.signal,
        });
        runs += 1;
        const r = lastReport;
        options.logger.debug(
          {
            ms: Date.now() - started,
            outreachIngested: r.outreachIngested,
            signalsExpired: r.signalsExpired,
            peopleSwept: r.peopleSwept,
            movements: r.movements.length,
          },
          'funnel sweep',
        );
      } catch (err) {
        options.logger.error({ err }, 'funnel sweep failed');
      } finally {
        inFlight = null;
        schedule();
      }
    })();
  };

  return {
    get running() {
      return running;
    },
    get runs() {
      return runs;
    },
    get lastReport() {
      return lastReport;
    },
    start() {
      if (running || options.intervalSeconds <= 0) return;
      running = true;
      abort = new AbortController();
      schedule();
    },
    async stop() {
      running = false;
      abort.abort();
      if (timer) clearTimeout(timer);
      timer = null;
      await inFlight;
    },
  };
}
