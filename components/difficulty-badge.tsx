import { DIFFICULTY_LETTERS, DIFFICULTY_SHORT_MEANINGS, ratingLetters } from "@/lib/problems/difficulty";

function describe(rating: string | null): string {
  if (!rating) return "Unrated: no difficulty verified yet";
  return `Difficulty ${rating.replace("-", "–")}: ${ratingLetters(rating).map((letter) => DIFFICULTY_SHORT_MEANINGS[letter]).join(" to ")}`;
}

/**
 * A coloured letter (or range) badge. The catalogue repeats it hundreds of times, so its markup is
 * only the letters: app/globals.css colours it by data-difficulty (a range takes its easiest end's
 * colour) and puts "Difficulty" before the letters for screen readers, and DifficultyMeaningsStyle
 * shows its meaning on hover.
 */
export function DifficultyBadge({ difficulty }: { difficulty: string | null }) {
  return (
    <span className="difficulty-badge" data-difficulty={difficulty ?? "unrated"}>
      {difficulty ? difficulty.replace("-", "–") : <span aria-hidden="true">–</span>}
    </span>
  );
}

/** Every rating a badge can show: each letter, each range from an easier to a harder letter, unrated. */
function everyRating(): (string | null)[] {
  const ranges = DIFFICULTY_LETTERS.flatMap((from, index) => DIFFICULTY_LETTERS.slice(index + 1).map((to) => `${from}-${to}`));
  return [...DIFFICULTY_LETTERS, ...ranges, null];
}

/**
 * The badges' hover text as one small style sheet, once per page instead of a title on every
 * badge, written from the same meanings as the legend. The alternative text after "/" is empty, so
 * the hover text never joins a screen reader's name for the row.
 */
export function DifficultyMeaningsStyle() {
  const rules = everyRating().map(
    (rating) => `.difficulty-badge[data-difficulty="${rating ?? "unrated"}"]:hover::after{content:${JSON.stringify(describe(rating))};content:${JSON.stringify(describe(rating))}/""}`,
  );
  return <style>{rules.join("\n")}</style>;
}
