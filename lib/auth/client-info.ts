export type ClientInfo = { ip: string | null; userAgent: string | null };

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function read(source: HeaderSource, name: string): string | null {
  if (source instanceof Headers) return source.get(name);
  const value = source[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/**
 * Who is asking, for the audit log and per-address sign-in limits. The first
 * X-Forwarded-For entry is the client as the nearest proxy (or Next's own
 * server) saw it.
 */
export function clientInfo(source: HeaderSource): ClientInfo {
  const forwarded = read(source, 'x-forwarded-for')?.split(',')[0]?.trim();
  const ip = forwarded || read(source, 'x-real-ip');
  const userAgent = read(source, 'user-agent');
  return { ip: ip ? ip.slice(0, 64) : null, userAgent: userAgent ? userAgent.slice(0, 512) : null };
}
