/**
 * Prisma cannot read a datasource's provider from env(), so PostgreSQL gets a second schema file:
 * a twin of prisma/schema.prisma with only the provider and the generated client's folder replaced.
 * prisma/schema.prisma stays the one source of truth; `npm run db:twin` writes the twin and
 * `npm run db:twin -- --check` (run by a test) fails when someone edited one and not the other.
 */

export const SOURCE_SCHEMA = "prisma/schema.prisma";
export const POSTGRES_SCHEMA = "prisma/postgres/schema.prisma";
export const SQLITE_MIGRATIONS = "prisma/migrations";
export const POSTGRES_MIGRATIONS = "prisma/postgres/migrations";

const HEADER =
  "// Generated from prisma/schema.prisma by `npm run db:twin`: edit that file, not this one.\n" +
  "// Only the datasource provider and the client's output folder differ.\n\n";

// The twin sits one folder deeper, so its output path climbs one more level to the same lib/.
const REPLACEMENTS: { name: string; from: RegExp; to: string }[] = [
  { name: "the client output", from: /^(\s*output\s*=\s*)"\.\.\/lib\/generated\/prisma"$/m, to: '$1"../../lib/generated/prisma-pg"' },
  { name: "the datasource provider", from: /^(\s*provider\s*=\s*)"sqlite"$/m, to: '$1"postgresql"' },
];

/** The PostgreSQL twin of a SQLite schema's text; throws when a line it replaces is not there exactly once. */
export function postgresTwin(sourceSchema: string): string {
  let twin = sourceSchema;
  for (const { name, from, to } of REPLACEMENTS) {
    const global = new RegExp(from.source, "gm");
    const count = sourceSchema.match(global)?.length ?? 0;
    if (count !== 1) throw new Error(`${SOURCE_SCHEMA}: expected ${name} line once, found it ${count} times`);
    twin = twin.replace(from, to);
  }
  return HEADER + twin;
}

/** Names of the migration folders (timestamp_name) in a migrations folder's listing, oldest first. */
export function migrationFolderNames(entries: string[]): string[] {
  return entries.filter((name) => /^\d{14}_/.test(name)).sort();
}

/**
 * Line numbers of comment lines with a ";" in a migration script. adapter-pg's `migrate deploy`
 * splits a script on every ";" (even in comments), so such a comment breaks the statement after it.
 */
export function misplacedSemicolons(script: string): number[] {
  return script.split("\n").flatMap((line, index) => (/--.*;/.test(line) ? [index + 1] : []));
}
