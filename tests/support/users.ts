import { randomBytes } from 'node:crypto';
import { hashPassword } from '@/lib/auth/password';
import type { SessionUser } from '@/lib/auth/session-user';
import { createPasswordUser } from '@/lib/data/users';

export const STRONG_PASSWORD = 'quartz lantern orbit meadow 42';

/** A new user with a unique address and STRONG_PASSWORD, straight through the DAL. */
export async function seedUser(name = 'Test Manager'): Promise<SessionUser> {
  const email = `em-${randomBytes(5).toString('hex')}@example.com`;
  const user = await createPasswordUser({ email, name, passwordHash: await hashPassword(STRONG_PASSWORD) });
  if (!user) throw new Error('seedUser: address already taken');
  return user;
}
