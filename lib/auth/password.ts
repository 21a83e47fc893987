import 'server-only';
import { hash, verify } from '@node-rs/argon2';
import { runOnCpuPool } from '@/lib/workers/cpu-pool';

// argon2id (the library's default algorithm) at OWASP's baseline: 19 MiB,
// 2 iterations, 1 lane.
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Spent on sign-ins for unknown emails, so that the answer takes as long as
// for a known one and timing does not reveal which addresses have accounts.
let decoy: Promise<string> | undefined;
export async function spendPasswordCheck(password: string): Promise<void> {
  decoy ??= hashPassword('headway-decoy-password-never-matches');
  await verifyPassword(await decoy, password);
}

// zxcvbn scores 0–4; 3 is "safely unguessable: moderate protection from
// offline slow-hash attacks", which is what we ask of a password here.
const MIN_SCORE = 3;

// zxcvbn's time grows faster than the length: 256 characters take seconds of
// CPU. A password whose first 100 characters are strong is strong, and one
// whose first 100 are weak gains little from the rest, so only those are scored.
export const SCORED_LENGTH = 100;

export type PasswordStrength = { ok: true } | { ok: false; message: string };
type Score = { score: number; warning: string | null; suggestions: string[] };

/** Scored on a worker thread: the request thread stays free for everyone else. */
export async function checkPasswordStrength(password: string, personal: string[] = []): Promise<PasswordStrength> {
  const result = await runOnCpuPool<Score>('scorePassword', {
    password: [...password].slice(0, SCORED_LENGTH).join(''),
    personal: personal.flatMap((value) => [value, ...value.split(/[@.\s_-]+/)]).filter(Boolean),
  });
  if (result.score >= MIN_SCORE) return { ok: true };
  const why = result.warning ?? 'This password would be easy to guess.';
  const suggestions = result.suggestions.length
    ? result.suggestions.join(' ')
    : 'Use a few unrelated words together, or a passphrase only you would think of.';
  return { ok: false, message: `${why} ${suggestions}`.trim() };
}
