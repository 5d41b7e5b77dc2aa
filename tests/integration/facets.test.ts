import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readProblemFacts } from "@/lib/content/facts";
import { ingestContent } from "@/lib/ingest/ingest";
import { DIFFICULTY_FILTER_VALUES, EMPTY_FILTER, type ProblemFilter } from "@/lib/problems/filter-model";
import { FACTS_FILE, REAL_CONTENT_DIR } from "../helpers/content";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

// Issue 11: each filter option's count, given the other filters, against the facts file counted
// here independently, and against what the catalogue actually lists for that option.
let database: TestDatabase;
let facets: typeof import("@/lib/problems/facets");
let queries: typeof import("@/lib/problems/queries");

beforeAll(async () => {
  database = createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const result = await ingestContent(database.prisma, REAL_CONTENT_DIR);
  if (!result.ok) throw new Error("content is invalid");
  facets = await import("@/lib/problems/facets");
  queries = await import("@/lib/problems/queries");
});

afterAll(async () => {
  await database.cleanup();
});

const facts = existsSync(FACTS_FILE) ? readProblemFacts(FACTS_FILE) : [];
type Fact = (typeof facts)[number];
const spans = (difficulty: string | null, letter: string) =>
  letter === "unrated" ? difficulty === null : difficulty !== null && difficulty.charAt(0) <= letter && letter <= difficulty.charAt(difficulty.length - 1);
const factCount = (predicate: (fact: Fact) => boolean) => facts.filter(predicate).length;

describe.runIf(facts.length > 0)("catalogue facets", () => {
  it("counts each difficulty, the star and the rating coverage over the whole list as the facts file does", async () => {
    const counts = await facets.catalogueFacets(EMPTY_FILTER);
    for (const value of DIFFICULTY_FILTER_VALUES) expect(counts.difficulty[value], value).toBe(factCount((fact) => spans(fact.difficulty, value)));
    expect(counts.difficulty.D).toBe(0);
    expect(counts.difficulty.A).toBe(46);
    expect(counts.exciting).toBe(factCount((fact) => fact.exciting === true));
    expect(counts.coverage).toEqual({
      total: 334,
      rated: factCount((fact) => fact.difficulty !== null),
      // Nobody has reported a difficulty here (tests/integration/community-difficulty.test.ts does).
      communityRated: 0,
      starVerified: factCount((fact) => fact.exciting !== null),
      starred: 15,
    });
    // Nobody has claimed anything here, so every problem is unclaimed and none looks for collaborators.
    expect([counts.unclaimed, counts.collaborators]).toEqual([334, 0]);
  });

  it("counts difficulty within the chosen category, and categories within the chosen difficulty", async () => {
    const category = "circuits-in-the-wild";
    const withinCategory = await facets.catalogueFacets({ ...EMPTY_FILTER, category: [category], difficulty: ["B"] });
    for (const value of DIFFICULTY_FILTER_VALUES) {
      expect(withinCategory.difficulty[value], value).toBe(factCount((fact) => fact.category_number === 2 && spans(fact.difficulty, value)));
    }
    // The category facet ignores the category filter but keeps the difficulty one.
    expect(withinCategory.category["toy-language-models"]).toBe(factCount((fact) => fact.category_number === 1 && spans(fact.difficulty, "B")));
    expect(withinCategory.exciting).toBe(factCount((fact) => fact.category_number === 2 && spans(fact.difficulty, "B") && fact.exciting === true));
  });

  it("matches, option by option, how many problems the catalogue lists", async () => {
    const filters: ProblemFilter[] = [EMPTY_FILTER, { ...EMPTY_FILTER, q: "neuron" }, { ...EMPTY_FILTER, exciting: true, difficulty: ["B", "C"] }];
    for (const filter of filters) {
      const counts = await facets.catalogueFacets(filter);
      for (const value of DIFFICULTY_FILTER_VALUES) {
        expect(counts.difficulty[value], `${JSON.stringify(filter)} ${value}`).toBe((await queries.listProblems({ ...filter, difficulty: [value] })).length);
      }
      for (const [slug, count] of Object.entries(counts.category)) {
        expect(count, slug).toBe((await queries.listProblems({ ...filter, category: [slug] })).length);
      }
      expect(counts.exciting).toBe((await queries.listProblems({ ...filter, exciting: true })).length);
    }
  });
});
