import { z } from 'zod';
import { getSessionUser } from '@/lib/auth/session';
import { getSummarySource } from '@/lib/data/summaries';
import { buildSummary } from '@/lib/domain/summary';
import { summaryToCsv } from '@/lib/export/csv';
import { summaryFilename } from '@/lib/export/filename';
import { summaryToJson } from '@/lib/export/json';
import { summaryToMarkdown } from '@/lib/export/markdown';
import { renderSummaryPdf } from '@/lib/export/pdf';
import { answeringUnavailable } from '@/lib/http/unavailable';
import { idSchema } from '@/lib/validation/assessment';

export const dynamic = 'force-dynamic';

const paramsSchema = z.object({ id: idSchema, format: z.enum(['pdf', 'csv', 'md', 'json']) });

type Context = { params: Promise<{ id: string; format: string }> };

export const GET = answeringUnavailable('summary export', async (_request: Request, context: Context) => {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: 'Sign in to export your summary.' }, { status: 401 });
  const params = paramsSchema.safeParse(await context.params);
  if (!params.success) return Response.json({ error: 'Not found.' }, { status: 404 });
  const source = await getSummarySource(user, params.data.id);
  if (!source) return Response.json({ error: 'Not found.' }, { status: 404 });
  const summary = buildSummary(source);

  const { body, type } = await {
    pdf: async () => ({ body: new Uint8Array(await renderSummaryPdf(summary)), type: 'application/pdf' }),
    csv: () => Promise.resolve({ body: summaryToCsv(summary), type: 'text/csv; charset=utf-8' }),
    md: () => Promise.resolve({ body: summaryToMarkdown(summary), type: 'text/markdown; charset=utf-8' }),
    json: () => Promise.resolve({ body: `${JSON.stringify(summaryToJson(summary), null, 2)}\n`, type: 'application/json; charset=utf-8' }),
  }[params.data.format]();

  return new Response(body, {
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${summaryFilename(summary, params.data.format)}"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
