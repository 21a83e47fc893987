// Run before the server starts: checks the environment, makes sure a session
// secret exists, applies migrations and loads the framework content.
import { ensureAuthSecret, SecretError } from '@/lib/auth/secret';
import { describeTarget, resolveDatabaseTarget } from '@/lib/db/database-target';
import { disconnectDb } from '@/lib/db/db';
import { prepareDatabase } from '@/lib/db/prepare-database';
import { EnvError, parseEnv } from '@/lib/env';

async function main() {
  const env = parseEnv();
  const secret = ensureAuthSecret(env);
  if (secret.origin === 'generated') {
    console.log(`Generated a session secret and kept it in ${secret.file} (set NEXTAUTH_SECRET to use your own).`);
  }
  const target = resolveDatabaseTarget();
  const prepared = await prepareDatabase();
  await disconnectDb();
  const migrations = prepared.appliedMigrations.length
    ? `applied ${prepared.appliedMigrations.length} migration(s)`
    : 'schema up to date';
  const content = prepared.created
    ? `loaded framework version ${prepared.versionNumber}`
    : `framework version ${prepared.versionNumber} already loaded`;
  console.log(`Database: ${describeTarget(target)}; ${migrations}; ${content}.`);
}

// Exit as soon as the work is done: the WebAssembly engines leave timers behind
// that would otherwise hold the process open for several seconds.
main().then(() => process.exit(0)).catch((error: unknown) => {
  if (error instanceof EnvError || error instanceof SecretError) {
    console.error(error.message);
  } else {
    console.error('Headway could not prepare its database:', error);
  }
  process.exit(1);
});
