import { describe, expect, it } from 'vitest';
import { isPublishableKey } from '../../../src/engine/filters/publishable-key.js';
import { fakeToken } from '../../helpers/fake-generic.js';
import { check } from './harness.js';

describe('publishable-key filter', () => {
  it('drops Stripe publishable keys, which ship in web pages by design', () => {
    const result = check(isPublishableKey, `const stripeKey = "pk_live_${fakeToken(24)}";`);
    expect(result.reported).toEqual([]);
    expect(result.dropped).toBeGreaterThan(0);
  });
});
