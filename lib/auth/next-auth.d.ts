import type { DefaultSession } from 'next-auth';

// What Headway keeps in next-auth's token and session, so the callbacks in
// lib/auth/options.ts read and write them with their types.
declare module 'next-auth/jwt' {
  interface JWT {
    /** The UserSession row this token belongs to. */
    sid?: string;
  }
}

declare module 'next-auth' {
  interface Session {
    user?: DefaultSession['user'] & { id?: string };
  }

  // The claims Headway reads from the OpenID Connect provider's ID token.
  interface Profile {
    email_verified?: boolean | string;
    preferred_username?: string;
  }
}
