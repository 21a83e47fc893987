// A real SMTP server in the test's own process (the `smtp-server` package),
// which keeps every message it accepts as raw MIME and parses it with a real
// MIME parser (`mailparser`): what the app sent, as a mail client reads it.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type Received = { envelopeTo: string[]; raw: string; mail: ParsedMail };

export type SmtpSink = {
  port: number;
  received: Received[];
  /** While set, every message is refused with this SMTP reply (e.g. a 451 "try again later"). */
  refuse: (reply: { code: number; message: string } | null) => void;
  /** Resolves once `count` messages have arrived in all. */
  waitFor: (count: number, timeoutMs?: number) => Promise<Received[]>;
  close: () => Promise<void>;
};

export const SINK_USER = 'headway';
export const SINK_PASSWORD = 'sink-password';

export async function startSmtpSink(): Promise<SmtpSink> {
  const received: Received[] = [];
  let refusal: { code: number; message: string } | null = null;
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === SINK_USER && auth.password === SINK_PASSWORD) callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (refusal) {
          const error = Object.assign(new Error(refusal.message), { responseCode: refusal.code });
          callback(error);
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        void simpleParser(raw).then((mail) => {
          received.push({ envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw, mail });
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    received,
    refuse: (reply) => void (refusal = reply),
    async waitFor(count, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`Waited for ${count} emails; ${received.length} arrived.`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The SMTP settings that send to `sink`, as the app reads them from its environment. */
export function sinkEnv(sink: SmtpSink): Record<string, string> {
  return { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port), SMTP_USER: SINK_USER, SMTP_PASSWORD: SINK_PASSWORD, SMTP_FROM: 'Headway <headway@example.com>', SMTP_TLS: 'none' };
}

/** A header exactly as sent (unfolded), where a parser would turn it into something else. */
export function rawHeader(message: Received, name: string): string {
  const head = message.raw.split(/\r?\n\r?\n/)[0] ?? '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((each) => each.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : '';
}
