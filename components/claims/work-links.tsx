import { ActionButton } from "@/components/forms/action-button";
import { FormattedDate } from "@/components/formatted-date";
import { HiddenNotice } from "@/components/moderation/hidden-notice";
import { deleteWorkLinkAction, setHiddenAction } from "@/lib/claims/actions";
import type { OutcomeView, WorkLinkView } from "@/lib/claims/queries";
import { WorkLinkForm } from "./work-link-form";

/**
 * Existing work on a problem: the outcomes of done claims, then links added by users (their authors
 * can remove them, moderators hide them).
 */
export function WorkLinks({
  links,
  problemNumber,
  viewer,
  archived,
  outcomes = [],
}: {
  links: WorkLinkView[];
  problemNumber: string;
  viewer: { id: string; isAdmin: boolean } | null;
  archived: boolean;
  outcomes?: OutcomeView[];
}) {
  return (
    <section aria-labelledby="work-heading" className="space-y-3">
      <h2 id="work-heading" className="text-lg font-semibold">
        Existing work
      </h2>
      {outcomes.length > 0 && (
        <ul className="space-y-2 text-sm" data-testid="outcomes">
          {outcomes.map((outcome) => (
            <li key={outcome.claimId} className="min-w-0 [overflow-wrap:anywhere]" data-testid="work-outcome">
              <span className="mr-2 rounded bg-violet-100 px-1.5 text-xs uppercase tracking-wide text-violet-900 dark:bg-violet-950 dark:text-violet-200">done</span>
              {outcome.url ? (
                <a href={outcome.url} rel="nofollow ugc noopener noreferrer" className="font-medium underline">
                  {outcome.summary || outcome.url}
                </a>
              ) : (
                <span className="font-medium">{outcome.summary}</span>
              )}{" "}
              <span className="text-xs text-zinc-500 dark:text-zinc-400">
                by {outcome.ownerName}, done <FormattedDate date={outcome.finishedAt} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {links.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{outcomes.length === 0 ? "No links yet." : "No other links yet."}</p>
      ) : (
        <ul className="space-y-2 text-sm" data-testid="work-links">
          {links.map((link) => {
            const mine = viewer?.id === link.userId;
            return (
              <li key={link.id} className="min-w-0 space-y-1 [overflow-wrap:anywhere]" data-testid="work-link" data-link-id={link.id}>
                {link.hiddenAt && <HiddenNotice hiddenAt={link.hiddenAt} what="Your link:" />}
                <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                  <span className="rounded bg-zinc-100 px-1.5 text-xs uppercase tracking-wide dark:bg-zinc-800">{link.kind}</span>
                  <a href={link.url} rel="nofollow ugc noopener noreferrer" className="font-medium underline [overflow-wrap:anywhere]">
                    {link.title}
                  </a>
                  <span className="text-xs text-zinc-500 dark:text-zinc-400">
                    added by {mine ? "you" : link.user.name} on <FormattedDate date={link.createdAt} />
                  </span>
                  {mine && <ActionButton action={deleteWorkLinkAction} values={{ linkId: link.id }} label="Remove" confirm={`Remove your link “${link.title}”? This cannot be undone.`} />}
                  {viewer?.isAdmin && !link.hiddenAt && <ActionButton action={setHiddenAction} values={{ target: "link", id: link.id, hidden: "1" }} label="Hide" />}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {viewer && !archived && <WorkLinkForm problemNumber={problemNumber} />}
    </section>
  );
}
