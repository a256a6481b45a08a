import { describe, expect, it } from 'vitest';
import { alphabetOf, entropyThreshold, hasNonWordBigram, isBasicCredential, isIdentifierLike, looksLikePassword, looksRandom, strengthChecks } from '../../src/engine/strength.js';
import { BASE36, BASE62, base64, fakePassword, HEX, randomFrom } from '../helpers/fake-generic.js';

describe('entropy thresholds by charset and length', () => {
  it('classifies values by the alphabet they were drawn from', () => {
    expect(alphabetOf('9f86d081884c7d659a2feaa0c55ad015')).toBe('hex');
    expect(alphabetOf('k3j9x2m8q7w1z5r4')).toBe('base36');
    expect(alphabetOf('Zq3xLm9TvR2pKw8N')).toBe('base62');
    expect(alphabetOf('Zq3x+m9T/R2pKw8N==')).toBe('base64');
  });

  it('asks more of longer values and of larger alphabets', () => {
    expect(entropyThreshold('hex', 40)).toBeGreaterThan(entropyThreshold('hex', 16));
    expect(entropyThreshold('base62', 40)).toBeGreaterThan(entropyThreshold('hex', 40));
    expect(entropyThreshold('base64', 200)).toBe(entropyThreshold('base64', 128));
  });

  it('accepts nearly every random value of each alphabet and length', () => {
    const cases: [string, number][] = [[HEX, 32], [HEX, 40], [HEX, 64], [BASE36, 24], [BASE62, 20], [BASE62, 40]];
    for (const [alphabet, length] of cases) {
      let accepted = 0;
      for (let i = 0; i < 200; i++) if (looksRandom(randomFrom(alphabet, length))) accepted++;
      expect(accepted, `${alphabet.length} symbols x ${length}`).toBeGreaterThanOrEqual(188);
    }
  });

  it('rejects words, identifiers, paths, URLs, code and numbers however long', () => {
    for (const value of [
      'thisisaverylongpasswordvalue', 'DEFAULT_AUTH_TOKEN_HEADER', 'handleOAuthCallbackRedirect', 'config.auth.token',
      '/etc/secrets/api-token', 'https://auth.example.com/oauth/token', 'getAccessToken', '1700000000000', 'secrets/prod/api-key.json',
    ]) expect(looksRandom(value), value).toBe(false);
  });

  it('accepts a space only in keys drawn from every printable character, never in words', () => {
    expect(looksRandom('Mozilla/5.0 (github.com/psf/requests)')).toBe(false);
    // An authorization scheme is not part of the token, and a space pasted at the end is not inside it.
    expect(looksRandom('Bearer ULeIqU-4ss+YImZYsyjPLSsm.9H.SZJ1v.KxT1D-zbaW6sg5b0R5g=koBH4X62hC')).toBe(true);
    expect(looksRandom('m=MN/0yYJ/5xqpE15JYDJtCFdDF7RDLuiXtTiSF1FU1H9waiub1kgwI= ')).toBe(true);
    expect(looksRandom('MW1pxMctoyA(>M%0Vl 2(#o0|2$cB+K|.G$hB~4`Juw@]:(5;oVUl<<W3^e_R-fg')).toBe(true);
  });

  it('rejects words joined by separators with short numbers among them: flags and key names, not keys', () => {
    for (const value of ['pm-27581-device-auth-key', 'device-auth-key-v2', 'stripe_webhook_secret_2024', 'api.key.rotation.v3']) expect(looksRandom(value), value).toBe(false);
    for (const value of ['k3j9x-q2vz8-m4pw7-t6rn2', 'Zq3x-Lm9T-vR2p-Kw8N-bY4s']) expect(looksRandom(value), value).toBe(true);
  });

  it('rejects names with numbers in them (API model names, type names) but not random base62 with digits', () => {
    for (const value of ['PublicIpv4Pools', 'Ipv6CidrAssociations', 'SensitiveString2048', 'NonEmptySensitiveString1600', 'string1To255', 'Ec2SubnetIds', 'aws:ResourceTag/backup', '_aj_ruby2_keywords', '__internal_v2_cache_key__'])
      expect(looksRandom(value), value).toBe(false);
    for (const value of ['gPFEGk7CF4wS901w7ppYclt7', 'Zq3xLm9TvR2pKw8NbY4sHd6G', 'AKIAZ4QX3RT7ABCDEFGH', 'Lk2Qx9vTm4Zr7WpN8bY3sHd6'])
      expect(looksRandom(value), value).toBe(true);
  });
});

describe('password policy', () => {
  it('accepts person-made passwords of low entropy', () => {
    for (const value of ['hunter2!Xy', 'Tr0ub4dor&3', 'S3cure-Pass', fakePassword(), 'qzvbxkjw']) expect(looksLikePassword(value), value).toBe(true);
  });

  it('rejects words, booleans, identifiers, code and expressions', () => {
    for (const value of ['sunshine', 'true', 'None', 'userPassword', 'DB_PASSWORD', 'self.password', 'os.getenv', 'getPassword()', 'm.groups?.secret', 'user!.password', '12345', '1.2.3', 'NotActuallyApplied!', '$PASSWORD', '\\$VAR', 'false|', 'nil)']) {
      expect(looksLikePassword(value), value).toBe(false);
    }
  });

  it('tells random letters from words by letter pairs no word contains', () => {
    expect(hasNonWordBigram('kszqxvbw')).toBe(true);
    expect(hasNonWordBigram('football')).toBe(false);
    expect(hasNonWordBigram('strength')).toBe(false);
  });

  it('treats camel, snake and kebab case words as identifiers, random letters not', () => {
    expect(isIdentifierLike('sshPassphrase')).toBe(true);
    expect(isIdentifierLike('passwordStrengths')).toBe(true);
    expect(isIdentifierLike('rescue_disk_ephemeral_encryption_secret_uuid')).toBe(true);
    expect(isIdentifierLike('AbstractSingletonProxyFactoryBean')).toBe(true);
    expect(isIdentifierLike('qiyPBzkMBzUekQKRbMLHQLnGwvjVYAOqEY')).toBe(false);
  });
});

