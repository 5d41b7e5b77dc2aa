import "server-only";
import { cacheTag, refresh, revalidateTag, updateTag } from "next/cache";

/** Marking cached public data with what it shows, and expiring it after writes (tags: ./tag-names.ts). */
import type { CacheTag } from "./tag-names";

export { ALL_CACHE_TAG_NAMES, CACHE_TAGS, type CacheTag } from "./tag-names";

/** Inside a "use cache" scope: this entry shows the given data. */
export function dependsOn(...tags: CacheTag[]) {
  cacheTag(...tags);
}

/** In a server action, after a write: the next request (this user's included) renders fresh. */
export function expireAfterWrite(...tags: CacheTag[]) {
  for (const tag of tags) updateTag(tag);
}

/** In a route handler (no server action to carry updateTag): expire at once, never serve stale. */
export function expireNow(tags: readonly CacheTag[]) {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}

/** In a server action whose write no cached page shows (a user's inbox, watches, settings): re-render the visitor's own page. */
export function refreshAfterPrivateWrite() {
  refresh();
}
