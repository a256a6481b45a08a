import { describe, expect, it } from 'vitest';
import { isAllowedInline } from '../../../src/engine/filters/inline-allow.js';
import { fakePassword } from '../../helpers/fake-generic.js';
import { check } from './harness.js';

describe('inline-allow filter', () => {
  it.each(['# leakguard:allow', '# gitleaks:allow', '# pragma: allowlist secret', '// #nosec', '# notsecret'])('honours %s on the line', (marker) => {
    const result = check(isAllowedInline, `DB_PASSWORD="${fakePassword()}" ${marker}`);
    expect(result.reported).toEqual([]);
    expect(result.dropped).toBeGreaterThan(0);
  });
});
