import Link from "next/link";
import type { ClaimView, Dashboard } from "@/lib/claims/queries";
import { EXPIRING_SOON_DAYS } from "@/lib/claims/vocabulary";
import { ClaimCard } from "./claim-card";
import { ProgressNoteForm } from "./progress-note-form";
import { RenewClaim } from "./renew-claim";

/** A claim of mine on /me, with renew and note where they apply. */
function MyClaim({ claim }: { claim: ClaimView }) {
  const expires = claim.status === "interested" || claim.status === "working";
  return (
    <ClaimCard claim={claim} showProblem>
      {expires && <RenewClaim claimId={claim.id} renewal={claim.renewal} />}
      {claim.viewerCanPostNote && <ProgressNoteForm claimId={claim.id} />}
    </ClaimCard>
  );
}

/** /me's own claims: those lapsing within EXPIRING_SOON_DAYS (or lapsed) first, each with a renew button, then the rest. */
export function MyClaims({ dashboard }: { dashboard: Pick<Dashboard, "expiringSoon" | "myClaims"> }) {
  const { expiringSoon, myClaims } = dashboard;
  return (
    <>
      {expiringSoon.length > 0 && (
        <section aria-labelledby="expiring-soon" className="space-y-3" data-testid="expiring-soon">
          <h2 id="expiring-soon" className="text-lg font-semibold">
            Lapsing within {EXPIRING_SOON_DAYS} days, or lapsed
          </h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Still on it? Renew in one step; a lapsed claim no longer counts as someone working on the problem.</p>
          {expiringSoon.map((claim) => (
            <MyClaim key={claim.id} claim={claim} />
          ))}
        </section>
      )}
      <section aria-labelledby="my-claims" className="space-y-3">
        <h2 id="my-claims" className="text-lg font-semibold">
          My claims
        </h2>
        {myClaims.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {expiringSoon.length === 0 ? "None yet. " : "No others. "}
            <Link href="/?unclaimed=1" className="underline">
              Find a problem nobody is working on.
            </Link>
          </p>
        ) : (
          myClaims.map((claim) => <MyClaim key={claim.id} claim={claim} />)
        )}
      </section>
    </>
  );
}
