import { describe, expect, it } from "vitest";
import { DIFFICULTY_LETTERS, lettersInRange, parseDifficulty, rangeIncludes } from "@/lib/problems/difficulty";

describe("parseDifficulty", () => {
  it.each(DIFFICULTY_LETTERS.map((letter, index) => [letter, index + 1] as const))("parses the single letter %s", (letter, level) => {
    expect(parseDifficulty(letter)).toEqual({ ok: true, value: { label: letter, minLevel: level, maxLevel: level } });
  });

  it("parses every ascending range", () => {
    const parsed: string[] = [];
    for (const low of DIFFICULTY_LETTERS) {
      for (const high of DIFFICULTY_LETTERS) {
        const result = parseDifficulty(`${low}-${high}`);
        if (low < high) {
          expect(result).toEqual({
            ok: true,
            value: { label: `${low}-${high}`, minLevel: DIFFICULTY_LETTERS.indexOf(low) + 1, maxLevel: DIFFICULTY_LETTERS.indexOf(high) + 1 },
          });
          parsed.push(`${low}-${high}`);
        } else {
          expect(result.ok).toBe(false);
        }
      }
    }
    expect(parsed).toEqual(["A-B", "A-C", "A-D", "B-C", "B-D", "C-D"]);
  });

  it.each(["E", "", "b", "AB", "B - C", "C-B", "B-B", "A-E", "B-C-D", "unrated"])("refuses %j with a message", (raw) => {
    const result = parseDifficulty(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/expected|range/);
  });
});

describe("rangeIncludes", () => {
  it("matches a B-C problem for B and C only", () => {
    const range = { minLevel: 2, maxLevel: 3 };
    expect(DIFFICULTY_LETTERS.filter((letter) => rangeIncludes(range, letter))).toEqual(["B", "C"]);
    expect(lettersInRange(range)).toEqual(["B", "C"]);
  });

  it("matches a single letter only for itself", () => {
    for (const letter of DIFFICULTY_LETTERS) {
      const parsed = parseDifficulty(letter);
      if (!parsed.ok) throw new Error(parsed.error);
      expect(lettersInRange(parsed.value)).toEqual([letter]);
    }
  });
});
