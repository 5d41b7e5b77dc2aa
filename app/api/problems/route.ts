import { publicOrigin } from "@/lib/http/public-origin";
import { publicErrorResponse, publicReadPreflight, publicReadResponse } from "@/lib/http/public-read";
import { cachedCategories, cachedProblemsJson } from "@/lib/problems/cached";
import { catalogueKey, parseProblemFilter } from "@/lib/problems/filter";

/** GET /api/problems: every live problem matching the catalogue's filter parameters. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const body = await cachedProblemsJson(catalogueKey(url.searchParams), publicOrigin(request));
  if (body !== null) return publicReadResponse(request, body);
  // Invalid: parse again for the message that names the offending value.
  const categories = await cachedCategories();
  const parsed = parseProblemFilter(url.searchParams, categories.map((category) => category.slug));
  const error = parsed.ok ? { parameter: "category", message: "unknown category" } : parsed.error;
  return publicErrorResponse(400, `invalid parameter "${error.parameter}": ${error.message}`, error.parameter);
}

export const OPTIONS = publicReadPreflight;
