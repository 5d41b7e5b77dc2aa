import type { Prisma } from "@/lib/generated/prisma/client";
import { ACTIVE_CLAIM_STATUSES, STALE_AFTER_DAYS, type ClaimStatus } from "./schemas";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment before which a claim's last update makes it stale. */
export function staleCutoff(now: Date): Date {
  return new Date(now.getTime() - STALE_AFTER_DAYS * DAY_MS);
}

/** A claim that is interested/working, visible, and updated within the last 90 days. */
export function activeClaimWhere(now: Date): Prisma.ClaimWhereInput {
  return { status: { in: [...ACTIVE_CLAIM_STATUSES] }, hiddenAt: null, lastUpdateAt: { gte: staleCutoff(now) } };
}

export function isStale(lastUpdateAt: Date, now: Date): boolean {
  return lastUpdateAt < staleCutoff(now);
}

export function isActiveClaim(claim: { status: string; hiddenAt: Date | null; lastUpdateAt: Date }, now: Date): boolean {
  return (ACTIVE_CLAIM_STATUSES as readonly string[]).includes(claim.status) && claim.hiddenAt === null && !isStale(claim.lastUpdateAt, now);
}

/** Problem-page order: active claims first, then paused, stale, done and withdrawn; most recent first within each. */
export function claimRank(claim: { status: string; lastUpdateAt: Date; hiddenAt: Date | null }, now: Date): number {
  if (isActiveClaim(claim, now)) return 0;
  const order: Record<ClaimStatus, number> = { interested: 2, working: 2, paused: 1, done: 3, withdrawn: 4 };
  return order[claim.status as ClaimStatus] ?? 5;
}
