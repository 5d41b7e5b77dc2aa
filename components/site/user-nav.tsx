import Link from "next/link";
import { signOutAction } from "@/lib/auth/actions";
import { getCurrentUser } from "@/lib/auth/session";

/** The per-visitor end of the header: who is signed in, or the sign-in links. Rendered per request. */
export async function UserNav() {
  const user = await getCurrentUser();
  if (!user) return <SignedOutNav />;
  return (
    <>
      {user.isAdmin && (
        <Link href="/admin" className="hover:underline">
          Moderation
        </Link>
      )}
      <Link href="/me" className="min-w-0 hover:underline [overflow-wrap:anywhere]" data-testid="signed-in-as">
        {user.name}
      </Link>
      <form action={signOutAction}>
        <button type="submit" className="hover:underline">
          Sign out
        </button>
      </form>
    </>
  );
}

export function SignedOutNav() {
  return (
    <>
      <Link href="/sign-in" className="hover:underline">
        Sign in
      </Link>
      <Link href="/sign-up" className="rounded-md bg-blue-700 px-2.5 py-1 font-medium text-white hover:bg-blue-800">
        Sign up
      </Link>
    </>
  );
}
