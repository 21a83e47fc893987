// The kinds of security event an account's page lists. The database's enum is
// the one declaration; this is where code outside the data layer reads it.
export type { AuditEventType as SecurityEventType } from '@/lib/generated/prisma/enums';
