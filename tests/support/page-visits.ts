import { expect } from 'vitest';

/** A page as two visits in a row get it, each answered 200: what a cache, or a nonce, makes of a repeated visit. */
export async function visitTwice(url: string): Promise<{ response: Response; html: string }[]> {
  const visits: { response: Response; html: string }[] = [];
  for (let visit = 0; visit < 2; visit++) {
    const response = await fetch(url);
    expect(response.status).toBe(200);
    visits.push({ response, html: await response.text() });
  }
  return visits;
}

/** The sources a response's Content-Security-Policy allows scripts from. */
export function scriptSources(response: Response): string[] {
  const policy = response.headers.get('content-security-policy') ?? '';
  const directive = policy.split(';').map((entry) => entry.trim().split(/\s+/)).find(([name]) => name === 'script-src');
  expect(directive, `script-src in ${policy}`).toBeDefined();
  return directive?.slice(1) ?? [];
}
