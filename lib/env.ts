import { z } from 'zod';

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'must be a URL such as postgres://user:password@host:5432/database');

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

const optionalText = z.preprocess(emptyAsUndefined, z.string().trim().min(1).optional());

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.preprocess(emptyAsUndefined, postgresUrl.optional()),
  // Where the embedded database keeps its files when DATABASE_URL is not set.
  HEADWAY_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('.data')),
  NEXTAUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().optional()),
  NEXTAUTH_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  // Sign-in through the company's OpenID Connect provider: all three or none.
  OIDC_ISSUER: z.preprocess(emptyAsUndefined, z.url().optional()),
  OIDC_CLIENT_ID: optionalText,
  OIDC_CLIENT_SECRET: optionalText,
  // The provider's name on the sign-in button, e.g. "Okta".
  OIDC_NAME: optionalText,
  // Sign-ups, and password changes, allowed per hour from one client address
  // and from all addresses together: each scores a password and hashes it.
  HEADWAY_COSTLY_ACTIONS_PER_ADDRESS: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(10)),
  HEADWAY_COSTLY_ACTIONS_TOTAL: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(300)),
  // How many proxies (load balancer, ingress…) stand between clients and the
  // app, each appending to X-Forwarded-For. 0: clients connect directly, and
  // forwarding headers, which a client can write, are ignored.
  HEADWAY_TRUSTED_PROXY_HOPS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number({ error: 'must be a whole number from 0 to 10' }).int('must be a whole number from 0 to 10').min(0, 'must be a whole number from 0 to 10').max(10, 'must be a whole number from 0 to 10').default(0),
  ),
  // `1` makes the app count its SQL statements and serve the tally at
  // /bench/query-stats (used by `npm run bench`; leave unset in production).
  HEADWAY_QUERY_STATS: z.preprocess(emptyAsUndefined, z.literal('1').optional()),
  // Email through this SMTP server: host, port, user, password and from
  // together, or none (then Headway sends no email).
  SMTP_HOST: optionalText,
  SMTP_PORT: z.preprocess(emptyAsUndefined, z.coerce.number({ error: 'must be a port number' }).int('must be a port number').min(1, 'must be a port number').max(65535, 'must be a port number').optional()),
  SMTP_USER: optionalText,
  SMTP_PASSWORD: optionalText,
  SMTP_FROM: optionalText,
  // implicit: TLS from the first byte (usually port 465); starttls: upgrade
  // the connection and refuse to send without it (587); none: plain, for a
  // relay on this machine or a private network only.
  SMTP_TLS: z.preprocess(emptyAsUndefined, z.enum(['implicit', 'starttls', 'none'], { error: 'must be implicit, starttls or none' }).default('starttls')),
  // How often each app instance looks for email that is due and sends it.
  HEADWAY_EMAIL_INTERVAL_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number({ error: 'must be a number of seconds' }).positive('must be a number of seconds').max(3600, 'must be at most 3600').default(60)),
}).superRefine((value, ctx) => {
  const smtp = [value.SMTP_HOST, value.SMTP_PORT, value.SMTP_USER, value.SMTP_PASSWORD, value.SMTP_FROM];
  if (smtp.some((part) => part !== undefined) && !smtp.every((part) => part !== undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['SMTP_HOST'],
      message: 'set SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD and SMTP_FROM together, or none of them',
    });
  }
  if (value.SMTP_HOST !== undefined && value.NEXTAUTH_URL === undefined) {
    ctx.addIssue({ code: 'custom', path: ['NEXTAUTH_URL'], message: 'must be set when SMTP is: every email links back to Headway at this address' });
  }
  const oidc = [value.OIDC_ISSUER, value.OIDC_CLIENT_ID, value.OIDC_CLIENT_SECRET];
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    ctx.addIssue({
      code: 'custom',
      path: ['OIDC_ISSUER'],
      message: 'set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together, or none of them',
    });
  }
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnvError';
  }
}

// One line per problem, naming the variable: a start-up failure should read
// like an instruction, not a stack trace.
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`);
  throw new EnvError(`Headway cannot start: the environment is not valid.\n${lines.join('\n')}`);
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
