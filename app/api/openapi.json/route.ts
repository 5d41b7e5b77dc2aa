import { openApiDocument } from "@/lib/api/openapi";
import { publicReadPreflight, publicReadResponse } from "@/lib/http/public-read";

// The document depends only on the code and the origin it names as its server: kept for the last origin asked.
let last: { origin: string; body: string } | null = null;

/** GET /api/openapi.json: the OpenAPI 3.1 document of the public API. */
export async function GET(request: Request) {
  const origin = new URL(request.url).origin;
  if (last?.origin !== origin) last = { origin, body: JSON.stringify(openApiDocument(origin)) };
  return publicReadResponse(request, last.body);
}

export const OPTIONS = publicReadPreflight;
