import 'server-only';
import { createHash } from 'node:crypto';
import { ownAccount, unsubscribingAccount, type Viewer } from '@/lib/data/access';
import { invitationEmailRecipient } from '@/lib/data/email-jobs';
import { db } from '@/lib/db/db';
import type { UnsubscribeTarget } from '@/lib/email/unsubscribe-token';

export type EmailSettings = { digestDay: number | null; reviewReminders: boolean };

export async function getEmailSettings(viewer: Viewer): Promise<EmailSettings | null> {
  return db().user.findUnique({ where: ownAccount(viewer), select: { digestDay: true, reviewReminders: true } });
}

export async function saveEmailSettings(viewer: Viewer, settings: EmailSettings): Promise<void> {
  await db().user.update({ where: ownAccount(viewer), data: settings });
}

/** Only a hash of an address that opted out is kept, lower-cased so that any spelling of it matches. */
const addressHash = (address: string) => createHash('sha256').update(address.trim().toLowerCase()).digest('hex');

export async function hasOptedOut(address: string): Promise<boolean> {
  return (await db().emailOptOut.findUnique({ where: { addressHash: addressHash(address) }, select: { addressHash: true } })) !== null;
}

/**
 * Turns off the one kind of email a verified unsubscribe link names, for the
 * one account (or invitation address) it names. False when that account or
 * email no longer exists.
 */
export async function unsubscribe(target: UnsubscribeTarget): Promise<boolean> {
  if (target.kind === 'invitation') {
    const address = await invitationEmailRecipient(target.id);
    if (!address) return false;
    await db().emailOptOut.upsert({ where: { addressHash: addressHash(address) }, create: { addressHash: addressHash(address) }, update: {} });
    return true;
  }
  const data = target.kind === 'digest' ? { digestDay: null } : { reviewReminders: false };
  const { count } = await db().user.updateMany({ where: unsubscribingAccount(target.id), data });
  return count > 0;
}

/** Whether a verified unsubscribe link still names something that exists, for its confirmation page. */
export async function unsubscribeTargetExists(target: UnsubscribeTarget): Promise<boolean> {
  if (target.kind === 'invitation') return (await invitationEmailRecipient(target.id)) !== null;
  return (await db().user.count({ where: unsubscribingAccount(target.id) })) > 0;
}
