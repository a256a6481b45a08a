import { cpus } from 'node:os';

/** How much of the machine is idle right now, from the kernel's per-core counters. */
export interface IdleMonitor {
  /** Idle cores (fractional) over the last sampling period; 0 until the first period ends. */
  idleCores(): number;
  stop(): void;
}

/**
 * Samples the machine's idle time every `periodMs`. The history audit wakes another scan thread only when
 * a core is free: on a small machine git and the main thread can keep one core busy, and a second
 * scanner would only slow them (measured on 2 cores: a synthetic 20,000-commit history ran faster with
 * one scanner, a repository of large files faster with two).
 */
export function createIdleMonitor(periodMs = 100): IdleMonitor {
  const sample = () => {
    let idle = 0;
    let total = 0;
    for (const c of cpus()) {
      idle += c.times.idle;
      total += c.times.idle + c.times.user + c.times.nice + c.times.sys + c.times.irq;
    }
    return { idle, total };
  };
  const count = Math.max(1, cpus().length);
  let last = sample();
  let idleCores = 0;
  const timer = setInterval(() => {
    const now = sample();
    const total = now.total - last.total;
    if (total > 0) idleCores = ((now.idle - last.idle) / total) * count;
    last = now;
  }, periodMs);
  timer.unref();
  return {
    idleCores: () => idleCores,
    stop: () => clearInterval(timer),
  };
}
