import { spawnSync } from 'node:child_process';

/** True when a `git` binary runs. Without one, the history audit falls back to isomorphic-git. */
export function gitIsAvailable(): boolean {
  const r = spawnSync('git', ['--version'], { stdio: 'ignore' });
  return !r.error && r.status === 0;
}
