import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseClient, engineOf, postgresPoolConfig } from "@/lib/database-client";
import {
  migrationFolderNames,
  misplacedSemicolons,
  POSTGRES_MIGRATIONS,
  POSTGRES_SCHEMA,
  postgresTwin,
  SOURCE_SCHEMA,
  SQLITE_MIGRATIONS,
} from "@/lib/database/postgres-twin";
import { databaseEngine, describeDatabase, readEnvironment } from "@/lib/env";
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from "../helpers/database";

// Issue 13: DATABASE_URL picks the engine; the PostgreSQL schema and migrations cannot drift from SQLite's.
let database: TestDatabase;

beforeAll(() => {
  database = createTestDatabase();
});

afterAll(async () => {
  await database.cleanup();
});

describe("choosing the engine", () => {
  it("reads file: as SQLite and postgresql:// or postgres:// as PostgreSQL, and refuses anything else naming both forms", () => {
    expect(databaseEngine("file:./data/app.db")).toBe("sqlite");
    expect(databaseEngine("postgresql://u:p@db:5432/app")).toBe("postgresql");
    expect(databaseEngine("postgres://db/app")).toBe("postgresql");
    expect(readEnvironment({}).DATABASE_URL).toBe("file:./data/app.db");
    expect(() => readEnvironment({ DATABASE_URL: "mysql://db/app" })).toThrow(/DATABASE_URL: must be a SQLite file URL \(file:.*\) or a PostgreSQL URL \(postgresql:/);
    expect(() => readEnvironment({ DATABASE_URL: "./data/app.db" })).toThrow(/DATABASE_URL/);
  });

  it("takes pool size, statement timeout and TLS from DATABASE_* variables, and refuses nonsense", () => {
    const defaults = readEnvironment({ DATABASE_URL: "postgresql://db/app" });
    expect(postgresPoolConfig("postgresql://db/app", defaults)).toEqual({ connectionString: "postgresql://db/app", max: 10, statement_timeout: 30_000 });
    const set = readEnvironment({ DATABASE_URL: "postgresql://db/app", DATABASE_POOL_SIZE: "4", DATABASE_STATEMENT_TIMEOUT_MS: "0", DATABASE_SSL: "require" });
    expect(postgresPoolConfig("postgresql://db/app", set)).toEqual({ connectionString: "postgresql://db/app", max: 4, ssl: { rejectUnauthorized: false } });
    expect(postgresPoolConfig("postgresql://db/app", { ...set, DATABASE_SSL: "verify-full" }).ssl).toEqual({ rejectUnauthorized: true });
    expect(() => readEnvironment({ DATABASE_POOL_SIZE: "0" })).toThrow(/DATABASE_POOL_SIZE/);
    expect(() => readEnvironment({ DATABASE_POOL_SIZE: "many" })).toThrow(/DATABASE_POOL_SIZE/);
    expect(() => readEnvironment({ DATABASE_SSL: "yes" })).toThrow(/DATABASE_SSL must be disable, require or verify-full/);
    expect(readEnvironment({ DATABASE_POOL_SIZE: "" }).DATABASE_POOL_SIZE).toBe(10);
  });

  it("never logs a server URL's password", () => {
    expect(describeDatabase("postgresql://app:s3cret@db.internal:5432/open_problems")).toBe("postgresql://db.internal:5432/open_problems");
    expect(describeDatabase("file:./data/app.db")).toBe("file:./data/app.db");
  });

  it("opens a client on the engine its URL names, seen the same from inside a transaction", async () => {
    expect(engineOf(database.prisma)).toBe(TEST_ENGINE);
    expect(await database.prisma.$transaction(async (tx) => engineOf(tx))).toBe(TEST_ENGINE);
    const other = createDatabaseClient(database.url);
    try {
      expect(engineOf(other)).toBe(TEST_ENGINE);
      expect(await other.problem.count()).toBe(0);
    } finally {
      await other.$disconnect();
    }
  });
});

describe("the PostgreSQL twin", () => {
  it("is prisma/schema.prisma with only the provider and the client's folder replaced (npm run db:twin)", () => {
    expect(readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(postgresTwin(readFileSync(SOURCE_SCHEMA, "utf8")));
  });

  it("refuses a source schema whose provider or output line it cannot find", () => {
    expect(() => postgresTwin(readFileSync(SOURCE_SCHEMA, "utf8").replace('"sqlite"', '"mysql"'))).toThrow(/datasource provider/);
  });

  it("has a migration of the same name for every SQLite migration, and the other way round", () => {
    const sqlite = migrationFolderNames(readdirSync(SQLITE_MIGRATIONS));
    expect(sqlite.length).toBeGreaterThan(0);
    expect(migrationFolderNames(readdirSync(POSTGRES_MIGRATIONS))).toEqual(sqlite);
  });

  it("has no ';' in a migration comment, on which adapter-pg's migrate deploy would split a statement", () => {
    for (const name of migrationFolderNames(readdirSync(POSTGRES_MIGRATIONS))) {
      expect({ name, lines: misplacedSemicolons(readFileSync(`${POSTGRES_MIGRATIONS}/${name}/migration.sql`, "utf8")) }).toEqual({ name, lines: [] });
    }
  });
});
