import type { Prisma } from "@/lib/generated/prisma/client";
import { ACTIVE_CLAIM_STATUSES, type ClaimStatus } from "./vocabulary";

/**
 * The one definition of an active claim (issue 8): interested or working, not hidden, and before its
 * expiry date. Pages, counts, filters and the API all use these two functions.
 */
export function activeClaimWhere(now: Date): Prisma.ClaimWhereInput {
  return { status: { in: [...ACTIVE_CLAIM_STATUSES] }, hiddenAt: null, expiresAt: { gt: now } };
}

type ClaimActivity = { status: string; hiddenAt: Date | null; expiresAt: Date };

function hasActiveStatus(status: string): boolean {
  return (ACTIVE_CLAIM_STATUSES as readonly string[]).includes(status);
}

/** The in-memory twin of activeClaimWhere. */
export function isActiveClaim(claim: ClaimActivity, now: Date): boolean {
  return hasActiveStatus(claim.status) && claim.hiddenAt === null && claim.expiresAt > now;
}

/** Interested or working, but past its expiry: shown as lapsed, not counted, renewable by its owner. */
export function isLapsed(claim: Pick<ClaimActivity, "status" | "expiresAt">, now: Date): boolean {
  return hasActiveStatus(claim.status) && claim.expiresAt <= now;
}

/** Problem-page order: active claims first, then paused, lapsed, done and withdrawn; most recent first within each. */
export function claimRank(claim: ClaimActivity, now: Date): number {
  if (isActiveClaim(claim, now)) return 0;
  const order: Record<ClaimStatus, number> = { interested: 2, working: 2, paused: 1, done: 3, withdrawn: 4 };
  return order[claim.status as ClaimStatus] ?? 5;
}
