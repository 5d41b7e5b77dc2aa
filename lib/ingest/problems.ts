import { compareProblemNumbers, type LoadedProblem } from "@/lib/content/load";
import { rendererFor, type RenderMarkdown } from "@/lib/content/markdown";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countsOf, planSync, type IngestCounts } from "./plan-sync";
import { problemRow, upsertProblemRows } from "./problem-rows";

// Problems are rendered this many at a time, so that 10,000 new or changed files never sit
// rendered in memory at once...
const RENDER_CHUNK = 250;
// ...and written this many per statement: about 90 KB of JSON, under V8's 128 KB large-object
// size, so that Prisma's several copies of each statement die young instead of piling up in
// the old generation until a full GC (measured: lower peak memory at 10,000 files).
const WRITE_BATCH = 25;
// Prisma does not split a long `in` list, and SQLite refuses a statement with too many parameters.
const ARCHIVE_BATCH = 500;

function chunked<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/**
 * Brings the Problem table in line with the problem files. A file whose hash matches its row costs
 * nothing more: only new and changed files are rendered (with `render` when given) and written.
 */
export async function syncProblems(
  transaction: Prisma.TransactionClient,
  problems: LoadedProblem[],
  now: Date,
  render?: RenderMarkdown,
): Promise<IngestCounts> {
  const stored = await transaction.problem.findMany({ select: { number: true, contentHash: true, archivedAt: true } });
  const plan = planSync(
    problems.map((problem) => ({ key: problem.number, contentHash: problem.contentHash, problem })),
    stored.map(({ number, ...version }) => ({ key: number, ...version })),
  );
  // In number order, so that new rows get ids in catalogue order.
  const changed = [...plan.add, ...plan.update].map(({ problem }) => problem).sort(compareProblemNumbers);
  const renderer = render ? { render, close: async () => {} } : rendererFor(changed.length);
  try {
    const chunks = chunked(changed, RENDER_CHUNK);
    const renderChunk = (chunk: LoadedProblem[] | undefined) => {
      const rendering = chunk ? renderer.render(chunk.map((problem) => problem.body)) : Promise.resolve([]);
      // Awaited in the loop; this only stops a failed write from leaving it an unhandled rejection.
      rendering.catch(() => {});
      return rendering;
    };
    // The next chunk renders (on a worker, when there are many) while this one is written.
    let rendering = renderChunk(chunks[0]);
    for (const [index, chunk] of chunks.entries()) {
      const bodiesHtml = await rendering;
      rendering = renderChunk(chunks[index + 1]);
      const rows = chunk.map((problem, position) => problemRow(problem, bodiesHtml[position]!));
      for (const batch of chunked(rows, WRITE_BATCH)) await upsertProblemRows(transaction, batch, now);
    }
  } finally {
    await renderer.close();
  }
  for (const numbers of chunked(plan.archive, ARCHIVE_BATCH)) {
    await transaction.problem.updateMany({ where: { number: { in: numbers } }, data: { archivedAt: now } });
  }
  return countsOf(plan);
}
