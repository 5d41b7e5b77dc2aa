import type { ReactNode } from "react";
import Link from "next/link";
import { FormattedDate } from "@/components/formatted-date";
import { LinkedText } from "@/components/linked-text";
import { HiddenNotice } from "@/components/moderation/hidden-notice";
import type { ClaimView } from "@/lib/claims/queries";
import { CLAIM_STATUS_LABELS, STALE_AFTER_DAYS } from "@/lib/claims/vocabulary";
import { Person } from "./person";

const STATUS_STYLES: Record<string, string> = {
  interested: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  working: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  paused: "bg-zinc-200 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200",
  done: "bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-200",
  withdrawn: "bg-zinc-100 text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400",
};

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
        <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_STYLES[claim.status] ?? ""}`}>{CLAIM_STATUS_LABELS[claim.status]}</span>
        {claim.stale && claim.status !== "done" && claim.status !== "withdrawn" && (
          <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-200" title={`No update for more than ${STALE_AFTER_DAYS} days`}>
            Stale
          </span>
        )}
        {claim.lookingForCollaborators && claim.active && (
          <span className="rounded-full bg-blue-100 px-2 py-0.5 text-xs font-medium text-blue-900 dark:bg-blue-950 dark:text-blue-200">Open to collaborators</span>
        )}
      </div>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        Started <FormattedDate date={claim.startedAt} /> · last update <FormattedDate date={claim.lastUpdateAt} />
      </p>
      {claim.note && (
        <p className="whitespace-pre-line text-sm">
          <LinkedText text={claim.note} />
        </p>
      )}
      {claim.links.length > 0 && (
        <ul className="space-y-0.5 text-sm">
          {claim.links.map((link) => (
            <li key={link}>
              <a href={link} rel="nofollow ugc noopener noreferrer" className="underline">
                {link}
              </a>
            </li>
          ))}
        </ul>
      )}
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
      {children && <div className="flex flex-wrap items-start gap-3 pt-1 empty:hidden">{children}</div>}
    </article>
  );
}
