import Link from "next/link";
import type { TermLink } from "@/lib/glossary/queries";

const chip = "rounded-full border border-zinc-300 px-2.5 py-0.5 dark:border-zinc-700";

/** A problem's "Terms to look up": each term links to its glossary page, or stays plain text when no entry defines it. */
export function ProblemTerms({ terms }: { terms: TermLink[] }) {
  if (terms.length === 0) return null;
  return (
    <section aria-labelledby="terms-heading" className="text-sm">
      <h2 id="terms-heading" className="mb-2 font-semibold">
        Terms to look up
      </h2>
      <ul className="flex flex-wrap gap-2">
        {terms.map(({ term, slug }) => (
          <li key={term}>
            {slug ? (
              <Link
                href={`/glossary/${slug}`}
                className={`${chip} inline-block text-blue-800 hover:border-blue-700 hover:bg-blue-50 hover:underline dark:text-blue-300 dark:hover:border-blue-400 dark:hover:bg-blue-950/50`}
              >
                {term}
              </Link>
            ) : (
              <span className={`${chip} inline-block`}>{term}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
