import { cachedCategories, cachedProblemsJson } from "@/lib/problems/cached";
import { catalogueKey, parseProblemFilter } from "@/lib/problems/filter";

const JSON_HEADERS = { "content-type": "application/json" };

/** GET /api/problems: every live problem matching the catalogue's filter parameters. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const body = await cachedProblemsJson(catalogueKey(url.searchParams), url.origin);
  if (body !== null) return new Response(body, { headers: JSON_HEADERS });
  // Invalid: parse again for the message that names the offending value.
  const categories = await cachedCategories();
  const parsed = parseProblemFilter(url.searchParams, categories.map((category) => category.slug));
  const error = parsed.ok ? { parameter: "category", message: "unknown category" } : parsed.error;
  return Response.json({ error: `invalid parameter "${error.parameter}": ${error.message}`, parameter: error.parameter }, { status: 400 });
}
