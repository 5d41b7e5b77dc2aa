import type { ReactNode } from "react";
import { DIFFICULTY_LETTERS } from "@/lib/problems/difficulty";
import { trimCompactRow, type CompactRow } from "./compact-row";
import { ProblemRows } from "./problem-rows";

export type ProblemListItem = {
  number: string;
  title: string;
  categorySlug: string;
  subcategory: string | null;
  difficulty: string | null;
  exciting: boolean | null;
  workingClaims: number;
  interestedClaims: number;
  doneClaims: number;
  lookingForCollaborators: boolean;
  snippet?: string | null;
  /** The community's most reported level (1–4) and how many reported; absent or null when nobody has. */
  communityLevel?: number | null;
  communityReports?: number;
};

/**
 * Catalogue rows under a heading per category: number, title, section, claims, difficulty and star;
 * scans like a table. Search results come best first, so they stand in one list, each run of rows
 * labelled with its category instead.
 */
export function ProblemList({
  problems,
  categoryTitles,
  showCategory = true,
  ranked = false,
  whenEmpty,
}: {
  problems: ProblemListItem[];
  categoryTitles: Record<string, string>;
  showCategory?: boolean;
  ranked?: boolean;
  whenEmpty?: ReactNode;
}) {
  if (problems.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-zinc-300 p-6 text-center text-zinc-600 dark:border-zinc-700 dark:text-zinc-400" data-testid="no-matches">
        {whenEmpty ?? <p>No problems match these filters.</p>}
      </div>
    );
  }
  if (ranked) {
    const rows = compactRows(problems, (problem) => categoryTitles[problem.categorySlug] ?? problem.categorySlug);
    return (
      <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800" data-testid="problem-list">
        <ProblemRows rows={rows} />
      </ul>
    );
  }
  const groups = showCategory ? groupByCategory(problems) : [{ slug: null, problems }];
  return (
    <div className="space-y-4" data-testid="problem-list">
      {groups.map((group) => (
        <section key={group.slug ?? "all"} aria-label={group.slug ? categoryTitles[group.slug] : undefined}>
          {/* One heading per category instead of its title on every row: it reads better and the page stays small. */}
          {group.slug && <h3 className="mb-1.5 text-sm font-semibold text-zinc-700 dark:text-zinc-300">{categoryTitles[group.slug]}</h3>}
          <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
            <ProblemRows rows={compactRows(group.problems, (problem) => problem.subcategory)} />
          </ul>
        </section>
      ))}
    </div>
  );
}

/**
 * The rows as compact tuples, each run of rows with the same label (a section, or in search results
 * a category) naming it on its first row only.
 */
function compactRows(problems: ProblemListItem[], labelOf: (problem: ProblemListItem) => string | null): CompactRow[] {
  return problems.map((problem, index) => {
    const label = labelOf(problem);
    const sectionStart = label && (index === 0 || label !== labelOf(problems[index - 1]!)) ? label : null;
    const letter = problem.communityLevel ? DIFFICULTY_LETTERS[problem.communityLevel - 1] : undefined;
    return trimCompactRow([
      problem.number,
      problem.title,
      sectionStart,
      problem.difficulty,
      problem.exciting,
      problem.workingClaims,
      problem.interestedClaims,
      problem.lookingForCollaborators,
      problem.doneClaims,
      problem.snippet ?? null,
      // Only when someone reported, so rows without reports cost no bytes.
      letter && problem.communityReports ? [letter, problem.communityReports] : undefined,
    ]);
  });
}

/** Consecutive problems of the same category (the list is sorted by number, so category first). */
function groupByCategory(problems: ProblemListItem[]) {
  const groups: { slug: string; problems: ProblemListItem[] }[] = [];
  for (const problem of problems) {
    const last = groups.at(-1);
    if (last?.slug === problem.categorySlug) last.problems.push(problem);
    else groups.push({ slug: problem.categorySlug, problems: [problem] });
  }
  return groups;
}
