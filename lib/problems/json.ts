import type { ProblemSummary } from "./queries";

/** A problem as the public JSON API returns it. */
export type ProblemJson = {
  number: string;
  title: string;
  category: string;
  subcategory: string | null;
  difficulty: string | null;
  exciting: boolean;
  /** Active claims (interested or working, before their expiry), and the same split by status. */
  activeClaims: number;
  workingClaims: number;
  interestedClaims: number;
  doneClaims: number;
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
    workingClaims: problem.workingClaims,
    interestedClaims: problem.interestedClaims,
    doneClaims: problem.doneClaims,
    lookingForCollaborators: problem.lookingForCollaborators,
    url: `${origin}/problems/${problem.number}`,
  };
}
