import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DatabaseEngine } from "@/lib/env";

const MIGRATIONS_DIRS: Record<DatabaseEngine, string> = {
  sqlite: path.join(process.cwd(), "prisma", "migrations"),
  postgresql: path.join(process.cwd(), "prisma", "postgres", "migrations"),
};

/** The committed migration folders of an engine, oldest first (both engines hold the same names). */
export function migrationNames(engine: DatabaseEngine): string[] {
  return readdirSync(MIGRATIONS_DIRS[engine]).filter((name) => /^\d/.test(name)).sort();
}

/** The SQL of one migration for an engine. */
export function migrationSql(engine: DatabaseEngine, name: string): string {
  return readFileSync(path.join(MIGRATIONS_DIRS[engine], name, "migration.sql"), "utf8");
}
