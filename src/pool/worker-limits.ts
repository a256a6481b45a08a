import type { ResourceLimits } from 'node:worker_threads';

/**
 * V8 limits for a scan worker. By default a thread's young generation (where short-lived objects are
 * made: a scan makes many) grows to 48 MB, most of it reserved, not live. At 24 MB the history audit of
 * tmux (12,630 commits) peaked 15-20 MB lower (279-293 MB against 298-308 MB over four alternated runs),
 * in the same time (1.81-1.90 s against 1.80-1.93 s). Imports nothing: prestart.ts loads before the engine.
 */
export const WORKER_RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 24 };
