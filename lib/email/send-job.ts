import 'server-only';
import { z } from 'zod';
import { markEmailFailed, markEmailSent, markEmailSkipped, releaseOwnClaims, type ClaimedJob } from '@/lib/data/email-jobs';
import { hasOptedOut } from '@/lib/data/email-settings';
import { readDigestSource, readInvitationSource, readRecipient } from '@/lib/data/email-sources';
import { dayKey } from '@/lib/domain/email-schedule';
import type { EmailConfig } from '@/lib/email/config';
import { digestEmail, invitationEmail, reminderEmail, type EmailContent, type EmailLinks } from '@/lib/email/messages';
import type { MailTransport } from '@/lib/email/transport';
import { unsubscribeToken } from '@/lib/email/unsubscribe-token';
import type { UnsubscribeKind } from '@/lib/validation/unsubscribe';

const invitationPayload = z.object({ invitationId: z.string(), to: z.string(), token: z.string().optional() });
const reminderPayload = z.object({ reviewDate: z.string() });

type Letter = { to: string; content: EmailContent; unsubscribe: { kind: UnsubscribeKind; id: string } };

/** What a job sends now, or why it sends nothing (the person turned it off, or it no longer applies). */
async function writeLetter(job: ClaimedJob, config: EmailConfig, now: Date): Promise<Letter | { skip: string }> {
  const subject = { subjectId: job.userId };
  const links = (kind: UnsubscribeKind, id: string): EmailLinks => ({ baseUrl: config.baseUrl, unsubscribeUrl: `${config.baseUrl}/unsubscribe/${unsubscribeToken(kind, id)}` });
  if (job.kind === 'INVITATION') {
    const payload = invitationPayload.parse(job.payload);
    if (!payload.token) return { skip: 'The link is no longer kept.' };
    if (await hasOptedOut(payload.to)) return { skip: 'The address asked for no invitation emails.' };
    const source = await readInvitationSource(subject, payload.invitationId, payload.token, now);
    if (!source) return { skip: 'The invitation is no longer open.' };
    return { to: payload.to, content: invitationEmail(source, links('invitation', job.id)), unsubscribe: { kind: 'invitation', id: job.id } };
  }
  const recipient = await readRecipient(subject);
  if (!recipient) return { skip: 'The account no longer exists.' };
  if (job.kind === 'REMINDER') {
    const { reviewDate } = reminderPayload.parse(job.payload);
    if (!recipient.reviewReminders) return { skip: 'Reminders were turned off.' };
    if (!recipient.review || dayKey(recipient.review.date) !== reviewDate) return { skip: 'The review date changed.' };
    return { to: recipient.email, content: reminderEmail(recipient.review, links('reminder', job.userId)), unsubscribe: { kind: 'reminder', id: job.userId } };
  }
  if (recipient.digestDay === null) return { skip: 'The digest was turned off.' };
  const source = await readDigestSource(subject, recipient.review, now);
  return { to: recipient.email, content: digestEmail(source, links('digest', job.userId)), unsubscribe: { kind: 'digest', id: job.userId } };
}

export type SendOutcome = 'sent' | 'skipped' | 'retry' | 'failed';

/** Sends one claimed job and records what happened; never throws for a send that failed. */
export async function sendJob(job: ClaimedJob, config: EmailConfig, transport: MailTransport, worker: string, now = new Date()): Promise<SendOutcome> {
  let letter: Letter | { skip: string };
  try {
    letter = await writeLetter(job, config, now);
  } catch (error) {
    return markEmailFailed(job, worker, `Could not write the email: ${error instanceof Error ? error.message : String(error)}`, now);
  }
  if ('skip' in letter) {
    await markEmailSkipped(job, worker, letter.skip, now);
    return 'skipped';
  }
  const oneClick = `${config.baseUrl}/unsubscribe/${unsubscribeToken(letter.unsubscribe.kind, letter.unsubscribe.id)}/one-click`;
  try {
    await transport.sendMail({
      from: config.from,
      to: letter.to,
      subject: letter.content.subject,
      text: letter.content.text,
      html: letter.content.html,
      // The same on every attempt of this job, so a second copy after a crash
      // between sending and marking it sent is recognisably the same email.
      messageId: `<email-${job.id}@${new URL(config.baseUrl).hostname}>`,
      headers: { 'List-Unsubscribe': `<${oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    });
  } catch (error) {
    return markEmailFailed(job, worker, error instanceof Error ? error.message : String(error), now);
  }
  try {
    await markEmailSent(job, worker, now);
  } catch (error) {
    // Sent, but not yet recorded: remembered so that the next tick records it
    // rather than handing the job back to be sent again.
    sentNotRecorded(worker).set(job.id, { job, at: now });
    throw error;
  }
  return 'sent';
}

type UnrecordedSends = Map<string, { job: ClaimedJob; at: Date }>;
const unrecorded = new Map<string, UnrecordedSends>();

function sentNotRecorded(worker: string): UnrecordedSends {
  const sends: UnrecordedSends = unrecorded.get(worker) ?? new Map<string, { job: ClaimedJob; at: Date }>();
  unrecorded.set(worker, sends);
  return sends;
}

/**
 * What a worker does before claiming more: records the sends an earlier tick
 * made but could not record, then hands back the rest of its claims, which
 * that tick never sent. A job survives a database outage mid-tick without
 * waiting out its lease, and without being sent twice.
 */
export async function settleEarlierTick(worker: string, now = new Date()): Promise<void> {
  const sends = sentNotRecorded(worker);
  for (const [id, { job, at }] of sends) {
    await markEmailSent(job, worker, at);
    sends.delete(id);
  }
  await releaseOwnClaims(worker, now);
}
