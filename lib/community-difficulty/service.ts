import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/claims/service";
import type { Prisma } from "@/lib/generated/prisma/client";
import { invalid, refused, succeeded, type MutationResult } from "@/lib/mutation-result";
import { letterLevel } from "@/lib/problems/difficulty";
import { mayReportDifficulty } from "./eligibility";
import { difficultyReportInputSchema } from "./schemas";
import { summariseReports } from "./summary";
import { MIN_DAYS_WORKED } from "./vocabulary";

type Transaction = Prisma.TransactionClient;

const NOT_ELIGIBLE = `Only someone who worked on this problem can say how hard it was: your claim on it must be done, or have run for at least ${MIN_DAYS_WORKED} days.`;

/**
 * Rewrites a problem's community columns from its reports, counting only reports whose author may
 * still report (a claim a moderator hid since no longer speaks for the problem). Call it inside the
 * transaction of every write that changes reports or the claims behind them, so that the catalogue
 * filter, which reads only the columns, never disagrees with the reports.
 */
export async function recomputeCommunityDifficulty(tx: Transaction, problemId: number, now: Date): Promise<void> {
  const reports = await tx.difficultyReport.findMany({ where: { problemId }, select: { userId: true, level: true, duration: true } });
  const claims =
    reports.length === 0
      ? []
      : await tx.claim.findMany({ where: { problemId, userId: { in: reports.map((report) => report.userId) } }, select: { userId: true, status: true, startedAt: true, hiddenAt: true } });
  const claimOf = new Map(claims.map((claim) => [claim.userId, claim]));
  const standing = reports.filter((report) => mayReportDifficulty(claimOf.get(report.userId), now));
  await tx.problem.update({ where: { id: problemId }, data: summariseReports(standing) });
}

/**
 * Saves the actor's report of how hard a problem was and how long it took, replacing their earlier
 * one; refused unless their own claim on it makes them eligible (mayReportDifficulty). The report
 * and the problem's community columns are written in one transaction.
 */
export async function saveDifficultyReport(actor: Actor, rawInput: unknown, now = new Date()): Promise<MutationResult<{ created: boolean }>> {
  const parsed = difficultyReportInputSchema.safeParse(rawInput);
  if (!parsed.success) return invalid(parsed.error);
  const { problemNumber, level, duration } = parsed.data;
  return db.$transaction(async (tx): Promise<MutationResult<{ created: boolean }>> => {
    const problem = await tx.problem.findUnique({ where: { number: problemNumber }, select: { id: true } });
    if (!problem) return refused(`There is no problem ${problemNumber}.`);
    const claim = await tx.claim.findUnique({
      where: { problemId_userId: { problemId: problem.id, userId: actor.id } },
      select: { status: true, startedAt: true, hiddenAt: true },
    });
    if (!claim) return refused(`You have no claim on problem ${problemNumber}. ${NOT_ELIGIBLE}`);
    if (!mayReportDifficulty(claim, now)) return refused(claim.hiddenAt ? "A moderator hid your claim on this problem, so it cannot carry a difficulty report." : NOT_ELIGIBLE);
    const key = { problemId_userId: { problemId: problem.id, userId: actor.id } };
    const existing = await tx.difficultyReport.findUnique({ where: key, select: { id: true } });
    const data = { level: letterLevel(level), duration, updatedAt: now };
    // An upsert on the unique (problem, user) pair: a second submit racing this one edits the same row.
    await tx.difficultyReport.upsert({ where: key, update: data, create: { problemId: problem.id, userId: actor.id, createdAt: now, ...data } });
    await recomputeCommunityDifficulty(tx, problem.id, now);
    return succeeded({ created: !existing });
  });
}
