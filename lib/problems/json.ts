import type { z } from "zod";
import type { problemJsonSchema } from "@/lib/api/schemas";
import { communityDifficultyOf } from "@/lib/community-difficulty/vocabulary";
import type { ProblemSummary } from "./queries";

/** A problem as the public JSON API returns it (lib/api/schemas.ts). */
export type ProblemJson = z.infer<typeof problemJsonSchema>;

/** The public shape of a catalogue row. */
export function toProblemJson(problem: Omit<ProblemSummary, "snippet">, origin: string): ProblemJson {
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
    community: communityDifficultyOf(problem),
    url: `${origin}/problems/${problem.number}`,
  };
}
