// Server actions are public POST endpoints on every page. Next answers a
// cross-site Origin, a body over its limit and input too deeply nested for
// React's decoder with a 500; these checks answer them as the client's
// mistakes they are, before Next starts on them.

// Next's default `serverActions.bodySizeLimit` (next.config.ts sets none).
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
// Headway's actions take flat forms and small objects; nothing of ours nests
// past a handful of levels, and React's decoder recurses once per level.
export const MAX_ACTION_NESTING = 32;

export type Refusal = { status: number; message: string };

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

// React's encoding of an action's arguments: JSON text, or multipart whose
// numbered fields (and Next's `$ACTION_` fields) hold JSON; other fields are
// the user's own text.
async function argumentTexts(request: Request): Promise<string[]> {
  const type = request.headers.get('content-type') ?? '';
  if (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded')) {
    const form = await request.clone().formData().catch(() => null);
    if (!form) return [];
    const texts: string[] = [];
    for (const [name, value] of form.entries()) if (typeof value === 'string' && /^(\d+|\$ACTION_)/.test(name)) texts.push(value);
    return texts;
  }
  return [await request.clone().text()];
}

/** Why a POST to a page (a server action) is refused, or null to let it through. */
export async function refuseActionRequest(request: Request, trustedHops: number): Promise<Refusal | null> {
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
  if (texts.some((text) => jsonNesting(text) > MAX_ACTION_NESTING)) return { status: 400, message: 'The request is nested too deeply.' };
  return null;
}
