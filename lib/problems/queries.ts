import "server-only";
import { activeClaimWhere, isActiveClaim } from "@/lib/claims/activity";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { letterLevel } from "./difficulty";
import type { DifficultyFilterValue, ProblemFilter, RatingSource } from "./filter";
import { searchProblems, type SearchMatch } from "./search";

/** The fields a catalogue row shows. */
const summarySelect = {
  number: true,
  title: true,
  categorySlug: true,
  subcategory: true,
  difficulty: true,
  exciting: true,
  // The community's difficulty, denormalised on the row (lib/community-difficulty/service.ts).
  communityReports: true,
  communityLevel: true,
  communityDuration: true,
} satisfies Prisma.ProblemSelect;

export type ProblemSummary = Prisma.ProblemGetPayload<{ select: typeof summarySelect }> & {
  /** Active claims (lib/claims/activity.ts): interested or working, before their expiry. */
  activeClaims: number;
  /** The active claims split by status, so a row can say "2 working · 1 interested". */
  workingClaims: number;
  interestedClaims: number;
  /** Visible claims marked done. */
  doneClaims: number;
  lookingForCollaborators: boolean;
  /** Where the search words matched in the body (lib/problems/search.ts), when a search found them there. */
  snippet: string | null;
};

export type CategorySummary = { slug: string; position: number; title: string; summary: string };

/** Selects a problem's active and done claims, for `withClaimActivity`. */
function activeClaimsSelect(now: Date) {
  return {
    where: { OR: [activeClaimWhere(now), { status: "done", hiddenAt: null }] },
    select: { status: true, hiddenAt: true, expiresAt: true, lookingForCollaborators: true },
  } satisfies Prisma.Problem$claimsArgs;
}

/** Replaces the selected claims with their counts and whether an active one looks for collaborators. */
function withClaimActivity(now: Date) {
  return <T extends { claims: { status: string; hiddenAt: Date | null; expiresAt: Date; lookingForCollaborators: boolean }[] }>({ claims, ...problem }: T) => {
    const active = claims.filter((claim) => isActiveClaim(claim, now));
    return {
      ...problem,
      activeClaims: active.length,
      workingClaims: active.filter((claim) => claim.status === "working").length,
      interestedClaims: active.filter((claim) => claim.status === "interested").length,
      doneClaims: claims.filter((claim) => claim.status === "done").length,
      lookingForCollaborators: active.some((claim) => claim.lookingForCollaborators),
    };
  };
}

/** Catalogue order (1.2 before 1.10), served by the (archivedAt | categorySlug, numberMajor, numberMinor) indexes. */
function byNumber(direction: Prisma.SortOrder): Prisma.ProblemOrderByWithRelationInput[] {
  return [{ numberMajor: direction }, { numberMinor: direction }];
}

/**
 * One difficulty option under the chosen rating source. The community's level is a column on the
 * row, so every source stays within the one query. Under "either" the author's rating wins: a
 * problem the author rated is judged by that rating alone, the others by the community's.
 */
function difficultyWhere(value: DifficultyFilterValue, rating: RatingSource): Prisma.ProblemWhereInput {
  const author: Prisma.ProblemWhereInput =
    value === "unrated" ? { difficultyMin: null } : { difficultyMin: { lte: letterLevel(value) }, difficultyMax: { gte: letterLevel(value) } };
  const community: Prisma.ProblemWhereInput = { communityLevel: value === "unrated" ? null : letterLevel(value) };
  if (rating === "author") return author;
  if (rating === "community") return community;
  return value === "unrated" ? { difficultyMin: null, communityLevel: null } : { OR: [author, { difficultyMin: null, ...community }] };
}

/**
 * Turns the filter into one Prisma where clause (all conditions AND-ed; values within a field
 * OR-ed). The free-text part arrives as the search's matches (null: no words to search for).
 */
