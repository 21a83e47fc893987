import 'server-only';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { claimEmailJobs, enqueueEmails } from '@/lib/data/email-jobs';
import { listDueEmails } from '@/lib/data/email-sources';
import type { EmailConfig } from '@/lib/email/config';
import { sendJob, settleEarlierTick, type SendOutcome } from '@/lib/email/send-job';
import { createMailTransport, type MailTransport } from '@/lib/email/transport';

/** At most this many sends per tick, so one tick never runs on for long. */
const SENDS_PER_TICK = 200;
const BATCH = 10;

export type TickReport = { enqueued: number } & Record<SendOutcome, number>;

/** This process's name on the jobs it claims. */
export const newWorkerId = () => `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

/** One pass: queue the reminders and digests due now, then send what is due, a batch at a time. */
export async function runEmailTick(config: EmailConfig, transport: MailTransport, worker: string, now: () => Date = () => new Date()): Promise<TickReport> {
  await settleEarlierTick(worker, now());
  const report: TickReport = { enqueued: await enqueueEmails(await listDueEmails(now())), sent: 0, skipped: 0, retry: 0, failed: 0 };
  for (let handled = 0; handled < SENDS_PER_TICK; ) {
    const jobs = await claimEmailJobs(worker, now(), BATCH);
    if (jobs.length === 0) break;
    for (const job of jobs) {
      report[await sendJob(job, config, transport, worker, now())] += 1;
      handled += 1;
    }
  }
  return report;
}

const state = globalThis as { __headwayEmailWorker?: NodeJS.Timeout | 'running' };

/**
 * Every `intervalMs`, a tick; the next is scheduled when one ends, so ticks
 * never overlap. A tick that fails (the database is down, say) is logged and
 * the next one tries again: the jobs wait in the database meanwhile.
 */
export function startEmailWorker(config: EmailConfig): void {
  if (state.__headwayEmailWorker) return;
  const transport = createMailTransport(config);
  const worker = newWorkerId();
  const schedule = () => {
    const timer = setTimeout(() => {
      state.__headwayEmailWorker = 'running';
      runEmailTick(config, transport, worker)
        .then((report) => {
          if (report.failed > 0) console.error(`email: ${report.failed} email(s) given up after repeated failures`);
        })
        .catch((error: unknown) => console.error('email: tick failed', error))
        .finally(schedule);
    }, config.intervalMs);
    // Waiting for the next tick never keeps the process alive on its own.
    timer.unref();
    state.__headwayEmailWorker = timer;
  };
  schedule();
}
