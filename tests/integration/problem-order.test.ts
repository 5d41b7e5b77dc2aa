import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestContent } from "@/lib/ingest/ingest";
import { EMPTY_FILTER } from "@/lib/problems/filter";
import { copyContent, FIXTURE_CONTENT_DIR, problemNumbers, writeProblemFiles } from "../helpers/content";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

// lib/problems/queries uses the app's database module, which reads DATABASE_URL on first import.
let database: TestDatabase;
let contentDir: string;
let queries: typeof import("@/lib/problems/queries");

beforeAll(async () => {
  database = createTestDatabase();
  process.env.DATABASE_URL = database.url;
  contentDir = copyContent(FIXTURE_CONTENT_DIR);
  // The fixtures have 1.1, 1.2 and 1.10; fill category 1 up to 1.1001.
  writeProblemFiles(contentDir, "toy-models", problemNumbers(1, 1, 1001, ["1.1", "1.2", "1.10"]));
  const result = await ingestContent(database.prisma, contentDir);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  queries = await import("@/lib/problems/queries");
});

afterAll(async () => {
  await database.cleanup();
  rmSync(contentDir, { recursive: true, force: true });
});

describe("catalogue order", () => {
  it("sorts a category with 1,000+ problems by number: 1.999 < 1.1000 < 1.1001, then 2.1", async () => {
    const numbers = (await queries.listProblems(EMPTY_FILTER)).map((problem) => problem.number);
    expect(numbers).toEqual([...problemNumbers(1, 1, 1001), "2.1"]);
    expect(numbers.indexOf("1.999")).toBeLessThan(numbers.indexOf("1.1000"));
    expect(numbers.indexOf("1.1000")).toBeLessThan(numbers.indexOf("1.1001"));
  });

  it("finds a problem's neighbours across the 1,000 boundary", async () => {
    const problem = await queries.getProblem("1.1000");
    if (!problem) throw new Error("1.1000 was not ingested");
    const { previous, next } = await queries.getNeighbours(problem);
    expect(previous?.number).toBe("1.999");
    expect(next?.number).toBe("1.1001");
    const last = await queries.getProblem("1.1001");
    expect((await queries.getNeighbours(last!)).next).toBeNull();
  });
});
