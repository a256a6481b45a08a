/** One line git writes to a pre-push hook's standard input. */
export interface PushUpdate {
  localRef: string;
  localSha: string;
  remoteRef: string;
  remoteSha: string;
}

/**
 * Parse git's pre-push input: `<local ref> SP <local sha> SP <remote ref> SP <remote sha> LF` per ref
 * being pushed. An all-zero local sha is a deletion; an all-zero remote sha, a new ref.
 * https://git-scm.com/docs/githooks#_pre_push
 * Lines without that shape are returned in `bad`, so the caller can fail closed.
 */
export function parsePushLines(text: string): { updates: PushUpdate[]; bad: string[] } {
  const updates: PushUpdate[] = [];
  const bad: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) continue;
    const parts = line.split(' ');
    const [localRef, localSha, remoteRef, remoteSha] = parts;
    if (parts.length !== 4 || !isSha(localSha) || !isSha(remoteSha) || !localRef || !remoteRef) {
      bad.push(line);
      continue;
    }
    updates.push({ localRef, localSha: localSha!, remoteRef, remoteSha: remoteSha! });
  }
  return { updates, bad };
}

export function isZeroSha(sha: string): boolean {
  return /^0+$/.test(sha);
}

function isSha(s: string | undefined): boolean {
  return s !== undefined && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(s);
}
