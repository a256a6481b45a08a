import { describe, expect, it } from 'vitest';
import { isLongIdentifier } from '../../../src/engine/filters/long-identifier.js';
import { check } from './harness.js';

describe('long-identifier filter', () => {
  it.each([['secret_key_setting = AbstractSingletonProxyFactoryBean'], ['token: DEFAULT_AUTH_TOKEN_HEADER_NAME'], ['apiKey = handleOAuthCallbackRedirect']])(
    'drops the identifier in %s',
    (text) => {
      const result = check(isLongIdentifier, text);
      expect(result.reported).toEqual([]);
      expect(result.dropped).toBeGreaterThan(0);
    },
  );
});
