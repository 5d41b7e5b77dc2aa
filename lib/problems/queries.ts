import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { letterLevel } from "./difficulty";
import type { ProblemFilter } from "./filter";

/** The fields a catalogue row shows. */
const summarySelect = {
  number: true,
  title: true,
  categorySlug: true,
  subcategory: true,
  difficulty: true,
  exciting: true,
} satisfies Prisma.ProblemSelect;

export type ProblemSummary = Prisma.ProblemGetPayload<{ select: typeof summarySelect }>;

export type CategorySummary = { slug: string; position: number; title: string; summary: string };

/** Turns the filter into one Prisma where clause (all conditions AND-ed; values within a field OR-ed). */
export function problemWhere(filter: ProblemFilter): Prisma.ProblemWhereInput {
  const conditions: Prisma.ProblemWhereInput[] = [{ archivedAt: null }];
  if (filter.category.length > 0) conditions.push({ categorySlug: { in: filter.category } });
  if (filter.difficulty.length > 0) {
    conditions.push({
      OR: filter.difficulty.map((value) =>
        value === "unrated"
          ? { difficultyMin: null }
          : { difficultyMin: { lte: letterLevel(value) }, difficultyMax: { gte: letterLevel(value) } },
      ),
    });
  }
  if (filter.exciting) conditions.push({ exciting: true });
  // Every word must appear somewhere; searchText is stored lower-cased.
  for (const word of filter.q.toLowerCase().split(" ").filter(Boolean)) {
    conditions.push({ searchText: { contains: word } });
  }
  return { AND: conditions };
}

/** Every live problem matching the filter, sorted by number, in one query. */
export async function listProblems(filter: ProblemFilter): Promise<ProblemSummary[]> {
  return db.problem.findMany({ where: problemWhere(filter), select: summarySelect, orderBy: { sortKey: "asc" } });
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

/** One problem by number, archived or not, with its category's title. */
export async function getProblem(number: string) {
  return db.problem.findUnique({
    where: { number },
    include: { category: { select: { slug: true, title: true, position: true } } },
  });
}

export type ProblemDetail = NonNullable<Awaited<ReturnType<typeof getProblem>>>;

/** The live problems just before and after this one in its category. */
export async function getNeighbours(problem: Pick<ProblemDetail, "categorySlug" | "sortKey">) {
  const base = { categorySlug: problem.categorySlug, archivedAt: null };
  const select = { number: true, title: true } as const;
  const [previous, next] = await Promise.all([
    db.problem.findFirst({ where: { ...base, sortKey: { lt: problem.sortKey } }, orderBy: { sortKey: "desc" }, select }),
    db.problem.findFirst({ where: { ...base, sortKey: { gt: problem.sortKey } }, orderBy: { sortKey: "asc" }, select }),
  ]);
  return { previous, next };
}
