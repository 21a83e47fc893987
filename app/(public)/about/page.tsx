import { Landing } from '@/components/home/landing';

// Also the home page of every visitor without a session cookie (proxy.ts).
// Prerendered, so the sample's dates are those of the build.
export default function AboutPage() {
  return <Landing now={new Date()} />;
}
