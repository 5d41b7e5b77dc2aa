import "server-only";
import { cacheLife } from "next/cache";
import { CACHE_TAGS, dependsOn } from "@/lib/cache/tags";
import { cachedCategory, cachedProblem } from "@/lib/problems/cached";
import { renderAtomFeed, SITE_NAME } from "./atom";
import { feedEvents } from "./events";

/**
 * The three Atom feeds as XML text, cached until a write (community) or an ingest (content)
 * expires them. Null when the problem or category does not exist.
 */

export async function cachedSiteFeed(origin: string): Promise<string> {
  "use cache";
  dependsOn(CACHE_TAGS.content, CACHE_TAGS.community);
  cacheLife("max");
  const description = {
    title: SITE_NAME,
    subtitle: "New claims, progress notes, outcomes, existing work and problems added or changed.",
    pageUrl: `${origin}/`,
    feedUrl: `${origin}/feed.xml`,
  };
  return renderAtomFeed(description, await feedEvents({ kind: "site" }), origin, new Date());
}

export async function cachedProblemFeed(number: string, origin: string): Promise<string | null> {
  "use cache";
  dependsOn(CACHE_TAGS.content, CACHE_TAGS.community);
  cacheLife("max");
  const problem = await cachedProblem(number);
  if (!problem) return null;
  const pageUrl = `${origin}/problems/${encodeURIComponent(problem.number)}`;
  const description = {
    title: `${problem.number}: ${problem.title} · ${SITE_NAME}`,
    subtitle: `Claims, progress notes, outcomes and existing work on problem ${problem.number}.`,
    pageUrl,
    feedUrl: `${pageUrl}/feed.xml`,
  };
  return renderAtomFeed(description, await feedEvents({ kind: "problem", problemId: problem.id }), origin, problem.updatedAt);
}

export async function cachedCategoryFeed(slug: string, origin: string): Promise<string | null> {
  "use cache";
  dependsOn(CACHE_TAGS.content, CACHE_TAGS.community);
  cacheLife("max");
  const category = await cachedCategory(slug);
  if (!category) return null;
  const pageUrl = `${origin}/categories/${category.slug}`;
  const description = {
    title: `${category.title} · ${SITE_NAME}`,
    subtitle: `Activity on the problems of ${category.title}.`,
    pageUrl,
    feedUrl: `${pageUrl}/feed.xml`,
  };
  return renderAtomFeed(description, await feedEvents({ kind: "category", slug: category.slug }), origin, category.updatedAt);
}
