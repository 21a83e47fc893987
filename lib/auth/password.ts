import 'server-only';
import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

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

const zxcvbn = new ZxcvbnFactory({
  translations: english.translations,
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...english.dictionary },
});

// zxcvbn scores 0–4; 3 is "safely unguessable: moderate protection from
// offline slow-hash attacks", which is what we ask of a password here.
const MIN_SCORE = 3;

export type PasswordStrength = { ok: true } | { ok: false; message: string };

export function checkPasswordStrength(password: string, personal: string[] = []): PasswordStrength {
  const result = zxcvbn.check(password, personal.flatMap((value) => [value, ...value.split(/[@.\s_-]+/)]).filter(Boolean));
  if (result.score >= MIN_SCORE) return { ok: true };
  const why = result.feedback.warning ?? 'This password would be easy to guess.';
  const suggestions = result.feedback.suggestions.length
    ? result.feedback.suggestions.join(' ')
    : 'Use a few unrelated words together, or a passphrase only you would think of.';
  return { ok: false, message: `${why} ${suggestions}`.trim() };
}
