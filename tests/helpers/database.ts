import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createDatabaseClient, type Database as PrismaDatabase } from "@/lib/database-client";

export type TestDatabase = { url: string; file: string; prisma: PrismaDatabase; cleanup: () => Promise<void> };

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

/** The committed migration folders, oldest first. */
export function migrationNames(): string[] {
  return readdirSync(MIGRATIONS_DIR).filter((name) => /^\d/.test(name)).sort();
}

/** Applies the named migrations to a SQLite file, in order, as `migrate deploy` would. */
export function applyMigrations(file: string, names: string[]): void {
  const sqlite = new Database(file);
  try {
    for (const name of names) sqlite.exec(readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8"));
  } finally {
    sqlite.close();
  }
}

/**
 * A SQLite file in a temp folder with every committed migration applied (or only those before
 * `migrationsBefore`, to test a migration against an older database), and a Prisma client on it.
 */
export function createTestDatabase(options: { migrationsBefore?: string } = {}): TestDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), "open-problems-test-"));
  const file = path.join(dir, "test.db");
  const { migrationsBefore } = options;
  applyMigrations(file, migrationNames().filter((name) => migrationsBefore === undefined || name < migrationsBefore));
  const url = `file:${file}`;
  const prisma = createDatabaseClient(url);
  return {
    url,
    file,
    prisma,
    cleanup: async () => {
      await prisma.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
