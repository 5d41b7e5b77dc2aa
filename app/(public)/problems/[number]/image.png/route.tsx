import { cacheLife } from "next/cache";
import { ImageResponse } from "next/og";
import { SHARE_IMAGE_SIZE, ShareImage } from "@/components/problem/share-image";
import { CACHE_TAGS, dependsOn } from "@/lib/cache/tags";
import { cachedProblem } from "@/lib/problems/cached";

/**
 * GET /problems/1.12/image.png: the problem's share image (Open Graph and Twitter card). A route
 * handler rather than the opengraph-image file convention, whose URL carries a build hash that the
 * signed-in twin of the page could not name. The PNG is rendered once per problem and cached until
 * an ingest; crawlers may keep it an hour.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }) {
  const png = await sharePng(decodeURIComponent((await params).number));
  if (png === null) return new Response("no such problem", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(png, { headers: { "content-type": "image/png", "cache-control": "public, max-age=3600" } });
}

async function sharePng(number: string): Promise<Uint8Array<ArrayBuffer> | null> {
  "use cache";
  dependsOn(CACHE_TAGS.content);
  cacheLife("max");
  const problem = await cachedProblem(number);
  if (!problem) return null;
  const image = new ImageResponse(
    <ShareImage number={problem.number} title={problem.title} category={problem.category.title} difficulty={problem.difficulty} exciting={problem.exciting} />,
    SHARE_IMAGE_SIZE,
  );
  return new Uint8Array(await image.arrayBuffer());
}
