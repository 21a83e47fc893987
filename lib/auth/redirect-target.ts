// Browsers drop tabs and newlines from a URL and read a backslash as a slash,
// so `/\t/evil.example` or `/\evil.example` lands on another site although it
// starts with one slash. Such a value is never a path we link to: refuse it
// outright rather than guess how each browser will read it.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\\]/;

/**
 * `value` resolved against `origin` when it names a page of that origin, as
 * the encoded path, query and fragment (safe to put in a Location header);
 * null for another site, a scheme other than the origin's, or text that is
 * no URL.
 */
export function sameOriginPath(value: string, origin: string): string | null {
  if (UNSAFE_CHARACTERS.test(value)) return null;
  let resolved: URL;
  try {
    resolved = new URL(value, origin);
  } catch {
    return null;
  }
  if (resolved.origin !== new URL(origin).origin) return null;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}

/**
 * Where next-auth may send someone after signing in or out: a path on this
 * site, or a full URL on it; anything else (another site, or text that is no
 * URL at all, which next-auth's own check throws on) goes to the home page.
 */
export function redirectTarget(url: string, baseUrl: string): string {
  if (!url.startsWith('/') && !URL.canParse(url)) return baseUrl;
  const path = sameOriginPath(url, baseUrl);
  return path === null ? baseUrl : `${new URL(baseUrl).origin}${path}`;
}
