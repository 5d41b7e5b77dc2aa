/**
 * `npm run db:twin`: writes prisma/postgres/schema.prisma from prisma/schema.prisma (see
 * lib/database/postgres-twin.ts). With `--check` it writes nothing and exits 1 when the twin is
 * stale, the two migration folders do not hold the same migration names, or a PostgreSQL migration
 * has a ";" that adapter-pg would split a statement on, so CI catches drift.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  migrationFolderNames,
  misplacedSemicolons,
  POSTGRES_MIGRATIONS,
  POSTGRES_SCHEMA,
  postgresTwin,
  SOURCE_SCHEMA,
  SQLITE_MIGRATIONS,
} from "@/lib/database/postgres-twin";

const check = process.argv.includes("--check");
const twin = postgresTwin(readFileSync(SOURCE_SCHEMA, "utf8"));
const current = existsSync(POSTGRES_SCHEMA) ? readFileSync(POSTGRES_SCHEMA, "utf8") : null;

if (!check) {
  if (current !== twin) writeFileSync(POSTGRES_SCHEMA, twin);
  console.log(`db:twin: ${POSTGRES_SCHEMA} ${current === twin ? "is up to date" : "written"}`);
  process.exit(0);
}

const problems: string[] = [];
if (current !== twin) problems.push(`${POSTGRES_SCHEMA} is stale: run \`npm run db:twin\` and commit it`);
const sqlite = migrationFolderNames(readdirSync(SQLITE_MIGRATIONS));
const postgres = migrationFolderNames(readdirSync(POSTGRES_MIGRATIONS));
for (const name of sqlite.filter((name) => !postgres.includes(name))) problems.push(`${POSTGRES_MIGRATIONS}/${name} is missing (README: "PostgreSQL")`);
for (const name of postgres.filter((name) => !sqlite.includes(name))) problems.push(`${SQLITE_MIGRATIONS}/${name} is missing`);
for (const name of postgres) {
  const file = path.join(POSTGRES_MIGRATIONS, name, "migration.sql");
  for (const line of misplacedSemicolons(readFileSync(file, "utf8"))) problems.push(`${file}:${line}: a ";" in a comment (adapter-pg splits scripts on every ";")`);
}
if (problems.length > 0) {
  console.error(`db:twin --check:\n${problems.join("\n")}`);
  process.exit(1);
}
console.log("db:twin --check: the twin and both migration folders agree");
