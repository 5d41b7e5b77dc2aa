import { copyFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatContentError, loadContent } from "@/lib/content/load";
import { ingestContent } from "@/lib/ingest/ingest";
import { BROKEN_GLOSSARY_FIXTURES_DIR, copyContentWithGlossary } from "../helpers/content";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

let contentDir: string;

beforeEach(() => {
  contentDir = copyContentWithGlossary();
});

afterEach(() => {
  rmSync(contentDir, { recursive: true, force: true });
});

function addBroken(fixture: string) {
  copyFileSync(path.join(BROKEN_GLOSSARY_FIXTURES_DIR, fixture), path.join(contentDir, "glossary", fixture));
}

describe("glossary files", () => {
  it("load with their term, aliases, link and keys", async () => {
    const result = await loadContent(contentDir);
    if (!result.ok) throw new Error(result.errors.map(formatContentError).join("\n"));
    expect(result.glossary.map((entry) => entry.slug)).toEqual(["attention-head", "neuron"]);
    expect(result.glossary[1]).toMatchObject({
      term: "neuron",
      aliases: ["neurons", "MLP neuron"],
      link: "https://example.org/neurons",
      keys: ["neuron", "neurons", "mlp neuron"],
    });
    expect(result.glossary[0]!.aliases).toEqual([]);
  });

  it.each([
    ["missing-term.md", /missing-term\.md: term: expected the term/],
    ["duplicate-slug.md", /duplicate-slug\.md: slug: "attention-head" is also used by .*attention-head\.md/],
    ["unknown-field.md", /unknown-field\.md: definition: unknown field/],
    ["neurons-again.md", /neurons-again\.md: aliases: "Neurons" is also the term or an alias of .*neuron\.md/],
    ["bad-slug.md", /bad-slug\.md: slug: expected a slug such as induction-head/],
    ["bad-link.md", /bad-link\.md: link: expected an http\(s\) URL/],
    ["empty-definition.md", /empty-definition\.md: \(body\): empty body; write the definition/],
  ])("rejects %s with a path: field: message error", async (fixture, expected) => {
    addBroken(fixture);
    const result = await loadContent(contentDir);
    if (result.ok) throw new Error(`${fixture} was accepted`);
    const errors = result.errors.map(formatContentError);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(expected);
  });

  it("reports every invalid glossary file at once", async () => {
    for (const fixture of readdirSync(BROKEN_GLOSSARY_FIXTURES_DIR)) addBroken(fixture);
    const result = await loadContent(contentDir);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const files = new Set(result.errors.map((error) => path.basename(error.path)));
      expect([...files].sort()).toEqual(readdirSync(BROKEN_GLOSSARY_FIXTURES_DIR).sort());
    }
  });

  describe("at ingest", () => {
    let database: TestDatabase;
    beforeEach(() => {
      database = createTestDatabase();
    });
    afterEach(async () => {
      await database.cleanup();
    });

    it("a broken file fails the whole ingest, naming file and field, and writes nothing", async () => {
      addBroken("missing-term.md");
      const result = await ingestContent(database.prisma, contentDir);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map(formatContentError)).toEqual([expect.stringMatching(/missing-term\.md: term: /)]);
      expect(await database.prisma.glossaryEntry.count()).toBe(0);
      expect(await database.prisma.problem.count()).toBe(0);
    });
  });
});
