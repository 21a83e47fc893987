import 'server-only';
import type { ClientInfo } from '@/lib/auth/client-info';
import { ownAuditEvents, type Viewer } from '@/lib/data/access';
import { db } from '@/lib/db/db';
import type { AuditEventType } from '@/lib/generated/prisma/client';

/** One security event's row, for a write that must record it in the same transaction. */
export function auditEventData(type: AuditEventType, userId: string | null, client: ClientInfo, detail?: string) {
  return { type, userId, ip: client.ip, userAgent: client.userAgent, detail };
}

export async function recordAuditEvent(
  type: AuditEventType,
  userId: string | null,
  client: ClientInfo,
  detail?: string,
): Promise<void> {
  await db().auditEvent.create({ data: auditEventData(type, userId, client, detail) });
}

export async function listSecurityEvents(viewer: Viewer, take = 20) {
  return db().auditEvent.findMany({
    where: ownAuditEvents(viewer),
    orderBy: { createdAt: 'desc' },
    take,
    select: { id: true, type: true, ip: true, userAgent: true, createdAt: true },
  });
}
