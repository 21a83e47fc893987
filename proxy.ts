import { type NextRequest, NextResponse } from 'next/server';
import { isDatabaseOutOfReach } from '@/lib/db/outage';
import { env } from '@/lib/env';
import { refuseActionRequest } from '@/lib/http/action-request-guard';
import { unavailableResponse } from '@/lib/http/unavailable-response';
import { LANDING_PAGE, sessionCookieName, sessionTokenFrom } from '@/lib/auth/session-cookie-name';
import { buildContentSecurityPolicy } from '@/lib/security/headers';
import { prerenderedScriptHashes } from '@/lib/security/prerendered-script-hashes';

// /api answers for itself: the health check reports the outage, and sign-in says why it failed.
const answersForItself = (request: NextRequest) => request.nextUrl.pathname.startsWith('/api/') || !['GET', 'HEAD'].includes(request.method);

const isPrefetch = (request: NextRequest) => request.headers.has('next-router-prefetch') || request.headers.get('purpose') === 'prefetch';

const isRead = (request: NextRequest) => request.method === 'GET' || request.method === 'HEAD';

// Either name, whatever NEXTAUTH_URL says: a cookie only decides which page
// renders, and the dashboard still checks the session it names.
const hasSessionCookie = (request: NextRequest) => [false, true].some((secure) => sessionTokenFrom(request.cookies, sessionCookieName(secure)) !== undefined);

// Signed out, the home page is the same for everyone: the prerendered landing
// page (next.config.ts rewrites `/` to it when this function does not run). With
// a cookie it is the dashboard, which renders per request.
function pageServed(request: NextRequest): string {
  const { pathname } = request.nextUrl;
  return pathname === '/' && isRead(request) && !hasSessionCookie(request) ? LANDING_PAGE : pathname;
}

function continueTo(request: NextRequest, page: string, headers?: Headers): NextResponse {
  const init = headers ? { request: { headers } } : undefined;
  if (page === request.nextUrl.pathname) return NextResponse.next(init);
  return NextResponse.rewrite(new URL(page, request.url), init);
}

function forwardedHeaders(request: NextRequest, trustedHops: number): Headers {
  const headers = new Headers(request.headers);
  // Only proxy.ts says which nonce a page may use.
  headers.delete('x-nonce');
  headers.delete('Content-Security-Policy');
  // Next's own server-action check trusts X-Forwarded-Host over Host; with no
  // proxy in front, that header is the client's word.
  if (trustedHops === 0) {
    const host = request.headers.get('host');
    if (host) headers.set('x-forwarded-host', host);
    else headers.delete('x-forwarded-host');
  }
  return headers;
}

// Sets the CSP. A page the build prerendered is served as built, so its policy
// allows the hashes of its inline scripts. Every other page gets a nonce, new
// per request: Next reads it from the request's Content-Security-Policy header
// and stamps its own scripts with it; `x-nonce` is for our components
// (`(await headers()).get('x-nonce')`).
export async function proxy(request: NextRequest) {
  // A path with a broken percent-escape (`/shared/%`) cannot name any page;
  // say so, rather than let routing fail on it with a 500.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('This address is not valid.', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const page = pageServed(request);
  // A link prefetch renders no document and needs no nonce. The matcher cannot
  // skip prefetches by their header alone: a POST carrying one would then
  // reach a server action without the checks below.
  if (isPrefetch(request) && isRead(request)) return continueTo(request, page);
  const trustedHops = env().HEADWAY_TRUSTED_PROXY_HOPS;
  // A POST to a page is a server action; /api answers for itself.
  if (request.method === 'POST' && !request.nextUrl.pathname.startsWith('/api/')) {
    const refusal = await refuseActionRequest(request, trustedHops);
    if (refusal) return new NextResponse(refusal.message, { status: refusal.status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const isDev = process.env.NODE_ENV === 'development';
  const requestHeaders = forwardedHeaders(request, trustedHops);

  if (isRead(request) && prerenderedScriptHashes(page)) {
    // Served from the build, so it needs no database and no nonce; Next adds
    // the CSP the build wrote into the page's headers, so a second one here
    // would only repeat it.
    return continueTo(request, page, requestHeaders);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = buildContentSecurityPolicy({ nonce, isDev });

  // While the database is known to be out of reach, a page would fail part-way
  // through rendering and could only answer 500: answer 503 before it starts.
  // Form actions (POST) still run and return their own "unavailable" result.
  if (!answersForItself(request) && (await isDatabaseOutOfReach())) {
    return unavailableResponse(request, nonce, { 'Content-Security-Policy': policy });
  }

  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = continueTo(request, page, requestHeaders);
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

// Next reads this object without running the module, so it holds literals only;
// tests/unit/proxy-matcher.test.ts checks it against the content and next.config.ts.
export const config = {
  matcher: [
    // Pages and route handlers; not static files, image optimisation or the
    // favicon. Nor the public pages the build prerenders: Next serves them as
    // built, with the CSP scripts/write-script-hashes.ts wrote into their
    // headers, and here they would only pay for this function. `/` is the
    // prerendered landing page (next.config.ts) unless a session cookie names
    // the dashboard, below.
    '/((?!$|_next/static|_next/image|favicon.ico|about$|framework$|framework/(?:managing-managers|technical-strategy|engineering-culture|executive-stakeholders|operating-model|ai-adoption-strategy|ai-productivity-evidence|ai-investment-case|ai-ethics-position|ai-regulation-awareness|ai-team-conversations)$|archetypes/(?:head-of-engineering|engineering-manager)$).*)',
    { source: '/', has: [{ type: 'cookie', key: 'next-auth.session-token' }] },
    { source: '/', has: [{ type: 'cookie', key: 'next-auth.session-token.0' }] },
    { source: '/', has: [{ type: 'cookie', key: '__Secure-next-auth.session-token' }] },
    { source: '/', has: [{ type: 'cookie', key: '__Secure-next-auth.session-token.0' }] },
    // Any request that may carry a server action, to whichever page: it is
    // checked above before Next runs it (ACTION_HEADERS).
    { source: '/((?!_next/static|_next/image|favicon.ico).*)', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/((?!_next/static|_next/image|favicon.ico).*)', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/((?!_next/static|_next/image|favicon.ico).*)', has: [{ type: 'header', key: 'origin' }] },
  ],
};
