import { describe, expect, it } from 'vitest';
import { isMaskedValue } from '../../../src/engine/filters/masked-value.js';
import { check } from './harness.js';

describe('masked-value filter', () => {
  it.each([['api_key: "****************3f9a"'], ['token = "••••••••••••abcd"'], ['SECRET_KEY=XXXXXXXXXXXXXXXXXXXX'], ['token: 27BZdTpuIl9u...pE+SpU4C2vQSY=']])(
    'drops the masked or truncated value in %s',
    (text) => {
      const result = check(isMaskedValue, text);
      expect(result.reported).toEqual([]);
      expect(result.dropped).toBeGreaterThan(0);
    },
  );
});

describe('masked-value filter: redacted forms', () => {
  it("drops leakguard's own redacted form (prefix, ellipsis, last characters)", () => {
    const filter = isMaskedValue;
    const line = '"secret": "ghp_...wXyZ",';
    expect(filter({ secret: 'ghp_...wXyZ', line, lineOffset: 11, path: 'README.md', rule: { spec: {} } as never })).toBe('truncated value');
  });
});
