// Sign-up scores the password, and a long one costs seconds of CPU. Done on
// the thread that answers requests, a few concurrent sign-ups with the
// longest password allowed stall every other request. Measured as a ratio to
// the health check's idle latency in the same run, never as an absolute
// time: the machine the tests run on may be busy with anything else.
import { randomBytes } from 'node:crypto';
import { describe, expect, inject, test } from 'vitest';
import { PASSWORD_MAX } from '@/lib/validation/limits';
import { formOf, newEmail } from '../support/http-session';
import { actionId, callAction } from '../support/server-actions';

const baseUrl = inject('baseUrl');
const CONCURRENT_SIGN_UPS = 4;
const ROUNDS = 2;
// The health check during the sign-ups, against the idle health check: a
// small multiple, where a stalled server measures in the hundreds.
const MAX_RATIO = 10;
const PROBE_EVERY_MS = 100;

/** A password of the maximum length that zxcvbn finds slow to score: no words, few repeats. */
const slowPassword = () => {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(PASSWORD_MAX)].map((byte) => alphabet[byte % alphabet.length]).join('');
};

// A stalled server may also answer 503 (its database check timing out) or drop
// the connection (status 0): counted, not thrown, so the ratio is still reported.
const statuses: number[] = [];
async function healthLatency(): Promise<number> {
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}/api/health`);
    await response.arrayBuffer();
    statuses.push(response.status);
  } catch {
    statuses.push(0);
  }
  return performance.now() - started;
}

const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * share)] ?? Number.NaN;
};
const median = (values: number[]) => percentile(values, 0.5);

describe('sign-up under load', () => {
  test(`the health check stays within ${MAX_RATIO}× its idle latency while ${CONCURRENT_SIGN_UPS} maximum-length sign-ups run`, async () => {
    const id = actionId('app/(app)/signup/actions.ts', 'signUp');
    // Warm: the first request of a route compiles and loads it.
    for (let i = 0; i < 5; i++) await healthLatency();
    const idle: number[] = [];
    for (let i = 0; i < 20; i++) idle.push(await healthLatency());

    const signUpOutcomes: string[] = [];
    let running = true;
    const signUps = Promise.all(
      Array.from({ length: CONCURRENT_SIGN_UPS }, async () => {
        for (let round = 0; round < ROUNDS; round++) {
          const args = [{ ok: true }, formOf({ email: newEmail('load'), password: slowPassword() })];
          const response = await callAction(baseUrl, { id, path: '/signup', args }).catch(() => null);
          signUpOutcomes.push(response ? (response.redirect ?? `${response.status}: ${response.body.slice(0, 200)}`) : 'connection dropped');
        }
      }),
    ).finally(() => (running = false));

    // Probes go out every 100 ms whatever the last one is doing, as people arrive: a
    // stalled server then shows in every probe that arrives during the stall,
    // not in one long sample among quick ones.
    const probes: Promise<number>[] = [];
    while (running) {
      probes.push(healthLatency());
      await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
    }
    await signUps;
    const loaded = await Promise.all(probes);

    const ratio = median(loaded) / median(idle);
    console.log(
      `health check: idle median ${median(idle).toFixed(1)} ms, under sign-up load median ${median(loaded).toFixed(1)} ms ` +
        `(90th percentile ${percentile(loaded, 0.9).toFixed(0)} ms) over ${loaded.length} samples, ${statuses.filter((status) => status !== 200).length} not 200: ratio ${ratio.toFixed(1)}`,
    );
    expect(loaded.length).toBeGreaterThanOrEqual(20);
    expect(ratio).toBeLessThan(MAX_RATIO);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    // Each sign-up ends in the redirect to the welcome step: none refused, failed or dropped.
    expect(signUpOutcomes.filter((outcome) => outcome !== '/welcome')).toEqual([]);
    expect(signUpOutcomes).toHaveLength(CONCURRENT_SIGN_UPS * ROUNDS);
  });
});
