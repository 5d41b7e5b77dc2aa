import Link from "next/link";
import { signOutAction } from "@/lib/auth/actions";
import { getCurrentUser } from "@/lib/auth/session";
import { unreadCount } from "@/lib/notifications/queries";

/**
 * The per-visitor end of the header line: the inbox and who is signed in, or the sign-in links.
 * Rendered per request. On small screens only the inbox stays on the line; the rest is in the menu
 * (UserMenu).
 */
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
        <Link href="/admin" className="hidden hover:underline sm:inline">
          Moderation
        </Link>
      )}
      <Link href="/me" className="hidden min-w-0 hover:underline [overflow-wrap:anywhere] sm:inline" data-testid="signed-in-as">
        {user.name}
      </Link>
      <form action={signOutAction} className="hidden sm:block">
        <button type="submit" className="hover:underline">
          Sign out
        </button>
      </form>
    </>
  );
}

const MENU_ITEM = "rounded px-2 py-1.5 text-left hover:bg-zinc-100 dark:hover:bg-zinc-900";

/** The signed-in visitor's entries in the small-screen menu. */
export async function UserMenu() {
  const user = await getCurrentUser();
  if (!user) return <SignedOutMenu />;
  return (
    <>
      <Link href="/me" className={`${MENU_ITEM} [overflow-wrap:anywhere]`}>
        {user.name}
      </Link>
      {user.isAdmin && (
        <Link href="/admin" className={MENU_ITEM}>
          Moderation
        </Link>
      )}
      <form action={signOutAction} className="contents">
        <button type="submit" className={MENU_ITEM}>
          Sign out
        </button>
      </form>
    </>
  );
}

export function SignedOutMenu() {
  return (
    <>
      <Link href="/sign-in" className={MENU_ITEM}>
        Sign in
      </Link>
      <Link href="/sign-up" className={MENU_ITEM}>
        Sign up
      </Link>
    </>
  );
}

export function SignedOutNav() {
  return (
    <>
      <Link href="/sign-in" className="hidden whitespace-nowrap hover:underline min-[24rem]:inline">
        Sign in
      </Link>
      <Link href="/sign-up" className="whitespace-nowrap rounded-md bg-blue-700 px-2.5 py-1 font-medium text-white hover:bg-blue-800">
        Sign up
      </Link>
    </>
  );
}
