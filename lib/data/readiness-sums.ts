import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { CLOSENESS_UNITS, type ReadinessTotals } from '@/lib/domain/readiness';
import { z } from 'zod';

const rated = Prisma.sql`NOT answer."noOpportunity" AND answer.level IS NOT NULL`;

/**
 * The four sums readiness is made from, over the answers aliased `answer` in
 * a grouped query: the same integer sums `readinessTotals` makes in code.
 */
export const READINESS_SUMS = Prisma.sql`
  count(*)::int AS total,
  (count(*) FILTER (WHERE ${rated}))::int AS rated,
  (count(*) FILTER (WHERE answer."noOpportunity"))::int AS "noOpportunity",
  COALESCE(sum(LEAST(answer.level * ${CLOSENESS_UNITS} / GREATEST(answer."targetLevel", 1), ${CLOSENESS_UNITS})) FILTER (WHERE ${rated}), 0)::int AS "closenessUnits"`;

export const readinessSumsSchema = z.object({
  total: z.number().int(),
  rated: z.number().int(),
  noOpportunity: z.number().int(),
  closenessUnits: z.number().int(),
}) satisfies z.ZodType<ReadinessTotals>;
