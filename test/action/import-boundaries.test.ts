import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function imports(dir: string): { file: string; from: string }[] {
  return readdirSync(`${SRC}${dir}`, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(`${SRC}${dir}/${f}`, 'utf8').matchAll(/^import .*? from '([^']+)';$/gm)].map((m) => ({ file: `${dir}/${f}`, from: m[1]! })));
}

/** The house layering (see STYLE.md) for the Action's folders: the entry composes, reporters stay pure. */
describe('import boundaries of the Action', () => {
  it('keeps src/action away from src/cli, the one other entry point', () => {
    expect(imports('action').filter((i) => i.from.includes('/cli/'))).toEqual([]);
  });

  it('keeps the Action reporters pure: only engine types, redaction and other reporters, no @actions/* or node APIs', () => {
    const files = ['check-run-annotations.ts', 'format-action-summary.ts', 'mask-secrets.ts', 'place-findings.ts'];
    const bad = imports('report').filter((i) => files.some((f) => i.file.endsWith(f))).filter((i) => !/^\.\.\/engine\/(types|redact)\.js$|^\.\/[a-z-]+\.js$/.test(i.from));
    expect(bad).toEqual([]);
  });
});
