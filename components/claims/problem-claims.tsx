import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { HiddenNotice } from "@/components/moderation/hidden-notice";
import { setHiddenAction, withdrawClaimAction, withdrawRequestAction } from "@/lib/claims/actions";
import { expiryChoices } from "@/lib/claims/expiry";
import type { ClaimView } from "@/lib/claims/queries";
import { DEFAULT_EXPIRY_DAYS } from "@/lib/claims/vocabulary";
import { ClaimCard } from "./claim-card";
import { ClaimForm, type ClaimFormValues } from "./claim-form";
import { ProgressNoteForm } from "./progress-note-form";
import { RenewClaim } from "./renew-claim";
import { RequestForm } from "./request-form";

type Viewer = { id: string; isAdmin: boolean } | null;

const REQUEST_STATUS_TEXT: Record<string, string> = {
  pending: "You asked to collaborate; waiting for an answer.",
  accepted: "You are a collaborator on this claim.",
  declined: "Your request was declined.",
};

/** What an accepted collaborator is told once the owner has stopped, so a finished claim never reads as ongoing. */
function collaboratorText(claim: ClaimView): string {
  if (claim.status === "withdrawn") return "The owner withdrew this claim; you were a collaborator.";
  if (claim.status === "done") return "The owner marked this claim done; you were a collaborator.";
  if (claim.lapsed) return "This claim has lapsed; you are a collaborator until its owner renews or ends it.";
  return REQUEST_STATUS_TEXT.accepted!;
}

/** The claim as the owner's form starts from it. */
function formValuesOf(claim: ClaimView): ClaimFormValues {
  return {
    status: claim.status,
    note: claim.note,
    links: claim.links,
    lookingForCollaborators: claim.lookingForCollaborators,
    expiresOn: claim.active ? claim.expiresAt.toISOString().slice(0, 10) : null,
    purpose: claim.purpose,
    aiInvolvement: claim.aiInvolvement,
    outcomeUrl: claim.outcome?.url ?? "",
    outcomeSummary: claim.outcome?.summary ?? "",
  };
}

/** "N working · M interested", or that nobody is. */
function activitySummary(claims: ClaimView[]): string {
  const working = claims.filter((claim) => claim.active && claim.status === "working").length;
  const interested = claims.filter((claim) => claim.active && claim.status === "interested").length;
  if (working + interested === 0) return "Nobody is actively working on this problem.";
  const parts = [working > 0 ? `${working} working` : null, interested > 0 ? `${interested} interested` : null].filter(Boolean);
  return `${working + interested} active ${working + interested === 1 ? "claim" : "claims"}: ${parts.join(", ")}.`;
}

/**
 * How many claims of each kind (current, earlier) a problem page shows before "Show all": a
 * crowded problem's page stays small (each claim is a few KB of HTML), and the full list is one
 * click away on /problems/[number]/claims, cached like the page itself.
 */
export const CLAIMS_SHOWN = 12;

/** The first CLAIMS_SHOWN claims, keeping the viewer's own wherever it falls. */
function firstClaims(claims: ClaimView[], mine: ClaimView | undefined): ClaimView[] {
  const first = claims.slice(0, CLAIMS_SHOWN);
  return mine && claims.includes(mine) && !first.includes(mine) ? [...first, mine] : first;
}

/**
 * "Who is working on this": current claims (active, paused, and the viewer's own in any state),
 * then earlier work (done, withdrawn, lapsed) folded, the viewer's claim form, and their actions.
 */
