import { randomInt } from 'node:crypto';

const RANGE = 2 ** 32;

/** A uniform number in [0, 1) from the system's secure source: orders that must not be guessed (peers' comments) are drawn from it. */
export const secureRandom = (): number => randomInt(RANGE) / RANGE;
