/**
 * `npm run ingest`: validates content/ and writes it into the database named by DATABASE_URL.
 * Exits 1 with every error as `path: field: message` when any file is invalid; the database is then untouched.
 */
import path from "node:path";
import { formatContentError } from "@/lib/content/load";
import { createDatabaseClient } from "@/lib/database-client";
import { readEnvironment } from "@/lib/env";
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
  }
} finally {
  await database.$disconnect();
}
