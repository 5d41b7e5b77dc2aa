import { DatedNote } from "@/components/dated-note";
import { DifficultyLegend } from "@/components/difficulty-legend";
import { ProblemFilters } from "@/components/problem-filters";
import { ProblemList } from "@/components/problem-list";
import { EMPTY_FILTER, parseProblemFilter } from "@/lib/problems/filter";
import { listCategories, listProblems } from "@/lib/problems/queries";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CataloguePage({ searchParams }: { searchParams: SearchParams }) {
  const categories = await listCategories();
  const params = await searchParams;
  const parsed = parseProblemFilter(params, categories.map((category) => category.slug));
  const filter = parsed.ok ? parsed.filter : EMPTY_FILTER;
  const problems = parsed.ok ? await listProblems(filter) : [];
  const total = categories.reduce((sum, category) => sum + category.problemCount, 0);
  const categoryTitles = Object.fromEntries(categories.map((category) => [category.slug, category.title]));

  return (
    <div className="space-y-6">
      {/* Set by the delete-account action's redirect (lib/account/actions.ts). */}
      {params.account === "deleted" && (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100" data-testid="account-deleted">
          Your account and everything in it are deleted, and you are signed out.
        </p>
      )}
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight">Open problems in mechanistic interpretability</h1>
        <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">
          Find a problem to work on: filter by category and difficulty, read what each problem asks and how to start,
          and follow the link to the original post.
        </p>
        <DatedNote />
      </div>
      <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
        <div className="md:sticky md:top-4 md:max-h-[calc(100vh-2rem)] md:self-start md:overflow-y-auto md:pr-2">
          <ProblemFilters categories={categories} filter={filter} />
        </div>
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
          <ProblemList problems={problems} categoryTitles={categoryTitles} />
          <DifficultyLegend />
        </section>
      </div>
    </div>
  );
}
