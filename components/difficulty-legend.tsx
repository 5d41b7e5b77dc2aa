import { DIFFICULTY_LETTERS, DIFFICULTY_MEANINGS } from "@/lib/problems/difficulty";
import { DifficultyBadge } from "./difficulty-badge";

/** What A–D mean, for newcomers choosing a first problem. */
export function DifficultyLegend() {
  return (
    <details className="rounded-lg border border-zinc-200 px-4 py-2 text-sm dark:border-zinc-800">
      <summary className="cursor-pointer font-medium">What do the difficulty letters mean?</summary>
      <dl className="mt-2 space-y-1.5 pb-1">
        {DIFFICULTY_LETTERS.map((letter) => (
          <div key={letter} className="flex gap-3">
            <dt className="shrink-0">
              <DifficultyBadge difficulty={letter} />
            </dt>
            <dd>{DIFFICULTY_MEANINGS[letter]}</dd>
          </div>
        ))}
        <div className="flex gap-3">
          <dt className="shrink-0">
            <DifficultyBadge difficulty={null} />
          </dt>
          <dd>
            Unrated: the author&apos;s rating has not been verified yet. A range such as B–C matches both letters when
            you filter.
          </dd>
        </div>
      </dl>
    </details>
  );
}
