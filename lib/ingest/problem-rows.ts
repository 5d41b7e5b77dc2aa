import type { LoadedProblem } from "@/lib/content/load";
import { searchableText } from "@/lib/content/markdown";
import { engineOf } from "@/lib/database-client";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Every column ingest writes from a problem file; id, timestamps and archivedAt are set by
 * upsertProblemRows. The community columns belong to people's reports (lib/community-difficulty/):
 * left out here, an insert takes their defaults and an update never touches them.
 */
export type ProblemRow = Required<
  Omit<Prisma.ProblemCreateManyInput, "id" | "archivedAt" | "createdAt" | "updatedAt" | "communityReports" | "communityLevel" | "communityDuration">
>;

// The upsert names columns in SQL; listing them as the keys of a Record over ProblemRow makes the
// compiler report a column added to the schema and forgotten here.
const COLUMNS = Object.keys({
  number: true,
  numberMajor: true,
  numberMinor: true,
  title: true,
  categorySlug: true,
  subcategory: true,
  difficulty: true,
  difficultyMin: true,
  difficultyMax: true,
  exciting: true,
  sourceUrl: true,
  termsJson: true,
  bodyHtml: true,
  searchText: true,
  contentHash: true,
} satisfies Record<keyof ProblemRow, true>);

/** The row for a problem file, given its body rendered to HTML. */
export function problemRow(problem: LoadedProblem, bodyHtml: string): ProblemRow {
  return {
    number: problem.number,
    numberMajor: problem.numberMajor,
    numberMinor: problem.numberMinor,
    title: problem.title,
    categorySlug: problem.category,
    subcategory: problem.subcategory ?? null,
    difficulty: problem.difficulty?.label ?? null,
    difficultyMin: problem.difficulty?.minLevel ?? null,
    difficultyMax: problem.difficulty?.maxLevel ?? null,
    exciting: problem.exciting,
    sourceUrl: problem.source,
    termsJson: JSON.stringify(problem.terms),
    bodyHtml,
    searchText: searchableText(problem.body),
    contentHash: problem.contentHash,
  };
}

const quoted = (column: string) => `"${column}"`;
const columnList = Prisma.raw(COLUMNS.map(quoted).join(", "));
const jsonValues = Prisma.raw(COLUMNS.map((column) => `value ->> '$.${column}'`).join(", "));
const updateList = Prisma.raw(
  COLUMNS.filter((column) => column !== "number")
    .map((column) => `${quoted(column)} = excluded.${quoted(column)}`)
    .join(", "),
);

/**
 * Inserts new problems and rewrites changed ones (un-archiving them) in one SQL statement: the rows
 * travel as one JSON parameter that the database unpacks (SQLite: json_each; PostgreSQL:
 * json_populate_recordset, which also converts each value to its column's type). Prisma here costs
 * far more per statement and per parameter than the SQL itself (10,000 rows: createMany ~15 s,
 * this ~2 s) and has no bulk update. ON CONFLICT keeps an existing row's id, so its claims keep
 * their problem.
 */
export async function upsertProblemRows(transaction: Prisma.TransactionClient, rows: ProblemRow[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  const json = JSON.stringify(rows);
  // "WHERE true" settles SQLite's parsing ambiguity between a SELECT's join constraint and an upsert.
  // PostgreSQL infers no type for a parameter in a SELECT list, hence the casts.
  const source =
    engineOf(transaction) === "postgresql"
      ? Prisma.sql`SELECT ${columnList}, NULL, ${now}::timestamp(3), ${now}::timestamp(3) FROM json_populate_recordset(NULL::"Problem", ${json}::json)`
      : Prisma.sql`SELECT ${jsonValues}, NULL, ${now}, ${now} FROM json_each(${json}) WHERE true`;
  await transaction.$executeRaw`
    INSERT INTO "Problem" (${columnList}, "archivedAt", "createdAt", "updatedAt")
    ${source}
    ON CONFLICT ("number") DO UPDATE SET ${updateList}, "archivedAt" = NULL, "updatedAt" = excluded."updatedAt"`;
}
