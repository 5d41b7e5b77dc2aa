import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createDatabaseClient, type Database as PrismaDatabase } from "@/lib/database-client";
import type { DatabaseEngine } from "@/lib/env";
import { migrationNames as engineMigrationNames, migrationSql } from "./migrations";
import { POSTGRES_TEMPLATE, psql, withDatabase } from "./postgres-sql";

/**
 * A fresh database per test file (or per test), on the engine the run is for: SQLite by default,
 * PostgreSQL with TEST_DATABASE=postgres (`npm run test:unit:postgres`; the server comes from
 * tests/helpers/postgres-global-setup.ts). Same tests on both, no skips.
 */
export type TestDatabase = {
  engine: DatabaseEngine;
  url: string;
  prisma: PrismaDatabase;
  /** Runs SQL statements outside Prisma, e.g. to seed rows as an older version of the app left them. */
  executeSql: (sql: string) => void;
  cleanup: () => Promise<void>;
};

/** The engine this test run uses. */
export const TEST_ENGINE: DatabaseEngine = process.env.TEST_DATABASE === "postgres" ? "postgresql" : "sqlite";

/** The committed migration folders of this run's engine, oldest first. */
export function migrationNames(): string[] {
  return engineMigrationNames(TEST_ENGINE);
}

/** Applies the named migrations to a test database, in order, as `migrate deploy` would. */
export function applyMigrations(database: Pick<TestDatabase, "executeSql">, names: string[]): void {
  for (const name of names) database.executeSql(migrationSql(TEST_ENGINE, name));
}

/**
 * A database with every committed migration applied (or only those before `migrationsBefore`, to
 * test a migration against an older database), and a Prisma client on it.
 */
export function createTestDatabase(options: { migrationsBefore?: string } = {}): TestDatabase {
  const { migrationsBefore } = options;
  const before = migrationsBefore === undefined ? null : migrationNames().filter((name) => name < migrationsBefore);
  return TEST_ENGINE === "postgresql" ? createPostgresDatabase(before) : createSqliteDatabase(before);
}

function createSqliteDatabase(migrations: string[] | null): TestDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), "open-problems-test-"));
  const file = path.join(dir, "test.db");
  const executeSql = (sql: string) => {
    const sqlite = new Database(file);
    try {
      sqlite.exec(sql);
    } finally {
      sqlite.close();
    }
  };
  applyMigrations({ executeSql }, migrations ?? migrationNames());
  const url = `file:${file}`;
  const prisma = createDatabaseClient(url);
  return {
    engine: "sqlite",
    url,
    prisma,
    executeSql,
    cleanup: async () => {
      await prisma.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let created = 0;

function createPostgresDatabase(migrations: string[] | null): TestDatabase {
  const adminUrl = process.env.TEST_POSTGRES_ADMIN_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE=postgres needs the suite's globalSetup (run it through vitest.config.mts)");
  const name = `test_${process.pid}_${++created}_${randomBytes(3).toString("hex")}`;
  // Copying the migrated template takes milliseconds; an older schema is built migration by migration.
  psql(adminUrl, migrations === null ? `CREATE DATABASE "${name}" TEMPLATE "${POSTGRES_TEMPLATE}"` : `CREATE DATABASE "${name}"`);
  const url = withDatabase(adminUrl, name);
  const executeSql = (sql: string) => void psql(url, sql, { singleTransaction: true });
  if (migrations !== null) applyMigrations({ executeSql }, migrations);
  const prisma = createDatabaseClient(url, { DATABASE_POOL_SIZE: 5, DATABASE_STATEMENT_TIMEOUT_MS: 30_000 });
  return {
    engine: "postgresql",
    url,
    prisma,
    executeSql,
    cleanup: async () => {
      await prisma.$disconnect();
      psql(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
