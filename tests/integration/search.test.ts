import { readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestContent } from "@/lib/ingest/ingest";
import { EMPTY_FILTER, type ProblemFilter } from "@/lib/problems/filter-model";
import { MATCH_END, MATCH_START, snippetParts } from "@/lib/problems/snippet";
import { copyContent, REAL_CONTENT_DIR } from "../helpers/content";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

// Full-text search (issue 11) over the real content, through the catalogue's own query.
let database: TestDatabase;
let contentDir: string;
let queries: typeof import("@/lib/problems/queries");

beforeAll(async () => {
  database = createTestDatabase();
  process.env.DATABASE_URL = database.url;
  contentDir = copyContent(REAL_CONTENT_DIR);
  const result = await ingestContent(database.prisma, contentDir);
  if (!result.ok) throw new Error("content is invalid");
  queries = await import("@/lib/problems/queries");
});

afterAll(async () => {
  await database.cleanup();
  rmSync(contentDir, { recursive: true, force: true });
});

const find = (q: string, filter: Partial<ProblemFilter> = {}) => queries.listProblems({ ...EMPTY_FILTER, ...filter, q });
const numbers = async (q: string, filter: Partial<ProblemFilter> = {}) => (await find(q, filter)).map((problem) => problem.number);
const problemText = (file: string) => readFileSync(path.join(contentDir, "problems", file), "utf8");
const filesMatching = (pattern: RegExp) => readdirSync(path.join(contentDir, "problems")).filter((file) => pattern.test(problemText(file)));

describe("full-text search", () => {
  it("stems words: 'neurons' and 'neuron' find the same problems, including those with only the other form", async () => {
    const plural = await numbers("neurons");
    const singular = await numbers("neuron");
    expect(plural.length).toBeGreaterThan(100);
    expect([...plural].sort()).toEqual([...singular].sort());
    const onlySingular = filesMatching(/\bneuron\b/i).filter((file) => !/neurons/i.test(problemText(file)));
    expect(onlySingular.length).toBeGreaterThan(0);
    expect(plural).toContain(onlySingular[0]!.replace(/\.md$/, ""));
  });

  it("matches a word being typed as a prefix", async () => {
    const typed = await numbers("superpos");
    expect(typed.length).toBeGreaterThan(10);
    expect([...typed].sort()).toEqual([...(await numbers("superposition"))].sort());
  });

  it("ranks a title match above matches in the description only", async () => {
    const found = await find("trigram");
    expect(found[0]!.title).toMatch(/trigram/i);
    const titleMatches = found.filter((problem) => /trigram/i.test(problem.title)).length;
    expect(found.slice(0, titleMatches).every((problem) => /trigram/i.test(problem.title))).toBe(true);
  });

  it("marks where the words matched in a snippet of the description", async () => {
    const [first] = await find("induction head");
    const marked = [...first!.snippet!.matchAll(new RegExp(`${MATCH_START}(.*?)${MATCH_END}`, "g"))].map((match) => match[1]!.toLowerCase());
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((word) => word.startsWith("induction") || word.startsWith("head"))).toBe(true);
    // The page renders the marked runs as <mark>, the rest as text.
    const parts = snippetParts(first!.snippet!);
    expect(parts.filter((part) => part.marked).map((part) => part.text.toLowerCase())).toEqual(marked);
    expect(parts.map((part) => part.text).join("")).toBe(first!.snippet!.replaceAll(MATCH_START, "").replaceAll(MATCH_END, ""));
  });

  it("finds a problem by its number, not every problem with those digits", async () => {
    const found = await numbers("2.8");
    expect(found[0]).toBe("2.8");
    expect(found.length).toBeLessThan(5);
  });

  it("keeps every other filter working with it", async () => {
    const all = await find("neuron");
    const onlyA = await find("neuron", { difficulty: ["A"] });
    expect(onlyA.length).toBeGreaterThan(0);
    expect(onlyA.length).toBeLessThan(all.length);
    expect(onlyA.every((problem) => problem.difficulty?.startsWith("A"))).toBe(true);
    // Still best first: the A problems keep the order they had among all matches.
    const order = all.map((problem) => problem.number);
    const positions = onlyA.map((problem) => order.indexOf(problem.number));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("treats FTS syntax as words, so no query is an error", async () => {
    for (const q of ['neuron" OR "', "NEAR(a b)", "*", "title:neuron", "^head", "(", "-neuron", "AND"]) {
      await expect(find(q)).resolves.toBeInstanceOf(Array);
    }
    expect(await numbers("!!!")).toHaveLength(334);
    expect(await numbers("zzzunfindable")).toEqual([]);
  });

  it("offers the nearest spelling when a word finds nothing, only if that finds something", async () => {
    const spelling = await import("@/lib/problems/spelling");
    expect(await numbers("superpostion")).toEqual([]);
    expect(await spelling.spellingSuggestion("superpostion")).toBe("superposition");
    expect(await spelling.spellingSuggestion("inductoin head")).toBe("induction head");
    expect(await spelling.spellingSuggestion("neuron")).toBeNull();
    expect(await spelling.spellingSuggestion("zzzunfindable")).toBeNull();
  });

  it("names a topic newer than the list", async () => {
    const { newerTopicIn } = await import("@/lib/problems/newer-topics");
    expect(await numbers("sparse autoencoder")).toEqual([]);
    expect(newerTopicIn("sparse autoencoder")).toEqual({ topic: "sparse autoencoders", year: 2023 });
    expect(newerTopicIn("SAE features")?.topic).toBe("sparse autoencoders");
    expect(newerTopicIn("induction head")).toBeNull();
  });

  it("follows ingest: an edited title is found, a deleted problem is not (the index's triggers survive every migration)", async () => {
    expect((await numbers("1.2"))[0]).toBe("1.2");
    const file = path.join(contentDir, "problems", "1.1.md");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^title: .*$/m, 'title: "Quokkaesque neuron safari"'));
    unlinkSync(path.join(contentDir, "problems", "1.2.md"));
    const result = await ingestContent(database.prisma, contentDir);
    expect(result.ok).toBe(true);
    expect(await numbers("quokkaesque")).toEqual(["1.1"]);
    // Others that mention 1.2 in their text are still found; 1.2 itself, archived, is not.
    expect(await numbers("1.2")).not.toContain("1.2");
  });

  it("keeps the index in step with every write to a problem row, after every migration (SQLite: its triggers)", async () => {
    const { searchProblems } = await import("@/lib/problems/search");
    const ids = async (q: string) => (await searchProblems(q))!.map((match) => match.problemId);
    const row = await database.prisma.problem.create({
      data: { number: "99.1", numberMajor: 99, numberMinor: 1, title: "Wombatlike circuits", categorySlug: (await database.prisma.category.findFirstOrThrow()).slug, sourceUrl: "https://example.org", bodyHtml: "", searchText: "About capybaraish heads.", contentHash: "x" },
    });
    expect(await ids("wombatlike")).toEqual([row.id]);
    expect(await ids("capybaraish")).toEqual([row.id]);
    await database.prisma.problem.update({ where: { id: row.id }, data: { title: "Platypoid circuits", searchText: "Nothing else." } });
    expect(await ids("platypoid")).toEqual([row.id]);
    expect(await ids("wombatlike")).toEqual([]);
    expect(await ids("capybaraish")).toEqual([]);
    await database.prisma.problem.delete({ where: { id: row.id } });
    expect(await ids("platypoid")).toEqual([]);
  });
});
