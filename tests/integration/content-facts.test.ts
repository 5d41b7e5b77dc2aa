import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { readProblemFacts, type ProblemFact } from "@/lib/content/facts";
import { loadContent, type LoadedContent } from "@/lib/content/load";
import { renderMarkdown } from "@/lib/content/markdown";
import { FACTS_FILE, REAL_CONTENT_DIR } from "../helpers/content";

// The facts file is the only source of ratings, stars and sections; content must not drift from it.
describe.runIf(existsSync(FACTS_FILE))("content/ agrees with the verified facts", () => {
  let content: Extract<LoadedContent, { ok: true }>;
  let facts: ProblemFact[];

  beforeAll(async () => {
    const loaded = await loadContent(REAL_CONTENT_DIR);
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.path}: ${e.field}: ${e.message}`).join("\n"));
    content = loaded;
    facts = readProblemFacts(FACTS_FILE);
  });

  it("has one valid file for every problem in the facts file, and no others", () => {
    expect(facts).toHaveLength(334);
    expect(content.problems.map((p) => p.number).sort()).toEqual(facts.map((f) => f.number).sort());
    expect(content.categories).toHaveLength(9);
  });

  it("takes difficulty, star, section, category and source from the facts, never inventing one", () => {
    const categoryByOrder = new Map(content.categories.map((category) => [category.order, category]));
    const problemByNumber = new Map(content.problems.map((problem) => [problem.number, problem]));
    const mismatches: string[] = [];
    for (const fact of facts) {
      const problem = problemByNumber.get(fact.number)!;
      const actual = {
        difficulty: problem.difficulty?.label ?? null,
        exciting: problem.exciting,
        subcategory: problem.subcategory ?? null,
        category: problem.category,
        source: problem.source,
      };
      const expected = {
        difficulty: fact.difficulty,
        exciting: fact.exciting,
        subcategory: fact.section,
        category: categoryByOrder.get(fact.category_number)?.slug,
        source: fact.source_url,
      };
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        mismatches.push(`${fact.number}: content ${JSON.stringify(actual)} vs facts ${JSON.stringify(expected)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("gives each category the title and source of its post", () => {
    for (const fact of facts) {
      const category = content.categories.find((c) => c.order === fact.category_number)!;
      expect(category.title).toBe(fact.category);
      expect(category.source).toBe(fact.source_url);
    }
  });

  it("has a written description with a way to start for every problem", () => {
    const withoutStart = content.problems.filter((problem) => !renderMarkdown(problem.body).includes("How one might start")).map((p) => p.number);
    expect(withoutStart).toEqual([]);
  });
});
