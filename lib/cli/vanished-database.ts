import { existsSync, readFileSync, writeFileSync } from "node:fs";

/**
 * A marker beside the SQLite file records that a database was created there. If the marker is
 * there and the database is not, accounts and claims were lost: starting over in silence would
 * hide that, so start-up says it loudly.
 */
const markerOf = (databaseFile: string) => `${databaseFile}.created`;

/** The warning to print when the database that was here has vanished; null when all is as expected. */
export function vanishedDatabaseWarning(databaseFile: string): string | null {
  const marker = markerOf(databaseFile);
  if (existsSync(databaseFile) || !existsSync(marker)) return null;
  const banner = "!".repeat(78);
  return [
    banner,
    `WARNING: the database ${databaseFile} (created ${readFileSync(marker, "utf8").trim()}) is missing.`,
    "A NEW, EMPTY database is being created: accounts, claims and requests from before are not in it.",
    "If this is a mistake, stop now and restore the file from a backup.",
    banner,
  ].join("\n");
}

/** Records that the database exists, once (the date is when it was first created). */
export function markDatabaseCreated(databaseFile: string, now = new Date()): void {
  if (!existsSync(markerOf(databaseFile))) writeFileSync(markerOf(databaseFile), now.toISOString());
}
