import type { Writable } from 'node:stream';
import { humanBytes } from '../report/format-text.js';
import type { HistoryProgress } from '../sources/history-scan.js';

/**
 * Progress of a history audit on a TTY: blobs and bytes done of the total, rate and time left. While the
 * walk is still discovering blobs the totals are lower bounds, shown with a "+". Quiet when not a TTY.
 */
export function createHistoryProgress(stream: Writable & { isTTY?: boolean }, delayMs = 500) {
  if (!stream.isTTY) return { update(_p: HistoryProgress) {}, done() {} };
  const started = performance.now();
  let last = 0;
  let shown = false;
  return {
    update(p: HistoryProgress) {
      const now = performance.now();
      if (now - started < delayMs || now - last < 200) return;
      last = now;
      shown = true;
      const seconds = (now - started) / 1000;
      const rate = p.bytesDone / seconds;
      // Bytes still to read are estimated from the average blob so far.
      const bytesTotal = p.blobsDone > 0 ? Math.round((p.bytesDone / p.blobsDone) * p.blobsFound) : p.bytesDone;
      const left = p.walkDone && p.blobsDone > 0 ? Math.ceil(((p.blobsFound - p.blobsDone) * seconds) / p.blobsDone) : undefined;
      const plus = p.walkDone ? '' : '+';
      stream.write(
        `\r\u001b[2Khistory: ${p.blobsDone}/${p.blobsFound}${plus} blobs, ${humanBytes(p.bytesDone)}/${p.walkDone ? '' : '~'}${humanBytes(bytesTotal)}${plus}, ${humanBytes(rate)}/s${left !== undefined ? `, ~${left}s left` : ''}`,
      );
    },
    done() {
      if (shown) stream.write('\r\u001b[2K');
    },
  };
}
