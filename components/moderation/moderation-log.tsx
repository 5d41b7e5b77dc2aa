import Link from "next/link";
import { FormattedDate } from "@/components/formatted-date";
import type { ModerationLogEntry } from "@/lib/claims/queries";

const TARGET_NAMES = { claim: "claim", request: "collaboration request", link: "link" } as const;

/** Who hid or unhid what, and when: the moderators' shared record. */
export function ModerationLog({ entries }: { entries: ModerationLogEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing hidden or unhidden yet.</p>;
  return (
    <ol className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 text-sm dark:divide-zinc-800 dark:border-zinc-800" data-testid="moderation-log">
      {entries.map((entry) => (
        <li key={entry.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-3" data-action={entry.action}>
          <span className="w-full shrink-0 text-xs text-zinc-500 sm:w-36 dark:text-zinc-400">
            <FormattedDate date={entry.createdAt} />, {entry.createdAt.toISOString().slice(11, 16)} UTC
          </span>
          <span className="min-w-0 flex-1 [overflow-wrap:anywhere]">
            <span className="font-medium">{entry.moderatorName ?? "A deleted account"}</span>{" "}
            <span className={entry.action === "hide" ? "text-red-800 dark:text-red-300" : "text-emerald-800 dark:text-emerald-300"}>
              {entry.action === "hide" ? "hid" : "unhid"}
            </span>{" "}
            {entry.target ? (
              <>
                {entry.target.ownerName}&rsquo;s {TARGET_NAMES[entry.targetType]} on{" "}
                <Link href={`/problems/${entry.target.problemNumber}`} className="underline">
                  {entry.target.problemNumber}
                </Link>
              </>
            ) : (
              <>a {TARGET_NAMES[entry.targetType]} that has since been deleted</>
            )}{" "}
            <span className="font-mono text-xs text-zinc-500 dark:text-zinc-400">
              ({entry.targetType} {entry.targetId})
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}
