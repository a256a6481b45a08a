/** Shannon entropy in bits per character: how unpredictable a string's characters are. */
export function shannonEntropy(value: string): number {
  const n = value.length;
  if (n === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / n;
    bits -= p * Math.log2(p);
  }
  return bits;
}

export type Charset = 'hex' | 'base64' | 'alphanumeric' | 'other';

/** The narrowest charset a value fits: thresholds for generic secrets depend on it. */
export function classifyCharset(value: string): Charset {
  if (/^[0-9a-fA-F]+$/.test(value)) return 'hex';
  if (/^[A-Za-z0-9]+$/.test(value)) return 'alphanumeric';
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return 'base64';
  return 'other';
}
