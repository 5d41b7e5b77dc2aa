import { cachedSiteFeed } from "@/lib/feeds/cached";
import { atomResponse } from "@/lib/feeds/response";

/** GET /feed.xml: recent activity across the catalogue (Atom). */
export async function GET(request: Request) {
  return atomResponse(await cachedSiteFeed(new URL(request.url).origin));
}
