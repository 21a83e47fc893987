import 'server-only';
import type { ClientInfo } from '@/lib/auth/client-info';
import type { SessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/data/db';
import type { AuditEventType } from '@/lib/generated/prisma/client';

export async function recordAuditEvent(
  type: AuditEventType,
  userId: string | null,
  client: ClientInfo,
  detail?: string,
): Promise<void> {
  await db().auditEvent.create({ data: { type, userId, ip: client.ip, userAgent: client.userAgent, detail } });
}

export async function listSecurityEvents(user: SessionUser, take = 20) {
  return db().auditEvent.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: 'desc' },
    take,
    select: { id: true, type: true, ip: true, userAgent: true, createdAt: true },
  });
}
