/**
 * The cache tags of public data. Every cached read names the data it depends on; every write
 * expires the tags of the data it changed, so the very next request renders fresh. Two kinds of
 * data change independently:
 * - content: problems and categories, changed only by ingest;
 * - community: claims, collaboration requests, existing-work links, moderation and the profile
 *   fields shown next to them, changed by people through the app.
 * (No server-only imports: the command-line tools name these tags too.)
 */
export const CACHE_TAGS = { content: "content", community: "community" } as const;
export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS];
export const ALL_CACHE_TAG_NAMES: readonly CacheTag[] = Object.values(CACHE_TAGS);
