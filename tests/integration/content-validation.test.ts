import { copyFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatContentError, loadContent } from "@/lib/content/load";
import { renderMarkdown } from "@/lib/content/markdown";
import { BROKEN_FIXTURES_DIR, copyContent, FIXTURE_CONTENT_DIR } from "../helpers/content";

async function errorsWith(brokenFixture: string) {
  const dir = copyContent(FIXTURE_CONTENT_DIR);
  copyFileSync(path.join(BROKEN_FIXTURES_DIR, brokenFixture), path.join(dir, "problems", brokenFixture));
  const result = await loadContent(dir);
  rmSync(dir, { recursive: true, force: true });
  if (result.ok) throw new Error(`${brokenFixture} was accepted`);
  return result.errors.map(formatContentError);
}

describe("loadContent", () => {
  it("loads valid content sorted by number, with bodies that render to sanitised HTML", async () => {
    const result = await loadContent(FIXTURE_CONTENT_DIR);
    if (!result.ok) throw new Error(result.errors.map(formatContentError).join("\n"));
    expect(result.problems.map((p) => p.number)).toEqual(["1.1", "1.2", "1.10", "2.1"]);
    expect(result.categories.map((c) => c.slug)).toEqual(["toy-models", "wild-circuits"]);
    const first = result.problems[0]!;
    expect(first.difficulty).toEqual({ label: "B-C", minLevel: 2, maxLevel: 3 });
    expect(first.exciting).toBe(true);
    expect(renderMarkdown(first.body)).not.toMatch(/<script|javascript:/i);
    expect(result.problems[2]!.difficulty).toBeUndefined();
    // No `exciting` line: not verified, which is null, never "not starred".
    expect(result.problems[2]!.exciting).toBeNull();
  });

  it.each([
    ["difficulty-e.md", /difficulty-e\.md: difficulty: expected A, B, C or D/],
    ["difficulty-empty.md", /difficulty-empty\.md: difficulty: expected A, B, C or D.*leave the field out/],
    ["range-descending.md", /range-descending\.md: difficulty: a range must go from easier to harder/],
    ["duplicate-number.md", /duplicate-number\.md: number: "1\.2" is also used by .*1\.2\.md/],
    ["exciting-yes.md", /exciting-yes\.md: exciting: expected true, false or null \(not verified\)/],
    ["unknown-category.md", /unknown-category\.md: category: unknown category "no-such-category"; expected one of: toy-models, wild-circuits/],
    ["broken-yaml.md", /broken-yaml\.md: \(frontmatter\): invalid YAML/],
    ["empty.md", /empty\.md: \(file\): file is empty/],
    ["unquoted-number.md", /unquoted-number\.md: number: expected a quoted string such as "1\.12"; YAML read 1\.3 as a number/],
    ["unknown-field.md", /unknown-field\.md: dificulty: unknown field/],
    ["missing-title.md", /missing-title\.md: title: expected a title/],
  ])("rejects %s with a path: field: message error", async (fixture, expected) => {
    const errors = await errorsWith(fixture);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(expected);
  });

  it("reports every invalid file at once, not only the first", async () => {
    const dir = copyContent(FIXTURE_CONTENT_DIR);
    for (const fixture of readdirSync(BROKEN_FIXTURES_DIR)) {
      copyFileSync(path.join(BROKEN_FIXTURES_DIR, fixture), path.join(dir, "problems", fixture));
    }
    const result = await loadContent(dir);
    rmSync(dir, { recursive: true, force: true });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const files = new Set(result.errors.map((error) => path.basename(error.path)));
      expect([...files].sort()).toEqual(readdirSync(BROKEN_FIXTURES_DIR).sort());
    }
  });

  it("rejects a problem whose number belongs to another category", async () => {
    const dir = copyContent(FIXTURE_CONTENT_DIR);
    writeFileSync(
      path.join(dir, "problems", "2.9.md"),
      '---\nnumber: "2.9"\ntitle: "Misfiled"\ncategory: toy-models\nsource: https://example.org\n---\n\nBody.\n',
    );
    const result = await loadContent(dir);
    rmSync(dir, { recursive: true, force: true });
    expect(!result.ok && result.errors.map(formatContentError)).toEqual([
      expect.stringMatching(/2\.9\.md: number: "2\.9" does not belong to category 1 \(toy-models\)/),
    ]);
  });
});
