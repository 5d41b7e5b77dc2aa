import { letterLevel, DIFFICULTY_LETTERS } from "@/lib/problems/difficulty";
import { DURATION_BUCKETS, isDurationBucket } from "./vocabulary";

/** The Problem columns a problem's reports add up to (see prisma/schema.prisma, Problem.community*). */
export type CommunityColumns = { communityReports: number; communityLevel: number | null; communityDuration: string | null };

export const NO_COMMUNITY_REPORTS: CommunityColumns = { communityReports: 0, communityLevel: null, communityDuration: null };

/**
 * Sums up reports: the most reported level, a tie going to the easier letter (a newcomer reading
 * "mostly B" should not be scared off by a coin toss), and the median duration bucket, the shorter
 * of the two middle ones when the count is even, for the same reason.
 */
export function summariseReports(reports: readonly { level: number; duration: string }[]): CommunityColumns {
  const valid = reports.filter((report) => report.level >= 1 && report.level <= DIFFICULTY_LETTERS.length && isDurationBucket(report.duration));
  if (valid.length === 0) return NO_COMMUNITY_REPORTS;
  const perLevel = DIFFICULTY_LETTERS.map((letter) => valid.filter((report) => report.level === letterLevel(letter)).length);
  // indexOf finds the first, i.e. the easiest, of the levels tied for most reports.
  const communityLevel = perLevel.indexOf(Math.max(...perLevel)) + 1;
  const durations = valid.map((report) => DURATION_BUCKETS.indexOf(report.duration as (typeof DURATION_BUCKETS)[number])).sort((a, b) => a - b);
  const median = durations[Math.floor((durations.length - 1) / 2)]!;
  return { communityReports: valid.length, communityLevel, communityDuration: DURATION_BUCKETS[median]! };
}
