import { parseProblemFilter } from "@/lib/problems/filter";
import { toProblemJson } from "@/lib/problems/json";
import { listCategories, listProblems } from "@/lib/problems/queries";

/** GET /api/problems: every live problem matching the catalogue's filter parameters. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const categories = await listCategories();
  const parsed = parseProblemFilter(url.searchParams, categories.map((category) => category.slug));
  if (!parsed.ok) {
    return Response.json({ error: `invalid parameter "${parsed.error.parameter}": ${parsed.error.message}`, parameter: parsed.error.parameter }, { status: 400 });
  }
  const problems = await listProblems(parsed.filter);
  return Response.json({ total: problems.length, problems: problems.map((problem) => toProblemJson(problem, url.origin)) });
}
