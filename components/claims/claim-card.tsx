import type { ReactNode } from "react";
import Link from "next/link";
import { FormattedDate } from "@/components/formatted-date";
import { LinkedText } from "@/components/linked-text";
import { HiddenNotice } from "@/components/moderation/hidden-notice";
import type { ClaimView } from "@/lib/claims/queries";
import { ClaimLabels } from "./claim-labels";
import { ClaimTimeline } from "./claim-timeline";
import { Person } from "./person";
import { UserLinks } from "./user-links";

/** One claim: who, status, dates, note, links, collaborators; `children` holds the viewer's actions. */
export function ClaimCard({ claim, showProblem = false, children }: { claim: ClaimView; showProblem?: boolean; children?: ReactNode }) {
  return (
    <article
      className={`min-w-0 space-y-2 rounded-lg border p-4 [overflow-wrap:anywhere] ${claim.active ? "border-zinc-300 dark:border-zinc-700" : "border-dashed border-zinc-300 opacity-90 dark:border-zinc-700"}`}
      data-testid="claim"
      data-claim-id={claim.id}
      data-owner={claim.owner.name}
      data-status={claim.status}
      data-hidden={claim.hiddenAt ? "true" : undefined}
    >
      {claim.hiddenAt && <HiddenNotice hiddenAt={claim.hiddenAt} what="Your claim:" />}
      {showProblem && (
        <p className="text-sm">
          <Link href={`/problems/${claim.problem.number}`} className="font-medium underline">
            {claim.problem.number} {claim.problem.title}
          </Link>
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <Person person={claim.owner} />
        <ClaimLabels claim={claim} />
      </div>
      <p className="text-xs text-zinc-600 dark:text-zinc-400" data-testid="claim-dates">
        Started <FormattedDate date={claim.startedAt} /> · last update <FormattedDate date={claim.lastUpdateAt} />
        {claim.active && (
          <>
            {" "}
            · until <FormattedDate date={claim.expiresAt} />
          </>
        )}
        {claim.lapsed && (
          <>
            {" "}
            · lapsed after <FormattedDate date={claim.expiresAt} />
          </>
        )}
      </p>
      {claim.outcome && <ClaimOutcome outcome={claim.outcome} />}
      {claim.note && (
        <p className="whitespace-pre-line text-sm">
          <LinkedText text={claim.note} />
        </p>
      )}
      <UserLinks links={claim.links} className="space-y-0.5 text-sm" />
      {claim.collaborators.length > 0 && (
        <div className="text-sm" data-testid="collaborators">
          <span className="font-medium">Collaborators: </span>
          <ul className="mt-1 space-y-1">
            {claim.collaborators.map((person) => (
              <li key={person.id}>
                <Person person={person} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <ClaimTimeline notes={claim.notes} />
      {children && <div className="flex flex-wrap items-start gap-3 pt-1 empty:hidden">{children}</div>}
    </article>
  );
}

function ClaimOutcome({ outcome }: { outcome: NonNullable<ClaimView["outcome"]> }) {
  return (
    <p className="text-sm" data-testid="outcome">
      <span className="font-medium">Outcome: </span>
      {outcome.summary}
      {outcome.url && (
        <>
          {outcome.summary && " — "}
          <a href={outcome.url} rel="nofollow ugc noopener noreferrer" className="underline [overflow-wrap:anywhere]">
            {outcome.url}
          </a>
        </>
      )}
    </p>
  );
}
