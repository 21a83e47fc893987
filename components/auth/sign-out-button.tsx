import { signOut } from '@/app/(app)/actions';
import { Button } from '@/components/ui/button';

// A plain form posting to a server action: it works before any script loads,
// and keeps next-auth's client library out of the scripts every page loads.
export function SignOutButton() {
  return (
    <form action={signOut}>
      <Button type="submit" variant="secondary" className="text-sm">
        Sign out
      </Button>
    </form>
  );
}
