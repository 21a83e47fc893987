// Calls a Next.js server action over HTTP the way the app's own client does,
// without the page that normally calls it: every action is a public POST
// endpoint, so this is what an attacker with a session cookie can send.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';

const root = path.join(import.meta.dirname, '../..');

// `next build` records every action it compiled, with the file and export it
// came from. Ids are hashes, and change with the code: look them up by name
// after each build rather than hard-coding them.
const referenceManifestSchema = z.object({
  node: z.record(z.string(), z.object({ filename: z.string(), exportedName: z.string() })),
  edge: z.record(z.string(), z.object({ filename: z.string(), exportedName: z.string() })).default({}),
});

export type ServerActionRef = { id: string; file: string; exportedName: string };

/** Every server action in the current build, with the file and export it came from. */
export function listServerActions(): ServerActionRef[] {
  const file = path.join(root, '.next/server/server-reference-manifest.json');
  const manifest = referenceManifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return Object.entries({ ...manifest.node, ...manifest.edge }).map(([id, entry]) => ({
    id,
    file: entry.filename,
    exportedName: entry.exportedName,
  }));
}

/** The id of `exportedName` from `file` (e.g. `app/(app)/assessments/actions.ts`) in the current build. */
export function actionId(file: string, exportedName: string): string {
  const found = listServerActions().find((action) => action.file === file && action.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${exportedName} from ${file} in .next: build the app first.`);
  return found.id;
}

// React's own encoder, from the copy Next ships to browsers, so the body is
// encoded as the real client encodes it (JSON text for plain values; multipart
// with `_1_`-prefixed fields and the argument list in field `0` when there is
// FormData) and stays in step with the server's decoder across upgrades.
const requireFromNext = createRequire(path.join(root, 'node_modules/next/package.json'));
const { encodeReply } = requireFromNext('next/dist/compiled/react-server-dom-webpack/client.node') as {
  encodeReply: (args: unknown[]) => Promise<string | FormData>;
};

// The first byte of an id says which arguments the action reads; the client
// leaves the others out (`omitUnusedArgs` in next/dist/shared/lib/server-reference-info.js).
function usedArgs(id: string, args: unknown[]): unknown[] {
  const info = parseInt(id.slice(0, 2), 16);
  const isUsed = (index: number) => (index < 6 ? (info >> (6 - index)) & 1 : info & 1);
  const used = args.map((arg, index) => (isUsed(index) ? arg : undefined));
  while (used.length > 0 && used.at(-1) === undefined) used.pop();
  return used;
}

export type ActionCall = {
  id: string;
  /** The page the request is posted to; the client posts to the page it is on. */
  path: string;
  /** The action's arguments, bound ones first: `.bind(null, x)` then calling with `form` sends `[x, form]`. */
  args: unknown[];
  /** A `Cookie` header value, e.g. `next-auth.session-token=…`; none means signed out. */
  cookie?: string;
  /**
   * Defaults to baseUrl, as a browser sends. proxy.ts answers 403 to an
   * Origin other than the Host but lets a request with none through, as
   * Next does; null sends none.
   */
  origin?: string | null;
  /** Gives up on the request (a hang) when it fires. */
  signal?: AbortSignal;
  /** More request headers, e.g. the forwarding headers a proxy would add. */
  headers?: Record<string, string>;
};

export type ActionResponse = {
  status: number;
  headers: Headers;
  /** Where the action redirected to (`/signin` from `/signin;push`), if it did. */
  redirect: string | null;
  body: string;
};

export async function callAction(baseUrl: string, call: ActionCall): Promise<ActionResponse> {
  const headers = new Headers({ ...call.headers, 'Next-Action': call.id, Accept: 'text/x-component' });
  const origin = call.origin === undefined ? baseUrl : call.origin;
  if (origin !== null) headers.set('Origin', origin);
  if (call.cookie) headers.set('Cookie', call.cookie);
  // fetch sets the Content-Type a browser would: text/plain;charset=UTF-8 for
  // a string, multipart/form-data with a boundary for FormData.
  const body = await encodeReply(usedArgs(call.id, call.args));
  const response = await fetch(`${baseUrl}${call.path}`, { method: 'POST', headers, body, redirect: 'manual', signal: call.signal });
  const redirect = response.headers.get('x-action-redirect')?.split(';')[0] ?? null;
  return { status: response.status, headers: response.headers, redirect, body: await response.text() };
}

/**
 * The action's return value from a response body. The body is React Flight:
 * row 0 is `{"a":"$@1",…}`, and row 1 holds the value as JSON. Enough for the
 * plain-data results Headway's actions return; null when there is none (a
 * redirect, or an error row).
 */
export function actionResult(body: string): unknown {
  const rows = new Map<string, string>();
  for (const line of body.split('\n')) {
    const match = /^([0-9a-f]+):([[{"].*)$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) rows.set(match[1], match[2]);
  }
  const head = rows.get('0');
  if (head === undefined) return null;
  const reference = z.object({ a: z.string() }).safeParse(JSON.parse(head));
  if (!reference.success || !reference.data.a.startsWith('$@')) return null;
  const value = rows.get(reference.data.a.slice(2));
  return value === undefined ? null : (JSON.parse(value) as unknown);
}
