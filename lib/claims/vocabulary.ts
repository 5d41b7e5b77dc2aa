/**
 * The words and limits of claims, shared by the schemas (lib/claims/schemas.ts) and the forms in
 * the browser; no zod here, so that forms importing these do not ship a validation library.
 */

export const CLAIM_STATUSES = ["interested", "working", "paused", "done"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number] | "withdrawn";

/** Claims in these states, updated within STALE_AFTER_DAYS, count as someone working on the problem. */
export const ACTIVE_CLAIM_STATUSES = ["interested", "working"] as const;
export const STALE_AFTER_DAYS = 90;

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  interested: "Interested",
  working: "Working on it",
  paused: "Paused",
  done: "Done",
  withdrawn: "Withdrawn",
};

export const WORK_LINK_KINDS = ["paper", "post", "repo", "other"] as const;

export const MAX_NOTE_LENGTH = 1000;
export const MAX_MESSAGE_LENGTH = 1000;
export const MAX_CLAIM_LINKS = 5;
