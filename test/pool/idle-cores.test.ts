import { cpus } from 'node:os';
import { describe, expect, it } from 'vitest';
import { createIdleMonitor } from '../../src/pool/idle-cores.js';

/** Keep this thread busy for `ms`, in slices, so the monitor's timer still runs between them. */
async function spin(ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const end = Date.now() + 40;
    while (Date.now() < end) {
      /* busy */
    }
    await new Promise((r) => setImmediate(r));
  }
}

describe('idle cores', () => {
  it('counts no idle core before its first measurement, then a busy core as not idle', async () => {
    const monitor = createIdleMonitor(50);
    try {
      expect(monitor.idleCores()).toBe(0);
      await spin(400);
      const idle = monitor.idleCores();
      expect(idle).toBeGreaterThanOrEqual(0);
      // This thread spun through the last period: at most the other cores were idle.
      expect(idle).toBeLessThan(cpus().length - 0.3);
    } finally {
      monitor.stop();
    }
  });
});
