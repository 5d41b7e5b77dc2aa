import { cachedExport } from "@/lib/export/cached";
import { publicOrigin } from "@/lib/http/public-origin";
import { catalogueKey } from "@/lib/problems/filter";
import { invalidFilterResponse } from "@/lib/problems/filter-response";

/** GET /api/export.json: what the catalogue shows for the same filter parameters, with claims, links and outcomes. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const exported = await cachedExport(catalogueKey(url.searchParams), publicOrigin(request), "json");
  if (exported === null) return invalidFilterResponse(url.searchParams);
  return new Response(exported.body, { headers: { "content-type": "application/json; charset=utf-8" } });
}
