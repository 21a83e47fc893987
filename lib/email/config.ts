import { env, type Env } from '@/lib/env';

export type EmailConfig = {
  host: string;
  port: number;
  user: string;
  password: string;
  from: string;
  tls: 'implicit' | 'starttls' | 'none';
  /** Where every link in an email leads: NEXTAUTH_URL, without a trailing slash. */
  baseUrl: string;
  intervalMs: number;
};

/** The SMTP settings, or null when email is off (none given): the app then runs without sending any. */
export function emailConfig(source: Env = env()): EmailConfig | null {
  const { SMTP_HOST: host, SMTP_PORT: port, SMTP_USER: user, SMTP_PASSWORD: password, SMTP_FROM: from, NEXTAUTH_URL: baseUrl } = source;
  if (!host || !port || !user || !password || !from || !baseUrl) return null;
  return { host, port, user, password, from, tls: source.SMTP_TLS, baseUrl: baseUrl.replace(/\/+$/, ''), intervalMs: source.HEADWAY_EMAIL_INTERVAL_SECONDS * 1000 };
}

export const emailIsOn = (source?: Env) => emailConfig(source) !== null;
