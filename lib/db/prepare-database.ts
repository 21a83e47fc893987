import { frameworkContent } from '@/lib/content/framework-content';
import { createAdapterFactory, resolveDatabaseTarget } from '@/lib/db/database-target';
import { db } from '@/lib/db/db';
import { loadFrameworkContent, type LoadResult } from '@/lib/data/framework-loader';
import { applyMigrations } from '@/lib/db/migrations';

export type PreparedDatabase = LoadResult & { appliedMigrations: string[] };

/** Brings the database to the committed schema and the current framework content. */
export async function prepareDatabase(): Promise<PreparedDatabase> {
  const appliedMigrations = await applyMigrations(createAdapterFactory(resolveDatabaseTarget()));
  const loaded = await loadFrameworkContent(db(), frameworkContent);
  return { appliedMigrations, ...loaded };
}
