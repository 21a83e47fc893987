// Server actions are public POST endpoints on every page. Next answers a
// cross-site Origin, a body over its limit and input too deeply nested for
// React's decoder with a 500; these checks answer them as the client's
// mistakes they are, before Next starts on them.

// Under Next's default `serverActions.bodySizeLimit` (1 MiB; next.config.ts
// sets none) and under React's decoder's limit of a million array slots, which
// counts each string's characters: no body within this can reach either.
export const ACTION_BODY_LIMIT_BYTES = 1_000_000;
// Headway's actions take flat forms and small objects; nothing of ours nests
// past a handful of levels, and React's decoder recurses once per level.
export const MAX_ACTION_NESTING = 32;

export type Refusal = { status: number; message: string };

/**
 * A request carrying any of these may be a server action: Next runs one named
 * by `Next-Action`, or by a field of a form posted without JavaScript, and
 * browsers send `Origin` with every POST. Such a request reaches proxy.ts (its
 * matcher) and is never rewritten (next.config.ts). Next's matching counts an
 * empty header as absent; Next itself refuses an empty `Next-Action` with 400
 * unless `Origin` names another site, which the proxy then refuses first.
 */
export const ACTION_HEADERS = ['next-action', 'content-type', 'origin'] as const;

const lastEntry = (value: string | null) => value?.split(',').at(-1)?.trim() || null;

/**
 * The host a same-site request names in its Origin: the Host header, unless
 * trusted proxies stand in front of the app, in which case the nearest one's
 * X-Forwarded-Host. A client can write X-Forwarded-Host itself, so without a
 * proxy that sets it, it proves nothing.
 */
export function expectedHost(headers: Headers, trustedHops: number): string | null {
  const host = headers.get('host');
  return trustedHops > 0 ? (lastEntry(headers.get('x-forwarded-host')) ?? host) : host;
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host || null;
  } catch {
    return null;
  }
}

/** The deepest nesting of arrays and objects in JSON text, outside its strings; linear, with no recursion. */
export function jsonNesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x5b || code === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (code === 0x5d || code === 0x7d) {
      depth--;
    }
  }
  return deepest;
}

type ArgumentTexts = { root: string | null; others: string[] };

// React's encoding of an action's arguments: JSON text whose root is the
// argument list, or multipart whose field "0" is that list and whose other
// numbered fields (and Next's `$ACTION_` fields) hold JSON too; all other
// fields are the user's own text.
async function argumentTexts(request: Request): Promise<ArgumentTexts | null> {
  const type = request.headers.get('content-type') ?? '';
  if (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded')) {
    const form = await request.clone().formData().catch(() => null);
    if (!form) return null;
    const others: string[] = [];
    for (const [name, value] of form.entries()) if (typeof value === 'string' && /^(\d+|\$ACTION_)/.test(name)) others.push(value);
    const root = form.get('0');
    return { root: typeof root === 'string' ? root : null, others };
  }
  return { root: await request.clone().text(), others: [] };
}

function isArgumentList(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}

/** Why a POST to a page (a server action) is refused, or null to let it through. */
export async function refuseActionRequest(request: Request, trustedHops: number): Promise<Refusal | null> {
  // Next takes any Next-Action header, even an empty one, for an action call and then fails on the empty id.
  if (request.headers.has('next-action') && !request.headers.get('next-action')?.trim()) return { status: 400, message: 'The request names no action.' };
  const origin = request.headers.get('origin');
  if (origin !== null) {
    const host = expectedHost(request.headers, trustedHops);
    if (!host || originHost(origin) !== host) return { status: 403, message: 'This request came from another site and was refused.' };
  }
  const length = request.headers.get('content-length');
  if (length === null) {
    if (request.body !== null) return { status: 411, message: 'Send the length of the request body.' };
    return null;
  }
  if (!/^\d+$/.test(length)) return { status: 400, message: 'The request body’s length is not a number.' };
  if (Number(length) > ACTION_BODY_LIMIT_BYTES) return { status: 413, message: 'The request is too large.' };
  const texts = await argumentTexts(request);
  if (!texts) return { status: 400, message: 'The request body is not a form.' };
  const { root, others } = texts;
  if ([root ?? '', ...others].some((text) => jsonNesting(text) > MAX_ACTION_NESTING)) return { status: 400, message: 'The request is nested too deeply.' };
  // A form posted without scripts carries no argument list; Next reads its fields itself.
  if (root !== null && !isArgumentList(root)) return { status: 400, message: 'The request’s arguments are not a list.' };
  return null;
}
