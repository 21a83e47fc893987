import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ensureAuthSecret, SecretError } from '@/lib/auth/secret';
import { EnvError, parseEnv } from '@/lib/env';

describe('parseEnv', () => {
  test('needs nothing to run on the embedded database', () => {
    expect(parseEnv({})).toEqual({
      NODE_ENV: 'development',
      HEADWAY_DATA_DIR: '.data',
      HEADWAY_COSTLY_ACTIONS_PER_ADDRESS: 10,
      HEADWAY_COSTLY_ACTIONS_TOTAL: 300,
      HEADWAY_TRUSTED_PROXY_HOPS: 0,
      SMTP_TLS: 'starttls',
      HEADWAY_EMAIL_INTERVAL_SECONDS: 60,
    });
  });

  const smtp = { SMTP_HOST: 'smtp.example.com', SMTP_PORT: '587', SMTP_USER: 'headway', SMTP_PASSWORD: 'secret', SMTP_FROM: 'Headway <headway@example.com>', NEXTAUTH_URL: 'https://headway.example.com' };

  test('takes the SMTP settings together', () => {
    expect(parseEnv(smtp)).toMatchObject({ SMTP_HOST: 'smtp.example.com', SMTP_PORT: 587, SMTP_TLS: 'starttls' });
  });

  test.each(['SMTP_HOST', 'SMTP_PORT', 'SMTP_USER', 'SMTP_PASSWORD', 'SMTP_FROM'])('refuses SMTP settings without %s', (name) => {
    expect(() => parseEnv({ ...smtp, [name]: '' })).toThrow(/SMTP_HOST: set SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD and SMTP_FROM together/);
  });

  test('refuses SMTP without NEXTAUTH_URL, which every email links back to', () => {
    expect(() => parseEnv({ ...smtp, NEXTAUTH_URL: '' })).toThrow(/NEXTAUTH_URL: must be set when SMTP is/);
  });

  test.each([['SMTP_PORT', '0'], ['SMTP_PORT', 'smtp'], ['SMTP_TLS', 'yes'], ['HEADWAY_EMAIL_INTERVAL_SECONDS', '0']])('refuses %s=%s', (name, value) => {
    expect(() => parseEnv({ ...smtp, [name]: value })).toThrow(new RegExp(name));
  });

  test.each(['0', '-1', '1.5', 'ten'])('refuses %s as a rate limit', (value) => {
    expect(() => parseEnv({ HEADWAY_COSTLY_ACTIONS_PER_ADDRESS: value })).toThrow(/HEADWAY_COSTLY_ACTIONS_PER_ADDRESS/);
  });

  test('treats an empty DATABASE_URL as unset', () => {
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  test('accepts a postgres URL', () => {
    expect(parseEnv({ DATABASE_URL: 'postgres://app:secret@db.internal:5432/headway' }).DATABASE_URL).toBe(
      'postgres://app:secret@db.internal:5432/headway',
    );
  });

  test.each(['localhost:5432/headway', 'mysql://db/headway', 'postgres://', 'not a url'])(
    'refuses DATABASE_URL=%s with a message naming the variable',
    (value) => {
      expect(() => parseEnv({ DATABASE_URL: value })).toThrow(EnvError);
      expect(() => parseEnv({ DATABASE_URL: value })).toThrow(/DATABASE_URL: must be a URL such as postgres:\/\//);
    },
  );
});

describe('HEADWAY_TRUSTED_PROXY_HOPS', () => {
  test.each([
    ['', 0],
    ['0', 0],
    ['2', 2],
  ])('%j reads as %i', (value, hops) => {
    expect(parseEnv({ HEADWAY_TRUSTED_PROXY_HOPS: value }).HEADWAY_TRUSTED_PROXY_HOPS).toBe(hops);
  });

  test.each(['-1', '1.5', 'yes', '11'])('refuses %j with a message naming the variable', (value) => {
    expect(() => parseEnv({ HEADWAY_TRUSTED_PROXY_HOPS: value })).toThrow(/HEADWAY_TRUSTED_PROXY_HOPS: must be a whole number from 0 to 10/);
  });
});

describe('ensureAuthSecret', () => {
  const dataDir = () => mkdtempSync(path.join(os.tmpdir(), 'headway-secret-'));

  test('generates a secret once, keeps it private and reuses it', () => {
    const env = parseEnv({ HEADWAY_DATA_DIR: dataDir() });
    const first = ensureAuthSecret(env);
    expect(first.origin).toBe('generated');
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(statSync(first.file!).mode & 0o777).toBe(0o600);
    const second = ensureAuthSecret(env);
    expect(second).toMatchObject({ origin: 'file', secret: first.secret });
  });

  test('replaces a stored secret that is too weak', () => {
    const dir = dataDir();
    writeFileSync(path.join(dir, 'auth-secret'), 'short\n');
    const result = ensureAuthSecret(parseEnv({ HEADWAY_DATA_DIR: dir }));
    expect(result.origin).toBe('generated');
    expect(readFileSync(path.join(dir, 'auth-secret'), 'utf8').trim()).toBe(result.secret);
  });

  test('uses NEXTAUTH_SECRET when it is set', () => {
    const secret = 'k3Jd9sL2pQ7wX0vB5nM8rT1yU4iO6aZe';
    expect(ensureAuthSecret(parseEnv({ NEXTAUTH_SECRET: secret }))).toEqual({ secret, origin: 'environment' });
  });

  test.each(['changeme', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'])('refuses a weak NEXTAUTH_SECRET (%s)', (secret) => {
    expect(() => ensureAuthSecret(parseEnv({ NEXTAUTH_SECRET: secret }))).toThrow(/NEXTAUTH_SECRET is too weak/);
  });

  test('refuses to start in production on Postgres without a secret', () => {
    const env = parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/headway', HEADWAY_DATA_DIR: dataDir() });
    expect(() => ensureAuthSecret(env)).toThrow(SecretError);
    expect(() => ensureAuthSecret(env)).toThrow(/NEXTAUTH_SECRET is not set/);
  });
});