export function ProblemClaims({
  claims,
  viewer,
  problemNumber,
  archived,
  now,
  showAll = false,
}: {
  claims: ClaimView[];
  viewer: Viewer;
  problemNumber: string;
  archived: boolean;
  now: Date;
  /** Every claim, or the first CLAIMS_SHOWN of each kind with a link to all of them. */
  showAll?: boolean;
}) {
  const mine = viewer ? claims.find((claim) => claim.owner.id === viewer.id) : undefined;
  // The viewer's own claim stays in view whatever its state: to renew it, and so that an action's message survives the refresh.
  const allCurrent = claims.filter((claim) => claim.active || claim.status === "paused" || claim === mine);
  const allEarlier = claims.filter((claim) => !allCurrent.includes(claim));
  const current = showAll ? allCurrent : firstClaims(allCurrent, mine);
  const earlier = showAll ? allEarlier : firstClaims(allEarlier, mine);
  const hidden = allCurrent.length - current.length + allEarlier.length - earlier.length;
  const returnTo = `/problems/${problemNumber}`;
  const card = (claim: ClaimView) => <ProblemClaim key={claim.id} claim={claim} viewer={viewer} returnTo={returnTo} />;
  return (
    <section aria-labelledby="claims-heading" className="space-y-4">
      <div>
        <h2 id="claims-heading" className="text-lg font-semibold">
          Who is working on this
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="active-claims">
          {activitySummary(claims)} A claim runs until a date its owner sets ({DEFAULT_EXPIRY_DAYS} days unless they choose) and lapses unless renewed.
        </p>
      </div>
      {current.length > 0 && <div className="space-y-3">{current.map(card)}</div>}
      {earlier.length > 0 && (
        <details className="space-y-3" data-testid="earlier-work">
          <summary className="cursor-pointer text-sm font-medium">
            Earlier work on this problem ({earlier.length}): done, withdrawn and lapsed claims
          </summary>
          <div className="mt-3 space-y-3">{earlier.map(card)}</div>
        </details>
      )}
      {hidden > 0 && (
        <p className="text-sm" data-testid="all-claims-link">
          <Link href={`/problems/${problemNumber}/claims`} className="underline">
            Show all {claims.length} claims
          </Link>{" "}
          ({hidden} more than shown here)
        </p>
      )}
      {showAll && (
        <p className="text-sm">
          <Link href={`/problems/${problemNumber}`} className="underline">
            Back to the problem
          </Link>
        </p>
      )}
      {archived ? null : viewer ? (
        <div className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <h3 className="mb-2 font-semibold">{mine && mine.status !== "withdrawn" ? "Update your claim" : "Claim this problem"}</h3>
          <ClaimForm problemNumber={problemNumber} existing={mine ? formValuesOf(mine) : null} expiry={expiryChoices(now)} />
        </div>
      ) : (
        <p className="text-sm">
          <Link href={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`} className="underline">
            Sign in
          </Link>{" "}
          or{" "}
          <Link href={`/sign-up?returnTo=${encodeURIComponent(returnTo)}`} className="underline">
            create an account
          </Link>{" "}
          to record that you are working on this problem, or to watch it and hear when someone claims it or it frees up.
        </p>
      )}
    </section>
  );
}

/** One claim with what the viewer may do on it: renew, note, withdraw, ask, leave, hide. */
function ProblemClaim({ claim, viewer, returnTo }: { claim: ClaimView; viewer: Viewer; returnTo: string }) {
  const isMine = viewer?.id === claim.owner.id;
  const request = claim.viewerRequest;
  const expires = claim.status === "interested" || claim.status === "working";
  return (
    <ClaimCard claim={claim}>
      {isMine && expires && <RenewClaim claimId={claim.id} renewal={claim.renewal} />}
      {claim.viewerCanPostNote && <ProgressNoteForm claimId={claim.id} />}
      {isMine && (
        <ActionButton
          action={withdrawClaimAction}
          values={{ claimId: claim.id }}
          label="Withdraw my claim"
          confirm="Withdraw your claim? It stays in the history."
          done={claim.status === "withdrawn"}
        />
      )}
      {viewer && !isMine && request?.hiddenAt && <HiddenNotice hiddenAt={request.hiddenAt} what="Your request to collaborate:" />}
      {viewer && !isMine && request && (
        <div className="flex min-w-0 flex-wrap items-center gap-3 text-sm">
          {request.status !== "withdrawn" && <span data-testid="request-status">{request.status === "accepted" ? collaboratorText(claim) : REQUEST_STATUS_TEXT[request.status]}</span>}
          <ActionButton
            action={withdrawRequestAction}
            values={{ requestId: request.id }}
            label={request.status === "accepted" ? "Leave" : "Withdraw request"}
            done={request.status !== "pending" && request.status !== "accepted"}
          />
        </div>
      )}
      {viewer && !isMine && claim.lookingForCollaborators && claim.active && (!request || request.status === "withdrawn") && (
        <RequestForm claimId={claim.id} ownerName={claim.owner.name} />
      )}
      {!viewer && claim.lookingForCollaborators && claim.active && (
        <Link href={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`} className="text-sm underline">
          Sign in to ask to collaborate
        </Link>
      )}
      {viewer?.isAdmin && !claim.hiddenAt && <ActionButton action={setHiddenAction} values={{ target: "claim", id: claim.id, hidden: "1" }} label="Hide (moderation)" />}
    </ClaimCard>
  );
}
