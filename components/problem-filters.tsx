"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { DIFFICULTY_SHORT_MEANINGS } from "@/lib/problems/difficulty";
import type { CatalogueFacets } from "@/lib/problems/facets";
import {
  DEFAULT_RATING_SOURCE,
  DIFFICULTY_FILTER_VALUES,
  EMPTY_FILTER,
  filterToSearchParams,
  RATING_SOURCES,
  type DifficultyFilterValue,
  type ProblemFilter,
  type RatingSource,
} from "@/lib/problems/filter-model";

/** How many problems each option would show given the other filters, and how many ratings are verified. */
export type FilterFacets = CatalogueFacets;

function Count({ value }: { value: number }) {
  return <span className="text-zinc-500 tabular-nums dark:text-zinc-400">({value})</span>;
}

export type FilterCategory = { slug: string; title: string; problemCount: number };

const RATING_SOURCE_LABELS: Record<RatingSource, string> = {
  author: "The author’s",
  community: "People who worked on it",
  either: "Either (the author’s where both)",
};

function difficultyLabel(value: DifficultyFilterValue, rating: RatingSource): string {
  if (value === "unrated") return rating === "community" ? "Unrated: nobody reported" : rating === "either" ? "Unrated by anyone" : "Unrated";
  return `${value} · ${DIFFICULTY_SHORT_MEANINGS[value]}`;
}

/** A yes/no filter (exciting, unclaimed, collaborators): sent as name=1 when checked. */
function FlagCheckbox({ name, checked, onChange, children }: { name: string; checked: boolean; onChange: (checked: boolean) => void; children: ReactNode }) {
  return (
    <label className="flex items-center gap-2">
      <input type="checkbox" name={name} value="1" checked={checked} onChange={(event) => onChange(event.target.checked)} className="size-4 accent-blue-700" />
      {children}
    </label>
  );
}

/**
 * What the form's controls show. Before hydration they are plain HTML, so a visitor on a slow
 * connection can type or tick before React runs; this reads what they did so that it is not lost.
 */
function filterFromForm(form: HTMLFormElement): ProblemFilter {
  const data = new FormData(form);
  const values = (name: string) => data.getAll(name).filter((value): value is string => typeof value === "string");
  return {
    q: (values("q")[0] ?? "").trim(),
    difficulty: DIFFICULTY_FILTER_VALUES.filter((value) => values("difficulty").includes(value)),
    category: values("category"),
    rating: RATING_SOURCES.find((source) => source === data.get("rating")) ?? DEFAULT_RATING_SOURCE,
    exciting: data.get("exciting") === "1",
    unclaimed: data.get("unclaimed") === "1",
    collaborators: data.get("collaborators") === "1",
  };
}

let formHydrated = false;

/** A filter as a string that ignores the order in which boxes were ticked. */
function orderFree(filter: ProblemFilter): string {
  return filterToSearchParams({ ...filter, category: [...filter.category].sort(), difficulty: [...filter.difficulty].sort() }).toString();
}

function toggle<T>(values: T[], value: T, on: boolean): T[] {
  return on ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value);
}

/**
 * The catalogue filters: a plain GET form that works without JavaScript. With JavaScript,
 * each change pushes the new query string, so the list updates in place and Back works.
 */
