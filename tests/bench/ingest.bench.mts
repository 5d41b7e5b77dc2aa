/**
 * `npm run bench`: times a full ingest of content/ into a fresh SQLite database, then a re-ingest
 * of unchanged content. Prints the median of several runs.
 */
import path from "node:path";
import { ingestContent } from "@/lib/ingest/ingest";
import { createTestDatabase } from "../helpers/database";

const runs = Number(process.argv[2] ?? 5);
const contentDir = path.join(process.cwd(), "content");
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const fresh: number[] = [];
const unchanged: number[] = [];
let problems = 0;
for (let run = 0; run < runs; run += 1) {
  const database = createTestDatabase();
  let started = performance.now();
  const result = await ingestContent(database.prisma, contentDir);
  fresh.push(performance.now() - started);
  if (!result.ok) throw new Error("content is invalid; run npm run ingest to see why");
  problems = result.problems.added;
  started = performance.now();
  await ingestContent(database.prisma, contentDir);
  unchanged.push(performance.now() - started);
  await database.cleanup();
}
console.log(`ingest of ${problems} problems into a fresh database: median ${median(fresh).toFixed(0)} ms over ${runs} runs`);
console.log(`re-ingest of unchanged content: median ${median(unchanged).toFixed(0)} ms over ${runs} runs`);
