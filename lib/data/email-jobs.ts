import 'server-only';
import { ownEmailJobs, unsubscribingInvitationEmail, type Viewer } from '@/lib/data/access';
import { db } from '@/lib/db/db';
import { type Prisma, type EmailKind } from '@/lib/generated/prisma/client';

// The email queue. Enqueueing is idempotent (the dedupe key is unique, and a
// second insert of it does nothing); claiming is single (FOR UPDATE SKIP
// LOCKED in one statement that also sets a lease), so with any number of app
// instances on one database each email is sent by one of them.
//
// The one window where an email can go out twice: an instance sends it and
// stops (crash, kill, lost connection) before it marks the job sent. The job
// is then still SENDING with a lease; when the lease runs out another claim
// takes it and sends it again. That is at-least-once, honestly: the window is
// the time between the SMTP server's "250 OK" and one UPDATE, milliseconds;
// the lease (LEASE_MS) is far longer than the SMTP timeouts, so a slow but
// live send is never taken over; and every attempt carries the same
// Message-ID, made from the job's id, so a duplicate is recognisable (and
// many mail systems drop it).

/** A claim holds a job this long; longer than a send can take (see the SMTP timeouts in lib/email/transport.ts). */
export const LEASE_MS = 5 * 60 * 1000;
/** Attempts before a job is given up and shown on the account page as failed. */
export const MAX_ATTEMPTS = 6;
/** The wait after the first failed attempt; it doubles after each one (1, 2, 4, 8, 16 minutes). */
export const RETRY_BASE_MS = 60 * 1000;

export type NewEmailJob = { kind: EmailKind; userId: string; dedupeKey: string; payload: Prisma.InputJsonObject; runAfter?: Date };
export type ClaimedJob = { id: string; kind: EmailKind; userId: string; payload: Prisma.JsonValue; attempts: number };

/** Adds the jobs not already queued (by dedupe key) and answers how many were new. */
export async function enqueueEmails(jobs: NewEmailJob[], client: Pick<Prisma.TransactionClient, 'emailJob'> = db()): Promise<number> {
  if (jobs.length === 0) return 0;
  const { count } = await client.emailJob.createMany({ data: jobs, skipDuplicates: true });
  return count;
}

/**
 * Takes up to `limit` jobs that are due, or whose claim's lease ran out, for
 * `worker`: one statement, so the lock is held only while it runs.
 */
export async function claimEmailJobs(worker: string, now = new Date(), limit = 10): Promise<ClaimedJob[]> {
  const leaseEnd = new Date(now.getTime() + LEASE_MS);
  return db().$queryRaw<ClaimedJob[]>`
    UPDATE "EmailJob" SET "state" = 'SENDING', "lockedUntil" = ${leaseEnd}, "lockedBy" = ${worker}, "attempts" = "attempts" + 1, "updatedAt" = ${now}
    WHERE "id" IN (
      SELECT "id" FROM "EmailJob"
      WHERE ("state" = 'PENDING' AND "runAfter" <= ${now}) OR ("state" = 'SENDING' AND "lockedUntil" < ${now})
      ORDER BY "runAfter", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING "id", "kind"::text AS "kind", "userId", "payload", "attempts"`;
}

/** Drops the invitation link from a payload: it is needed only to send the email. */
function withoutToken(payload: Prisma.JsonValue): Prisma.InputJsonObject {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return {};
  const { token: _token, ...rest } = payload;
  return rest;
}

/** Records the send; only the claim that holds the job may (another that took over after the lease marks its own). */
export async function markEmailSent(job: ClaimedJob, worker: string, now = new Date()): Promise<void> {
  await db().emailJob.updateMany({
    where: { id: job.id, state: 'SENDING', lockedBy: worker },
    data: { state: 'SENT', sentAt: now, lockedUntil: null, lastError: null, payload: withoutToken(job.payload) },
  });
}

/**
 * Hands back the jobs a worker claimed in a tick that ended before sending
 * them (the database went away mid-tick, say), to be claimed again now rather
 * than when their lease runs out. Only for the worker's own claims, at the
 * start of its next tick: ticks never overlap, so none of them is being sent.
 */
export async function releaseOwnClaims(worker: string, now = new Date()): Promise<number> {
  const { count } = await db().emailJob.updateMany({
    where: { state: 'SENDING', lockedBy: worker },
    data: { state: 'PENDING', lockedUntil: null, lockedBy: null, runAfter: now, updatedAt: now },
  });
  return count;
}

/** Marks the job sent without sending: there is nothing to send any more (the recipient opted out, the invitation is gone). */
export async function markEmailSkipped(job: ClaimedJob, worker: string, reason: string, now = new Date()): Promise<void> {
  await db().emailJob.updateMany({
    where: { id: job.id, state: 'SENDING', lockedBy: worker },
    data: { state: 'SENT', sentAt: now, lockedUntil: null, lastError: reason, payload: withoutToken(job.payload) },
  });
}

/** A failed attempt: retried after a doubling wait, or given up after MAX_ATTEMPTS. */
export async function markEmailFailed(job: ClaimedJob, worker: string, error: string, now = new Date()): Promise<'retry' | 'failed'> {
  const givingUp = job.attempts >= MAX_ATTEMPTS;
  await db().emailJob.updateMany({
    where: { id: job.id, state: 'SENDING', lockedBy: worker },
    data: givingUp
      ? { state: 'FAILED', lockedUntil: null, lastError: error.slice(0, 500), payload: withoutToken(job.payload) }
      : { state: 'PENDING', lockedUntil: null, lastError: error.slice(0, 500), runAfter: new Date(now.getTime() + RETRY_BASE_MS * 2 ** (job.attempts - 1)) },
  });
  return givingUp ? 'failed' : 'retry';
}

export type FailedEmail = { id: string; kind: EmailKind; to: string | null; attempts: number; lastError: string | null; updatedAt: Date };

/** Emails to or for the viewer that were given up, newest first. */
export async function listFailedEmails(viewer: Viewer): Promise<FailedEmail[]> {
  const rows = await db().emailJob.findMany({
    where: { ...ownEmailJobs(viewer), state: 'FAILED' },
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    take: 20,
    select: { id: true, kind: true, payload: true, attempts: true, lastError: true, updatedAt: true },
  });
  return rows.map(({ payload, ...row }) => ({ ...row, to: recipientOf(payload) }));
}

/** The address an invitation email went to, from its payload. */
export function recipientOf(payload: Prisma.JsonValue): string | null {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return null;
  const to = payload.to;
  return typeof to === 'string' ? to : null;
}

/** The address an invitation email (by its job's id) was sent to, for its unsubscribe link. */
export async function invitationEmailRecipient(jobId: string): Promise<string | null> {
  const job = await db().emailJob.findFirst({ where: unsubscribingInvitationEmail(jobId), select: { payload: true } });
  return job ? recipientOf(job.payload) : null;
}