describe('name checks', () => {
  it('requires the assigned name to denote the kind of credential the rule looks for', () => {
    // About 1 draw in 70 fails the value check (it reads as words or an identifier): draw until the value
    // passes it, so that only the name decides below.
    let token = '';
    do token = randomFrom(BASE62, 3) + 'Aa1' + randomFrom(BASE62, 26);
    while (!looksRandom(token));
    expect(strengthChecks.random!(token, 'STRIPE_API_KEY')).toBe(true);
    expect(strengthChecks.random!(token, 'public_key')).toBe(false);
    expect(strengthChecks.random!(token, 'token_url')).toBe(false);
    expect(strengthChecks.password!('hunter2!Xy', 'db_password')).toBe(true);
    expect(strengthChecks.password!('hunter2!Xy', 'password_reset_url')).toBe(false);
    expect(strengthChecks['by-name']!('hunter2!Xy', 'DB_PASSWORD')).toBe(true);
    expect(strengthChecks['by-name']!(token, 'NPM_TOKEN')).toBe(true);
    expect(strengthChecks['by-name']!(token, 'NODE_ENV')).toBe(false);
  });

  it('rejects a password that spells its own name, in plain letters or look-alike digits and symbols', () => {
    expect(strengthChecks.password!('passphrase', 'passphrase')).toBe(false);
    expect(strengthChecks.password!('Cl1ent$ecret!', 'client_secret')).toBe(false);
    expect(strengthChecks.password!('$ecretP@ss', 'app_secret_pass')).toBe(false);
    expect(strengthChecks.password!('Cl1ent$ecret!', 'db_password')).toBe(true);
    expect(strengthChecks.password!('T0pS3cr3t#9', 'client_secret')).toBe(true);
  });

  it('rejects a password that is one word of its own name, alone or with a counter: a service default such as POSTGRES_PASSWORD=postgres', () => {
    expect(strengthChecks.password!('postgres', 'POSTGRES_PASSWORD')).toBe(false);
    expect(strengthChecks.password!('keycloak', 'keycloakAdminPassword')).toBe(false);
    expect(strengthChecks.password!('minio123', 'MINIO_ROOT_PASSWORD')).toBe(false);
    // Anything more than the word and a counter is a choice someone made.
    expect(strengthChecks.password!('postgres', 'DB_PASSWORD')).toBe(true);
    expect(strengthChecks.password!('Postgres!42', 'POSTGRES_PASSWORD')).toBe(true);
    expect(strengthChecks.password!('postgres4242', 'POSTGRES_PASSWORD')).toBe(true);
  });

  it('rejects a word closing a sentence and a word with a counter where a random key should be', () => {
    expect(looksLikePassword('fails.')).toBe(false);
    expect(looksLikePassword('hunter2.')).toBe(true);
    expect(looksRandom('restricted123')).toBe(false);
    expect(looksRandom('Administrator2024')).toBe(false);
    expect(looksRandom('qzvbxkjw1234')).toBe(true);
  });

  it('rejects shell substitution where a key would be', () => {
    expect(looksRandom(':$(airflow_encode_url ')).toBe(false);
  });

  it('rejects a JSON reference where a password would be', () => {
    expect(looksLikePassword('#/components/schemas/updateLoginFlowWithPasswordMethod')).toBe(false);
  });
});

describe('basic credentials', () => {
  it('accepts base64 user:password with a real-looking password and rejects placeholders', () => {
    expect(isBasicCredential(base64(`deploy:${fakePassword()}`))).toBe(true);
    expect(isBasicCredential(base64('user:password'))).toBe(false);
    expect(isBasicCredential(base64('no colon here'))).toBe(false);
    expect(isBasicCredential('not base64 at all!')).toBe(false);
  });
});

describe('stored, url-password and login-literal checks', () => {
  it('accepts whatever a credential store keeps except blanks, syntax literals and masks', () => {
    for (const v of ['password', 'hunter22', 'ExamplePas123', 'mongopass', 'admin']) expect(strengthChecks.stored!(v, ''), v).toBe(true);
    for (const v of ['', 'ab', ' padded', 'null', 'true', '***', 'xxxx']) expect(strengthChecks.stored!(v, ''), v).toBe(false);
  });

  it('judges a URL password by the host the rule captured as its name', () => {
    expect(strengthChecks['url-password']!('testpass', 'ds048537.mongolab.com')).toBe(true);
    expect(strengthChecks['url-password']!('testpass', 'localhost')).toBe(false);
    expect(strengthChecks['url-password']!('Qm4vT9!xw2', 'localhost')).toBe(true);
  });

  it('accepts words in the password position of a login call but not code, names or numbers', () => {
    expect(strengthChecks['login-literal']!('salesforcepassword', '')).toBe(true);
    for (const v of ['password', 'userPassword', 'config.password', '123456', 'abc', 'two words']) expect(strengthChecks['login-literal']!(v, ''), v).toBe(false);
  });
});
