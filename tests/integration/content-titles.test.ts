import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { REAL_CONTENT_DIR } from "../helpers/content";

// A title is read on its own: in the catalogue, a search result or a browser tab. Phrases that point
// at a neighbouring problem ("The same for…", "Any of the above…", "that feature") make it meaningless
// there (issue 11; the facts file's topic lines still read this way, and content:sync keeps our titles).
const NEIGHBOUR_REFERENCE = /^(the same|any of the above|ablating those)\b|\b(the above|that feature|those neurons|the same for|as above)\b/i;

describe("problem titles", () => {
  it("make sense without their neighbours", async () => {
    const content = await loadContent(REAL_CONTENT_DIR);
    if (!content.ok) throw new Error("content is invalid");
    const leaning = content.problems.filter((problem) => NEIGHBOUR_REFERENCE.test(problem.title)).map((p) => `${p.number} ${p.title}`);
    expect(leaning).toEqual([]);
  });
});
