import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { ProviderSignInButton } from '@/components/auth/provider-sign-in-button';
import { SignInForm } from '@/components/auth/sign-in-form';
import { Card } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/form-message';
import { isOidcConfigured, OIDC_PROVIDER_ID, oidcProviderName } from '@/lib/auth/options';
import { getSessionUser } from '@/lib/auth/session';
import { safeCallbackUrl, signInErrorMessage } from '@/lib/auth/sign-in-page';

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  const notice = typeof params.notice === 'string' ? params.notice : undefined;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight">Sign in</h1>
      {notice === 'signed-out-everywhere' ? (
        <FormMessage tone="success">You have been signed out on every device.</FormMessage>
      ) : null}
      {notice === 'deleted' ? <FormMessage tone="success">Your account and everything in it have been deleted.</FormMessage> : null}
      <Card className="space-y-6">
        <SignInForm callbackUrl={callbackUrl} initialError={signInErrorMessage(params.error)} />
        {isOidcConfigured() ? (
          <div className="space-y-3 border-t border-border pt-5">
            <ProviderSignInButton providerId={OIDC_PROVIDER_ID} name={oidcProviderName()} callbackUrl={callbackUrl} />
          </div>
        ) : null}
      </Card>
      <p className="text-sm text-text-muted">
        New to Headway?{' '}
        <Link href={params.callbackUrl === undefined ? '/signup' : `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="link">
          Create an account
        </Link>
      </p>
    </div>
  );
}