export function ProblemFilters({ categories, filter, facets }: { categories: FilterCategory[]; filter: ProblemFilter; facets: FilterFacets }) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [draft, setDraft] = useState(filter);
  const urlKey = filterToSearchParams(filter).toString();
  const lastPushed = useRef(urlKey);
  // The draft as of the latest change: the search box's delayed apply must not bring back an older
  // draft and drop a box ticked in the meantime.
  const latestDraft = useRef(draft);
  const form = useRef<HTMLFormElement>(null);

  function edit(next: ProblemFilter) {
    latestDraft.current = next;
    setDraft(next);
  }

  // Back/Forward or a shared link changed the URL: show what the URL says.
  useEffect(() => {
    lastPushed.current = urlKey;
    edit(filter);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [urlKey]);

  function apply(next: ProblemFilter) {
    edit(next);
    const query = filterToSearchParams(next).toString();
    if (query === lastPushed.current) return;
    lastPushed.current = query;
    startTransition(() => router.push(query ? `/?${query}` : "/", { scroll: false }));
  }

  // Anything typed or ticked before hydration counts as if it came after. Only the document's first
  // form can hold such input: later mounts come from client navigations, and a page that Back shows
  // again (kept hidden by React Activity) still has its old draft in the DOM until this render.
  useEffect(() => {
    if (!form.current || formHydrated) return;
    formHydrated = true;
    const shown = filterFromForm(form.current);
    if (orderFree(shown) !== orderFree(filter)) apply(shown);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Typing updates the list after a short pause rather than on every key.
  useEffect(() => {
    if (draft.q === filter.q) return;
    const timer = setTimeout(() => apply({ ...latestDraft.current, q: latestDraft.current.q.trim() }), 300);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft.q]);

  return (
    <form
      ref={form}
      method="get"
      action="/"
      role="search"
      aria-label="Filter problems"
      aria-busy={isPending}
      onSubmit={(event) => {
        event.preventDefault();
        apply({ ...latestDraft.current, q: latestDraft.current.q.trim() });
      }}
      className="space-y-5 text-sm"
    >
      <div>
        <label htmlFor="filter-q" className="mb-1 block font-medium">
          Search
        </label>
        <input
          id="filter-q"
          type="search"
          name="q"
          value={draft.q}
          maxLength={200}
          placeholder="Number, title or words"
          onChange={(event) => edit({ ...latestDraft.current, q: event.target.value })}
          className="w-full rounded-md border border-zinc-300 bg-white px-2.5 py-1.5 dark:border-zinc-700 dark:bg-zinc-900"
        />
      </div>

      <fieldset>
        <legend className="mb-1 font-medium">Difficulty</legend>
        {DIFFICULTY_FILTER_VALUES.map((value) => (
          <label key={value} className="flex items-center gap-2 py-0.5">
            <input
              type="checkbox"
              name="difficulty"
              value={value}
              checked={draft.difficulty.includes(value)}
              onChange={(event) => apply({ ...latestDraft.current, difficulty: toggle(latestDraft.current.difficulty, value, event.target.checked) })}
              className="size-4 accent-blue-700"
            />
            <span>
              {difficultyLabel(value, draft.rating)} <Count value={facets.difficulty[value]} />
            </span>
          </label>
        ))}
        <fieldset className="mt-2">
          <legend className="text-xs font-medium text-zinc-700 dark:text-zinc-300">Rated by</legend>
          {RATING_SOURCES.map((source) => (
            <label key={source} className="flex items-center gap-2 py-0.5">
              <input
                type="radio"
                name="rating"
                value={source}
                checked={draft.rating === source}
                onChange={() => apply({ ...latestDraft.current, rating: source })}
                className="size-4 accent-blue-700"
              />
              {RATING_SOURCE_LABELS[source]}
            </label>
          ))}
        </fieldset>
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400" data-testid="rating-coverage">
          {facets.coverage.rated} of {facets.coverage.total} problems have a verified difficulty; the rest are unrated until one is checked.{" "}
          {facets.coverage.communityRated > 0 && (
            <>
              {facets.coverage.communityRated} {facets.coverage.communityRated === 1 ? "has" : "have"} a difficulty reported by people who worked on{" "}
              {facets.coverage.communityRated === 1 ? "it" : "them"}.{" "}
            </>
          )}
          <a href="/start#ratings" className="underline">Where ratings come from</a>
        </p>
      </fieldset>

      <fieldset>
        <legend className="mb-1 font-medium">Category</legend>
        {categories.map((category) => (
          <label key={category.slug} className="flex items-start gap-2 py-0.5">
            <input
              type="checkbox"
              name="category"
              value={category.slug}
              checked={draft.category.includes(category.slug)}
              onChange={(event) => apply({ ...latestDraft.current, category: toggle(latestDraft.current.category, category.slug, event.target.checked) })}
              className="mt-0.5 size-4 shrink-0 accent-blue-700"
            />
            <span>
              {category.title} <Count value={facets.category[category.slug] ?? 0} />
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset className="space-y-1">
        <legend className="mb-1 font-medium">People</legend>
        <FlagCheckbox name="unclaimed" checked={draft.unclaimed} onChange={(checked) => apply({ ...latestDraft.current, unclaimed: checked })}>
          Nobody working on it <Count value={facets.unclaimed} />
        </FlagCheckbox>
        <FlagCheckbox name="collaborators" checked={draft.collaborators} onChange={(checked) => apply({ ...latestDraft.current, collaborators: checked })}>
          Looking for collaborators <Count value={facets.collaborators} />
        </FlagCheckbox>
      </fieldset>

      <fieldset>
        <legend className="sr-only">Other</legend>
        <FlagCheckbox name="exciting" checked={draft.exciting} onChange={(checked) => apply({ ...latestDraft.current, exciting: checked })}>
          Exciting only <span aria-hidden="true" className="text-amber-500">★</span> <Count value={facets.exciting} />
        </FlagCheckbox>
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400" data-testid="star-coverage">
          The author&rsquo;s star is verified for {facets.coverage.starVerified} of {facets.coverage.total} problems ({facets.coverage.starred} starred); the
          others may carry a star in the original posts that nobody has checked yet.
        </p>
      </fieldset>

      <div className="flex items-center gap-3">
        <button
          type="submit"
          className="rounded-md bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
        >
          Apply filters
        </button>
        <a href="/" className="underline" onClick={(event) => { event.preventDefault(); apply(EMPTY_FILTER); }}>
          Clear
        </a>
      </div>
    </form>
  );
}
