import { cachedSiteFeed } from "@/lib/feeds/cached";
import { atomResponse } from "@/lib/feeds/response";
import { publicOrigin } from "@/lib/http/public-origin";

/** GET /feed.xml: recent activity across the catalogue (Atom). */
export async function GET(request: Request) {
  return atomResponse(await cachedSiteFeed(publicOrigin(request)));
}
