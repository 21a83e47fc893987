import { z } from 'zod';
import { getSessionUser } from '@/lib/auth/session';
import { getBriefSource } from '@/lib/data/brief-source';
import { buildBrief } from '@/lib/domain/brief';
import { othersViewOf } from '@/lib/domain/others-export';
import { buildSharedSummary } from '@/lib/domain/summary';
import { summaryFilename } from '@/lib/export/filename';
import { EXPORT_FORMAT_KEYS, exportFormat } from '@/lib/export/formats';
import { PdfRenderError } from '@/lib/export/pdf-pool';
import { RENDERERS } from '@/lib/export/render';
import { answeringUnavailable } from '@/lib/http/unavailable';
import { idSchema } from '@/lib/validation/assessment';
import { BUSY_MESSAGE, CpuPoolBusyError } from '@/lib/workers/cpu-pool';

export const dynamic = 'force-dynamic';

const paramsSchema = z.object({ id: idSchema, format: z.enum(EXPORT_FORMAT_KEYS) });

type Context = { params: Promise<{ id: string; format: string }> };

export const GET = answeringUnavailable('summary export', async (_request: Request, context: Context) => {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: 'Sign in to export your summary.' }, { status: 401 });
  const params = paramsSchema.safeParse(await context.params);
  if (!params.success) return Response.json({ error: 'Not found.' }, { status: 404 });
  const found = await getBriefSource(user, params.data.id);
  if (!found) return Response.json({ error: 'Not found.' }, { status: 404 });
  const { source, choices, others, log } = found;
  // Every export leaves the app for someone else to read: it speaks of the EM by name.
  const summary = buildSharedSummary(source);
  const now = new Date();
  const brief = buildBrief(summary, choices, others, now, log);
  const othersView = othersViewOf(summary, choices, others);

  const { format } = params.data;
  let body: Awaited<ReturnType<(typeof RENDERERS)[typeof format]>>;
  try {
    body = await RENDERERS[format](summary, brief, othersView, now);
  } catch (error) {
    // The PDF is drawn on a worker thread: a full queue or a failed worker is a "try again", never a 500.
    if (!(error instanceof CpuPoolBusyError || error instanceof PdfRenderError)) throw error;
    return Response.json({ error: BUSY_MESSAGE }, { status: 503, headers: { 'Retry-After': '30', 'Cache-Control': 'no-store' } });
  }

  return new Response(body, {
    headers: {
      'Content-Type': exportFormat(format).contentType,
      'Content-Disposition': `attachment; filename="${summaryFilename(summary, format)}"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
