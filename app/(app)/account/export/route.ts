import { clientInfo } from '@/lib/auth/client-info';
import { getSessionUser } from '@/lib/auth/session';
import { recordAuditEvent } from '@/lib/data/audit';
import { exportAccountData } from '@/lib/data/users';
import { exportFormat } from '@/lib/export/formats';
import { answeringUnavailable } from '@/lib/http/unavailable';

export const dynamic = 'force-dynamic';

export const GET = answeringUnavailable('account export', async (request: Request) => {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: 'Sign in to download your data.' }, { status: 401 });
  await recordAuditEvent('DATA_EXPORTED', user.id, clientInfo(request.headers));
  const data = await exportAccountData(user);
  const body = JSON.stringify({ exportedAt: new Date().toISOString(), format: 'headway-account-export/1', account: data }, null, 2);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      'Content-Type': exportFormat('json').contentType,
      'Content-Disposition': `attachment; filename="headway-data-${day}.json"`,
      'Cache-Control': 'no-store',
    },
  });
});
