// The benchmark's bare baseline: a Next app with nothing of Headway's (no
// proxy, no security headers, no session, no database), built and served by
// `npm run bench` beside Headway so that every page can be weighed against
// what Next itself costs on this machine in the same run.
const nextConfig = { poweredByHeader: false };

export default nextConfig;
