import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built on the first request, not at import: `next build` loads
// this module and must not need a secret or a database.
async function handler(request: Request, context: Context) {
  return (NextAuth(authOptions()) as (request: Request, context: Context) => Promise<Response>)(request, context);
}

export { handler as GET, handler as POST };
