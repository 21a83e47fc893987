import { escapeHtml } from '@/lib/format/html';
import { RETRY_AFTER_SECONDS, UNAVAILABLE_CAUSE, UNAVAILABLE_HEADING, UNAVAILABLE_MESSAGE, UNAVAILABLE_REASSURANCE } from '@/lib/http/unavailable-text';


// Self-contained: while the database is out of reach the app renders nothing,
// so the page carries its own few styles (AA contrast in both schemes).
const STYLE = `
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.5;background:#fff;color:#1f2937}
main{max-width:36rem;margin:0 auto;padding:3rem 1rem}
h1{font-size:1.875rem;line-height:1.2;margin:0 0 1rem}
p{margin:0 0 1rem;color:#374151}
a{color:#1d4ed8;text-underline-offset:4px}
a:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
@media (prefers-color-scheme:dark){body{background:#111827;color:#f9fafb}p{color:#d1d5db}a{color:#93c5fd}a:focus-visible{outline-color:#93c5fd}}
`;

function pageHtml(retryHref: string, nonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${UNAVAILABLE_HEADING} · Headway</title>
<style nonce="${escapeHtml(nonce)}">${STYLE}</style>
</head>
<body>
<main>
<div role="alert">
<h1>${UNAVAILABLE_HEADING}</h1>
<p>${UNAVAILABLE_CAUSE} ${UNAVAILABLE_REASSURANCE}</p>
</div>
<p><a href="${escapeHtml(retryHref)}">Try again</a></p>
</main>
</body>
</html>
`;
}

const retryHeaders = { 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' };

/** 503 with a reason a person can act on, and a hint for clients when to retry. */
export function serviceUnavailable(headers: Record<string, string> = {}): Response {
  return Response.json({ error: UNAVAILABLE_MESSAGE, reason: 'unavailable' }, { status: 503, headers: { ...retryHeaders, ...headers } });
}

/**
 * 503 for a request made while the database is known to be out of reach:
 * a page for a browser, the route handlers' JSON for anything else.
 */
export function unavailableResponse(request: Request, nonce: string, headers: Record<string, string> = {}): Response {
  if (!(request.headers.get('accept') ?? '').includes('text/html')) return serviceUnavailable(headers);
  const url = new URL(request.url);
  return new Response(request.method === 'HEAD' ? null : pageHtml(`${url.pathname}${url.search}`, nonce), {
    status: 503,
    headers: { ...retryHeaders, ...headers, 'Content-Type': 'text/html; charset=utf-8' },
  });
}
