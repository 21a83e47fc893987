// Runs once when the server starts, before it answers any request.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    if (process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build') {
      // The public pages skip proxy.ts: their CSP is the one the build wrote into their headers.
      const { pagesWithoutServedPolicy } = await import('@/lib/security/prerendered-pages');
      const unguarded = pagesWithoutServedPolicy();
      if (unguarded.length) {
        throw new Error(`No Content-Security-Policy in the build for ${unguarded.join(', ')}: build with \`npm run build\` (it writes them), not \`next build\` alone.`);
      }
    }
    const { recordPeerAddresses } = await import('@/lib/http/peer-address');
    recordPeerAddresses();
    // Sending email is a loop in each instance; without SMTP settings there is none.
    const { emailConfig } = await import('@/lib/email/config');
    const config = emailConfig();
    if (config && process.env.NEXT_PHASE !== 'phase-production-build') {
      const { startEmailWorker } = await import('@/lib/email/worker');
      startEmailWorker(config);
    }
  }
}
