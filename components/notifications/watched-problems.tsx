import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { setWatchingAction } from "@/lib/notifications/actions";
import type { WatchedProblem } from "@/lib/notifications/queries";

/** The problems a user watches, each with a button to stop. */
export function WatchedProblems({ problems }: { problems: WatchedProblem[] }) {
  if (problems.length === 0) {
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        None. Use “Watch” on a problem’s page to hear when it is claimed, frees up or gets new work; problems you claim or join are watched for you.
      </p>
    );
  }
  return (
    <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
      {problems.map((problem) => (
        <li key={problem.number} className="flex flex-wrap items-center justify-between gap-2 p-3" data-testid="watched-problem">
          <Link href={`/problems/${problem.number}`} className="min-w-0 underline [overflow-wrap:anywhere]">
            {problem.number} {problem.title}
          </Link>
          <ActionButton action={setWatchingAction} values={{ problemNumber: problem.number, watch: "off" }} label="Stop watching" />
        </li>
      ))}
    </ul>
  );
}
