import { DriverAdapterError } from '@prisma/driver-adapter-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  isDatabaseOutOfReach,
  maySignalOutage,
  noteStatementAnswered,
  noteStatementFailed,
  PROBE_TIMEOUT_MS,
  registerOutageProbe,
  VERDICT_MS,
} from '@/lib/db/outage';

const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

describe('maySignalOutage', () => {
  test.each([
    ['a connection refused by the driver', refused, true],
    ['the pool giving up on connecting', new Error('timeout exceeded when trying to connect'), true],
    ['the server shutting down (57P01)', new DriverAdapterError({ kind: 'postgres', code: '57P01', severity: 'FATAL', message: 'terminating connection due to administrator command', detail: undefined, column: undefined, hint: undefined }), true],
    ['a broken connection (08006)', new DriverAdapterError({ kind: 'postgres', code: '08006', severity: 'FATAL', message: 'connection failure', detail: undefined, column: undefined, hint: undefined }), true],
    ['the database not reachable', new DriverAdapterError({ kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 }), true],
    ['a duplicate key', new DriverAdapterError({ kind: 'UniqueConstraintViolation', constraint: { fields: ['email'] } }), false],
    ['a syntax error (42601)', new DriverAdapterError({ kind: 'postgres', code: '42601', severity: 'ERROR', message: 'syntax error', detail: undefined, column: undefined, hint: undefined }), false],
    ['a value out of range', new DriverAdapterError({ kind: 'ValueOutOfRange', cause: 'integer out of range' }), false],
    ['a bug in our own code', new TypeError("Cannot read properties of undefined (reading 'id')"), false],
    ['a dropped connection', new Error('Connection terminated unexpectedly'), true],
    ['the embedded database thread gone', new Error('The embedded database thread stopped (exit code 1)'), true],
    ['not an error at all', 'ECONNREFUSED', false],
  ])('%s: %s', (_name, error, expected) => {
    expect(maySignalOutage(error)).toBe(expected);
  });
});

describe('isDatabaseOutOfReach', () => {
  let probes = 0;
  let reachable = false;
  let clock = 0;
  const now = () => clock;

  beforeEach(() => {
    probes = 0;
    reachable = false;
    clock = 1_000_000;
    noteStatementAnswered();
    registerOutageProbe(() => {
      probes += 1;
      return reachable ? Promise.resolve() : Promise.reject(refused);
    });
  });

  afterEach(() => {
    vi.useRealTimers();
    noteStatementAnswered();
  });

  test('costs nothing while no statement has failed', async () => {
    expect(await isDatabaseOutOfReach(now)).toBe(false);
    expect(probes).toBe(0);
  });

  test('a failed query of its own (a duplicate key) does not make the database a suspect', async () => {
    noteStatementFailed(new DriverAdapterError({ kind: 'UniqueConstraintViolation', constraint: { fields: ['email'] } }));
    expect(await isDatabaseOutOfReach(now)).toBe(false);
    expect(probes).toBe(0);
  });

  test('after a connection failure it probes, and keeps the verdict for a second', async () => {
    noteStatementFailed(refused);
    expect(await isDatabaseOutOfReach(now)).toBe(true);
    clock += VERDICT_MS - 1;
    expect(await isDatabaseOutOfReach(now)).toBe(true);
    expect(probes).toBe(1);
    clock += 1;
    expect(await isDatabaseOutOfReach(now)).toBe(true);
    expect(probes).toBe(2);
  });

  test('requests arriving together share one probe', async () => {
    noteStatementFailed(refused);
    const verdicts = await Promise.all(Array.from({ length: 5 }, () => isDatabaseOutOfReach(now)));
    expect(verdicts).toEqual([true, true, true, true, true]);
    expect(probes).toBe(1);
  });

  test('once the database answers a probe, nothing is probed until something fails again', async () => {
    noteStatementFailed(refused);
    expect(await isDatabaseOutOfReach(now)).toBe(true);
    reachable = true;
    clock += VERDICT_MS;
    expect(await isDatabaseOutOfReach(now)).toBe(false);
    expect(await isDatabaseOutOfReach(now)).toBe(false);
    expect(probes).toBe(2);
  });

  test('any statement answered clears the suspicion at once', async () => {
    noteStatementFailed(refused);
    expect(await isDatabaseOutOfReach(now)).toBe(true);
    noteStatementAnswered();
    expect(await isDatabaseOutOfReach(now)).toBe(false);
    expect(probes).toBe(1);
  });

  test('a probe that does not answer in time counts as out of reach', async () => {
    vi.useFakeTimers();
    registerOutageProbe(() => new Promise(() => undefined));
    noteStatementFailed(refused);
    const verdict = isDatabaseOutOfReach(now);
    await vi.advanceTimersByTimeAsync(PROBE_TIMEOUT_MS);
    expect(await verdict).toBe(true);
  });
});
