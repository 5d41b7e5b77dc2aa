import Link from "next/link";
import { DEFAULT_RATING_SOURCE, EMPTY_FILTER, filterToSearchParams, type ProblemFilter, type RatingSource } from "@/lib/problems/filter-model";
import { newerTopicIn } from "@/lib/problems/newer-topics";
import { spellingSuggestion } from "@/lib/problems/spelling";

const catalogueHref = (filter: ProblemFilter) => {
  const query = filterToSearchParams(filter).toString();
  return query ? `/?${query}` : "/";
};

const DIFFICULTY_CHIP_PREFIX: Record<RatingSource, string> = { author: "Difficulty", community: "Community difficulty", either: "Difficulty (author or community)" };

/** Each filter that is set, with the catalogue's link for the same filter without it. */
function filtersToRemove(filter: ProblemFilter, categoryTitles: Record<string, string>): { label: string; href: string }[] {
  return [
    ...(filter.q ? [{ label: `the search “${filter.q}”`, href: catalogueHref({ ...filter, q: "" }) }] : []),
    ...filter.category.map((slug) => ({ label: categoryTitles[slug] ?? slug, href: catalogueHref({ ...filter, category: filter.category.filter((other) => other !== slug) }) })),
    ...filter.difficulty.map((value) => ({ label: value === "unrated" ? (filter.rating === "community" ? "No community reports" : "Unrated") : `${DIFFICULTY_CHIP_PREFIX[filter.rating]} ${value}`, href: catalogueHref({ ...filter, difficulty: filter.difficulty.filter((other) => other !== value) }) })),
    ...(filter.rating !== DEFAULT_RATING_SOURCE && filter.difficulty.length > 0
      ? [{ label: filter.rating === "community" ? "Community ratings" : "Either rating", href: catalogueHref({ ...filter, rating: DEFAULT_RATING_SOURCE }) }]
      : []),
    ...(filter.exciting ? [{ label: "Exciting only", href: catalogueHref({ ...filter, exciting: false }) }] : []),
    ...(filter.unclaimed ? [{ label: "Nobody working on it", href: catalogueHref({ ...filter, unclaimed: false }) }] : []),
    ...(filter.collaborators ? [{ label: "Looking for collaborators", href: catalogueHref({ ...filter, collaborators: false }) }] : []),
  ];
}

/** What an empty catalogue says: a spelling suggestion, why a newer topic is missing, and which filter to drop. */
export async function NoMatches({ filter, categoryTitles }: { filter: ProblemFilter; categoryTitles: Record<string, string> }) {
  const newerTopic = filter.q ? newerTopicIn(filter.q) : null;
  const suggestion = filter.q && !newerTopic ? await spellingSuggestion(filter.q) : null;
  const removable = filtersToRemove(filter, categoryTitles);
  return (
    <div className="space-y-3 text-sm">
      <p className="text-base text-zinc-800 dark:text-zinc-200">No problems match these filters.</p>
      {suggestion && (
        <p data-testid="spelling-suggestion">
          Did you mean{" "}
          <Link className="font-medium text-blue-700 underline dark:text-blue-300" href={catalogueHref({ ...filter, q: suggestion })}>
            {suggestion}
          </Link>
          ?
        </p>
      )}
      {newerTopic && (
        <p data-testid="newer-topic">
          The list predates {newerTopic.topic}: it was written in 2022–23, and that line of work took off in {newerTopic.year}.
          Problems about older methods it builds on may still interest you.
        </p>
      )}
      {removable.length > 0 && (
        <div>
          <p>Try without:</p>
          <ul className="mt-1 flex flex-wrap justify-center gap-2">
            {removable.map(({ label, href }) => (
              <li key={href}>
                <Link className="inline-block rounded-full border border-zinc-300 px-3 py-1 text-zinc-800 hover:bg-zinc-50 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-900" href={href}>
                  <span aria-hidden="true">✕ </span>
                  {label}
                </Link>
              </li>
            ))}
          </ul>
          {removable.length > 1 && (
            <p className="mt-2">
              <Link className="underline" href={catalogueHref(EMPTY_FILTER)}>
                Clear all filters
              </Link>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
