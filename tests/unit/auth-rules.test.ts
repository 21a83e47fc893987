import { describe, expect, test } from 'vitest';
import { tooManyAttempts } from '@/lib/auth/authenticate';
import { isOidcConfigured, wantsSecureCookies } from '@/lib/auth/options';
import { checkPasswordStrength, SCORED_LENGTH } from '@/lib/auth/password';
import { redirectTarget } from '@/lib/auth/redirect-target';
import { safeCallbackUrl, signInErrorMessage } from '@/lib/auth/sign-in-page';
import { parseEnv } from '@/lib/env';
import { changePasswordSchema, emailSchema, passwordSchema, signUpSchema } from '@/lib/validation/auth';
import { HOSTILE_CALLBACKS } from '../support/hostile-callbacks';

describe('password rules', () => {
  test.each([
    ['11 characters', 'a'.repeat(11), false],
    ['12 characters', 'b'.repeat(12), true],
    ['256 characters', 'c'.repeat(256), true],
    ['257 characters', 'd'.repeat(257), false],
    ['12 emoji, counted as people count them', '🔒'.repeat(12), true],
    ['11 emoji', '🔒'.repeat(11), false],
    ['accented and non-Latin letters', 'Größe 東京 Ωmega ñ', true],
  ])('%s: valid=%s', (_, password, valid) => {
    expect(passwordSchema.safeParse(password).success).toBe(valid);
  });

  test.each(['password1234', 'qwertyuiop123', 'iloveyou12345', 'aaaaaaaaaaaaaaaa', '123456789012'])(
    'refuses the guessable password %s and says why',
    async (password) => {
      const result = await checkPasswordStrength(password);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.message.length).toBeGreaterThan(20);
    },
  );

  test('refuses a password built from the person’s own address', async () => {
    expect((await checkPasswordStrength('ada.lovelace@example.com', ['ada.lovelace@example.com'])).ok).toBe(false);
  });

  test.each(['quartz lantern orbit meadow 42', 'Fjord-ladder-Tungsten-9', 'Größe 東京 Ωmega ñ zebra'])('accepts %s', async (password) => {
    expect(await checkPasswordStrength(password)).toEqual({ ok: true });
  });

  // Only the first SCORED_LENGTH characters are scored: the rest cannot make a weak start strong.
  test('judges a long password by its first 100 characters', async () => {
    const weakStart = 'a'.repeat(SCORED_LENGTH);
    expect((await checkPasswordStrength(`${weakStart}quartz lantern orbit meadow 42`)).ok).toBe(false);
    expect(await checkPasswordStrength(`quartz lantern orbit meadow 42${'a'.repeat(200)}`)).toEqual({ ok: true });
  });

});

describe('form schemas', () => {
  test('lower-cases and trims addresses', () => {
    expect(emailSchema.parse('  Ada@Example.COM ')).toBe('ada@example.com');
  });

  test.each([['userId'], ['id'], ['createdAt'], ['sessionVersion']])('sign-up refuses the extra field %s', (field) => {
    const result = signUpSchema.safeParse({ email: 'a@example.com', password: 'x'.repeat(12), [field]: 'attacker' });
    expect(result.success).toBe(false);
  });

  test('a password change needs a valid new password', () => {
    expect(changePasswordSchema.safeParse({ currentPassword: 'old', newPassword: 'short' }).success).toBe(false);
  });
});

