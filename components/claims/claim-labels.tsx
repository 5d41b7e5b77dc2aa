import type { ClaimView } from "@/lib/claims/queries";
import { AI_INVOLVEMENT_LABELS, CLAIM_PURPOSE_LABELS, CLAIM_STATUS_LABELS } from "@/lib/claims/vocabulary";

const STATUS_STYLES: Record<string, string> = {
  interested: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  working: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  paused: "bg-zinc-200 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200",
  done: "bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-200",
  withdrawn: "bg-zinc-100 text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400",
};

const pill = "rounded-full px-2 py-0.5 text-xs font-medium";
const quiet = `${pill} border border-zinc-300 text-zinc-700 dark:border-zinc-700 dark:text-zinc-300`;

/** A claim's status, lapse, collaborators switch, purpose and AI involvement as small labels. */
export function ClaimLabels({ claim }: { claim: ClaimView }) {
  return (
    <>
      <span className={`${pill} ${STATUS_STYLES[claim.status] ?? ""}`}>{CLAIM_STATUS_LABELS[claim.status]}</span>
      {claim.lapsed && (
        <span className={`${pill} bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200`} data-testid="lapsed">
          Lapsed
        </span>
      )}
      {claim.lookingForCollaborators && claim.active && (
        <span className={`${pill} bg-blue-100 text-blue-900 dark:bg-blue-950 dark:text-blue-200`}>Open to collaborators</span>
      )}
      {claim.purpose && (
        <span className={quiet} data-testid="purpose">
          {CLAIM_PURPOSE_LABELS[claim.purpose]}
        </span>
      )}
      {claim.aiInvolvement && (
        <span className={quiet} data-testid="ai-involvement">
          {AI_INVOLVEMENT_LABELS[claim.aiInvolvement]}
        </span>
      )}
    </>
  );
}
