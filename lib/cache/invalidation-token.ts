import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The token that lets another process of this deployment (the ingest command, the server's own
 * start-up) expire cache tags through POST /api/internal/cache. Derived from the auth secret, so
 * nothing new has to be configured, and it signs nothing else.
 */
export function cacheInvalidationToken(authSecret: string): string {
  return createHmac("sha256", authSecret).update("cache-invalidation").digest("hex");
}

export function isCacheInvalidationToken(candidate: string | null, authSecret: string): boolean {
  if (!candidate) return false;
  const expected = Buffer.from(cacheInvalidationToken(authSecret));
  const given = Buffer.from(candidate);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const CACHE_INVALIDATION_PATH = "/api/internal/cache";
export const CACHE_INVALIDATION_HEADER = "x-cache-invalidation-token";

/**
 * Asks the running server at `baseUrl` to expire the given tags (ingest changed content while it
 * runs). Returns false when no server answered, which is fine: a server starting later begins
 * with every tag expired.
 */
export async function requestCacheInvalidation(baseUrl: string, tags: readonly string[], authSecret: string): Promise<boolean> {
  try {
    const response = await fetch(new URL(CACHE_INVALIDATION_PATH, baseUrl), {
      method: "POST",
      headers: { [CACHE_INVALIDATION_HEADER]: cacheInvalidationToken(authSecret), "content-type": "application/json" },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}
