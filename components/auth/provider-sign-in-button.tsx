'use client';

import { signIn } from 'next-auth/react';
import { Button } from '@/components/ui/button';

export function ProviderSignInButton({ providerId, name, callbackUrl }: { providerId: string; name: string; callbackUrl: string }) {
  return (
    <Button variant="secondary" className="w-full" onClick={() => void signIn(providerId, { callbackUrl })}>
      Sign in with {name}
    </Button>
  );
}
