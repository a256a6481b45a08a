import { describe, expect, it } from 'vitest';
import { validators } from '../../../src/engine/checksum.js';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

describe('base64 JSON structure checks', () => {
  it('sentry-org-token: accepts iat + url payloads and rejects a one-character change in the payload', () => {
    const token = `sntrys_${b64({ iat: 1712000000, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'acme' })}_Jq4mV8kT2xLw9pZr6bN1cY5sH3dF7gA0eU4iO8uQ2tR`;
    expect(validators['sentry-org-token']!(token)).toBe(true);
    expect(validators['sentry-org-token']!(token.replace('sntrys_eyJ', 'sntrys_eyK'))).toBe(false);
    expect(validators['sentry-org-token']!(`sntrys_${b64({ name: 'x' })}_abc`)).toBe(false);
  });

  it('grafana-api-key: needs k, n and a numeric id', () => {
    const key = b64({ k: 'Qm8Tz2Lw5Xv9Kb3Np7Rc1Hd4Fs6Ja0Y', n: 'deploy', id: 1 });
    expect(validators['grafana-api-key']!(key)).toBe(true);
    expect(validators['grafana-api-key']!(`${key.slice(0, 3)}L${key.slice(4)}`)).toBe(false);
    // A Power BI embed link parameter is base64 JSON with "k" too, but no name or numeric id.
    expect(validators['grafana-api-key']!(b64({ k: 'a6c197b1-348b-4529-89d2-6e20de9900de', t: '72f988bf', c: 5 }))).toBe(false);
  });

  it('embedded-json: the part from eyJ must be a JSON object', () => {
    const token = `glc_${b64({ o: '700031', n: 'stack-812-hm-write-ci', k: 'Zx81Lq4Wm7Tb2Kp9Vr3Nc6Hs0Dj5Ag', m: { r: 'prod-eu-west-2' } })}`;
    expect(validators['embedded-json']!(token)).toBe(true);
    expect(validators['embedded-json']!(token.replace('glc_eyJ', 'glc_eyZ'))).toBe(false);
    expect(validators['embedded-json']!('glc_notjsonatall')).toBe(false);
  });

  it('basic-auth-base64: user:password, printable, both sides non-empty', () => {
    const auth = Buffer.from('ci-publisher:Xk2pVqLm8Rw3tYz1').toString('base64');
    expect(validators['basic-auth-base64']!(auth)).toBe(true);
    expect(validators['basic-auth-base64']!(Buffer.from('no-colon-here').toString('base64'))).toBe(false);
    expect(validators['basic-auth-base64']!(Buffer.from(':password').toString('base64'))).toBe(false);
    expect(validators['basic-auth-base64']!(`////${auth.slice(4)}`)).toBe(false);
    expect(validators['basic-auth-base64']!(auth.replace(/=+$/, ''))).toBe(true);
  });
});
