import { type NextRequest, NextResponse } from 'next/server';
import { isDatabaseOutOfReach } from '@/lib/db/outage';
import { env } from '@/lib/env';
import { refuseActionRequest } from '@/lib/http/action-request-guard';
import { unavailableResponse } from '@/lib/http/unavailable-response';
import { buildContentSecurityPolicy } from '@/lib/security/headers';

// /api answers for itself: the health check reports the outage, and sign-in says why it failed.
const answersForItself = (request: NextRequest) => request.nextUrl.pathname.startsWith('/api/') || !['GET', 'HEAD'].includes(request.method);

const isPrefetch = (request: NextRequest) => request.headers.has('next-router-prefetch') || request.headers.get('purpose') === 'prefetch';

// Sets a per-request nonce CSP. Next reads the nonce from the request's
// Content-Security-Policy header and stamps its own scripts with it; `x-nonce`
// is for our components (`(await headers()).get('x-nonce')`).
export async function proxy(request: NextRequest) {
  // A path with a broken percent-escape (`/shared/%`) cannot name any page;
  // say so, rather than let routing fail on it with a 500.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('This address is not valid.', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  // A link prefetch renders no document and needs no nonce. The matcher cannot
  // skip prefetches by their header alone: a POST carrying one would then
  // reach a server action without the checks below.
  if (isPrefetch(request) && (request.method === 'GET' || request.method === 'HEAD')) return NextResponse.next();
  const trustedHops = env().HEADWAY_TRUSTED_PROXY_HOPS;
  // A POST to a page is a server action; /api answers for itself.
  if (request.method === 'POST' && !request.nextUrl.pathname.startsWith('/api/')) {
    const refusal = await refuseActionRequest(request, trustedHops);
    if (refusal) return new NextResponse(refusal.message, { status: refusal.status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = buildContentSecurityPolicy({ nonce, isDev: process.env.NODE_ENV === 'development' });

  // While the database is known to be out of reach, a page would fail part-way
  // through rendering and could only answer 500: answer 503 before it starts.
  // Form actions (POST) still run and return their own "unavailable" result.
  if (!answersForItself(request) && (await isDatabaseOutOfReach())) {
    return unavailableResponse(request, nonce, { 'Content-Security-Policy': policy });
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  // Next's own server-action check trusts X-Forwarded-Host over Host; with no
  // proxy in front, that header is the client's word.
  if (trustedHops === 0) {
    const host = request.headers.get('host');
    if (host) requestHeaders.set('x-forwarded-host', host);
    else requestHeaders.delete('x-forwarded-host');
  }

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Pages and route handlers; not static files, image optimisation or the favicon.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
