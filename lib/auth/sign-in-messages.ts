// What a sign-in can be refused with, declared once: the server says them,
// the sign-in page and form show them, and the page shows nothing else it is
// handed but these and the codes it knows.

// One message for an unknown address and a wrong password alike.
export const INVALID_CREDENTIALS = 'That email and password do not match an account. Check both and try again.';
export const SIGN_IN_FAILED = 'Could not sign you in just now. Try again.';
export const NO_PROVIDER_EMAIL = 'The identity provider did not share an email address.';
export const UNVERIFIED_PROVIDER_EMAIL = 'The identity provider has not verified this email address.';
