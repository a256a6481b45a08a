import { describe, expect, it } from 'vitest';
import { loadBuiltinRules } from '../../../src/config/builtin-rules.js';
import { groupIndexes } from '../../../src/engine/rules/group-index.js';

describe('capture group numbers', () => {
  it('counts plain and named groups, not lookarounds, non-capturing groups, escapes or brackets in classes', () => {
    const source = String.raw`(a)(?:b)(?<=c)(?<!d)(?=e)\((?<name>[(\]]f)(?<secret>g)`;
    expect([...groupIndexes(source)]).toEqual([
      ['name', 2],
      ['secret', 3],
    ]);
  });

  it('numbers the named groups of the built-in rules as the regex engine does, on their examples', () => {
    let compared = 0;
    for (const rule of loadBuiltinRules()) {
      const insensitive = rule.regex.startsWith('(?i)');
      const body = insensitive ? rule.regex.slice(4) : rule.regex;
      const indexes = groupIndexes(body);
      const regex = new RegExp(body, insensitive ? 'i' : '');
      for (const example of rule.examples ?? []) {
        const m = regex.exec(example);
        if (!m?.groups) continue;
        expect([...indexes.keys()].sort(), rule.id).toEqual(Object.keys(m.groups).sort());
        for (const [name, n] of indexes) expect(m[n], `${rule.id}: ${name}`).toBe(m.groups[name]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });
});
