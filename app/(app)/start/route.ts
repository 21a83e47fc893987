import { NextResponse, type NextRequest } from 'next/server';
import { getSessionUser } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';

// "Start your assessment" on pages that read the same for everyone: a visitor
// creates an account first, someone signed in goes straight to assessing.
export async function GET(request: NextRequest) {
  const user = await getSessionUser();
  return NextResponse.redirect(new URL(user ? '/assess' : '/signup', request.nextUrl), { status: 303, headers: { 'Cache-Control': 'no-store' } });
}
