import { readFileSync } from 'node:fs';
import { ConfigError, type BaselineEntry } from '../engine/index.js';

export const BASELINE_FILE_NAME = '.leakguard-baseline.json';

/**
 * The baseline file: JSON with one entry per line, sorted, so that two branches adding entries
 * merge without conflicts. It holds fingerprints (hashes), never secrets.
 */
export function formatBaseline(entries: readonly BaselineEntry[]): string {
  const lines = entries.map((e) => `    ${JSON.stringify({ fingerprint: e.fingerprint, rule: e.rule, path: e.path })}`);
  return `{\n  "version": 1,\n  "findings": [\n${lines.join(',\n')}${lines.length ? '\n' : ''}  ]\n}\n`;
}

export function readBaseline(path: string): BaselineEntry[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`${path}: cannot read the baseline file (${(error as NodeJS.ErrnoException).code ?? 'error'}); create it with \`leakguard baseline --output ${path}\``);
  }
  let doc: { version?: unknown; findings?: unknown };
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch (error) {
    throw new ConfigError(`${path}: the baseline is not valid JSON (${(error as Error).message}); regenerate it with \`leakguard baseline\``);
  }
  if (doc.version !== 1 || !Array.isArray(doc.findings)) throw new ConfigError(`${path}: not a leakguard baseline (expected {"version": 1, "findings": [...]})`);
  return doc.findings.map((raw, i) => {
    const e = raw as Partial<BaselineEntry>;
    if (typeof e.fingerprint !== 'string' || typeof e.rule !== 'string' || typeof e.path !== 'string') {
      throw new ConfigError(`${path}: findings[${i}] needs string "fingerprint", "rule" and "path"`);
    }
    return { fingerprint: e.fingerprint, rule: e.rule, path: e.path };
  });
}
