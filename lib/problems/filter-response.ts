import "server-only";
import { cachedCategories } from "./cached";
import { parseProblemFilter } from "./filter";

/**
 * The 400 a read endpoint answers for filter parameters that catalogueKey or the category list
 * refused: `{ error, parameter }`, naming the offending value (the shape GET /api/problems answers).
 */
export async function invalidFilterResponse(searchParams: URLSearchParams): Promise<Response> {
  const categories = await cachedCategories();
  const parsed = parseProblemFilter(searchParams, categories.map((category) => category.slug));
  const error = parsed.ok ? { parameter: "category", message: "unknown category" } : parsed.error;
  return Response.json({ error: `invalid parameter "${error.parameter}": ${error.message}`, parameter: error.parameter }, { status: 400 });
}
