/**
 * Difficulty ratings: a single letter A–D or an ascending range such as "B-C".
 * Stored as a min/max level pair so that "matches B" is one indexed range test.
 */

export const DIFFICULTY_LETTERS = ["A", "B", "C", "D"] as const;
export type DifficultyLetter = (typeof DIFFICULTY_LETTERS)[number];

export const DIFFICULTY_MEANINGS: Record<DifficultyLetter, string> = {
  A: "A good first problem: days to two weeks once you have some basics.",
  B: "Approachable for beginners but a substantial project of several weeks; partial progress is much easier.",
  C: "Harder or fuzzier: a two-to-three-month project, not for a first project.",
  D: "Ambitious and unscoped: an exciting rough idea that needs real scoping first.",
};

/** A few words per letter, for badges and filter labels. */
export const DIFFICULTY_SHORT_MEANINGS: Record<DifficultyLetter, string> = {
  A: "good first problem",
  B: "approachable but substantial",
  C: "harder or fuzzier",
  D: "ambitious, needs scoping",
};

export type DifficultyRange = {
  /** The rating as written, e.g. "B" or "B-C". */
  label: string;
  /** 1 for A … 4 for D. */
  minLevel: number;
  maxLevel: number;
};

const DIFFICULTY_PATTERN = /^([A-D])(?:-([A-D]))?$/;

export function letterLevel(letter: DifficultyLetter): number {
  return DIFFICULTY_LETTERS.indexOf(letter) + 1;
}

function levelLetter(level: number): DifficultyLetter {
  const letter = DIFFICULTY_LETTERS[level - 1];
  if (!letter) throw new RangeError(`No difficulty letter for level ${level}`);
  return letter;
}

export function isDifficultyLetter(value: string): value is DifficultyLetter {
  return (DIFFICULTY_LETTERS as readonly string[]).includes(value);
}

/** Parses "B" or "B-C"; returns an error message for anything else. */
export function parseDifficulty(
  raw: string,
): { ok: true; value: DifficultyRange } | { ok: false; error: string } {
  const match = DIFFICULTY_PATTERN.exec(raw.trim());
  if (!match) {
    return {
      ok: false,
      error: `expected A, B, C or D, or an ascending range such as "B-C"; got "${raw}"`,
    };
  }
  const low = match[1] as DifficultyLetter;
  const high = (match[2] ?? match[1]) as DifficultyLetter;
  const minLevel = letterLevel(low);
  const maxLevel = letterLevel(high);
  if (minLevel >= maxLevel && match[2]) {
    return {
      ok: false,
      error: `a range must go from easier to harder with two different letters, such as "B-C"; got "${raw}"`,
    };
  }
  return { ok: true, value: { label: match[2] ? `${low}-${high}` : low, minLevel, maxLevel } };
}

/**
 * The letters a stored rating names: ["B"] for "B", ["B", "C"] for "B-C", [] when unrated.
 * (Matching a filter letter against a range happens in the database; see problemWhere.)
 */
export function ratingLetters(label: string | null): DifficultyLetter[] {
  if (!label) return [];
  const parsed = parseDifficulty(label);
  if (!parsed.ok) return [];
  const { minLevel, maxLevel } = parsed.value;
  return minLevel === maxLevel ? [levelLetter(minLevel)] : [levelLetter(minLevel), levelLetter(maxLevel)];
}
