import type { Database } from "@/lib/database-client";
import { loadContent, type ContentError, type LoadedCategory, type LoadedProblem } from "@/lib/content/load";

export type IngestCounts = { added: number; updated: number; archived: number; unchanged: number };

export type IngestResult =
  | { ok: true; problems: IngestCounts; categories: IngestCounts }
  | { ok: false; errors: ContentError[] };

function emptyCounts(): IngestCounts {
  return { added: 0, updated: 0, archived: 0, unchanged: 0 };
}

function categoryRow(category: LoadedCategory) {
  return {
    slug: category.slug,
    position: category.order,
    title: category.title,
    summary: category.summary,
    sourceUrl: category.source,
    bodyHtml: category.bodyHtml,
    contentHash: category.contentHash,
    archivedAt: null,
  };
}

function problemRow(problem: LoadedProblem) {
  return {
    number: problem.number,
    sortKey: problem.sortKey,
    title: problem.title,
    categorySlug: problem.category,
    subcategory: problem.subcategory ?? null,
    difficulty: problem.difficulty?.label ?? null,
    difficultyMin: problem.difficulty?.minLevel ?? null,
    difficultyMax: problem.difficulty?.maxLevel ?? null,
    exciting: problem.exciting,
    sourceUrl: problem.source,
    termsJson: JSON.stringify(problem.terms),
    bodyHtml: problem.bodyHtml,
    searchText: problem.searchText,
    contentHash: problem.contentHash,
    archivedAt: null,
  };
}

/**
 * Validates all content under contentDir, then writes it in one transaction: new rows are added,
 * changed rows updated, rows whose file is gone archived (never deleted, so claims keep their
 * problem), and unchanged rows left untouched. Invalid content writes nothing.
 */
export async function ingestContent(database: Database, contentDir: string, now = new Date()): Promise<IngestResult> {
  const content = await loadContent(contentDir);
  if (!content.ok) return content;

  return database.$transaction(async (transaction) => {
    const categoryCounts = emptyCounts();
    const problemCounts = emptyCounts();

    const existingCategories = new Map(
      (await transaction.category.findMany({ select: { slug: true, contentHash: true, archivedAt: true } })).map((row) => [row.slug, row]),
    );
    for (const category of content.categories) {
      const existing = existingCategories.get(category.slug);
      existingCategories.delete(category.slug);
      if (!existing) {
        await transaction.category.create({ data: categoryRow(category) });
        categoryCounts.added += 1;
      } else if (existing.contentHash !== category.contentHash || existing.archivedAt) {
        await transaction.category.update({ where: { slug: category.slug }, data: categoryRow(category) });
        categoryCounts.updated += 1;
      } else {
        categoryCounts.unchanged += 1;
      }
    }
    const goneCategories = [...existingCategories.values()].filter((row) => !row.archivedAt).map((row) => row.slug);
    if (goneCategories.length > 0) {
      await transaction.category.updateMany({ where: { slug: { in: goneCategories } }, data: { archivedAt: now } });
      categoryCounts.archived = goneCategories.length;
    }

    const existingProblems = new Map(
      (await transaction.problem.findMany({ select: { number: true, contentHash: true, archivedAt: true } })).map((row) => [row.number, row]),
    );
    const newProblems: ReturnType<typeof problemRow>[] = [];
    for (const problem of content.problems) {
      const existing = existingProblems.get(problem.number);
      existingProblems.delete(problem.number);
      if (!existing) {
        newProblems.push(problemRow(problem));
      } else if (existing.contentHash !== problem.contentHash || existing.archivedAt) {
        await transaction.problem.update({ where: { number: problem.number }, data: problemRow(problem) });
        problemCounts.updated += 1;
      } else {
        problemCounts.unchanged += 1;
      }
    }
    if (newProblems.length > 0) {
      await transaction.problem.createMany({ data: newProblems });
      problemCounts.added = newProblems.length;
    }
    const goneProblems = [...existingProblems.values()].filter((row) => !row.archivedAt).map((row) => row.number);
    if (goneProblems.length > 0) {
      await transaction.problem.updateMany({ where: { number: { in: goneProblems } }, data: { archivedAt: now } });
      problemCounts.archived = goneProblems.length;
    }

    return { ok: true as const, problems: problemCounts, categories: categoryCounts };
  });
}

/** The one-line summary the ingest command prints. */
export function formatIngestSummary(result: Extract<IngestResult, { ok: true }>): string {
  const line = (counts: IngestCounts) =>
    `${counts.added} added, ${counts.updated} updated, ${counts.archived} archived, ${counts.unchanged} unchanged`;
  return `ingest: problems ${line(result.problems)}; categories ${line(result.categories)}`;
}
