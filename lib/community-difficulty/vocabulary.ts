import { DIFFICULTY_LETTERS, type DifficultyLetter } from "@/lib/problems/difficulty";

/**
 * What a community difficulty report says: a letter on the author's A–D scale and roughly how long
 * the work took. No server-only imports: the report form and the catalogue rows use these.
 */

/** Duration buckets, shortest first: the order is what a median is taken over. */
export const DURATION_BUCKETS = ["under-1-week", "1-2-weeks", "2-4-weeks", "1-3-months", "over-3-months"] as const;
export type DurationBucket = (typeof DURATION_BUCKETS)[number];

export const DURATION_LABELS: Record<DurationBucket, string> = {
  "under-1-week": "under a week",
  "1-2-weeks": "1–2 weeks",
  "2-4-weeks": "2–4 weeks",
  "1-3-months": "1–3 months",
  "over-3-months": "more than 3 months",
};

export function isDurationBucket(value: string): value is DurationBucket {
  return (DURATION_BUCKETS as readonly string[]).includes(value);
}

/** How long a claim must have run before its owner may say how hard the problem was (unless it is done). */
export const MIN_DAYS_WORKED = 14;

/** What a problem's reports add up to; null when nobody has reported. */
export type CommunityDifficulty = { reports: number; level: DifficultyLetter; duration: DurationBucket };

/** The problem page's line: "Worked on by 3: mostly B, 2–4 weeks". */
export function describeCommunityDifficulty(community: CommunityDifficulty): string {
  return `Worked on by ${community.reports}: mostly ${community.level}, ${DURATION_LABELS[community.duration]}`;
}

/** The denormalised Problem columns as a summary, or null when they hold no reports. */
export function communityDifficultyOf(problem: { communityReports: number; communityLevel: number | null; communityDuration: string | null }): CommunityDifficulty | null {
  const letter = problem.communityLevel === null ? undefined : DIFFICULTY_LETTERS[problem.communityLevel - 1];
  if (problem.communityReports === 0 || !letter || !problem.communityDuration || !isDurationBucket(problem.communityDuration)) return null;
  return { reports: problem.communityReports, level: letter, duration: problem.communityDuration };
}
