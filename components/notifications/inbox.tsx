import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { FormattedDate } from "@/components/formatted-date";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";
import { INBOX_PAGE_SIZE, type InboxItem } from "@/lib/notifications/queries";

/** The inbox: newest first, unread ones marked and bold; opening one marks it read. */
export function Inbox({ items, total, unread, page }: { items: InboxItem[]; total: number; unread: number; page: number }) {
  const pages = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="inbox-summary">
          {total === 0 ? "Nothing yet." : `${total} ${total === 1 ? "notification" : "notifications"}, ${unread} unread.`}
        </p>
        {unread > 0 && <ActionButton action={markAllNotificationsReadAction} values={{}} label="Mark all read" />}
      </div>
      {total === 0 && (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          You hear here when someone asks to join your claim, answers your request, or posts on a claim you work on, and about problems you{" "}
          watch. <Link href="/" className="underline">Find a problem to watch.</Link>
        </p>
      )}
      <ol className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
        {items.map((item) => (
          <li key={item.id} className={`flex flex-col gap-1 p-3 sm:flex-row sm:items-start sm:justify-between ${item.readAt ? "" : "bg-blue-50 dark:bg-blue-950/40"}`} data-testid="notification" data-unread={item.readAt ? undefined : "true"}>
            <div className="min-w-0 space-y-1">
              <p className="[overflow-wrap:anywhere]">
                {!item.readAt && (
                  <span className="mr-1.5 inline-block h-2 w-2 rounded-full bg-blue-700 align-middle dark:bg-blue-400" aria-hidden="true" />
                )}
                {!item.readAt && <span className="sr-only">Unread: </span>}
                {/* A full page load, not a client navigation: the route marks it read and redirects, and the
                    header's unread count (in the layout, which client navigations keep) must show that. */}
                <a href={`/me/notifications/${item.id}`} className={`underline ${item.readAt ? "" : "font-semibold"}`}>
                  {item.title}
                </a>
              </p>
              {item.detail && <p className="text-sm text-zinc-700 [overflow-wrap:anywhere] dark:text-zinc-300">{item.detail}</p>}
              <p className="text-xs text-zinc-600 dark:text-zinc-400">
                <FormattedDate date={item.createdAt} />
              </p>
            </div>
            {!item.readAt && (
              <div className="shrink-0 whitespace-nowrap">
                <ActionButton action={markNotificationReadAction} values={{ notificationId: item.id }} label="Mark read" />
              </div>
            )}
          </li>
        ))}
      </ol>
      {pages > 1 && (
        <nav aria-label="Inbox pages" className="flex justify-between text-sm">
          {page > 1 ? <Link href={`/me/notifications?page=${page - 1}`} className="underline">← Newer</Link> : <span />}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? <Link href={`/me/notifications?page=${page + 1}`} className="underline">Older →</Link> : <span />}
        </nav>
      )}
    </div>
  );
}
