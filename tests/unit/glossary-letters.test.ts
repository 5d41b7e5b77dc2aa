import { describe, expect, it } from "vitest";
import { groupByLetter, letterAnchor, letterOf } from "@/lib/glossary/letters";

describe("glossary letters", () => {
  it("files a term under its first letter, ignoring case and accents, and anything else under #", () => {
    expect(letterOf("ablation")).toBe("A");
    expect(letterOf("GELU")).toBe("G");
    expect(letterOf("d_model")).toBe("D");
    expect(letterOf("Élan")).toBe("E");
    expect(letterOf("8-bit")).toBe("#");
  });

  it("groups entries in alphabet order with # last, keeping their order within a letter", () => {
    const groups = groupByLetter([{ term: "2-gram" }, { term: "ablation" }, { term: "AlphaZero" }, { term: "circuit" }]);
    expect(groups.map((group) => [group.letter, group.entries.map((entry) => entry.term)])).toEqual([
      ["A", ["ablation", "AlphaZero"]],
      ["C", ["circuit"]],
      ["#", ["2-gram"]],
    ]);
  });

  it("gives each letter a URL-safe anchor", () => {
    expect(letterAnchor("Q")).toBe("letter-q");
    expect(letterAnchor("#")).toBe("letter-other");
  });
});
