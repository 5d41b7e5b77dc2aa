import { cachedExport } from "@/lib/export/cached";
import { publicOrigin } from "@/lib/http/public-origin";
import { catalogueKey } from "@/lib/problems/filter";
import { invalidFilterResponse } from "@/lib/problems/filter-response";

/** GET /api/export.csv: the export as a spreadsheet, one row per problem (columns: lib/export/csv.ts). */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const exported = await cachedExport(catalogueKey(url.searchParams), publicOrigin(request), "csv");
  if (exported === null) return invalidFilterResponse(url.searchParams);
  return new Response(exported.body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="open-problems-${exported.date}.csv"`,
    },
  });
}
