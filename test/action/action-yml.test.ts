import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const README = `${ROOT}README.md`;

interface Metadata {
  inputs: Map<string, string>;
  outputs: Set<string>;
  runs: Record<string, string>;
}

/**
 * Just enough of action.yml: the names under `inputs:` and `outputs:` (two-space indent), each input's
 * `default:` (four-space indent) and the `runs:` keys. The file is ours and kept this simple on purpose.
 */
function readActionYml(): Metadata {
  const meta: Metadata = { inputs: new Map(), outputs: new Set(), runs: {} };
  let section = '';
  let current = '';
  for (const line of readFileSync(`${ROOT}action.yml`, 'utf8').split('\n')) {
    const top = /^([a-z-]+):/.exec(line);
    if (top) {
      section = top[1]!;
      continue;
    }
    const key = /^ {2}([a-z-]+):\s*(.*)$/.exec(line);
    if (key) {
      current = key[1]!;
      if (section === 'inputs') meta.inputs.set(current, '');
      if (section === 'outputs') meta.outputs.add(current);
      if (section === 'runs') meta.runs[current] = key[2]!;
      continue;
    }
    const def = /^ {4}default:\s*(.*)$/.exec(line);
    if (def && section === 'inputs') meta.inputs.set(current, def[1]!.replace(/^"(.*)"$/, '$1'));
  }
  return meta;
}

/** The rows of the first Markdown table whose header starts with `| <first> |`, as cells. */
function tableRows(markdown: string, first: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${first} |`));
  if (start === -1) return [];
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) {
    rows.push(lines[i]!.slice(1, -1).split('|').map((c) => c.trim()));
  }
  return rows;
}

function documentation(): string {
  const readme = readFileSync(README, 'utf8');
  expect(readme, 'README.md documents the Action in a "## GitHub Action" section').toContain('## GitHub Action');
  return readme;
}

describe('action.yml', () => {
  it('is a node24 JavaScript action running the committed bundle', () => {
    const { runs } = readActionYml();
    expect(runs).toEqual({ using: 'node24', main: 'dist/action.js' });
  });

  it('documents exactly its inputs and outputs, with their defaults, in the README table', () => {
    const meta = readActionYml();
    const doc = documentation();
    const inputs = tableRows(doc, 'input').map(([name, def]) => [name!.replace(/`/g, ''), def!.replace(/`/g, '')]);
    expect(inputs).toEqual([...meta.inputs]);
    const outputs = tableRows(doc, 'output').map(([name]) => name!.replace(/`/g, ''));
    expect(outputs).toEqual([...meta.outputs]);
  });

  it('declares every input the settings module reads, and no other', () => {
    const source = readFileSync(`${ROOT}src/action/read-settings.ts`, 'utf8');
    const read = [...new Set([...source.matchAll(/(?:input|existing)\('([a-z-]+)'\)/g)].map((m) => m[1]!))].sort();
    expect(read).toEqual([...readActionYml().inputs.keys()].sort());
  });
});
