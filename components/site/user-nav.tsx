import Link from "next/link";
import { signOutAction } from "@/lib/auth/actions";
import { getCurrentUser } from "@/lib/auth/session";
import { unreadCount } from "@/lib/notifications/queries";

/** The per-visitor end of the header: who is signed in, or the sign-in links. Rendered per request. */
export async function UserNav() {
  const user = await getCurrentUser();
  if (!user) return <SignedOutNav />;
  const unread = await unreadCount(user.id);
  return (
    <>
      <Link
        href="/me/notifications"
        className="inline-flex items-center gap-1 hover:underline"
        aria-label={unread === 0 ? "Notifications, none unread" : `Notifications, ${unread} unread`}
        data-testid="inbox-link"
      >
        Inbox
        {unread > 0 && (
          <span className="rounded-full bg-blue-700 px-1.5 text-xs font-semibold leading-5 text-white" data-testid="unread-count">
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </Link>
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
