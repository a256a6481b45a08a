import { setFlagsFromString } from 'node:v8';

/**
 * V8's optimising compiler inlines callees into a hot function up to a cumulative budget (920 bytecodes
 * by default). The scan loops call into a wide engine (the matching, the strength checks, the filters),
 * so each optimisation of a loop inlined most of it, and each path first met later (a rule's first
 * match, a check not yet run) threw that big code away and compiled it again: measured on the 168 MB
 * bench tree, ~0.45 s of compiler time per scanning thread, against ~0.17 s for the 4-rule foundation
 * build. A budget of 300 bytecodes still inlines the small helpers the hot loops need and cut the first
 * pass over the tree by ~0.1 CPU-s per thread, with steady-state speed unchanged (a second pass in the
 * same thread was as fast). V8 flags are process-wide: set once, before the workers start, they apply
 * to every thread; functions already optimised keep their code.
 */
const INLINE_BUDGET = '--max-inlined-bytecode-size-cumulative=300';

let applied = false;

/** Apply the scan's inlining budget to this process (idempotent). */
export function limitInlining(): void {
  if (applied) return;
  applied = true;
  setFlagsFromString(INLINE_BUDGET);
}
