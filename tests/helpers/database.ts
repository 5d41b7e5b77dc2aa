import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createDatabaseClient, type Database as PrismaDatabase } from "@/lib/database-client";

export type TestDatabase = { url: string; file: string; prisma: PrismaDatabase; cleanup: () => Promise<void> };

/** A fresh SQLite file in a temp folder with every committed migration applied, as `migrate deploy` would. */
export function createTestDatabase(): TestDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), "open-problems-test-"));
  const file = path.join(dir, "test.db");
  const migrationsDir = path.join(process.cwd(), "prisma", "migrations");
  const sqlite = new Database(file);
  for (const migration of readdirSync(migrationsDir).filter((name) => /^\d/.test(name)).sort()) {
    sqlite.exec(readFileSync(path.join(migrationsDir, migration, "migration.sql"), "utf8"));
  }
  sqlite.close();
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
