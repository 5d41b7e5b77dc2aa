import { DIFFICULTY_SHORT_MEANINGS, ratingLetters } from "@/lib/problems/difficulty";

function describe(rating: string | null): string {
  if (!rating) return "Unrated: no difficulty verified yet";
  return `Difficulty ${rating}: ${ratingLetters(rating).map((letter) => DIFFICULTY_SHORT_MEANINGS[letter]).join(" to ")}`;
}

/** A coloured letter (or range) badge; its meaning is in the tooltip and for screen readers. */
export function DifficultyBadge({ difficulty }: { difficulty: string | null }) {
  const [easiest] = ratingLetters(difficulty);
  // The colour follows the easiest end of a range; the classes live in app/globals.css.
  return (
    <span title={describe(difficulty)} className={`difficulty-badge difficulty-${easiest ?? "unrated"}`} data-difficulty={difficulty ?? "unrated"}>
      <span aria-hidden="true">{difficulty ? difficulty.replace("-", "–") : "–"}</span>
      <span className="sr-only">{difficulty ? `Difficulty ${difficulty}` : "Unrated"}</span>
    </span>
  );
}
