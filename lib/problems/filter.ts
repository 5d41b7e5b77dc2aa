import { z } from "zod";
import { SLUG_PATTERN } from "@/lib/content/schema";
import { DEFAULT_RATING_SOURCE, DIFFICULTY_FILTER_VALUES, filterToSearchParams, MAX_QUERY_LENGTH, RATING_SOURCES, type ProblemFilter } from "./filter-model";

export * from "./filter-model";

/**
 * The catalogue filter: one parser for the page's query string, the JSON API and the tests,
 * so that a shared link and an API call always mean the same thing.
 */

export type FilterError = { parameter: string; message: string };

type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

function allValues(params: SearchParamsInput, name: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(name);
  const value = params[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** What each filter parameter expects: the parser's messages, and on its own the error of a catalogue key, which names no user input. */
const EXPECTED_VALUES = {
  category: "expected a category slug such as toy-language-models",
  difficulty: "expected A, B, C, D or unrated",
  rating: "expected author, community or either",
  exciting: "expected 1 or 0",
  unclaimed: "expected 1 or 0",
  collaborators: "expected 1 or 0",
  q: `must be at most ${MAX_QUERY_LENGTH} characters`,
} as const;

const flagValue = (name: "exciting" | "unclaimed" | "collaborators", description: string) =>
  z.enum(["", "0", "1", "true", "false", "on"], { error: EXPECTED_VALUES[name] }).meta({ description: `${description} \`1\`, \`true\` or \`on\` switch it on.` });

/**
 * The filter's query parameters as one zod object: the parser below validates each parameter with
 * its field, and the OpenAPI document (lib/api/openapi.ts) describes the parameters from the same
 * object, so a parameter added here is validated and documented at once. Repeatable parameters are
 * arrays (`?category=a&category=b`); the others take the last value given.
 */
export const problemFilterParameters = z.object({
  category: z
    .array(z.string().regex(SLUG_PATTERN, EXPECTED_VALUES.category))
    .meta({ description: "Category slug (see /categories); repeat to match any of several.", examples: [["toy-language-models"]] }),
  difficulty: z
    .array(z.enum(DIFFICULTY_FILTER_VALUES, { error: EXPECTED_VALUES.difficulty }))
    .meta({ description: "A, B, C, D (case-insensitive) or unrated; repeat to match any of several. A problem rated B-C matches B and C.", examples: [["B"]] }),
  rating: z.enum(RATING_SOURCES, { error: EXPECTED_VALUES.rating }).meta({
    description:
      "Whose difficulty `difficulty` matches: `author` (the default), `community` (the most reported letter of people who worked on the problem; unrated means nobody reported) or `either` (the author's rating where there is one, else the community's).",
    examples: ["community"],
  }),
  exciting: flagValue("exciting", "Only problems the author starred."),
  unclaimed: flagValue("unclaimed", "Only problems nobody is actively working on."),
  collaborators: flagValue("collaborators", "Only problems with an active claim looking for collaborators."),
  q: z
    .string()
    .max(MAX_QUERY_LENGTH, EXPECTED_VALUES.q)
    .meta({ description: "Words to search for in the number, title, terms and description: stemmed, each also as a prefix, all required; results come best match first.", examples: ["induction heads"] }),
});

/** The names of the filter's query parameters. */
export type ProblemFilterParameter = keyof typeof problemFilterParameters.shape;

/**
 * Parses filter parameters (`category`, `difficulty` repeatable; `rating=author|community|either`;
 * `exciting=1`, `unclaimed=1`, `collaborators=1`; `q`).
 * Empty values are ignored, as a plain GET form sends them. Unknown category slugs are an
 * error when `knownCategories` is given. Other parameters are left for the caller.
 */
export function parseProblemFilter(
  params: SearchParamsInput,
  knownCategories?: readonly string[],
): { ok: true; filter: ProblemFilter } | { ok: false; error: FilterError } {
  const nonEmpty = (name: string) => allValues(params, name).map((value) => value.trim()).filter((value) => value !== "");

  const fields = problemFilterParameters.shape;
  const category = fields.category.safeParse(nonEmpty("category"));
  if (!category.success) return { ok: false, error: { parameter: "category", message: category.error.issues[0]!.message } };
  const unknown = knownCategories ? category.data.find((slug) => !knownCategories.includes(slug)) : undefined;
  if (unknown) {
    return { ok: false, error: { parameter: "category", message: `unknown category "${unknown}"; expected one of: ${knownCategories!.join(", ")}` } };
  }

  const difficulty = fields.difficulty.safeParse(nonEmpty("difficulty").map((value) => (value.length === 1 ? value.toUpperCase() : value.toLowerCase())));
  if (!difficulty.success) {
    const bad = nonEmpty("difficulty").find((value) => !/^([a-d]|unrated)$/i.test(value));
    return { ok: false, error: { parameter: "difficulty", message: `${EXPECTED_VALUES.difficulty}; got "${bad}"` } };
  }

  const rawRating = (allValues(params, "rating").at(-1) ?? "").trim();
  const rating = fields.rating.safeParse(rawRating === "" ? DEFAULT_RATING_SOURCE : rawRating.toLowerCase());
  if (!rating.success) return { ok: false, error: { parameter: "rating", message: `${EXPECTED_VALUES.rating}; got "${rawRating}"` } };

  const flags: Record<"exciting" | "unclaimed" | "collaborators", boolean> = { exciting: false, unclaimed: false, collaborators: false };
  for (const name of ["exciting", "unclaimed", "collaborators"] as const) {
    const raw = allValues(params, name).at(-1) ?? "";
    const flag = fields[name].safeParse(raw.trim().toLowerCase());
    if (!flag.success) return { ok: false, error: { parameter: name, message: `${EXPECTED_VALUES[name]}; got "${raw}"` } };
    flags[name] = ["1", "true", "on"].includes(flag.data);
  }

  const q = fields.q.safeParse((allValues(params, "q").at(-1) ?? "").trim().replace(/\s+/g, " "));
  if (!q.success) return { ok: false, error: { parameter: "q", message: EXPECTED_VALUES.q } };

  return {
    ok: true,
    filter: {
      category: [...new Set(category.data)],
      difficulty: DIFFICULTY_FILTER_VALUES.filter((value) => difficulty.data.includes(value)),
      rating: rating.data,
      ...flags,
      q: q.data,
    },
  };
}


/**
 * The catalogue page for a query string, as one path segment: "" for the unfiltered catalogue, the
 * canonical query string for a valid filter (so equivalent URLs share one cached page), and
 * "!parameter" for an invalid one (so invalid input, however varied, maps to a handful of pages).
 * Category slugs are checked against the database by the page, not here.
 */
export function catalogueKey(params: URLSearchParams): string {
  const parsed = parseProblemFilter(params);
  if (!parsed.ok) return `!${parsed.error.parameter}`;
  return filterToSearchParams(parsed.filter).toString();
}

/** The filter a catalogue key stands for (the inverse of catalogueKey), checking category slugs. */
export function parseCatalogueKey(key: string, knownCategories: readonly string[]): ReturnType<typeof parseProblemFilter> {
  if (key.startsWith("!")) {
    const parameter = key.slice(1);
    return { ok: false, error: { parameter, message: parameter in EXPECTED_VALUES ? EXPECTED_VALUES[parameter as keyof typeof EXPECTED_VALUES] : "not a filter" } };
  }
  return parseProblemFilter(new URLSearchParams(key), knownCategories);
}
