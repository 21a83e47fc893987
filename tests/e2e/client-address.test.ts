// The client's address decides the per-address sign-in limit and is written
// to the audit log, so a client must not be able to choose it. This file runs
// its own server: it blocks its own address, which the shared one must not.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { startAppServer, type AppServer } from '../support/app-server';
import { newEmail, PASSWORD, signInOverHttp, signUpOverHttp } from '../support/http-session';

const PORT = Number(process.env.E2E_PORT ?? 3210) + 1;
let server: AppServer;

beforeAll(async () => {
  server = await startAppServer(PORT);
});
afterAll(async () => {
  await server?.stop();
});

// What a client can put in a request to pass for someone else.
const spoofed = (n: number) => ({
  'X-Forwarded-For': `203.0.113.${n}`,
  'X-Real-IP': `198.51.100.${n}`,
  'X-Headway-Peer-Address': `192.0.2.${n}`,
});

const exportSchema = z.object({ account: z.object({ auditEvents: z.array(z.object({ type: z.string(), ip: z.string().nullable() })) }) });

describe('the client address comes from the connection, not from headers', () => {
  test('the audit log records the socket’s address, whatever the client claims', async () => {
    const { email, cookie } = await signUpOverHttp(server.baseUrl);
    expect((await signInOverHttp(server.baseUrl, email, PASSWORD, spoofed(1))).cookie).not.toBeNull();
    const response = await fetch(`${server.baseUrl}/account/export`, { headers: { Cookie: cookie, ...spoofed(2) } });
    const events = exportSchema.parse(await response.json()).account.auditEvents;
    expect(events.map((event) => event.type)).toEqual(['SIGN_UP', 'SIGN_IN_SUCCEEDED', 'DATA_EXPORTED']);
    expect(events.map((event) => event.ip)).toEqual(['127.0.0.1', '127.0.0.1', '127.0.0.1']);
  });

  test('25 failures with a new forwarding header each time stay blocked, for the right password too', async () => {
    const { email } = await signUpOverHttp(server.baseUrl);
    for (let attempt = 0; attempt < 25; attempt++) {
      // A new account each time, so only the per-address limit can stop this.
      const result = await signInOverHttp(server.baseUrl, newEmail('guess'), 'not the password at all', spoofed(attempt + 10));
      expect(result.cookie).toBeNull();
    }
    const after = await signInOverHttp(server.baseUrl, email, PASSWORD, spoofed(99));
    expect(after.cookie).toBeNull();
    expect(after.error).toMatch(/^Too many attempts\. Try again in \d+ minutes?\.$/);
  });
});
