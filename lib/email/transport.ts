import 'server-only';
import nodemailer from 'nodemailer';
import type { EmailConfig } from '@/lib/email/config';

export type MailTransport = ReturnType<typeof nodemailer.createTransport>;

/**
 * An SMTP connection to the configured server. Its timeouts add up to well
 * under a claim's lease (LEASE_MS in lib/data/email-jobs.ts), so a send still
 * running is never taken over by another instance.
 */
export function createMailTransport(config: EmailConfig): MailTransport {
  return nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.tls === 'implicit',
    requireTLS: config.tls === 'starttls',
    ignoreTLS: config.tls === 'none',
    auth: { user: config.user, pass: config.password },
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
}
