import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestContent } from "@/lib/ingest/ingest";
import { copyContentWithGlossary } from "../helpers/content";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

// The queries use the app's own database module, which reads DATABASE_URL on first import.
let database: TestDatabase;
let contentDir: string;
let queries: typeof import("@/lib/glossary/queries");

async function ingestOk(now: Date) {
  const result = await ingestContent(database.prisma, contentDir, { now });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

beforeAll(async () => {
  database = createTestDatabase();
  process.env.DATABASE_URL = database.url;
  contentDir = copyContentWithGlossary();
  // 2.1 uses "Neurons" (an alias, other case) and a term no entry defines.
  const file = path.join(contentDir, "problems", "2.1.md");
  writeFileSync(file, readFileSync(file, "utf8").replace("---\n\n", 'terms: ["Neurons", "attention head", "no such term"]\n---\n\n'));
  await ingestOk(new Date(Date.UTC(2026, 11, 1)));
  queries = await import("@/lib/glossary/queries");
});

afterAll(async () => {
  await database.cleanup();
  rmSync(contentDir, { recursive: true, force: true });
});

describe("glossary ingest and queries", () => {
  it("stores each entry with its sanitised definition and a plain first-sentence summary", async () => {
    const row = await database.prisma.glossaryEntry.findUniqueOrThrow({ where: { slug: "neuron" } });
    expect(row.definitionHtml).toContain("<p>One hidden unit of an MLP layer.");
    expect(row.definitionHtml).not.toMatch(/<script/i);
    expect(row.summary).toBe("One hidden unit of an MLP layer.");
    expect(row.linkUrl).toBe("https://example.org/neurons");
  });

  it("lists entries alphabetically with the number of problems using each", async () => {
    expect(await queries.listGlossaryEntries()).toEqual([
      expect.objectContaining({ slug: "attention-head", term: "attention head", problemCount: 1 }),
      expect.objectContaining({ slug: "neuron", term: "neuron", aliases: ["neurons", "MLP neuron"], problemCount: 2 }),
    ]);
  });

  it("links a problem's terms through the term or an alias, ignoring case, and leaves unknown terms unlinked", async () => {
    expect(await queries.glossaryLinksFor(["Neurons", "attention head", "no such term"])).toEqual([
      { term: "Neurons", slug: "neuron" },
      { term: "attention head", slug: "attention-head" },
      { term: "no such term", slug: null },
    ]);
    expect(await queries.glossaryLinksFor([])).toEqual([]);
  });

  it("finds the problems that use an entry's term or aliases, in catalogue order", async () => {
    const entry = await queries.getGlossaryEntry("neuron");
    expect(entry).toMatchObject({ term: "neuron", keys: ["neuron", "neurons", "mlp neuron"] });
    expect((await queries.problemsUsingTerm(entry!.keys)).map(({ number, exciting }) => [number, exciting])).toEqual([["1.1", true], ["2.1", false]]);
    expect(await queries.getGlossaryEntry("no-such-entry")).toBeNull();
  });

  it("changes nothing on an unchanged re-run, and archives an entry whose file was deleted", async () => {
    const again = await ingestOk(new Date(Date.UTC(2026, 11, 2)));
    expect(again.glossary).toEqual({ added: 0, updated: 0, archived: 0, unchanged: 2 });
    rmSync(path.join(contentDir, "glossary", "attention-head.md"));
    const removed = await ingestOk(new Date(Date.UTC(2026, 11, 3)));
    expect(removed.glossary).toEqual({ added: 0, updated: 0, archived: 1, unchanged: 1 });
    expect(await queries.getGlossaryEntry("attention-head")).toBeNull();
    expect((await queries.listGlossaryEntries()).map((entry) => entry.slug)).toEqual(["neuron"]);
    expect(await queries.glossaryLinksFor(["attention head"])).toEqual([{ term: "attention head", slug: null }]);
  });
});
