import pg from 'pg';

/**
 * A connection of its own to the Postgres server at `url` for one piece of
 * work, closed after it whatever happens: for creating, checking and dropping
 * databases outside the app's own pool (the tests and the benchmark).
 */
export async function withPgClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
