import "server-only";
import { toClaimJson, type ClaimJson } from "@/lib/claims/json";
import { communityDifficultyOf, type CommunityDifficulty } from "@/lib/community-difficulty/vocabulary";
import { outcomesOf, publicClaimsForProblems, publicWorkLinksForProblems } from "@/lib/claims/queries";
import { db } from "@/lib/db";
import type { ProblemFilter } from "@/lib/problems/filter";
import { listProblems } from "@/lib/problems/queries";

/** One problem as the export (GET /api/export.json) describes it; public fields only, timestamps in ISO 8601. */
export type ExportedProblem = {
  number: string;
  title: string;
  category: string;
  /** The subcategory heading the source lists the problem under. */
  section: string | null;
  difficulty: string | null;
  /** The author's star; null is kept for "not yet verified" should the star become three-valued. */
  exciting: boolean | null;
  sourceUrl: string;
  url: string;
  activeClaims: number;
  workingClaims: number;
  interestedClaims: number;
  doneClaims: number;
  lookingForCollaborators: boolean;
  /** What people who worked on it report (the most reported letter, the median duration), apart from the author's rating. */
  community: CommunityDifficulty | null;
  claims: ClaimJson[];
  workLinks: { title: string; url: string; kind: string; addedBy: string; addedAt: string }[];
  outcomes: { owner: string; summary: string; url: string; finishedAt: string }[];
};

/**
 * Every live problem the catalogue filter shows, with its visible claims, links and outcomes.
 * Four queries however many problems match: the catalogue's own (so counts mean what the catalogue
 * says), the problems' ids and source URLs, their claims, their links.
 */
export async function exportedProblems(filter: ProblemFilter, origin: string, now: Date): Promise<ExportedProblem[]> {
  const problems = await listProblems(filter, now);
  const rows = await db.problem.findMany({
    where: { number: { in: problems.map((problem) => problem.number) } },
    select: { id: true, number: true, sourceUrl: true },
  });
  const rowOf = new Map(rows.map((row) => [row.number, row]));
  const ids = rows.map((row) => row.id);
  const [claimsOf, linksOf] = await Promise.all([publicClaimsForProblems(ids, now), publicWorkLinksForProblems(ids)]);

  return problems.map((problem) => {
    const { id, sourceUrl } = rowOf.get(problem.number)!;
    const claims = claimsOf.get(id) ?? [];
    return {
      number: problem.number,
      title: problem.title,
      category: problem.categorySlug,
      section: problem.subcategory,
      difficulty: problem.difficulty,
      exciting: problem.exciting,
      sourceUrl,
      url: `${origin}/problems/${problem.number}`,
      activeClaims: problem.activeClaims,
      workingClaims: problem.workingClaims,
      interestedClaims: problem.interestedClaims,
      doneClaims: problem.doneClaims,
      lookingForCollaborators: problem.lookingForCollaborators,
      community: communityDifficultyOf(problem),
      claims: claims.map(toClaimJson),
      workLinks: (linksOf.get(id) ?? []).map((link) => ({
        title: link.title,
        url: link.url,
        kind: link.kind,
        addedBy: link.user.name,
        addedAt: link.createdAt.toISOString(),
      })),
      outcomes: outcomesOf(claims).map((outcome) => ({
        owner: outcome.ownerName,
        summary: outcome.summary,
        url: outcome.url,
        finishedAt: outcome.finishedAt.toISOString(),
      })),
    };
  });
}
