import type { Metadata } from "next";
import Link from "next/link";
import { Inbox } from "@/components/notifications/inbox";
import { requireCurrentUser } from "@/lib/auth/session";
import { inboxFor } from "@/lib/notifications/queries";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireCurrentUser("/me/notifications");
  const requested = Number((await searchParams).page ?? 1);
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1;
  const inbox = await inboxFor(user.id, page);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Notifications</h1>
        <p className="flex flex-wrap gap-x-4 text-sm">
          <Link href="/me#watching" className="underline">
            Problems I watch
          </Link>
          <Link href="/me/profile#email" className="underline">
            Email settings
          </Link>
        </p>
      </header>
      <Inbox {...inbox} page={page} />
    </div>
  );
}
