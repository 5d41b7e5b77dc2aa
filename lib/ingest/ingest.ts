import type { Database } from "@/lib/database-client";
import { loadContent, type ContentError, type LoadedCategory, type LoadedProblem } from "@/lib/content/load";

export type IngestCounts = { added: number; updated: number; archived: number; unchanged: number };

export type IngestResult =
  | { ok: true; problems: IngestCounts; categories: IngestCounts }
  | { ok: false; errors: ContentError[] };

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
    numberMajor: problem.numberMajor,
    numberMinor: problem.numberMinor,
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

type StoredVersion = { key: string; contentHash: string; archivedAt: Date | null };

/**
 * Decides what one table needs: items with no row are added, items whose hash changed (or whose
 * row was archived) are updated, live rows with no item are archived, and the rest are unchanged.
 */
export function planSync<Item extends { key: string; contentHash: string }>(items: Item[], stored: StoredVersion[]) {
  const storedByKey = new Map(stored.map((row) => [row.key, row]));
  const plan = { add: [] as Item[], update: [] as Item[], archive: [] as string[], unchanged: 0 };
  for (const item of items) {
    const row = storedByKey.get(item.key);
    storedByKey.delete(item.key);
    if (!row) plan.add.push(item);
    else if (row.contentHash !== item.contentHash || row.archivedAt) plan.update.push(item);
    else plan.unchanged += 1;
  }
  plan.archive = [...storedByKey.values()].filter((row) => !row.archivedAt).map((row) => row.key);
  return plan;
}

function countsOf(plan: ReturnType<typeof planSync>): IngestCounts {
  return { added: plan.add.length, updated: plan.update.length, archived: plan.archive.length, unchanged: plan.unchanged };
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
    const storedCategories = await transaction.category.findMany({ select: { slug: true, contentHash: true, archivedAt: true } });
    const categories = planSync(
      content.categories.map((category) => ({ key: category.slug, contentHash: category.contentHash, row: categoryRow(category) })),
      storedCategories.map(({ slug, ...version }) => ({ key: slug, ...version })),
    );
    // Categories first: problems reference them.
    for (const { row } of categories.add) await transaction.category.create({ data: row });
    for (const { key, row } of categories.update) await transaction.category.update({ where: { slug: key }, data: row });
    await transaction.category.updateMany({ where: { slug: { in: categories.archive } }, data: { archivedAt: now } });

    const storedProblems = await transaction.problem.findMany({ select: { number: true, contentHash: true, archivedAt: true } });
    const problems = planSync(
      content.problems.map((problem) => ({ key: problem.number, contentHash: problem.contentHash, row: problemRow(problem) })),
      storedProblems.map(({ number, ...version }) => ({ key: number, ...version })),
    );
    await transaction.problem.createMany({ data: problems.add.map(({ row }) => row) });
    for (const { key, row } of problems.update) await transaction.problem.update({ where: { number: key }, data: row });
    await transaction.problem.updateMany({ where: { number: { in: problems.archive } }, data: { archivedAt: now } });

    return { ok: true as const, problems: countsOf(problems), categories: countsOf(categories) };
  });
}

/** The one-line summary the ingest command prints. */
export function formatIngestSummary(result: Extract<IngestResult, { ok: true }>): string {
  const line = (counts: IngestCounts) =>
    `${counts.added} added, ${counts.updated} updated, ${counts.archived} archived, ${counts.unchanged} unchanged`;
  return `ingest: problems ${line(result.problems)}; categories ${line(result.categories)}`;
}
