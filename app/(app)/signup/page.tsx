import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { Card } from '@/components/ui/card';
import { getSessionUser } from '@/lib/auth/session';
import { safeCallbackUrl } from '@/lib/auth/sign-in-page';
import { signUp } from './actions';

export const metadata: Metadata = { title: 'Create your account' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  const requested = (await searchParams).callbackUrl;
  const callbackUrl = safeCallbackUrl(requested);
  if (await getSessionUser()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">Create your account</h1>
        <p className="text-text-muted">Your assessments are private to you unless you choose to share a summary.</p>
      </div>
      <Card>
        <SignUpForm action={signUp} callbackUrl={requested === undefined ? undefined : callbackUrl} />
      </Card>
    </div>
  );
}
