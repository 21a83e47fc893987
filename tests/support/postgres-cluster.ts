// A throwaway Postgres server of the test's own, made with the machine's
// PostgreSQL binaries, so a test can stop and start it without touching the
// shared server on 5432. Postgres refuses to run as root: when the tests do,
// the cluster's commands run as the `postgres` user in a folder it owns.
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
const BIN = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';
const OS_USER = 'postgres';

export type PostgresCluster = {
  port: number;
  /** A URL for `database` on this cluster, as the superuser `postgres`. */
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<string>;
  start: () => Promise<void>;
  /** `pg_ctl stop -m fast`: open connections are cut, committed work is kept. */
  stop: () => Promise<void>;
  destroy: () => Promise<void>;
};

const isRoot = () => process.getuid?.() === 0;

async function pgCommand(command: string, args: string[]): Promise<string> {
  const file = path.join(BIN, command);
  const { stdout } = isRoot() ? await run('runuser', ['-u', OS_USER, '--', file, ...args]) : await run(file, args);
  return stdout;
}

function ownedTempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'headway-pg-'));
  if (isRoot()) {
    const id = (flag: string) => Number(execFileSync('id', [flag, OS_USER], { encoding: 'utf8' }).trim());
    chownSync(dir, id('-u'), id('-g'));
  }
  return dir;
}

export async function startCluster(port: number): Promise<PostgresCluster> {
  const dir = ownedTempDir();
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'server.log');
  await pgCommand('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
  // Loopback only, its own socket folder, and no fsync: the test is about the
  // app across a clean stop and start, not about surviving a power cut.
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off -c max_connections=60`;
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;

  const start = async () => {
    await pgCommand('pg_ctl', ['start', '-D', data, '-l', log, '-w', '-t', '60', '-o', options]);
  };
  const stop = async () => {
    await pgCommand('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w', '-t', '60']);
  };
  await start();

  return {
    port,
    url,
    createDatabase: async (name) => {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    start,
    stop,
    destroy: async () => {
      await pgCommand('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']).catch(() => '');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
