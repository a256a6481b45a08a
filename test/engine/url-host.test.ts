import { describe, expect, it } from 'vitest';
import { isRealHost, isTypedPasswordForHost } from '../../src/engine/url-host.js';

describe('real hosts', () => {
  it.each(['ds048537.mongolab.com', 'github.com', 'db.prod.internal', '10.0.3.14', 'cluster0.x8k2p.mongodb.net', '[2001:db8::5]'])('%s is a host someone could reach', (host) => {
    expect(isRealHost(host)).toBe(true);
  });

  it.each([
    'example.com', 'api.example.org', 'example.net', 'shop.example', 'db.test', 'x.invalid', 'app.localhost', 'localhost',
    'nas.local', '127.0.0.1', '0.0.0.0', '[::1]', 'db', 'postgres', 'yourdomain.com', 'my-server.net', 'hostname.com', 'proxy.company.com', 'mail.domain.com', 'api.acme.com',
  ])('%s is reserved, loopback, local or a stand-in', (host) => {
    expect(isRealHost(host)).toBe(false);
  });
});

describe('typed passwords toward a host', () => {
  it('accepts a word of six characters or more toward a real host, not the slot name', () => {
    expect(isTypedPasswordForHost('testpass', 'ds048537.mongolab.com')).toBe(true);
    expect(isTypedPasswordForHost('testpass', 'localhost')).toBe(false);
    expect(isTypedPasswordForHost('abc', 'api.io')).toBe(false);
    expect(isTypedPasswordForHost('password', 'github.com')).toBe(false);
    expect(isTypedPasswordForHost('Secret', 'github.com')).toBe(false);
  });
});
