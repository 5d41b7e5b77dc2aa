import { compareProblemNumbers, type LoadedProblem } from "@/lib/content/load";
import { searchableText, type RenderMarkdown } from "@/lib/content/markdown";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countsOf, planSync, type IngestCounts } from "./plan-sync";

// Render and write this many problems at a time, so that 10,000 new or changed files are never all
// held rendered in memory at once.
const CHUNK_SIZE = 250;

function problemRow(problem: LoadedProblem, bodyHtml: string, now: Date) {
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
    bodyHtml,
    searchText: searchableText(problem.number, problem.title, problem.body),
    contentHash: problem.contentHash,
    archivedAt: null,
    updatedAt: now,
  };
}

/**
 * Brings the Problem table in line with the problem files. A file whose hash matches its row costs
 * nothing more: only new and changed files are rendered and written.
 */
export async function syncProblems(
  transaction: Prisma.TransactionClient,
  problems: LoadedProblem[],
  render: RenderMarkdown,
  now: Date,
): Promise<IngestCounts> {
  const stored = await transaction.problem.findMany({ select: { number: true, contentHash: true, archivedAt: true } });
  const plan = planSync(
    problems.map((problem) => ({ key: problem.number, contentHash: problem.contentHash, problem })),
    stored.map(({ number, ...version }) => ({ key: number, ...version })),
  );
  const isNew = new Set(plan.add);
  // In number order, so that new rows get ids in catalogue order as before.
  const changed = [...plan.add, ...plan.update].sort((a, b) => compareProblemNumbers(a.problem, b.problem));
  for (let start = 0; start < changed.length; start += CHUNK_SIZE) {
    const chunk = changed.slice(start, start + CHUNK_SIZE);
    const bodiesHtml = await render(chunk.map(({ problem }) => problem.body));
    const rows = chunk.map(({ problem }, index) => ({ isNew: isNew.has(chunk[index]!), row: problemRow(problem, bodiesHtml[index]!, now) }));
    await transaction.problem.createMany({ data: rows.filter((item) => item.isNew).map((item) => ({ ...item.row, createdAt: now })) });
    for (const { row } of rows.filter((item) => !item.isNew)) await transaction.problem.update({ where: { number: row.number }, data: row });
  }
  await transaction.problem.updateMany({ where: { number: { in: plan.archive } }, data: { archivedAt: now } });
  return countsOf(plan);
}
