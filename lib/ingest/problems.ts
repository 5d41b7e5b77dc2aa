import { compareProblemNumbers, type LoadedProblem } from "@/lib/content/load";
import type { RenderMarkdown } from "@/lib/content/markdown";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countsOf, planSync, type IngestCounts } from "./plan-sync";
import { problemRow, upsertProblemRows } from "./problem-rows";

// Render and write this many problems at a time, so that 10,000 new or changed files are never all
// held rendered in memory at once, and each statement's JSON stays around a megabyte.
const CHUNK_SIZE = 250;
// Prisma does not split a long `in` list, and SQLite refuses a statement with too many parameters.
const ARCHIVE_BATCH = 500;

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
  // In number order, so that new rows get ids in catalogue order.
  const changed = [...plan.add, ...plan.update].map(({ problem }) => problem).sort(compareProblemNumbers);
  for (let start = 0; start < changed.length; start += CHUNK_SIZE) {
    const chunk = changed.slice(start, start + CHUNK_SIZE);
    const bodiesHtml = await render(chunk.map((problem) => problem.body));
    await upsertProblemRows(transaction, chunk.map((problem, index) => problemRow(problem, bodiesHtml[index]!)), now);
  }
  for (let start = 0; start < plan.archive.length; start += ARCHIVE_BATCH) {
    const numbers = plan.archive.slice(start, start + ARCHIVE_BATCH);
    await transaction.problem.updateMany({ where: { number: { in: numbers } }, data: { archivedAt: now } });
  }
  return countsOf(plan);
}
