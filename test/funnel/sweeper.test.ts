// The sweep on its schedule inside the server: buildApp starts it (FUNNEL_SWEEP_INTERVAL_SECONDS),
// it runs with the server clock, and app.stop() stops it. (Its own file: one app per process.)
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.js';

describe('the schedule inside the server', () => {
  it('runs with the server clock and stops with app.stop()', async () => {
    const t = await startTestApp({ FUNNEL_SWEEP_INTERVAL_SECONDS: '1' });
    try {
      expect(t.app.sweeper.running).toBe(true);
      const deadline = Date.now() + 30_000;
      while (t.app.sweeper.runs < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(t.app.sweeper.runs).toBeGreaterThanOrEqual(2);
      expect(Math.abs(t.app.sweeper.lastReport!.now.getTime() - Date.now())).toBeLessThan(30_000);
    } finally {
      await t.close();
    }
    expect(t.app.sweeper.running).toBe(false);
    const runs = t.app.sweeper.runs;
    await new Promise((r) => setTimeout(r, 1500));
    expect(t.app.sweeper.runs).toBe(runs);
  });
});
