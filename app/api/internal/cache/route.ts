import { z } from "zod";
import { readAuthSecret } from "@/lib/auth/secret";
import { CACHE_INVALIDATION_HEADER, isCacheInvalidationToken } from "@/lib/cache/invalidation-token";
import { ALL_CACHE_TAG_NAMES, expireNow, type CacheTag } from "@/lib/cache/tags";

const body = z.object({ tags: z.array(z.enum(ALL_CACHE_TAG_NAMES as [CacheTag, ...CacheTag[]])).min(1) });

/**
 * POST /api/internal/cache {"tags": [...]}: expires cache tags at once. For this deployment's own
 * processes (start-up, ingest), which prove themselves with a token derived from the auth secret.
 */
export async function POST(request: Request) {
  if (!isCacheInvalidationToken(request.headers.get(CACHE_INVALIDATION_HEADER), readAuthSecret())) {
    return Response.json({ error: "not allowed" }, { status: 403 });
  }
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: `expected {"tags": [...]} with tags from ${ALL_CACHE_TAG_NAMES.join(", ")}`, parameter: "tags" }, { status: 400 });
  expireNow(parsed.data.tags);
  return Response.json({ expired: parsed.data.tags });
}
