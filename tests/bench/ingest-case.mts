/**
 * One benchmark case, run in its own process so that its peak memory is its own: ingests a content
 * folder into a fresh database, again unchanged, and again with one file edited. Prints one JSON line.
 * Usage: tsx tests/bench/ingest-case.mts CONTENT_DIR
 */
import { appendFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { ingestContent, type IngestResult } from "@/lib/ingest/ingest";
import { createTestDatabase } from "../helpers/database";

const contentDir = process.argv[2];
if (!contentDir) throw new Error("usage: ingest-case.mts CONTENT_DIR");
const database = createTestDatabase();

/** Wall-clock ms, and CPU ms of every thread of this process (workers included). */
async function timed(expect: (result: Extract<IngestResult, { ok: true }>) => boolean) {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = await ingestContent(database.prisma, contentDir!);
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  if (!result.ok) throw new Error(`content is invalid: ${JSON.stringify(result.errors.slice(0, 3))}`);
  if (!expect(result)) throw new Error(`unexpected counts: ${JSON.stringify(result.problems)}`);
  return { elapsed, cpu: (cpu.user + cpu.system) / 1000 };
}

try {
  const files = readdirSync(path.join(contentDir, "problems")).length;
  const fresh = await timed((result) => result.problems.added === files);
  const unchanged = await timed((result) => result.problems.unchanged === files);
  // The edit stays in the (temp) folder; the parent removes it after its last run.
  appendFileSync(path.join(contentDir, "problems", "1.1.md"), `\nEdited at ${Date.now()}.\n`);
  const oneChanged = await timed((result) => result.problems.updated === 1 && result.problems.unchanged === files - 1);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({ files, fresh: fresh.elapsed, freshCpu: fresh.cpu, unchanged: unchanged.elapsed, oneChanged: oneChanged.elapsed, peakRssMb }),
  );
} finally {
  await database.cleanup();
}
