/**
 * Stands in for `next/cache` under Vitest (see vitest.config.mts). Outside a Next server there is
 * no cache: "use cache" is an inert string and every call reads the database, which is what the
 * integration tests check. That cached answers are fresh after each write is proven against the
 * real server in tests/e2e/freshness.spec.ts.
 */
export function cacheTag(..._tags: string[]) {}
export function cacheLife(_profile: unknown) {}
export function updateTag(_tag: string) {}
export function revalidateTag(_tag: string, _profile: unknown) {}
export function refresh() {}
