import type { ProblemSummary } from "./queries";

/** A problem as the public JSON API returns it. */
export type ProblemJson = {
  number: string;
  title: string;
  category: string;
  subcategory: string | null;
  difficulty: string | null;
  exciting: boolean;
  activeClaims: number;
  lookingForCollaborators: boolean;
  url: string;
};

/** The public shape of a catalogue row. */
export function toProblemJson(problem: ProblemSummary, origin: string): ProblemJson {
  return {
    number: problem.number,
    title: problem.title,
    category: problem.categorySlug,
    subcategory: problem.subcategory,
    difficulty: problem.difficulty,
    exciting: problem.exciting,
    activeClaims: problem.activeClaims,
    lookingForCollaborators: problem.lookingForCollaborators,
    url: `${origin}/problems/${problem.number}`,
  };
}
