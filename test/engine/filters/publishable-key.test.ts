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

describe('publishable-key filter: NATS public nkeys', () => {
  it('drops user, account and operator public keys but not seeds', () => {
    const body = 'A2345BCDEFGHIJKLMNOPQRSTUVWXYZ234567ABCDEFGHIJKLMNOPQRS'.slice(0, 55);
    const rule = { spec: {} } as never;
    expect(isPublishableKey({ secret: `U${body}`, line: '', lineOffset: 0, path: 'a', rule })).toBeDefined();
    expect(isPublishableKey({ secret: `S${body}`, line: '', lineOffset: 0, path: 'a', rule })).toBeUndefined();
  });
});
