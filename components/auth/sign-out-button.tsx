'use client';

import { signOut } from 'next-auth/react';

export function SignOutButton() {
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: '/' })} className="underline-offset-4 hover:underline">
      Sign out
    </button>
  );
}
