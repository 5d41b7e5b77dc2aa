import { cachedCategoryFeed } from "@/lib/feeds/cached";
import { atomResponse } from "@/lib/feeds/response";
import { publicOrigin } from "@/lib/http/public-origin";

/** GET /categories/toy-language-models/feed.xml: recent activity on a category's problems (Atom); 404 for an unknown slug. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return atomResponse(await cachedCategoryFeed(decodeURIComponent(slug), publicOrigin(request)));
}
