/**
 * Where next-auth may send someone after signing in or out: a path on this
 * site, or a full URL on it; anything else (another site, or text that is no
 * URL at all, which next-auth's own check throws on) goes to the home page.
 */
export function redirectTarget(url: string, baseUrl: string): string {
  if (url.startsWith('/') && !url.startsWith('//')) return `${baseUrl}${url}`;
  try {
    return new URL(url).origin === new URL(baseUrl).origin ? url : baseUrl;
  } catch {
    return baseUrl;
  }
}
