import { sameOriginPath } from '@/lib/auth/redirect-target';
import { INVALID_CREDENTIALS, NO_PROVIDER_EMAIL, UNVERIFIED_PROVIDER_EMAIL } from '@/lib/auth/sign-in-messages';

// next-auth redirects here with an error code, or with the message our own
// sign-in callback chose. Codes become sentences; anything else is shown only
// if it is a sentence we could have written, never raw input.
const CODES: Record<string, string> = {
  CredentialsSignin: INVALID_CREDENTIALS,
  AccessDenied: 'Sign-in was refused.',
  OAuthSignin: 'Could not reach your identity provider. Try again.',
  OAuthCallback: 'Your identity provider did not complete the sign-in. Try again.',
  Callback: 'Could not complete the sign-in. Try again.',
  SessionRequired: 'Sign in to continue.',
};

const OUR_MESSAGES = [NO_PROVIDER_EMAIL, UNVERIFIED_PROVIDER_EMAIL];

export function signInErrorMessage(error: unknown): string | undefined {
  if (typeof error !== 'string' || error === '') return undefined;
  if (error in CODES) return CODES[error];
  if (OUR_MESSAGES.includes(error)) return error;
  return 'Could not sign you in. Try again.';
}

// Stands in for this site's origin, which a page cannot know for certain
// behind a proxy: only a value that stays on it is a path of ours.
const THIS_SITE = 'http://headway.invalid';
const DEFAULT_PAGE = '/account';

/** Only paths on this site: an open redirect would let a link send people anywhere. */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return DEFAULT_PAGE;
  return sameOriginPath(value, THIS_SITE) ?? DEFAULT_PAGE;
}
