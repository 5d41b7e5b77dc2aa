import { beforeAll, describe, expect, it } from "vitest";
import { formatContentError, loadContent, type LoadedContent } from "@/lib/content/load";
import { termKey } from "@/lib/glossary/term-key";
import { REAL_CONTENT_DIR } from "../helpers/content";

// Issue 11: every term a problem lists links to a definition, so a newcomer never meets a dead chip.
describe("the glossary covers the problems' terms", () => {
  let content: Extract<LoadedContent, { ok: true }>;

  beforeAll(async () => {
    const loaded = await loadContent(REAL_CONTENT_DIR);
    if (!loaded.ok) throw new Error(loaded.errors.map(formatContentError).join("\n"));
    content = loaded;
  });

  it("has an entry (by term or alias, ignoring case) for every term a problem uses", () => {
    const keys = new Set(content.glossary.flatMap((entry) => entry.keys));
    const missing = content.problems.flatMap((problem) =>
      problem.terms.filter((term) => !keys.has(termKey(term))).map((term) => `${problem.number}: "${term}"`),
    );
    expect(missing).toEqual([]);
  });

  it("has no entry, term or alias that no problem uses", () => {
    const used = new Set(content.problems.flatMap((problem) => problem.terms.map(termKey)));
    const unused = content.glossary.flatMap((entry) => entry.keys.filter((key) => !used.has(key)).map((key) => `${entry.path}: "${key}"`));
    expect(unused).toEqual([]);
  });

  it("names each file after its slug", () => {
    const misnamed = content.glossary.filter((entry) => !entry.path.endsWith(`/${entry.slug}.md`)).map((entry) => entry.path);
    expect(misnamed).toEqual([]);
  });
});
