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
