import { PrismaClient } from '@/lib/generated/prisma/client';
import { createAdapterFactory, resolveDatabaseTarget, type DatabaseTarget } from '@/lib/db/database-target';
import { registerOutageProbe } from '@/lib/db/outage';
import { watchingOutages } from '@/lib/db/outage-watch';
import { closePgliteThread } from '@/lib/db/pglite-thread';
import { recordQuery } from '@/lib/db/query-stats';
import { env } from '@/lib/env';

type Holder = { client?: PrismaClient; target?: DatabaseTarget };

// Kept on globalThis so that Next's separately bundled entry points (the
// instrumentation hook, route handlers, pages) and dev reloads share one client.
const holder = ((globalThis as { __headwayDb?: Holder }).__headwayDb ??= {});

// Created on first use, never at import: `next build` imports server modules
// and must not open a database.
export function db(): PrismaClient {
  if (!holder.client) {
    const target = resolveDatabaseTarget();
    const adapter = watchingOutages(createAdapterFactory(target));
    if (env().HEADWAY_QUERY_STATS) {
      // For `npm run bench`: count every statement and its database time.
      const counted = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
      counted.$on('query', recordQuery);
      holder.client = counted;
    } else {
      holder.client = new PrismaClient({ adapter });
    }
    holder.target = target;
    const client = holder.client;
    registerOutageProbe(() => client.$queryRaw`SELECT 1`);
  }
  return holder.client;
}

export async function disconnectDb(): Promise<void> {
  const { client, target } = holder;
  holder.client = undefined;
  holder.target = undefined;
  await client?.$disconnect();
  if (target?.kind === 'pglite') await closePgliteThread(target.dataDir);
}
