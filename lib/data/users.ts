import 'server-only';
import { createHash } from 'node:crypto';
import type { ClientInfo } from '@/lib/auth/client-info';
import { ownAccount, ownSessions, selfAnswersOf, type Viewer } from '@/lib/data/access';
import { assessmentFields } from '@/lib/data/assessments';
import { auditEventData } from '@/lib/data/audit';
import { db } from '@/lib/db/db';
import { NO_PROVIDER_EMAIL, UNVERIFIED_PROVIDER_EMAIL } from '@/lib/auth/sign-in-messages';
import { goalFields } from '@/lib/data/goals';
import { Prisma } from '@/lib/generated/prisma/client';

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/** Null when the address already has an account. */
export async function createPasswordUser(input: { email: string; name?: string; passwordHash: string }) {
  try {
    return await db().user.create({
      data: { email: input.email, name: input.name ?? null, passwordHash: input.passwordHash },
      select: { id: true, email: true, name: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/** For the sign-in check only: the one place a password hash leaves the database. */
export async function findCredentials(email: string) {
  return db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
}

/** The account page's view: whether a password is set, never the hash itself. */
export async function getAccount(viewer: Viewer) {
  const account = await db().user.findUnique({
    where: ownAccount(viewer),
    select: {
      id: true,
      email: true,
      name: true,
      createdAt: true,
      passwordHash: true,
      identities: { select: { provider: true, createdAt: true } },
    },
  });
  if (!account) return null;
  const { passwordHash, ...rest } = account;
  return { ...rest, hasPassword: passwordHash !== null };
}

/**
 * Sets a new password and ends every session but the one it was changed in:
 * whoever else knew the old password is signed out with it.
 */
export async function setPassword(viewer: Viewer, passwordHash: string, keepSessionId: string): Promise<void> {
  await db().$transaction([
    db().user.update({ where: ownAccount(viewer), data: { passwordHash } }),
    db().userSession.deleteMany({ where: { ...ownSessions(viewer), id: { not: keepSessionId } } }),
  ]);
}

/** The name the app greets the person by; null when they clear it. */
export async function setName(viewer: Viewer, name: string | null): Promise<void> {
  await db().user.update({ where: ownAccount(viewer), data: { name } });
}

export type EmailChangeOutcome = { kind: 'changed' } | { kind: 'taken' };

/**
 * Moves the account to a new sign-in address and records it as a security
 * event, both or neither. The new address has not been confirmed by anyone,
 * so it is no longer marked verified. Taken by another account: nothing changes.
 */
export async function changeEmail(viewer: Viewer, email: string, client: ClientInfo): Promise<EmailChangeOutcome> {
  try {
    await db().$transaction([
      db().user.update({ where: ownAccount(viewer), data: { email, emailVerified: null } }),
      db().auditEvent.create({ data: auditEventData('EMAIL_CHANGED', viewer.id, client, `from ${viewer.email} to ${email}`) }),
    ]);
    return { kind: 'changed' };
  } catch (error) {
    if (isUniqueViolation(error)) return { kind: 'taken' };
    throw error;
  }
}

/**
 * Deletes the account and, through the schema's cascades, every row that
 * belongs to it. The deletion itself is logged under a one-way hash of the id,
 * so the log proves it happened without keeping anything that identifies the person.
 */
export async function deleteAccount(viewer: Viewer, client: ClientInfo): Promise<void> {
  const reference = createHash('sha256').update(viewer.id).digest('hex').slice(0, 16);
  await db().$transaction([
    db().user.delete({ where: ownAccount(viewer) }),
    db().auditEvent.create({
      data: { type: 'ACCOUNT_DELETED', userId: null, ip: client.ip, userAgent: client.userAgent, detail: `account ${reference}` },
    }),
  ]);
}

/** Everything Headway holds about the person, for "download all my data". */
export async function exportAccountData(viewer: Viewer) {
  return db().user.findUnique({
    where: ownAccount(viewer),
    select: {
      id: true,
      email: true,
      name: true,
      emailVerified: true,
      nextReviewOn: true,
      digestDay: true,
      reviewReminders: true,
      createdAt: true,
      updatedAt: true,
      identities: { select: { provider: true, subject: true, createdAt: true } },
      // Never the session ids: each one, with the secret, is a way into the account.
      sessions: {
        orderBy: { createdAt: 'asc' },
        select: { createdAt: true, lastSeenAt: true, expiresAt: true, ip: true, userAgent: true },
      },
      auditEvents: {
        orderBy: { createdAt: 'asc' },
        select: { type: true, ip: true, userAgent: true, detail: true, createdAt: true },
      },
      assessments: {
        orderBy: { createdAt: 'asc' },
        select: {
          ...assessmentFields,
          // The brief's ask is the person's own words, and what it includes their choice.
          briefAsk: true,
          briefEvidence: true,
          briefPlan: true,
          briefOthers: true,
          briefLog: true,
          levelsFrom: true,
          frameworkVersion: { select: { number: true } },
          // The person's own ratings: others' ratings of them are shown only once revealed, never in a raw export.
          answers: {
            where: selfAnswersOf(viewer.id),
            select: {
              item: { select: { key: true, title: true } },
              level: true,
              noOpportunity: true,
              targetLevel: true,
              confidence: true,
              evidence: true,
              updatedAt: true,
            },
          },
          priorityChoices: { select: { item: { select: { key: true, title: true } }, choice: true, updatedAt: true } },
          agreedLevels: { select: { item: { select: { key: true, title: true } }, level: true, agreedWith: true, note: true, agreedAt: true } },
        },
      },
      goals: {
        orderBy: { createdAt: 'asc' },
        select: {
          ...goalFields,
          updatedAt: true,
          resources: { orderBy: { position: 'asc' }, select: { resourceKey: true, title: true, url: true } },
          notes: { orderBy: { createdAt: 'asc' }, select: { text: true, createdAt: true } },
        },
      },
      evidenceEntries: {
        orderBy: [{ occurredOn: 'asc' }, { createdAt: 'asc' }],
        select: { id: true, occurredOn: true, text: true, url: true, itemKeys: true, goalId: true, createdAt: true, updatedAt: true },
      },
      // What each link was for and whether it still opens; never its token or
      // the token's hash, which would let a copy of the export open it.
      shareLinks: {
        orderBy: { createdAt: 'asc' },
        select: { id: true, assessmentId: true, label: true, createdAt: true, expiresAt: true, revokedAt: true },
      },
      // Whether a calendar feed is on, and since when; likewise never its token's hash.
      calendarFeed: { select: { createdAt: true } },
      // Never the payload: an invitation email's carries its link until it is sent.
      emailJobs: {
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { kind: true, state: true, attempts: true, lastError: true, createdAt: true, sentAt: true },
      },
    },
  });
}

export type ExternalProfile = { provider: string; subject: string; email: string | null; emailVerified: boolean; name: string | null };
export type ExternalSignIn =
  | { outcome: 'existing' | 'created' | 'linked'; user: { id: string } }
  | { outcome: 'refused'; reason: string };

/**
 * First sign-in through the identity provider creates the account, or links it
 * to an existing one with the same address, but only when the provider vouches
 * for that address: otherwise anyone could claim someone else's account.
 */
export async function signInWithExternalIdentity(profile: ExternalProfile): Promise<ExternalSignIn> {
  const client = db();
  const known = await client.externalIdentity.findUnique({
    where: { provider_subject: { provider: profile.provider, subject: profile.subject } },
    select: { user: { select: { id: true } } },
  });
  if (known) return { outcome: 'existing', user: known.user };
  if (!profile.email) return { outcome: 'refused', reason: NO_PROVIDER_EMAIL };
  const email = profile.email.trim().toLowerCase();
  const identity = { provider: profile.provider, subject: profile.subject };

  const existing = await client.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) {
    if (!profile.emailVerified) {
      return { outcome: 'refused', reason: UNVERIFIED_PROVIDER_EMAIL };
    }
    await client.externalIdentity.create({ data: { ...identity, userId: existing.id } });
    await client.user.update({ where: { id: existing.id }, data: { emailVerified: new Date() } });
    return { outcome: 'linked', user: existing };
  }
  try {
    const created = await client.user.create({
      data: {
        email,
        name: profile.name,
        emailVerified: profile.emailVerified ? new Date() : null,
        identities: { create: identity },
      },
      select: { id: true },
    });
    return { outcome: 'created', user: created };
  } catch (error) {
    // A simultaneous first sign-in created it: sign in to that account.
    if (isUniqueViolation(error)) return signInWithExternalIdentity(profile);
    throw error;
  }
}
