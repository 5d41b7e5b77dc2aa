import { describe, expect, it } from "vitest";
import { DIFFICULTY_LETTERS, parseDifficulty, ratingLetters } from "@/lib/problems/difficulty";

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

describe("ratingLetters", () => {
  it("names both ends of a range", () => {
    expect(ratingLetters("B-C")).toEqual(["B", "C"]);
    expect(ratingLetters("A-D")).toEqual(["A", "D"]);
  });

  it("names a single letter only once, and nothing for unrated or invalid labels", () => {
    for (const letter of DIFFICULTY_LETTERS) expect(ratingLetters(letter)).toEqual([letter]);
    expect(ratingLetters(null)).toEqual([]);
    expect(ratingLetters("E")).toEqual([]);
  });
});
