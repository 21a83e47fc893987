import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { describe, expect, test } from 'vitest';
import { applyMigrations, diffSchemaAgainstMigrations, readMigrationList } from '@/lib/data/migrations';

describe('migrations', () => {
  test('schema.prisma and the committed migrations agree (no drift)', async () => {
    const shadow = new PGlite();
    try {
      const drift = await diffSchemaAgainstMigrations(new PrismaPGlite(shadow));
      // When this fails, run `npm run db:migration -- <name>` and commit the result.
      expect(drift).toBeNull();
    } finally {
      await shadow.close();
    }
  });

  test('apply every migration once, record them as Prisma does, and apply nothing the second time', async () => {
    const database = new PGlite();
    try {
      const { migrationDirectories } = await readMigrationList();
      const names = migrationDirectories.map((directory) => directory.path);
      expect(names.length).toBeGreaterThan(0);

      expect(await applyMigrations(new PrismaPGlite(database))).toEqual(names);
      expect(await applyMigrations(new PrismaPGlite(database))).toEqual([]);

      const recorded = await database.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
        'SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name',
      );
      expect(recorded.rows.map((row) => row.migration_name)).toEqual(names);
      for (const row of recorded.rows) {
        expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
        expect(row.finished_at).not.toBeNull();
      }
    } finally {
      await database.close();
    }
  });
});
