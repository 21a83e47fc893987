import { unsubscribe } from '@/lib/data/email-settings';
import { readUnsubscribeToken } from '@/lib/email/unsubscribe-token';
import { UNSUBSCRIBE_TEXT } from '@/lib/email/unsubscribe-text';
import { answeringUnavailable } from '@/lib/http/unavailable';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ token: string }> };

const text = (body: string, status: number) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

// The address in every email's List-Unsubscribe header. A mail client that
// offers one-click unsubscribe (RFC 8058) POSTs `List-Unsubscribe=One-Click`
// here, without cookies or a page; one that does not opens it in a browser
// (GET), which is sent to the page with its confirm button. Public: the
// link's MAC is the permission.
export const POST = answeringUnavailable('one-click unsubscribe', async (request: Request, context: Context) => {
  const target = readUnsubscribeToken((await context.params).token);
  const body = await request.text().catch(() => '');
  if (!target) return text('Not found.', 404);
  if (new URLSearchParams(body).get('List-Unsubscribe') !== 'One-Click') return text('Expected List-Unsubscribe=One-Click.', 400);
  if (!(await unsubscribe(target))) return text('Not found.', 404);
  return text(UNSUBSCRIBE_TEXT[target.kind].done, 200);
});

export const GET = answeringUnavailable('one-click unsubscribe', async (request: Request, context: Context) => {
  const token = (await context.params).token;
  if (!readUnsubscribeToken(token)) return text('Not found.', 404);
  return Response.redirect(new URL(`/unsubscribe/${token}`, request.url), 303);
});
