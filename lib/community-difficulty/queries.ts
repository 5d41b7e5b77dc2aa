import "server-only";
import { db } from "@/lib/db";
import { DIFFICULTY_LETTERS, type DifficultyLetter } from "@/lib/problems/difficulty";
import { isDurationBucket, type DurationBucket } from "./vocabulary";

export type OwnDifficultyReport = { level: DifficultyLetter; duration: DurationBucket; updatedAt: Date };

/** The user's own report on a problem, to start the report form from; null when they have not reported. */
export async function ownDifficultyReport(userId: string, problemId: number): Promise<OwnDifficultyReport | null> {
  const report = await db.difficultyReport.findUnique({
    where: { problemId_userId: { problemId, userId } },
    select: { level: true, duration: true, updatedAt: true },
  });
  const level = report && DIFFICULTY_LETTERS[report.level - 1];
  if (!report || !level || !isDurationBucket(report.duration)) return null;
  return { level, duration: report.duration, updatedAt: report.updatedAt };
}
