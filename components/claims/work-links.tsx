import { ActionButton } from "@/components/forms/action-button";
import { FormattedDate } from "@/components/formatted-date";
import { setHiddenAction } from "@/lib/claims/actions";
import { WorkLinkForm } from "./work-link-form";

type WorkLinkItem = { id: number; title: string; url: string; kind: string; createdAt: Date; user: { name: string } };

/** Links to existing work on a problem, added by users. */
export function WorkLinks({ links, problemNumber, viewer, archived }: { links: WorkLinkItem[]; problemNumber: string; viewer: { isAdmin: boolean } | null; archived: boolean }) {
  return (
    <section aria-labelledby="work-heading" className="space-y-3">
      <h2 id="work-heading" className="text-lg font-semibold">
        Existing work
      </h2>
      {links.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No links yet.</p>
      ) : (
        <ul className="space-y-2 text-sm" data-testid="work-links">
          {links.map((link) => (
            <li key={link.id} className="flex min-w-0 flex-wrap items-baseline gap-x-2 [overflow-wrap:anywhere]">
              <span className="rounded bg-zinc-100 px-1.5 text-xs uppercase tracking-wide dark:bg-zinc-800">{link.kind}</span>
              <a href={link.url} rel="nofollow ugc noopener noreferrer" className="min-w-0 font-medium underline">
                {link.title}
              </a>
              <span className="text-xs text-zinc-500 dark:text-zinc-400">
                added by {link.user.name} on <FormattedDate date={link.createdAt} />
              </span>
              {viewer?.isAdmin && <ActionButton action={setHiddenAction} values={{ target: "link", id: link.id, hidden: "1" }} label="Hide" />}
            </li>
          ))}
        </ul>
      )}
      {viewer && !archived && <WorkLinkForm problemNumber={problemNumber} />}
    </section>
  );
}
