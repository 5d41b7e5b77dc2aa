import { spawnSync } from "node:child_process";

/** The database every test database is copied from (tests/helpers/postgres-global-setup.ts). */
export const POSTGRES_TEMPLATE = "open_problems_test_template";

/**
 * Runs SQL through psql, synchronously: createTestDatabase() is synchronous on SQLite and the
 * tests call it so; one psql process costs a few milliseconds.
 */
export function psql(url: string, sql: string, options: { singleTransaction?: boolean } = {}): string {
  const args = ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", ...(options.singleTransaction ? ["-1"] : []), "-d", url];
  const result = spawnSync("psql", args, { input: sql, encoding: "utf8", env: { ...process.env, PGCONNECT_TIMEOUT: "10" } });
  if (result.status !== 0) throw new Error(`psql failed (${result.error?.message ?? `exit ${result.status}`}): ${result.stderr}\nSQL: ${sql.slice(0, 500)}`);
  return result.stdout;
}

/** The same server URL on another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
