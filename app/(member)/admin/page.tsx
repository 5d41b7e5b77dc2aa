import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/forms/action-button";
import { FormattedDate } from "@/components/formatted-date";
import { ModerationLog } from "@/components/moderation/moderation-log";
import { requireCurrentUser } from "@/lib/auth/session";
import { setHiddenAction } from "@/lib/claims/actions";
import { itemsForModeration, moderationLog } from "@/lib/claims/queries";

export const metadata: Metadata = { title: "Moderation" };

type Row = { key: string; target: "claim" | "request" | "link"; id: number; who: string; problem: string; text: string; date: Date; hidden: boolean };

export default async function ModerationPage() {
  const user = await requireCurrentUser("/admin");
  if (!user.isAdmin) notFound();
  const [{ claims, requests, links }, log] = await Promise.all([itemsForModeration(), moderationLog()]);
  const rows: Row[] = [
    ...claims.map((c) => ({ key: `c${c.id}`, target: "claim" as const, id: c.id, who: `${c.user.name} <${c.user.email}>`, problem: c.problem.number, text: `${c.status}: ${c.note}`, date: c.lastUpdateAt, hidden: c.hiddenAt !== null })),
    ...requests.map((r) => ({ key: `r${r.id}`, target: "request" as const, id: r.id, who: `${r.requester.name} <${r.requester.email}>`, problem: r.claim.problem.number, text: r.message, date: r.createdAt, hidden: r.hiddenAt !== null })),
    ...links.map((l) => ({ key: `l${l.id}`, target: "link" as const, id: l.id, who: `${l.user.name} <${l.user.email}>`, problem: l.problem.number, text: `${l.title} — ${l.url}`, date: l.createdAt, hidden: l.hiddenAt !== null })),
  ].sort((a, b) => b.date.getTime() - a.date.getTime());
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Moderation</h1>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Hidden items disappear from public pages and the API but stay in the database; their owner sees that a moderator hid them.
      </p>
      <section aria-labelledby="log-heading" className="space-y-2">
        <h2 id="log-heading" className="text-lg font-semibold">
          Recent moderation
        </h2>
        <ModerationLog entries={log} />
      </section>
      <h2 className="text-lg font-semibold">Latest items</h2>
      <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 text-sm dark:divide-zinc-800 dark:border-zinc-800">
        {rows.map((row) => (
          <li key={row.key} className="flex flex-wrap items-start gap-3 p-3 [overflow-wrap:anywhere]">
            <span className="w-16 font-mono text-xs uppercase">{row.target}</span>
            <span className="w-12 font-mono">{row.problem}</span>
            <span className="order-last min-w-0 basis-full [overflow-wrap:anywhere] sm:order-none sm:basis-0 sm:flex-1">
              <span className="block text-xs text-zinc-500 dark:text-zinc-400">
                {row.who} · <FormattedDate date={row.date} />
                {row.hidden && " · hidden"}
              </span>
              <span className="block whitespace-pre-line">{row.text}</span>
            </span>
            <span className="ml-auto">
              <ActionButton action={setHiddenAction} values={{ target: row.target, id: row.id, hidden: row.hidden ? "0" : "1" }} label={row.hidden ? "Unhide" : "Hide"} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
