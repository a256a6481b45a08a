import type { HistoryEngine } from '../git/history-engine.js';
import type { BlobHit } from './history-scan.js';

/**
 * Which secrets are still in the tree at the tip of the default branch, and at which paths. Blobs the
 * audit scanned answer from their findings; tip blobs outside a narrowed scope are read and searched for
 * the secrets as plain text (they were never scanned, but a secret sitting in them is still exposed).
 */
export async function findTipSecrets(engine: HistoryEngine, tipSha: string, hits: readonly BlobHit[], seen: ReadonlySet<string>): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  if (hits.length === 0) return found;
  const add = (secret: string, path: string) => {
    const paths = found.get(secret);
    if (!paths) found.set(secret, [path]);
    else if (!paths.includes(path)) paths.push(path);
  };
  const byOid = new Map(hits.map((h) => [h.oid, h]));
  const secrets = [...new Set(hits.flatMap((h) => h.findings.map((f) => f.secret)))];
  const unscanned = new Map<string, string[]>();
  for (const entry of await engine.listTree(tipSha)) {
    const hit = byOid.get(entry.oid);
    if (hit) for (const f of hit.findings) add(f.secret, entry.path);
    else if (!seen.has(entry.oid)) unscanned.set(entry.oid, [...(unscanned.get(entry.oid) ?? []), entry.path]);
  }
  if (unscanned.size === 0) return found;

  const longest = Math.max(...secrets.map((s) => s.length));
  let tail = '';
  const reader = engine.openReader((piece) => {
    if ('missing' in piece) return;
    const text = tail + piece.data.toString('utf8');
    for (const secret of secrets) if (text.includes(secret)) for (const path of unscanned.get(piece.oid) ?? []) add(secret, path);
    tail = piece.last ? '' : text.slice(-longest);
  });
  for (const oid of unscanned.keys()) await reader.request(oid);
  await reader.finish();
  return found;
}
