import { GLOSSARY_LETTERS, letterAnchor, type GlossaryLetter } from "@/lib/glossary/letters";

/** A row of A–Z (and #) jump links; letters with no entries are shown dimmed and are not links. */
export function LetterNav({ present }: { present: ReadonlySet<GlossaryLetter> }) {
  return (
    <nav aria-label="Jump to letter" className="flex flex-wrap gap-1 text-sm">
      {GLOSSARY_LETTERS.filter((letter) => letter !== "#" || present.has(letter)).map((letter) =>
        present.has(letter) ? (
          <a
            key={letter}
            href={`#${letterAnchor(letter)}`}
            className="flex h-8 w-8 items-center justify-center rounded-md border border-zinc-300 font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          >
            {letter}
          </a>
        ) : (
          <span
            key={letter}
            aria-hidden="true"
            className="flex h-8 w-8 items-center justify-center rounded-md text-zinc-400 dark:text-zinc-600"
          >
            {letter}
          </span>
        ),
      )}
    </nav>
  );
}
