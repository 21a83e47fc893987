import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built on the first request, not at import: `next build` loads
// this module and must not need a secret or a database.
async function handler(request: Request, context: Context) {
  const [action, provider] = (await context.params).nextauth;
  // next-auth answers 500 ("not supported") to anything but a POST to the
  // password callback; that is a wrong method, not a fault of the server.
  if (request.method !== 'POST' && action === 'callback' && provider === 'credentials') {
    return new Response('Sign in through the sign-in form.', { status: 405, headers: { Allow: 'POST' } });
  }
  // next-auth copies the error name into the Location header unencoded, and
  // any character past Latin-1 there is a 500; send the same redirect, encoded.
  if (action === 'error') {
    const error = new URL(request.url).searchParams.get('error') ?? provider ?? 'Default';
    return new Response(null, { status: 302, headers: { Location: `/signin?error=${encodeURIComponent(error)}` } });
  }
  return (NextAuth(authOptions()) as (request: Request, context: Context) => Promise<Response>)(request, context);
}

export { handler as GET, handler as POST };
