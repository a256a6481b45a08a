import { describe, expect, it } from 'vitest';
import { nameWords, secretNameKind } from '../../src/engine/secret-name.js';

describe('secret names', () => {
  it('splits every naming convention into words', () => {
    expect(nameWords('stripeApiKey')).toEqual(['stripe', 'api', 'key']);
    expect(nameWords('X-AUTH-TOKEN')).toEqual(['x', 'auth', 'token']);
    expect(nameWords('spring.datasource.password')).toEqual(['spring', 'datasource', 'password']);
    expect(nameWords('OAuthToken')).toEqual(['o', 'auth', 'token']);
  });

  it('knows passwords and secrets from tokens and keys', () => {
    for (const name of ['DB_PASSWORD', 'passwd', 'smtpPass', 'client_secret', 'secret_id', 'MYSQL_ROOT_PASSWORD', 'password2', '$dbpasswd']) expect(secretNameKind(name), name).toBe('password');
    for (const name of ['GITHUB_TOKEN', 'api_key', 'x-api-key', 'AWS_SECRET_ACCESS_KEY', 'SECRET_KEY_BASE', 'encryptionKey', 'authToken', 'AUTH_SALT']) expect(secretNameKind(name), name).toBe('secret');
  });

  it("reads an environment variable's own name through the object that holds it, and Jenkins' _PSW", () => {
    expect(secretNameKind('process.env.API_KEY')).toBe('secret');
    expect(secretNameKind('os.environ.DB_PASSWORD')).toBe('password');
    expect(secretNameKind('DEPLOY_CREDS_PSW')).toBe('password');
    expect(secretNameKind('process.env.NODE_ENV')).toBeUndefined();
    expect(secretNameKind('env_var_password')).toBeUndefined();
  });

  it('rejects names of metadata about a credential and keys that are not credentials', () => {
    for (const name of ['password_reset_url', 'token_type', 'token_expiry', 'secret_name', 'author', 'public_key', 'primary_key', 'sort_key', 'api_key_id', 'passwordHash', 'tokenizer', 'keys', 'encrypted_key', 'authenticity_token', 'X-CSRF-Token', 'XSRF-TOKEN', 'csrfmiddlewaretoken']) {
      expect(secretNameKind(name), name).toBeUndefined();
    }
  });
});
