import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { HiddenNotice } from "@/components/moderation/hidden-notice";
import { setHiddenAction, withdrawClaimAction, withdrawRequestAction } from "@/lib/claims/actions";
import type { ClaimView } from "@/lib/claims/queries";
import { STALE_AFTER_DAYS } from "@/lib/claims/vocabulary";
import { ClaimCard } from "./claim-card";
import { ClaimForm } from "./claim-form";
import { RequestForm } from "./request-form";

type Viewer = { id: string; isAdmin: boolean } | null;

const REQUEST_STATUS_TEXT: Record<string, string> = {
  pending: "You asked to collaborate; waiting for an answer.",
  accepted: "You are a collaborator on this claim.",
  declined: "Your request was declined.",
};

/** "Who is working on this": every visible claim, the viewer's own claim form, and their actions. */
export function ProblemClaims({ claims, viewer, problemNumber, archived }: { claims: ClaimView[]; viewer: Viewer; problemNumber: string; archived: boolean }) {
  const activeCount = claims.filter((claim) => claim.active).length;
  const mine = viewer ? claims.find((claim) => claim.owner.id === viewer.id) : undefined;
  const returnTo = `/problems/${problemNumber}`;
  return (
    <section aria-labelledby="claims-heading" className="space-y-4">
      <div>
        <h2 id="claims-heading" className="text-lg font-semibold">
          Who is working on this
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="active-claims">
          {activeCount === 0 ? "Nobody is actively working on this problem." : `${activeCount} active ${activeCount === 1 ? "claim" : "claims"}.`} Claims with no
          update for {STALE_AFTER_DAYS} days are marked stale.
        </p>
      </div>
      {claims.length > 0 && (
        <div className="space-y-3">
          {claims.map((claim) => {
            const isMine = viewer?.id === claim.owner.id;
            const request = claim.viewerRequest;
            return (
              <ClaimCard key={claim.id} claim={claim}>
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
                    {request.status !== "withdrawn" && <span>{REQUEST_STATUS_TEXT[request.status]}</span>}
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
          })}
        </div>
      )}
      {archived ? null : viewer ? (
        <div className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <h3 className="mb-2 font-semibold">{mine && mine.status !== "withdrawn" ? "Update your claim" : "Claim this problem"}</h3>
          <ClaimForm
            problemNumber={problemNumber}
            existing={mine ? { status: mine.status, note: mine.note, links: mine.links, lookingForCollaborators: mine.lookingForCollaborators } : null}
          />
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
          to record that you are working on this problem.
        </p>
      )}
    </section>
  );
}
