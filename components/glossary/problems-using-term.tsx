import { DifficultyBadge } from "@/components/difficulty-badge";
import { ExcitingStar } from "@/components/exciting-star";
import type { ProblemUsingTerm } from "@/lib/glossary/queries";

/** The problems that list a term, as catalogue-style rows. */
export function ProblemsUsingTerm({ problems }: { problems: ProblemUsingTerm[] }) {
  if (problems.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No problem in the catalogue uses this term at the moment.</p>;
  return (
    <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
      {problems.map((problem) => (
        <li key={problem.number} data-number={problem.number} className="problem-row">
          <a href={`/problems/${problem.number}`}>
            <span className="problem-number">{problem.number}</span>
            <span>
              <span className="problem-title">{problem.title}</span>
              {problem.exciting && <> <ExcitingStar /></>}
            </span>
            <span className="problem-aside">
              <DifficultyBadge difficulty={problem.difficulty} />
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
