// A production server that is not told its public URL is most likely behind
// an HTTPS proxy: its cookies must be Secure. Its own server, started without
// NEXTAUTH_URL, as a deployment that forgot it would be.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server';

const PORT = Number(process.env.E2E_PORT ?? 3210) + 2;
let server: AppServer;

beforeAll(async () => {
  server = await startAppServer(PORT, { NEXTAUTH_URL: undefined });
});
afterAll(async () => {
  await server?.stop();
});

describe('production without a configured public URL', () => {
  test('next-auth’s cookies are Secure and carry the __Host- or __Secure- prefix', async () => {
    const response = await fetch(`${server.baseUrl}/api/auth/csrf`);
    const cookies = response.headers.getSetCookie();
    expect(cookies.length).toBeGreaterThan(0);
    for (const cookie of cookies) {
      expect(cookie).toMatch(/^__(Host|Secure)-next-auth\./);
      expect(cookie.split(';').map((part) => part.trim().toLowerCase())).toContain('secure');
    }
  });
});
