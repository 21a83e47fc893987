import 'server-only';
import { notFound } from 'next/navigation';
import type { z } from 'zod';
import { idSchema } from '@/lib/validation/assessment';

/** A route's parameter as its schema reads it. An address whose parameter is not one (mistyped or made up) is a page that does not exist. */
export function parseRouteParam<T>(schema: z.ZodType<T>, raw: string): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** What `find` holds for the id in a route. A record that is not there, or not the viewer's to see, is a page that does not exist for them. */
export async function findByRouteId<T>(raw: string, find: (id: string) => Promise<T | null>): Promise<T> {
  const found = await find(parseRouteParam(idSchema, raw));
  if (!found) notFound();
  return found;
}
