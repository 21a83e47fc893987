-- A change of sign-in address is a security event: it is listed on the
-- account page with the others.
ALTER TYPE "AuditEventType" ADD VALUE 'EMAIL_CHANGED';
