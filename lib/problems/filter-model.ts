import { DIFFICULTY_LETTERS } from "./difficulty";

/**
 * What a catalogue filter is, without the parser: the filter form in the browser needs these,
 * and keeping zod out of this module keeps it out of the page's JavaScript.
 */

export const DIFFICULTY_FILTER_VALUES = [...DIFFICULTY_LETTERS, "unrated"] as const;
export type DifficultyFilterValue = (typeof DIFFICULTY_FILTER_VALUES)[number];

/**
 * Whose difficulty the difficulty filter reads: the author's rating (the default), the community's
 * (lib/community-difficulty/), or either, where the author's rating wins when a problem has both.
 */
export const RATING_SOURCES = ["author", "community", "either"] as const;
export type RatingSource = (typeof RATING_SOURCES)[number];
export const DEFAULT_RATING_SOURCE: RatingSource = "author";

export const MAX_QUERY_LENGTH = 200;

export type ProblemFilter = {
  category: string[];
  difficulty: DifficultyFilterValue[];
  /** Whose difficulty `difficulty` matches. */
  rating: RatingSource;
  exciting: boolean;
  /** Only problems nobody is actively working on. */
  unclaimed: boolean;
  /** Only problems with an active claim looking for collaborators. */
  collaborators: boolean;
  q: string;
};

export const EMPTY_FILTER: ProblemFilter = { category: [], difficulty: [], rating: DEFAULT_RATING_SOURCE, exciting: false, unclaimed: false, collaborators: false, q: "" };

/** The canonical query string for a filter (the inverse of parseProblemFilter). */
export function filterToSearchParams(filter: ProblemFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const slug of filter.category) params.append("category", slug);
  for (const value of filter.difficulty) params.append("difficulty", value);
  // The default is left out, so links from before the parameter existed stay canonical.
  if (filter.rating !== DEFAULT_RATING_SOURCE) params.set("rating", filter.rating);
  if (filter.exciting) params.set("exciting", "1");
  if (filter.unclaimed) params.set("unclaimed", "1");
  if (filter.collaborators) params.set("collaborators", "1");
  if (filter.q) params.set("q", filter.q);
  return params;
}
