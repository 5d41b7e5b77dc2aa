import "server-only";
import { cacheLife } from "next/cache";
import { notFound } from "next/navigation";
import { CACHE_TAGS, dependsOn } from "@/lib/cache/tags";
import { toClaimJson } from "@/lib/claims/json";
import { claimsForProblem } from "@/lib/claims/queries";
import { PROBLEM_NUMBER_PATTERN, SLUG_PATTERN } from "@/lib/content/schema";
import { parseCatalogueKey } from "./filter";
import { toProblemJson } from "./json";
import { getCategory, getProblem, listCategories, listProblemPages, listProblems } from "./queries";

/**
 * Public reads shared by pages, metadata and the API, cached until a write or an ingest expires
 * their tags (lib/cache/tags.ts). Active-claim counts also change with time alone, so entries that
 * count claims live at most 15 minutes ("default" profile).
 */

export async function cachedProblem(number: string) {
  "use cache";
  dependsOn(CACHE_TAGS.content, CACHE_TAGS.community);
  cacheLife("default");
  return PROBLEM_NUMBER_PATTERN.test(number) ? getProblem(number) : null;
}

export async function cachedCategory(slug: string) {
  "use cache";
  dependsOn(CACHE_TAGS.content);
  cacheLife("max");
  return SLUG_PATTERN.test(slug) ? getCategory(slug) : null;
}

export async function cachedCategories() {
  "use cache";
  dependsOn(CACHE_TAGS.content);
  cacheLife("max");
  return listCategories();
}

/** Every live problem's number and last content change (the sitemap). */
export async function cachedProblemPages() {
  "use cache";
  dependsOn(CACHE_TAGS.content);
  cacheLife("max");
  return listProblemPages();
}

/** The problem for a route's `number` parameter, or the 404 page. */
export async function problemFromParams(params: Promise<{ number: string }>) {
  const { number } = await params;
  return (await cachedProblem(decodeURIComponent(number))) ?? notFound();
}

/**
 * The body of GET /api/problems for a catalogue key, as JSON text: cached as text so that a
 * request costs a lookup, not a query and a serialisation. Null for an invalid filter.
 */
export async function cachedProblemsJson(filterKey: string, origin: string): Promise<string | null> {
  "use cache";
  dependsOn(CACHE_TAGS.content, CACHE_TAGS.community);
  cacheLife("default");
  const categories = await cachedCategories();
  const parsed = parseCatalogueKey(filterKey, categories.map((category) => category.slug));
  if (!parsed.ok) return null;
  const problems = await listProblems(parsed.filter);
  return JSON.stringify({ total: problems.length, problems: problems.map((problem) => toProblemJson(problem, origin)) });
}

/** The body of GET /api/problems/[number] (with its visible claims' public fields) as JSON text, or null when there is no such problem. */
export async function cachedProblemJson(number: string, origin: string): Promise<string | null> {
  "use cache";
  dependsOn(CACHE_TAGS.content, CACHE_TAGS.community);
  cacheLife("default");
  // One clock for the count and each claim's active/lapsed flag.
  const now = new Date();
  const problem = await getProblem(number, now);
  if (!problem) return null;
  const claims = await claimsForProblem(problem.id, null, now);
  return JSON.stringify({ ...toProblemJson(problem, origin), archived: problem.archivedAt !== null, claims: claims.map(toClaimJson) });
}
