import { DIFFICULTY_SHORT_MEANINGS, ratingLetters, type DifficultyLetter } from "@/lib/problems/difficulty";

const LETTER_STYLES: Record<DifficultyLetter, string> = {
  A: "bg-emerald-100 text-emerald-900 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800",
  B: "bg-sky-100 text-sky-900 ring-sky-300 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800",
  C: "bg-amber-100 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800",
  D: "bg-rose-100 text-rose-900 ring-rose-300 dark:bg-rose-950 dark:text-rose-200 dark:ring-rose-800",
};

const UNRATED_STYLE =
  "bg-zinc-100 text-zinc-600 ring-zinc-300 dark:bg-zinc-900 dark:text-zinc-400 dark:ring-zinc-700";

function describe(rating: string | null): string {
  if (!rating) return "Unrated: no difficulty verified yet";
  return `Difficulty ${rating}: ${ratingLetters(rating).map((letter) => DIFFICULTY_SHORT_MEANINGS[letter]).join(" to ")}`;
}

/** A coloured letter (or range) badge; its meaning is in the tooltip and for screen readers. */
export function DifficultyBadge({ difficulty }: { difficulty: string | null }) {
  const [easiest] = ratingLetters(difficulty);
  const style = easiest ? LETTER_STYLES[easiest] : UNRATED_STYLE;
  const description = describe(difficulty);
  return (
    <span
      title={description}
      className={`inline-flex min-w-8 shrink-0 items-center whitespace-nowrap justify-center rounded-md px-1.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${style}`}
      data-difficulty={difficulty ?? "unrated"}
    >
      <span aria-hidden="true">{difficulty ? difficulty.replace("-", "–") : "–"}</span>
      <span className="sr-only">{difficulty ? `Difficulty ${difficulty}` : "Unrated"}</span>
    </span>
  );
}
