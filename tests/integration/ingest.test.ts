import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatContentError } from "@/lib/content/load";
import { renderInThread, type RenderMarkdown } from "@/lib/content/markdown";
import { createDatabaseClient } from "@/lib/database-client";
import { ingestContent, type IngestOptions } from "@/lib/ingest/ingest";
import { BROKEN_FIXTURES_DIR, copyContent, FIXTURE_CONTENT_DIR, problemNumbers, REAL_CONTENT_DIR, writeProblemFiles } from "../helpers/content";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

let database: TestDatabase;
let contentDir: string;

beforeEach(() => {
  database = createTestDatabase();
  contentDir = copyContent(FIXTURE_CONTENT_DIR);
});

afterEach(async () => {
  await database.cleanup();
  rmSync(contentDir, { recursive: true, force: true });
});

/** The real renderer, recording every body it is given. */
function countingRenderer() {
  const rendered: string[] = [];
  const render: RenderMarkdown = (bodies) => {
    rendered.push(...bodies);
    return renderInThread(bodies);
  };
  return { render, rendered };
}

const minutesLater = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 12, minutes));

async function snapshot() {
  return {
    problems: await database.prisma.problem.findMany({ orderBy: { number: "asc" } }),
    categories: await database.prisma.category.findMany({ orderBy: { slug: "asc" } }),
  };
}

