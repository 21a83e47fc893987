import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { BLANK_EVIDENCE, CLOSENESS_UNITS, MUST_HAVE_SHORTFALL, type ReadinessTotals } from '@/lib/domain/readiness';
import { z } from 'zod';

const rated = Prisma.sql`NOT answer."noOpportunity" AND answer.level IS NOT NULL`;

/**
 * The sums readiness is made from, over the answers aliased `answer` joined to
 * their items aliased `item`, in a query grouped by section: the same sums
 * `readinessTotals` makes in code, so every page shows the same figure.
 */
export const READINESS_SUMS = Prisma.sql`
  count(*)::int AS total,
  (count(*) FILTER (WHERE ${rated}))::int AS rated,
  (count(*) FILTER (WHERE answer."noOpportunity"))::int AS "noOpportunity",
  COALESCE(sum(CASE WHEN answer.level >= answer."targetLevel" THEN ${CLOSENESS_UNITS}
    ELSE (GREATEST(answer.level, 1) - 1) * ${CLOSENESS_UNITS} / (answer."targetLevel" - 1) END) FILTER (WHERE ${rated}), 0)::int AS "closenessUnits",
  (count(*) FILTER (WHERE ${rated} AND answer.level >= answer."targetLevel"
    AND (answer.evidence ~ ${BLANK_EVIDENCE.source} OR answer.confidence = 'LOW')))::int AS unsupported,
  (count(*) FILTER (WHERE answer."targetLevel" < item."stepUpLevel"))::int AS "targetsBelowStepUp",
  COALESCE(array_agg(item.title ORDER BY item.position) FILTER (WHERE ${rated} AND item."mustHave"
    AND GREATEST(answer."targetLevel", COALESCE(item."stepUpLevel", answer."targetLevel")) - answer.level >= ${MUST_HAVE_SHORTFALL}), '{}')::text[] AS "mustHaveShort"`;

export const readinessSumsSchema = z.object({
  total: z.number().int(),
  rated: z.number().int(),
  noOpportunity: z.number().int(),
  closenessUnits: z.number().int(),
  unsupported: z.number().int(),
  targetsBelowStepUp: z.number().int(),
  mustHaveShort: z.array(z.string()),
}) satisfies z.ZodType<ReadinessTotals>;
