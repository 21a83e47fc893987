import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Env } from '@/lib/env';

const MIN_SECRET_LENGTH = 32;
const SECRET_FILE = 'auth-secret';

export class SecretError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretError';
  }
}

type SecretSource = { secret: string; origin: 'environment' | 'file' | 'generated'; file?: string };

function secretFile(env: Env): string {
  return path.resolve(env.HEADWAY_DATA_DIR, SECRET_FILE);
}

function isWeak(secret: string): boolean {
  return secret.length < MIN_SECRET_LENGTH || new Set(secret).size < 10;
}

/**
 * The key that signs session tokens. A deployment on its own Postgres must set
 * NEXTAUTH_SECRET; a local install on the embedded database gets one generated
 * once and kept beside its data, so `npm start` needs no set-up.
 */
export function ensureAuthSecret(env: Env): SecretSource {
  if (env.NEXTAUTH_SECRET !== undefined) {
    if (isWeak(env.NEXTAUTH_SECRET)) {
      throw new SecretError(
        `NEXTAUTH_SECRET is too weak: use at least ${MIN_SECRET_LENGTH} random characters (for example \`openssl rand -base64 32\`).`,
      );
    }
    return { secret: env.NEXTAUTH_SECRET, origin: 'environment' };
  }
  if (env.NODE_ENV === 'production' && env.DATABASE_URL) {
    throw new SecretError(
      'NEXTAUTH_SECRET is not set. A production server on DATABASE_URL needs a fixed secret shared by every instance (for example `openssl rand -base64 32`).',
    );
  }
  const file = secretFile(env);
  try {
    const stored = readFileSync(file, 'utf8').trim();
    if (!isWeak(stored)) return { secret: stored, origin: 'file', file };
  } catch {
    // No secret yet: generate one below.
  }
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return { secret, origin: 'generated', file };
}
