import { MIN_DAYS_WORKED } from "./vocabulary";

const DAY_MS = 86_400_000;

/** The fields of a user's claim on a problem that decide whether they may report its difficulty. */
export type ClaimForReport = { status: string; startedAt: Date; hiddenAt: Date | null };

/**
 * The one rule for who may say how hard a problem was: the user's own claim on it (one per user per
 * problem) is done, or started at least MIN_DAYS_WORKED days ago, and a moderator has not hidden it.
 * A withdrawn claim that ran that long counts: giving up after two weeks says something about
 * difficulty too. The report service, the problem page and the summary's recount all ask this.
 */
export function mayReportDifficulty(claim: ClaimForReport | null | undefined, now: Date): boolean {
  if (!claim || claim.hiddenAt !== null) return false;
  return claim.status === "done" || now.getTime() - claim.startedAt.getTime() >= MIN_DAYS_WORKED * DAY_MS;
}
