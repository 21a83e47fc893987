// Runs once when the server starts, before it answers any request.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
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
