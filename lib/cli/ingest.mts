/**
 * `npm run ingest`: validates content/ and writes it into the database named by DATABASE_URL.
 * Exits 1 with every error as `path: field: message` when any file is invalid; the database is then untouched.
 * When something changed and a server of this deployment is running (APP_URL, else localhost:PORT),
 * it is told to expire its cached content, so the change shows on the very next request.
 */
import path from "node:path";
import { formatContentError } from "@/lib/content/load";
import { createDatabaseClient } from "@/lib/database-client";
import { readEnvironment } from "@/lib/env";
import { readAuthSecret } from "@/lib/auth/secret";
import { requestCacheInvalidation } from "@/lib/cache/invalidation-token";
import { CACHE_TAGS } from "@/lib/cache/tag-names";
import { formatIngestSummary, ingestContent } from "@/lib/ingest/ingest";

const contentDir = process.argv[2] ?? path.join(process.cwd(), "content");
const database = createDatabaseClient(readEnvironment().DATABASE_URL);
const started = performance.now();
try {
  const result = await ingestContent(database, contentDir);
  if (!result.ok) {
    for (const error of result.errors) console.error(formatContentError(error));
    console.error(`ingest: ${result.errors.length} error(s) in ${contentDir}; the database was not changed`);
    process.exitCode = 1;
  } else {
    console.log(`${formatIngestSummary(result)} (${Math.round(performance.now() - started)} ms)`);
    const changed = [result.problems, result.categories].some((counts) => counts.added + counts.updated + counts.archived > 0);
    if (changed) await tellRunningServer();
  }
} finally {
  await database.$disconnect();
}

async function tellRunningServer() {
  const serverUrl = process.env.APP_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  const told = await requestCacheInvalidation(serverUrl, [CACHE_TAGS.content], readAuthSecret());
  console.log(told ? `ingest: told the server at ${serverUrl} to show the new content` : `ingest: no server answered at ${serverUrl}; a server started later shows the new content`);
}
