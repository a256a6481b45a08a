import { setFlagsFromString } from 'node:v8';

/**
 * V8's optimising compiler inlines callees into a hot function up to a cumulative budget (920 bytecodes
 * by default). The scan loops call into a wide engine (the matching, the strength checks, the filters),
 * so each optimisation of a loop inlined most of it, and each path first met later (a rule's first
 * match, a check not yet run) threw that big code away and compiled it again, in every thread. Measured
 * on the 168 MB bench tree with two scanning threads: V8's compiler threads used ~0.54 CPU-s (the
 * 4-rule foundation build: ~0.2); with a budget of 300 bytecodes, which still inlines the small helpers
 * the hot loops need, ~0.37, and the whole scan took ~10% less CPU. A thread's second pass over the
 * tree was no slower. V8 flags are process-wide: set once, before the workers start, they apply to
 * every thread; functions already optimised keep their code.
 */
const INLINE_BUDGET = '--max-inlined-bytecode-size-cumulative=300';

let applied = false;

/** Apply the scan's inlining budget to this process (idempotent). */
export function limitInlining(): void {
  if (applied) return;
  applied = true;
  setFlagsFromString(INLINE_BUDGET);
}