async function ingestOk(dir = contentDir, options: IngestOptions = {}) {
  const result = await ingestContent(database.prisma, dir, options);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe("ingestContent", () => {
  it("writes every problem and category of the real content", async () => {
    const result = await ingestOk(REAL_CONTENT_DIR);
    expect(result.problems).toEqual({ added: 334, updated: 0, archived: 0, unchanged: 0 });
    expect(result.categories).toEqual({ added: 9, updated: 0, archived: 0, unchanged: 0 });
    expect(await database.prisma.problem.count()).toBe(334);
    const rangeProblem = await database.prisma.problem.findUniqueOrThrow({ where: { number: "2.8" } });
    expect(rangeProblem).toMatchObject({ difficulty: "B-C", difficultyMin: 2, difficultyMax: 3, exciting: true, categorySlug: "circuits-in-the-wild" });
  });

  it("changes nothing when re-run on unchanged content", async () => {
    await ingestOk();
    const before = await snapshot();
    const again = await ingestOk();
    expect(again.problems).toEqual({ added: 0, updated: 0, archived: 0, unchanged: 4 });
    expect(again.categories).toEqual({ added: 0, updated: 0, archived: 0, unchanged: 2 });
    expect(await snapshot()).toEqual(before);
  });

  it("writes each row once when two instances ingest the same content at the same moment", async () => {
    // On PostgreSQL a second client, as a second instance starting beside the first would have. The
    // embedded SQLite default is one process (README "Several instances"), whose one connection
    // runs transactions one after another: two concurrent ingests there share it.
    const other = database.engine === "postgresql" ? createDatabaseClient(database.url) : database.prisma;
    try {
      const results = await Promise.all([ingestContent(database.prisma, REAL_CONTENT_DIR), ingestContent(other, REAL_CONTENT_DIR)]);
      for (const result of results) if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const counts = results.map((result) => (result.ok ? [result.problems.added, result.problems.unchanged] : []));
      // One wrote everything; the other waited for it and then found every row unchanged.
      expect(counts.sort()).toEqual([
        [0, 334],
        [334, 0],
      ]);
      expect(await database.prisma.problem.count()).toBe(334);
      expect(await database.prisma.category.count()).toBe(9);
    } finally {
      if (other !== database.prisma) await other.$disconnect();
    }
  });

  it("updates only the problem whose file changed", async () => {
    await ingestOk();
    const file = path.join(contentDir, "problems", "1.2.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("difficulty: A", "difficulty: A-B").replace("ice cream", "ice cream (edited)"));
    const result = await ingestOk();
    expect(result.problems).toEqual({ added: 0, updated: 1, archived: 0, unchanged: 3 });
    const row = await database.prisma.problem.findUniqueOrThrow({ where: { number: "1.2" } });
    expect(row).toMatchObject({ difficulty: "A-B", difficultyMin: 1, difficultyMax: 2 });
    expect(row.bodyHtml).toContain("(edited)");
  });

  it("archives a problem whose file was deleted, keeps its row and id, and restores it when the file returns", async () => {
    await ingestOk();
    const original = await database.prisma.problem.findUniqueOrThrow({ where: { number: "2.1" } });
    const file = path.join(contentDir, "problems", "2.1.md");
    const text = readFileSync(file, "utf8");
    rmSync(file);

    const archived = await ingestOk();
    expect(archived.problems).toEqual({ added: 0, updated: 0, archived: 1, unchanged: 3 });
    const row = await database.prisma.problem.findUniqueOrThrow({ where: { number: "2.1" } });
    expect(row.id).toBe(original.id);
    expect(row.archivedAt).toBeInstanceOf(Date);
    expect((await ingestOk()).problems).toEqual({ added: 0, updated: 0, archived: 0, unchanged: 3 });

    writeFileSync(file, text);
    const restored = await ingestOk();
    expect(restored.problems).toEqual({ added: 0, updated: 1, archived: 0, unchanged: 3 });
    expect(await database.prisma.problem.findUniqueOrThrow({ where: { number: "2.1" } })).toMatchObject({ id: original.id, archivedAt: null });
  });

  it("leaves the database exactly as it was when any file is invalid", async () => {
    await ingestOk();
    const before = await snapshot();
    writeFileSync(path.join(contentDir, "problems", "1.2.md"), readFileSync(path.join(contentDir, "problems", "1.2.md"), "utf8").replace("ice cream", "changed"));
    rmSync(path.join(contentDir, "problems", "2.1.md"));
    copyFileSync(path.join(BROKEN_FIXTURES_DIR, "difficulty-e.md"), path.join(contentDir, "problems", "difficulty-e.md"));

    const result = await ingestContent(database.prisma, contentDir);
    expect(result.ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it("writes nothing into an empty database when content is invalid", async () => {
    copyFileSync(path.join(BROKEN_FIXTURES_DIR, "exciting-yes.md"), path.join(contentDir, "problems", "exciting-yes.md"));
    expect((await ingestContent(database.prisma, contentDir)).ok).toBe(false);
    expect(await database.prisma.problem.count()).toBe(0);
    expect(await database.prisma.category.count()).toBe(0);
  });

  it("renders nothing when re-run on unchanged content", async () => {
    await ingestOk();
    const { render, rendered } = countingRenderer();
    await ingestOk(contentDir, { render });
    expect(rendered).toEqual([]);
  });

  it("renders and rewrites only the changed file; other rows keep their updatedAt", async () => {
    await ingestOk(contentDir, { now: minutesLater(0) });
    const before = await database.prisma.problem.findMany({ orderBy: { number: "asc" } });
    const file = path.join(contentDir, "problems", "1.10.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("Nobody has rated this one yet.", "Still unrated, but now *edited*."));

    const { render, rendered } = countingRenderer();
    const result = await ingestOk(contentDir, { render, now: minutesLater(5) });
    expect(result.problems).toEqual({ added: 0, updated: 1, archived: 0, unchanged: 3 });
    expect(rendered).toEqual(["Still unrated, but now *edited*."]);

    const after = await database.prisma.problem.findMany({ orderBy: { number: "asc" } });
    const edited = after.find((row) => row.number === "1.10")!;
    expect(edited.bodyHtml).toBe("<p>Still unrated, but now <em>edited</em>.</p>");
    expect(edited.searchText).toContain("now edited");
    expect(edited.updatedAt).toEqual(minutesLater(5));
    expect(edited.createdAt).toEqual(before.find((row) => row.number === "1.10")!.createdAt);
    expect(after.filter((row) => row.number !== "1.10")).toEqual(before.filter((row) => row.number !== "1.10"));
  });

  it("rejects 3,000 files for one broken file, reports it, and changes nothing", async () => {
    // With the four fixture problems: 1.1 to 1.2999 and 2.1.
    writeProblemFiles(contentDir, "toy-models", problemNumbers(1, 3, 2999, ["1.10"]));
    expect((await ingestOk()).problems.added).toBe(3000);
    const before = await snapshot();

    writeFileSync(path.join(contentDir, "problems", "1.1500.md"), readFileSync(path.join(contentDir, "problems", "1.1500.md"), "utf8").replace("Generated", "Edited"));
    rmSync(path.join(contentDir, "problems", "1.2999.md"));
    writeProblemFiles(contentDir, "toy-models", ["1.3001"]);
    copyFileSync(path.join(BROKEN_FIXTURES_DIR, "exciting-yes.md"), path.join(contentDir, "problems", "exciting-yes.md"));

    const result = await ingestContent(database.prisma, contentDir);
    expect(!result.ok && result.errors.map(formatContentError)).toEqual([expect.stringMatching(/exciting-yes\.md: exciting: expected true, false or null \(not verified\)/)]);
    expect(await snapshot()).toEqual(before);
  });

  it("archives thousands of problems at once when their files are deleted", async () => {
    writeProblemFiles(contentDir, "toy-models", problemNumbers(1, 3, 2999, ["1.10"]));
    await ingestOk();
    for (const number of problemNumbers(1, 1000, 2999)) rmSync(path.join(contentDir, "problems", `${number}.md`));

    expect((await ingestOk()).problems).toEqual({ added: 0, updated: 0, archived: 2000, unchanged: 1000 });
    expect(await database.prisma.problem.count({ where: { archivedAt: null } })).toBe(1000);
  });
});
