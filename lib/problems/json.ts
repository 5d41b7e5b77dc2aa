import type { ProblemSummary } from "./queries";

/** A problem as the public JSON API returns it. */
export type ProblemJson = {
  number: string;
  title: string;
  category: string;
  subcategory: string | null;
  difficulty: string | null;
  exciting: boolean;
  url: string;
};

export function toProblemJson(problem: ProblemSummary, origin: string): ProblemJson {
  return {
    number: problem.number,
    title: problem.title,
    category: problem.categorySlug,
    subcategory: problem.subcategory,
    difficulty: problem.difficulty,
    exciting: problem.exciting,
    url: `${origin}/problems/${problem.number}`,
  };
}
