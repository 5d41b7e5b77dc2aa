import { openApiDocument } from "@/lib/api/openapi";
import { publicOrigin } from "@/lib/http/public-origin";
import { publicReadPreflight, publicReadResponse } from "@/lib/http/public-read";

// The document depends only on the code and the origin it names as its server: kept for the last origin asked.
let last: { origin: string; body: string } | null = null;

/** GET /api/openapi.json: the OpenAPI 3.1 document of the public API. */
export async function GET(request: Request) {
  // The public origin, like the other endpoints: behind a proxy each instance sees its own address,
  // and the document (with its ETag) must be the same whichever instance answers.
  const origin = publicOrigin(request);
  if (last?.origin !== origin) last = { origin, body: JSON.stringify(openApiDocument(origin)) };
  return publicReadResponse(request, last.body);
}

export const OPTIONS = publicReadPreflight;
