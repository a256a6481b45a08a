import { createHash } from 'node:crypto';

/**
 * A finding's identity for baselines and SARIF `partialFingerprints`: a hash of (rule id, path, secret).
 * Stable when lines move, different when the secret or its file changes. Line numbers are left out on purpose.
 */
export function fingerprintOf(ruleId: string, path: string, secret: string): string {
  return createHash('sha256').update(`${ruleId}\0${path}\0${secret}`).digest('hex').slice(0, 32);
}
