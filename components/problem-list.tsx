import Link from "next/link";
import { DifficultyBadge } from "./difficulty-badge";
import { ExcitingStar } from "./exciting-star";

export type ProblemListItem = {
  number: string;
  title: string;
  categorySlug: string;
  subcategory: string | null;
  difficulty: string | null;
  exciting: boolean;
  activeClaims: number;
  lookingForCollaborators: boolean;
};

/** Catalogue rows: number, title, category, difficulty and star; scans like a table. */
export function ProblemList({
  problems,
  categoryTitles,
  showCategory = true,
}: {
  problems: ProblemListItem[];
  categoryTitles: Record<string, string>;
  showCategory?: boolean;
}) {
  if (problems.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-zinc-300 p-6 text-center text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
        No problems match these filters.
      </p>
    );
  }
  return (
    <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800" data-testid="problem-list">
      {problems.map((problem) => (
        <li key={problem.number} data-number={problem.number} className="problem-row">
          <Link
            href={`/problems/${problem.number}`}
            className="grid grid-cols-[3.5rem_1fr_auto] items-baseline gap-x-3 px-3 py-2.5 hover:bg-zinc-50 focus-visible:bg-zinc-50 dark:hover:bg-zinc-900 dark:focus-visible:bg-zinc-900"
          >
            <span className="font-mono text-sm text-zinc-500 tabular-nums dark:text-zinc-400">{problem.number}</span>
            <span>
              <span className="font-medium">{problem.title}</span>
              {problem.exciting && <> <ExcitingStar /></>}
              {(showCategory || problem.subcategory) && (
                <span className="mt-0.5 block text-xs text-zinc-500 dark:text-zinc-400">
                  {showCategory && categoryTitles[problem.categorySlug]}
                  {showCategory && problem.subcategory && " · "}
                  {problem.subcategory}
                </span>
              )}
            </span>
            <span className="flex items-center gap-2">
              {problem.activeClaims > 0 && (
                <span
                  className="whitespace-nowrap rounded-full bg-zinc-100 px-2 py-0.5 text-xs text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300"
                  title={problem.lookingForCollaborators ? "Someone working on it is looking for collaborators" : undefined}
                  data-testid="claim-count"
                >
                  {problem.activeClaims} working{problem.lookingForCollaborators && <> · <span className="text-blue-700 dark:text-blue-300">open</span></>}
                </span>
              )}
              <DifficultyBadge difficulty={problem.difficulty} />
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
