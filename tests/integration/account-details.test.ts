// Changing the account's name and email address through the real action
// wrapper, on a real database: what is saved, what is refused and why, and
// that a refusal changes nothing and logs nothing.
import { describe, expect, test, vi } from 'vitest';
import { changeEmailAction, changeNameAction } from '@/app/(app)/account/actions';
import { listSecurityEvents } from '@/lib/data/audit';
import { db } from '@/lib/db/db';
import { findCredentials, signInWithExternalIdentity } from '@/lib/data/users';
import { EMAIL_TAKEN_MESSAGE, NO_PASSWORD_FOR_EMAIL } from '@/lib/validation/auth';
import { asViewer, asVisitor, expectRedirect, form } from '../support/action-request';
import { seedUser, STRONG_PASSWORD } from '../support/users';

vi.mock('next/headers', async () => (await import('../support/action-request')).nextHeaders);
vi.mock('next/cache', async () => (await import('../support/action-request')).nextCache);

const IDLE = { ok: true } as const;
const accountOf = (id: string) => db().user.findUniqueOrThrow({ where: { id }, select: { name: true, email: true, emailVerified: true } });
const emailChanges = (userId: string) => db().auditEvent.count({ where: { userId, type: 'EMAIL_CHANGED' } });

describe('both actions ask for a session first', () => {
  test.each([
    ['changeNameAction', () => changeNameAction(IDLE, form({ name: 'Ada' }))],
    ['changeEmailAction', () => changeEmailAction(IDLE, form({ email: 'ada@example.com', currentPassword: STRONG_PASSWORD }))],
  ])('%s redirects a signed-out visitor to sign in', async (_name, run) => {
    expect(await asVisitor(() => expectRedirect(run))).toBe('/signin');
  });
});

describe('changing the name', () => {
  test('needs no password; an empty name clears it; too long or extra fields are refused and nothing changes', async () => {
    const [owner, other] = [await seedUser('Ada Lovelace'), await seedUser('Grace Hopper')];
    expect(await asViewer(owner, () => changeNameAction(IDLE, form({ name: '  Ada King  ' })))).toEqual({ ok: true, message: 'Name saved.' });
    expect((await accountOf(owner.id)).name).toBe('Ada King');

    const long = 'x'.repeat(101);
    expect(await asViewer(owner, () => changeNameAction(IDLE, form({ name: long })))).toMatchObject({
      ok: false,
      reason: 'invalid',
      fieldErrors: { name: ['A name is at most 100 characters'] },
      values: { name: long },
    });
    // The action acts on the caller's own account: an id in the form is refused, not followed.
    expect(await asViewer(owner, () => changeNameAction(IDLE, form({ name: 'Taken over', userId: other.id })))).toMatchObject({ ok: false, reason: 'invalid' });
    expect([(await accountOf(owner.id)).name, (await accountOf(other.id)).name]).toEqual(['Ada King', 'Grace Hopper']);

    expect(await asViewer(owner, () => changeNameAction(IDLE, form({ name: ' ' })))).toEqual({ ok: true, message: 'Name removed.' });
    expect((await accountOf(owner.id)).name).toBeNull();
  });
});

describe('changing the email address', () => {
  test('refuses a wrong password, a taken address, bad input and the same address, changing nothing and logging nothing', async () => {
    const [owner, other] = [await seedUser(), await seedUser()];
    const before = await accountOf(owner.id);
    const change = (fields: Record<string, string>) => asViewer(owner, () => changeEmailAction(IDLE, form(fields)));

    expect(await change({ email: 'new-address@example.com', currentPassword: 'not my password at all' })).toMatchObject({
      ok: false,
      reason: 'invalid',
      fieldErrors: { currentPassword: ['That is not your current password.'] },
      values: { email: 'new-address@example.com' },
    });
    expect(await change({ email: other.email.toUpperCase(), currentPassword: STRONG_PASSWORD })).toMatchObject({
      ok: false,
      reason: 'conflict',
      fieldErrors: { email: [EMAIL_TAKEN_MESSAGE] },
    });
    expect(await change({ email: 'not an address', currentPassword: STRONG_PASSWORD })).toMatchObject({
      ok: false,
      reason: 'invalid',
      fieldErrors: { email: ['Enter an email address such as name@example.com'] },
      values: { email: 'not an address' },
    });
    expect(await change({ email: 'new-address@example.com', currentPassword: '' })).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: ['Enter your current password'] },
    });
    expect(await change({ email: owner.email, currentPassword: STRONG_PASSWORD })).toMatchObject({
      ok: false,
      fieldErrors: { email: ['This is already your email address.'] },
    });
    // A password typed is never handed back to the form.
    const refused = await change({ email: 'x', currentPassword: 'secret that must not echo' });
    expect(JSON.stringify(refused)).not.toContain('secret that must not echo');

    expect(await accountOf(owner.id)).toEqual(before);
    expect(await accountOf(other.id)).toMatchObject({ email: other.email });
    expect(await emailChanges(owner.id)).toBe(0);
  });

  test('with the right password moves the account to the new address, unverified, and lists it among the security events', async () => {
    const [owner, other] = [await seedUser(), await seedUser()];
    const newEmail = `moved-${owner.id}@example.com`;
    const result = await asViewer(owner, () => changeEmailAction(IDLE, form({ email: `  ${newEmail.toUpperCase()} `, currentPassword: STRONG_PASSWORD })));
    expect(result).toEqual({ ok: true, message: `Your email address is now ${newEmail}. Use it to sign in from now on.` });
    expect(await accountOf(owner.id)).toMatchObject({ email: newEmail, emailVerified: null });
    expect(await findCredentials(owner.email)).toBeNull();
    expect((await findCredentials(newEmail))?.id).toBe(owner.id);

    const [latest] = await listSecurityEvents(owner);
    expect(latest).toMatchObject({ type: 'EMAIL_CHANGED', ip: '203.0.113.9' });
    const logged = await db().auditEvent.findFirstOrThrow({ where: { userId: owner.id, type: 'EMAIL_CHANGED' }, select: { detail: true } });
    expect(logged.detail).toBe(`from ${owner.email} to ${newEmail}`);
    expect(await emailChanges(other.id)).toBe(0);
    expect((await listSecurityEvents(other)).map((event) => event.type)).not.toContain('EMAIL_CHANGED');
  });

  test('an account that signs in only through the company has no password to confirm with, and is told to set one', async () => {
    const signIn = await signInWithExternalIdentity({ provider: 'oidc', subject: `sub-${Date.now()}`, email: `sso-${Date.now()}@example.com`, emailVerified: true, name: 'Sso User' });
    if (signIn.outcome === 'refused') throw new Error(signIn.reason);
    const viewer = await db().user.findUniqueOrThrow({ where: { id: signIn.user.id }, select: { id: true, email: true, name: true } });
    const result = await asViewer(viewer, () => changeEmailAction(IDLE, form({ email: 'elsewhere@example.com', currentPassword: 'anything at all' })));
    expect(result).toEqual({ ok: false, reason: 'invalid', message: NO_PASSWORD_FOR_EMAIL });
    expect((await accountOf(viewer.id)).email).toBe(viewer.email);
    expect(await emailChanges(viewer.id)).toBe(0);
  });
});
