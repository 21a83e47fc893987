import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { Card } from '@/components/ui/card';
import { getSessionUser } from '@/lib/auth/session';
import { signUp } from './actions';

export const metadata: Metadata = { title: 'Create your account' };

export default async function SignUpPage() {
  if (await getSessionUser()) redirect('/account');
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">Create your account</h1>
        <p className="text-text-muted">Your assessments are private to you unless you choose to share a summary.</p>
      </div>
      <Card>
        <SignUpForm action={signUp} />
      </Card>
    </div>
  );
}
