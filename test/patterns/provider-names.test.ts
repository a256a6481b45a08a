import { describe, expect, it } from 'vitest';
import { createScanner } from '../../src/engine/index.js';
import { randomBase62 } from '../../src/engine/rules/expand-example.js';
import { loadBuiltinRules } from '../../src/config/builtin-rules.js';

const scanner = createScanner(loadBuiltinRules());
const found = (path: string, text: string) => scanner.scan({ path, text }).map((f) => `${f.line} ${f.ruleId}`);

/** An Okta API token's shape: `00` and 40 base64url characters. */
const oktaShaped = () => `00${randomBase62(39)}7`;

/**
 * Provider rules open with the provider's name. A name of four letters or fewer (okta, hcp, cko, wif)
 * is a common run of letters inside other words (brooktable, dhcp, lockout, swift), so it must start a
 * word: at the start of the text or after a character that is neither a letter nor a digit.
 */
describe('short provider names inside longer words', () => {
  it('do not make a provider finding of a value assigned to a word that merely contains the name', () => {
    const text = [
      'export const fixtures = {',
      `  brooktableId: "${oktaShaped()}",`,
      `  "nooktaRef": "${oktaShaped()}",`,
      `  dhcpFailoverSecret: "${randomBase62(63)}7",`,
      '};',
      '',
    ].join('\n');
    expect(found('src/fixtures/rooms.ts', text).filter((f) => !f.includes('generic-'))).toEqual([]);
  });

  it('still report the provider token where the name starts a word, in any naming convention', () => {
    const text = [
      `OKTA_API_TOKEN=${oktaShaped()}`,
      `okta.client.token: ${oktaShaped()}`,
      `export APP_OKTA_TOKEN="${oktaShaped()}"`,
      `HCP_CLIENT_SECRET=${randomBase62(63)}7`,
      '',
    ].join('\n');
    expect(found('deploy/.env', text)).toEqual(['1 okta-api-token', '2 okta-api-token', '3 okta-api-token', '4 hcp-client-secret']);
    // Inside a camelCase name the generic rule still reports the token.
    expect(found('src/config.ts', `const myOktaToken = "${oktaShaped()}";\n`)).toEqual(['1 generic-api-key']);
  });
});
