import { spawn } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, migrationNames, type TestDatabase } from "../helpers/database";

/**
 * Several instances starting together each run `prisma migrate deploy` (lib/cli/start.mts and
 * lib/cli/cluster.mts): on PostgreSQL Prisma takes an advisory lock around it, so the second
 * finds the migrations applied; on SQLite the file's write lock serialises them.
 */

let database: TestDatabase | null = null;

afterEach(async () => {
  await database?.cleanup();
  database = null;
});

function migrateDeploy(url: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(process.cwd(), "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("concurrent start-up", () => {
  it("applies each migration once when two instances migrate an empty database at the same moment", async () => {
    // No migration applied: an empty database, as a fresh deployment's first start finds it.
    database = createTestDatabase({ migrationsBefore: "0" });
    const runs = await Promise.all([migrateDeploy(database.url), migrateDeploy(database.url)]);
    for (const run of runs) expect(run.code, run.output).toBe(0);
    const applied = await database.prisma.$queryRawUnsafe<{ migration_name: string; finished: boolean }[]>(
      `SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(applied.map((row) => row.migration_name)).toEqual(migrationNames());
    expect(applied.every((row) => Boolean(row.finished))).toBe(true);
  }, 120_000);
});