export function problemWhere(filter: ProblemFilter, matches: SearchMatch[] | null, now = new Date()): Prisma.ProblemWhereInput {
  const conditions: Prisma.ProblemWhereInput[] = [{ archivedAt: null }];
  if (filter.category.length > 0) conditions.push({ categorySlug: { in: filter.category } });
  if (filter.difficulty.length > 0) conditions.push({ OR: filter.difficulty.map((value) => difficultyWhere(value, filter.rating)) });
  if (filter.exciting) conditions.push({ exciting: true });
  if (filter.unclaimed) conditions.push({ claims: { none: activeClaimWhere(now) } });
  if (filter.collaborators) conditions.push({ claims: { some: { ...activeClaimWhere(now), lookingForCollaborators: true } } });
  if (matches) conditions.push({ id: { in: matches.map((match) => match.problemId) } });
  return { AND: conditions };
}

/**
 * Every live problem matching the filter with its active claims: sorted by number, or best match
 * first when the filter searches for words. One query for the problems and one batched query for
 * their claims, however many problems match (and one for the search).
 */
export async function listProblems(filter: ProblemFilter, now = new Date()): Promise<ProblemSummary[]> {
  const matches = filter.q ? await searchProblems(filter.q) : null;
  const problems = await db.problem.findMany({
    where: problemWhere(filter, matches, now),
    select: { ...summarySelect, id: true, claims: activeClaimsSelect(now) },
    orderBy: byNumber("asc"),
  });
  const matchOf = new Map(matches?.map((match) => [match.problemId, match]));
  const summaries = problems.map(withClaimActivity(now)).map(({ id, ...problem }) => ({ ...problem, snippet: matchOf.get(id)?.snippet ?? null, rank: matchOf.get(id)?.rank ?? 0 }));
  if (matches) summaries.sort((a, b) => a.rank - b.rank);
  return summaries.map(({ rank: _rank, ...summary }) => summary);
}

/** Every live problem's number and when its content last changed, in catalogue order (for the sitemap). */
export async function listProblemPages(): Promise<{ number: string; updatedAt: Date }[]> {
  return db.problem.findMany({ where: { archivedAt: null }, select: { number: true, updatedAt: true }, orderBy: byNumber("asc") });
}

/** Live categories in their order, with their live problem counts. */
export async function listCategories(): Promise<(CategorySummary & { problemCount: number })[]> {
  const categories = await db.category.findMany({
    where: { archivedAt: null },
    orderBy: { position: "asc" },
    select: {
      slug: true,
      position: true,
      title: true,
      summary: true,
      _count: { select: { problems: { where: { archivedAt: null } } } },
    },
  });
  return categories.map(({ _count, ...category }) => ({ ...category, problemCount: _count.problems }));
}

/** One category with its rendered text, or null; archived categories are not found. */
export async function getCategory(slug: string) {
  return db.category.findFirst({ where: { slug, archivedAt: null } });
}

/** One problem by number, archived or not, with its category's title and active claims. */
export async function getProblem(number: string, now = new Date()) {
  const problem = await db.problem.findUnique({
    where: { number },
    include: {
      category: { select: { slug: true, title: true, position: true } },
      claims: activeClaimsSelect(now),
    },
  });
  return problem && withClaimActivity(now)(problem);
}

export type ProblemDetail = NonNullable<Awaited<ReturnType<typeof getProblem>>>;

/** The live problems just before and after this one in its category. */
export async function getNeighbours(problem: Pick<ProblemDetail, "categorySlug" | "numberMajor" | "numberMinor">) {
  const base = { categorySlug: problem.categorySlug, archivedAt: null };
  const select = { number: true, title: true } as const;
  const { numberMajor, numberMinor } = problem;
  const [previous, next] = await Promise.all([
    db.problem.findFirst({
      where: { ...base, OR: [{ numberMajor: { lt: numberMajor } }, { numberMajor, numberMinor: { lt: numberMinor } }] },
      orderBy: byNumber("desc"),
      select,
    }),
    db.problem.findFirst({
      where: { ...base, OR: [{ numberMajor: { gt: numberMajor } }, { numberMajor, numberMinor: { gt: numberMinor } }] },
      orderBy: byNumber("asc"),
      select,
    }),
  ]);
  return { previous, next };
}
