import Link from "next/link";
import type { GlossaryIndexEntry } from "@/lib/glossary/queries";
import { groupByLetter, letterAnchor } from "@/lib/glossary/letters";
import { LetterNav } from "./letter-nav";

/** Every glossary entry under its letter, with a jump navigation; entries arrive sorted alphabetically. */
export function GlossaryIndex({ entries }: { entries: GlossaryIndexEntry[] }) {
  const groups = groupByLetter(entries);
  return (
    <div className="space-y-6">
      <LetterNav present={new Set(groups.map((group) => group.letter))} />
      {groups.map(({ letter, entries: inLetter }) => (
        <section key={letter} id={letterAnchor(letter)} aria-labelledby={`${letterAnchor(letter)}-heading`} className="scroll-mt-4">
          <h2 id={`${letterAnchor(letter)}-heading`} className="border-b border-zinc-200 pb-1 text-lg font-semibold dark:border-zinc-800">
            {letter === "#" ? "Other" : letter}
          </h2>
          <ul className="divide-y divide-zinc-100 dark:divide-zinc-900">
            {inLetter.map((entry) => (
              <li key={entry.slug} className="py-2.5" data-term={entry.term}>
                <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <Link href={`/glossary/${entry.slug}`} className="font-medium text-blue-800 hover:underline dark:text-blue-300">
                    {entry.term}
                  </Link>
                  <span className="text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
                    {entry.problemCount} {entry.problemCount === 1 ? "problem" : "problems"}
                  </span>
                </div>
                <p className="mt-0.5 text-sm text-zinc-700 dark:text-zinc-300">{entry.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
