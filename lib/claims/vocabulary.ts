/**
 * The words and limits of claims, shared by the schemas (lib/claims/schemas.ts) and the forms in
 * the browser; no zod here, so that forms importing these do not ship a validation library.
 */

export const CLAIM_STATUSES = ["interested", "working", "paused", "done"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number] | "withdrawn";

/** Claims in these states, before their expiry date, count as someone working on the problem. */
export const ACTIVE_CLAIM_STATUSES = ["interested", "working"] as const;

/** A claim lapses this many days after its last renewal unless its owner picks another date. */
export const DEFAULT_EXPIRY_DAYS = 90;
/** The furthest an owner may push a claim's expiry, counted from the day they renew it. */
export const MAX_EXPIRY_DAYS = 180;
/** /me lists claims expiring within this many days first, each with a renew button. */
export const EXPIRING_SOON_DAYS = 14;

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

/** What a claim is for; asked when claiming, shown as a small label. */
export const CLAIM_PURPOSES = ["learning", "replicating", "research", "other"] as const;
export type ClaimPurpose = (typeof CLAIM_PURPOSES)[number];
export const CLAIM_PURPOSE_LABELS: Record<ClaimPurpose, string> = {
  learning: "Learning",
  replicating: "Replicating",
  research: "Research aiming to publish",
  other: "Other purpose",
};

/** How much AI tools are involved in the work. */
export const AI_INVOLVEMENTS = ["none", "assistant", "substantial", "mostly"] as const;
export type AiInvolvement = (typeof AI_INVOLVEMENTS)[number];
export const AI_INVOLVEMENT_LABELS: Record<AiInvolvement, string> = {
  none: "No AI tools",
  assistant: "AI as assistant",
  substantial: "Substantial AI use",
  mostly: "Mostly AI",
};

export const MAX_PROGRESS_NOTE_LENGTH = 2000;
export const MAX_NOTE_LINKS = 3;
export const MAX_OUTCOME_SUMMARY_LENGTH = 200;

/** The most active claims one person may hold at once (issue 8): more would be claims nobody works on. */
export const MAX_ACTIVE_CLAIMS = 10;
