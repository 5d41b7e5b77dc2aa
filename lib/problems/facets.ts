import "server-only";
import { activeClaimWhere } from "@/lib/claims/activity";
import { db } from "@/lib/db";
import { letterLevel } from "./difficulty";
import { DIFFICULTY_FILTER_VALUES, type DifficultyFilterValue, type ProblemFilter, type RatingSource } from "./filter-model";
import { searchProblems } from "./search";

/**
 * Counts for each filter option given the other filters ("A (46)", "D (0)"), and how many problems
 * carry a verified rating and star. One query reads every live problem's facets; the counting is
 * done here, in memory, so there is no query per option.
 */
export type CatalogueFacets = {
  category: Record<string, number>;
  difficulty: Record<DifficultyFilterValue, number>;
  exciting: number;
  unclaimed: number;
  collaborators: number;
  /** rated: by the author; communityRated: with at least one community report. */
  coverage: { total: number; rated: number; communityRated: number; starVerified: number; starred: number };
};

type FacetRow = {
  categorySlug: string;
  difficultyMin: number | null;
  difficultyMax: number | null;
  communityLevel: number | null;
  exciting: boolean | null;
  /** Whether the filter's search words match it (true when it searches for nothing). */
  found: boolean;
  active: boolean;
  wantsCollaborators: boolean;
};

type Facet = "category" | "difficulty" | "exciting" | "unclaimed" | "collaborators";

// In-memory twins of the conditions in problemWhere (lib/problems/queries.ts); the facet test
// checks that each count equals the number of problems the catalogue lists for that option.
function matchesAuthorDifficulty(row: FacetRow, value: DifficultyFilterValue): boolean {
  if (value === "unrated") return row.difficultyMin === null;
  const level = letterLevel(value);
  return row.difficultyMin !== null && row.difficultyMax !== null && row.difficultyMin <= level && level <= row.difficultyMax;
}

function matchesCommunityDifficulty(row: FacetRow, value: DifficultyFilterValue): boolean {
  return row.communityLevel === (value === "unrated" ? null : letterLevel(value));
}

function matchesDifficulty(row: FacetRow, value: DifficultyFilterValue, rating: RatingSource): boolean {
  if (rating === "author") return matchesAuthorDifficulty(row, value);
  if (rating === "community") return matchesCommunityDifficulty(row, value);
  // The author's rating wins where there is one.
  return row.difficultyMin !== null ? matchesAuthorDifficulty(row, value) : matchesCommunityDifficulty(row, value);
}

function matches(row: FacetRow, filter: ProblemFilter, except: Facet | null): boolean {
  if (except !== "category" && filter.category.length > 0 && !filter.category.includes(row.categorySlug)) return false;
  if (except !== "difficulty" && filter.difficulty.length > 0 && !filter.difficulty.some((value) => matchesDifficulty(row, value, filter.rating))) return false;
  if (except !== "exciting" && filter.exciting && row.exciting !== true) return false;
  if (except !== "unclaimed" && filter.unclaimed && row.active) return false;
  if (except !== "collaborators" && filter.collaborators && !row.wantsCollaborators) return false;
  return row.found;
}

export async function catalogueFacets(filter: ProblemFilter, now = new Date()): Promise<CatalogueFacets> {
  const [problems, searchMatches] = await Promise.all([
    db.problem.findMany({
      where: { archivedAt: null },
      select: {
        id: true,
        categorySlug: true,
        difficultyMin: true,
        difficultyMax: true,
        communityLevel: true,
        exciting: true,
        // Only active claims are read (the one definition, as a where clause), so any claim here is active.
        claims: { where: activeClaimWhere(now), select: { lookingForCollaborators: true } },
      },
    }),
    filter.q ? searchProblems(filter.q) : null,
  ]);
  const found = searchMatches && new Set(searchMatches.map((match) => match.problemId));
  const rows: FacetRow[] = problems.map(({ id, claims, ...problem }) => ({
    ...problem,
    found: found === null || found.has(id),
    active: claims.length > 0,
    wantsCollaborators: claims.some((claim) => claim.lookingForCollaborators),
  }));
  const count = (except: Facet, extra: (row: FacetRow) => boolean) => rows.filter((row) => matches(row, filter, except) && extra(row)).length;

  const category: Record<string, number> = {};
  for (const row of rows) if (matches(row, filter, "category")) category[row.categorySlug] = (category[row.categorySlug] ?? 0) + 1;
  return {
    category,
    difficulty: Object.fromEntries(DIFFICULTY_FILTER_VALUES.map((value) => [value, count("difficulty", (row) => matchesDifficulty(row, value, filter.rating))])) as Record<DifficultyFilterValue, number>,
    exciting: count("exciting", (row) => row.exciting === true),
    unclaimed: count("unclaimed", (row) => !row.active),
    collaborators: count("collaborators", (row) => row.wantsCollaborators),
    coverage: {
      total: rows.length,
      rated: rows.filter((row) => row.difficultyMin !== null).length,
      communityRated: rows.filter((row) => row.communityLevel !== null).length,
      starVerified: rows.filter((row) => row.exciting !== null).length,
      starred: rows.filter((row) => row.exciting === true).length,
    },
  };
}
