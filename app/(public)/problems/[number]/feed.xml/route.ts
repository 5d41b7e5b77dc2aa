import { cachedProblemFeed } from "@/lib/feeds/cached";
import { atomResponse } from "@/lib/feeds/response";
import { publicOrigin } from "@/lib/http/public-origin";

/** GET /problems/1.12/feed.xml: recent activity on one problem (Atom); 404 for an unknown number. */
export async function GET(request: Request, { params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  return atomResponse(await cachedProblemFeed(decodeURIComponent(number), publicOrigin(request)));
}
