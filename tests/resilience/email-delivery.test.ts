// Two app instances on one Postgres cluster, both sending email to a real
// SMTP server in this process: every email is received exactly once, and a
// restart of the database loses none and doubles none.
import { expect, test } from 'vitest';
import { formOf, signUpOverHttp } from '../support/http-session';
import { twoInstancesForFile } from '../support/next-server';
import { startCluster, type PostgresCluster } from '../support/postgres-cluster';
import { actionId, actionResult, callAction } from '../support/server-actions';
import { sinkEnv, startSmtpSink, type SmtpSink } from '../support/smtp-sink';

const BASE_PORT = Number(process.env.RESILIENCE_PORT ?? 3600) + 26;
const CLUSTER_PORT = 55435;
const USERS = 8;

let cluster: PostgresCluster;
let sink: SmtpSink;

const instances = twoInstancesForFile(
  BASE_PORT,
  async () => {
    sink = await startSmtpSink();
    cluster = await startCluster(CLUSTER_PORT);
    return { databaseUrl: await cluster.createDatabase('headway'), extra: { ...sinkEnv(sink), HEADWAY_EMAIL_INTERVAL_SECONDS: '1' } };
  },
  async () => {
    await cluster?.destroy();
    await sink?.close();
  },
);

const isoWeekday = (moment: Date) => ((moment.getUTCDay() + 6) % 7) + 1;

/** Signs up and asks for today's digest, alternating instances: the digest is then due on both. */
async function digestsFor(count: number): Promise<string[]> {
  const [a, b] = instances();
  const id = actionId('app/(app)/account/actions.ts', 'saveEmailSettingsAction');
  const emails: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const server = index % 2 === 0 ? a : b;
    const { email, cookie } = await signUpOverHttp(server.baseUrl);
    const saved = await callAction(server.baseUrl, { id, path: '/account', args: [{ ok: true }, formOf({ digestDay: String(isoWeekday(new Date())) })], cookie });
    expect(actionResult(saved.body)).toMatchObject({ ok: true });
    emails.push(email);
  }
  return emails;
}

const receivedBy = (email: string) => sink.received.filter((message) => message.envelopeTo.includes(email)).length;

test('two instances: each digest is received exactly once', async () => {
  const emails = await digestsFor(USERS);
  await sink.waitFor(USERS, 90_000);
  // Several more ticks on both instances: nothing more may arrive.
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  expect(emails.map(receivedBy)).toEqual(emails.map(() => 1));
  expect(sink.received).toHaveLength(USERS);
});

test('a database restart loses no email and sends none twice', async () => {
  const before = sink.received.length;
  const emails = await digestsFor(USERS);
  await cluster.stop();
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  await cluster.start();
  await sink.waitFor(before + USERS, 120_000);
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  expect(emails.map(receivedBy)).toEqual(emails.map(() => 1));
  expect(sink.received).toHaveLength(before + USERS);
});