describe('sign-in page helpers', () => {
  test.each([
    ['/assessments/1', '/assessments/1'],
    ['https://evil.example/', '/account'],
    ['//evil.example/', '/account'],
    ['/\\evil.example', '/account'],
    [undefined, '/account'],
    [['/a', '/b'], '/account'],
    ['/progress?from=signin#top', '/progress?from=signin#top'],
    ['/%09/evil.example', '/%09/evil.example'],
  ])('callbackUrl %j → %s', (value, expected) => {
    expect(safeCallbackUrl(value)).toBe(expected);
  });

  // What a query string decodes to: each would leave the site, or break the
  // Location header, if it were sent back as it came.
  test.each(HOSTILE_CALLBACKS)('the hostile callbackUrl %j is never a way off the site', (value) => {
    const target = safeCallbackUrl(value);
    expect(new URL(target, 'https://headway.example').origin).toBe('https://headway.example');
    expect(target).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
  });

  test.each(['/\t/evil.example', '/\n/evil.example', '/\\evil.example', '/\r\n/evil', '/\u0000/evil'])(
    'a callbackUrl with a control character or backslash (%j) goes to the account page',
    (value) => {
      expect(safeCallbackUrl(value)).toBe('/account');
    },
  );

  test.each([
    ['CredentialsSignin', /do not match an account/],
    ['The identity provider has not verified this email address.', /^The identity provider has not verified/],
    ['<script>alert(1)</script>', /^Could not sign you in\. Try again\.$/],
  ])('error %s is shown as a sentence of ours', (error, expected) => {
    expect(signInErrorMessage(error)).toMatch(expected);
  });

  const now = new Date('2026-11-25T12:00:00Z');
  test.each([
    [new Date(now.getTime() + 14 * 60_000 + 1_000), 'Too many attempts. Try again in 15 minutes.'],
    [new Date(now.getTime() + 30_000), 'Too many attempts. Try again in 30 seconds.'],
    [new Date(now.getTime() + 1_000), 'Too many attempts. Try again in 1 second.'],
    [new Date(now.getTime() + 61_000), 'Too many attempts. Try again in 2 minutes.'],
  ])('tells how long a block lasts', (until, message) => {
    expect(tooManyAttempts(until, now)).toBe(message);
  });
});

describe('sign-in configuration', () => {
  test.each([
    [{}, false],
    [{ OIDC_ISSUER: 'https://id.example.com', OIDC_CLIENT_ID: 'headway', OIDC_CLIENT_SECRET: 's3cret' }, true],
  ])('offers the identity provider only when it is configured (%j)', (vars, expected) => {
    expect(isOidcConfigured(parseEnv(vars))).toBe(expected);
  });

  test('refuses half an identity-provider configuration', () => {
    expect(() => parseEnv({ OIDC_ISSUER: 'https://id.example.com' })).toThrow(/OIDC_ISSUER: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together/);
  });

  test.each([
    [{ NODE_ENV: 'production', NEXTAUTH_URL: 'https://headway.example.com' }, true],
    [{ NODE_ENV: 'production', NEXTAUTH_URL: 'http://headway.internal:3000' }, true],
    [{ NODE_ENV: 'development', NEXTAUTH_URL: 'https://headway.example.com' }, true],
    [{ NODE_ENV: 'production', NEXTAUTH_URL: 'http://localhost:3000' }, false],
    [{ NODE_ENV: 'production' }, true],
    [{ NODE_ENV: 'production', NEXTAUTH_URL: 'http://127.0.0.1:3000' }, false],
    [{ NODE_ENV: 'production', NEXTAUTH_URL: 'http://[::1]:3000' }, false],
    [{ NODE_ENV: 'production', NEXTAUTH_URL: 'http://localhost.evil.example' }, true],
    [{ NODE_ENV: 'development' }, false],
    [{ NODE_ENV: 'development', NEXTAUTH_URL: 'http://headway.internal:3000' }, false],
  ])('secure cookies for %j: %s', (vars, expected) => {
    expect(wantsSecureCookies(parseEnv(vars))).toBe(expected);
  });
});

describe('where sign-in may send someone afterwards', () => {
  const base = 'http://127.0.0.1:3000';
  test.each([
    ['a path on this site', '/account', `${base}/account`],
    ['a full URL on this site', `${base}/progress`, `${base}/progress`],
    ['another site', 'https://elsewhere.example/account', base],
    ['a protocol-relative URL', '//elsewhere.example', base],
    ['text that is no URL', '0', base],
    ['a tab after the slash', '/\t/evil.example', base],
    ['a backslash after the slash', '/\\evil.example', base],
    ['a newline in the path', '/\n/x', base],
    ['a full-width dot, encoded', '/\u3002evil', `${base}/%E3%80%82evil`],
    ['another scheme', 'javascript:alert(1)', base],
    ['the same host on another port', 'http://127.0.0.1:3001/account', base],
  ])('%s', (_, url, expected) => {
    expect(redirectTarget(url, base)).toBe(expected);
  });

  test.each(HOSTILE_CALLBACKS)('the hostile value %j stays on this site', (value) => {
    expect(new URL(redirectTarget(value, base)).origin).toBe(base);
  });
});
