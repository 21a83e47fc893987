// A fresh Postgres database for a resilience test: on the server at
// TEST_DATABASE_URL when it is set (as `headway_res_*`, dropped afterwards),
// otherwise on a throwaway cluster of the test's own.
import type pg from 'pg';
import { serverUrl, uniqueName, withAdminClient } from './database-backends';
import { startCluster } from './postgres-cluster';

export type FreshDatabase = { url: string; where: string; drop: () => Promise<void> };

export async function freshDatabase(clusterPort: number): Promise<FreshDatabase> {
  if (process.env.TEST_DATABASE_URL) {
    const name = uniqueName('headway_res');
    await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
    return {
      url: serverUrl(name),
      where: `Postgres at TEST_DATABASE_URL (${name})`,
      drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
    };
  }
  const cluster = await startCluster(clusterPort);
  return { url: await cluster.createDatabase('headway'), where: `a throwaway Postgres cluster on port ${clusterPort}`, drop: cluster.destroy };
}


// Columns any signed-in request may move by design: a session's last-seen time
// (at most once a minute). Creating or ending a session still shows.
const UNWATCHED: Record<string, string> = { UserSession: 'lastSeenAt' };

/**
 * Every table's row count and a digest of its rows' full text: two equal
 * fingerprints mean nothing was written in between, not even a timestamp
 * (but for UNWATCHED).
 */
export async function fingerprint(client: pg.Client): Promise<Record<string, string>> {
  const { rows } = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
  );
  const digests: Record<string, string> = {};
  for (const { table_name: table } of rows) {
    const text = table in UNWATCHED ? `(to_jsonb(t) - '${UNWATCHED[table]}')::text` : 't::text';
    const result = await client.query<{ rows: string; digest: string | null }>(
      `SELECT count(*)::text AS rows, md5(string_agg(${text}, '|' ORDER BY ${text})) AS digest FROM "${table}" t`,
    );
    const row = result.rows[0];
    digests[table] = `${row?.rows ?? 0}:${row?.digest ?? ''}`;
  }
  return digests;
}

/** The tables whose fingerprint differs, sorted. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((table) => before[table] !== after[table]).sort();
}
