import { cacheLife } from "next/cache";
import Link from "next/link";
import { DatedNote } from "@/components/dated-note";
import { DifficultyLegend } from "@/components/difficulty-legend";
import { ProblemFilters } from "@/components/problem-filters";
import { ProblemList } from "@/components/problem-list";
import { CACHE_TAGS, dependsOn } from "@/lib/cache/tags";
import { EMPTY_FILTER, parseCatalogueKey } from "@/lib/problems/filter";
import { DEFAULT_RATING_SOURCE, type ProblemFilter } from "@/lib/problems/filter-model";
import { catalogueFacets } from "@/lib/problems/facets";
import { listCategories, listProblems } from "@/lib/problems/queries";
import { DownloadLinks } from "./download-links";
import { NoMatches } from "./no-matches";

/** How many filter controls are set, for the folded filters' summary. */
function activeFilterCount(filter: ProblemFilter): number {
  return filter.category.length + filter.difficulty.length + [filter.rating !== DEFAULT_RATING_SOURCE, filter.exciting, filter.unclaimed, filter.collaborators, filter.q !== ""].filter(Boolean).length;
}

/**
 * The catalogue for one filter (a key from catalogueKey), cached per key until a write or an
 * ingest expires it; at most 15 minutes late for claims that lapse with time alone.
 */
export async function CatalogueView({ filterKey }: { filterKey: string }) {
  "use cache";
  dependsOn(CACHE_TAGS.content, CACHE_TAGS.community);
  cacheLife("default");
  const categories = await listCategories();
  const parsed = parseCatalogueKey(filterKey, categories.map((category) => category.slug));
  const filter = parsed.ok ? parsed.filter : EMPTY_FILTER;
  const [problems, facets] = await Promise.all([parsed.ok ? listProblems(filter) : [], catalogueFacets(filter)]);
  const total = categories.reduce((sum, category) => sum + category.problemCount, 0);
  const categoryTitles = Object.fromEntries(categories.map((category) => [category.slug, category.title]));

  return (
    <div className="space-y-4 md:space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight">Open problems in mechanistic interpretability</h1>
        <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">
          {/* On a phone the problems come first; the header's menu says the same. */}
          <span className="hidden sm:inline">
            Find a problem to work on: filter by category and difficulty, read what each problem asks and how to start,
            and follow the link to the original post.{" "}
          </span>
          New to the field? <Link href="/start" className="underline">Start here</Link>. With an
          account you can say you are working on a problem, find collaborators and watch problems for news.
        </p>
        <DatedNote />
      </div>
      <div className="grid gap-4 md:grid-cols-[16rem_1fr] md:gap-6">
        {/* Folded on small screens so the first problems show on the first screen; always open from md
            up (globals.css). A <details> needs no JavaScript. Not sticky: every control stays reachable
            by scrolling the page, with no inner scroll area. */}
        <details className="filters-fold rounded-lg border border-zinc-200 p-3 md:border-0 md:p-0 dark:border-zinc-800" data-testid="filters-fold">
          <summary className="cursor-pointer font-medium">
            Filters{activeFilterCount(filter) > 0 ? ` (${activeFilterCount(filter)} active)` : ""}
          </summary>
          <div className="pt-3 md:pt-0">
            <ProblemFilters categories={categories} filter={filter} facets={facets} />
          </div>
        </details>
        <section aria-labelledby="results-heading" className="space-y-3">
          <h2 id="results-heading" className="sr-only">
            Problems
          </h2>
          {!parsed.ok && (
            <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100" data-testid="filter-error">
              Invalid filter <code>{parsed.error.parameter}</code>: {parsed.error.message}
            </p>
          )}
          <p role="status" aria-live="polite" className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="result-count">
            <strong className="text-zinc-900 dark:text-zinc-100">{problems.length}</strong>{" "}
            {problems.length === 1 ? "problem matches" : "problems match"} (of {total})
          </p>
          <p className="text-xs text-zinc-600 dark:text-zinc-400" data-testid="why-count">
            Why {total}, not 200? The series is called “200 Concrete Open Problems”, but its posts number {total}.
          </p>
          {/* Above the list from sm up; below it on a phone, where the first problems come first. */}
          {parsed.ok && (
            <div className="hidden sm:block">
              <DownloadLinks query={filterKey} />
            </div>
          )}
          <ProblemList
            problems={problems}
            categoryTitles={categoryTitles}
            ranked={filter.q !== ""}
            whenEmpty={parsed.ok ? <NoMatches filter={filter} categoryTitles={categoryTitles} /> : undefined}
          />
          {parsed.ok && (
            <div className="sm:hidden">
              <DownloadLinks query={filterKey} />
            </div>
          )}
          <DifficultyLegend />
        </section>
      </div>
    </div>
  );
}
