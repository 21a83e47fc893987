import { env } from '@/lib/env';

export type ClientInfo = { ip: string | null; userAgent: string | null };

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/**
 * The address of the socket a request came in on, as `instrumentation.ts`
 * records it for every request (overwriting any header of this name the
 * client sent). Route handlers and server actions cannot see the socket.
 */
export const PEER_ADDRESS_HEADER = 'x-headway-peer-address';

function read(source: HeaderSource, name: string): string | null {
  if (source instanceof Headers) return source.get(name);
  const value = source[name];
  return (Array.isArray(value) ? value.join(', ') : value) ?? null;
}

// An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d.
const plainAddress = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').slice(0, 64);

/**
 * The client's address: the socket's, unless `trustedHops` proxies stand in
 * front of the app. Each of those appends the address it saw to
 * X-Forwarded-For, so the client is that many entries from the right of the
 * chain (the header's entries, then the socket); anything further left was
 * written by the client and proves nothing.
 */
export function clientAddress(source: HeaderSource, trustedHops: number): string | null {
  const peer = read(source, PEER_ADDRESS_HEADER)?.trim();
  if (!peer) return null;
  if (trustedHops === 0) return plainAddress(peer);
  const forwarded = (read(source, 'x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return plainAddress(chain[Math.max(0, chain.length - 1 - trustedHops)] ?? peer);
}

/** Who is asking, for the audit log and every per-address limit. */
export function clientInfo(source: HeaderSource, trustedHops = env().HEADWAY_TRUSTED_PROXY_HOPS): ClientInfo {
  const userAgent = read(source, 'user-agent');
  return { ip: clientAddress(source, trustedHops), userAgent: userAgent ? userAgent.slice(0, 512) : null };
}
