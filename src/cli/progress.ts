import type { Writable } from 'node:stream';

export interface Progress {
  update(done: number, total: number, detail?: string): void;
  done(): void;
}

/**
 * A one-line progress indicator on a TTY that appears only once work has run for `delayMs`
 * (a quick scan prints nothing) and is erased when done. Quiet when the stream is not a TTY.
 */
export function createProgress(stream: Writable & { isTTY?: boolean }, label: string, delayMs = 700): Progress {
  if (!stream.isTTY) return { update() {}, done() {} };
  const started = performance.now();
  let last = 0;
  let shown = false;
  return {
    update(done, total, detail) {
      const now = performance.now();
      if (now - started < delayMs || now - last < 100) return;
      last = now;
      shown = true;
      const pct = total > 0 ? Math.floor((done / total) * 100) : 0;
      const rate = done / ((now - started) / 1000);
      const eta = rate > 0 && total > done ? Math.ceil((total - done) / rate) : 0;
      stream.write(`\r\u001b[2K${label} ${done}/${total} (${pct}%)${detail ? ` ${detail}` : ''}${eta ? `, ~${eta}s left` : ''}`);
    },
    done() {
      if (shown) stream.write('\r\u001b[2K');
    },
  };
}
