import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The house layering (../shared/STYLE.md): data flows source -> engine -> report, and only the entry
// points compose everything. This reads the import lines so the layering stays true.
const SRC = join(__dirname, '..', 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    return statSync(abs).isDirectory() ? filesUnder(abs) : abs.endsWith('.ts') ? [abs] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'";]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)]
    .map((m) => m[1] ?? m[2]!)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(SRC, join(file, '..', spec)).split('/')[0]!);
}

/** Which top-level folders of src/ each folder may import from (besides itself). */
const ALLOWED: Record<string, string[]> = {
  engine: [],
  git: ['engine'],
  sources: ['engine', 'git'],
  report: ['engine'],
  config: ['engine'],
  pool: ['engine', 'git', 'sources'],
  keygen: ['engine'],
  cli: ['engine', 'git', 'sources', 'report', 'config', 'pool', 'keygen'],
  action: ['engine', 'git', 'sources', 'report', 'config', 'pool'],
};

describe('architecture', () => {
  it('keeps every import inside the allowed layering', () => {
    const violations: string[] = [];
    for (const file of filesUnder(SRC)) {
      const folder = relative(SRC, file).split('/')[0]!;
      const allowed = ALLOWED[folder];
      if (!allowed) {
        violations.push(`${relative(SRC, file)}: folder "${folder}" is not in the layering table`);
        continue;
      }
      for (const target of importsOf(file)) {
        if (target !== folder && !allowed.includes(target)) violations.push(`${relative(SRC, file)} imports from src/${target}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('keeps the engine free of process, console and git', () => {
    const offenders = filesUnder(join(SRC, 'engine')).filter((file) => {
      const text = readFileSync(file, 'utf8');
      return /\bprocess\.(exit|stdout|stderr|env)|\bconsole\.|child_process|@actions\//.test(text);
    });
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });
});
